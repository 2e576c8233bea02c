"""The algorithm every :class:`~.layouts.HeaderTextLayout` shares: a text dump read around its anchor line.

Whole-page dumps of modern outlets print hundreds of menu lines before the article and its header in
a fixed order ("kicker, headline, lead, byline, date"). The layout names that order, slot by slot; the
algorithm finds the anchor (the first line of the date shape, or the byline), matches the slots above
and below it, and hands everything after the header to the body builder:

1. try each layout, newest first, whose slots fit the page around its anchor (and whose ``valid_until``
   the page's date does not pass);
2. title, subtitle, authors, published and updated from their slots; everything above the header
   is navigation;
3. the body through the layout's named rules (an ``ends_article`` rule ends it) and the shared ones;
4. a page no layout fits is read by the generic text parser, with a warning naming the outlet.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..lazyre import LazyPattern
from ..lines import Line, split_lines
from ..load import Document
from ..record.article import Article, Removal, SourceInfo
from ..record.fill import new_article, set_time
from ..record.options import ParseOptions
from ..text.builder import BodyBuilder
from ..time.stamp import Stamp, TimeContext, time_context
from ..time.stamps import parse_stamp, stamp_from_fields
from ..vocab.people import WIRE_AGENCIES
from .body_lines import caption_reader, credited_captions, footer_lines, without_boxes
from .catalog import SourceEntry
from .layouts import HeaderTextLayout, expired
from .text_source import read_as_generic

ANCHORS_TRIED = 3  # lines of the anchor's shape tried, from the top, before a layout is said not to fit
AGENCIES = frozenset(a.casefold() for a in WIRE_AGENCIES)
FIELD_OF = {"title": "title", "lead": "subtitle"}  # the record field a header slot fills


class Slot(NamedTuple):
    """One header slot: its name, and whether the page may leave it out (``?``) or repeat it (``*``)."""

    name: str
    optional: bool
    repeats: bool


def slots_of(header: tuple[str, ...]) -> list[Slot]:
    """The header's slots, read from their marks.

    >>> slots_of(("title", "credit*", "byline?"))
    [Slot(name='title', optional=False, repeats=False), Slot(name='credit', optional=True, repeats=True), \
Slot(name='byline', optional=True, repeats=False)]
    """
    return [Slot(s.rstrip("?*"), s[-1] in "?*", s.endswith("*")) for s in header]


def fits(layout: HeaderTextLayout, slot: str, text: str) -> bool:
    """Whether a line can fill a slot: dates, bylines, names, credits and the layout's marks by their
    patterns; a title, lead or skipped line is any line that is no date, byline or mark.

    >>> from ..lazyre import lazy
    >>> layout = HeaderTextLayout("t", None, ("skip", "dash", "title"), lazy(r"\\d{4}"), lazy("Von (?P<names>.+)"),
    ...                           anchor="dash", marks=(("dash", lazy("-")),))
    >>> fits(layout, "dash", "-"), fits(layout, "title", "-"), fits(layout, "title", "Von Anna Berg")
    (True, False, False)
    """
    marks = dict(layout.marks)
    if slot in marks:
        return bool(marks[slot].fullmatch(text))
    if slot == "date":
        return bool(layout.date_line.search(text))
    if slot == "byline":
        return bool(layout.byline.fullmatch(text))
    if slot == "name":
        return bool(layout.name_line and layout.name_line.fullmatch(text))
    if slot == "credit":
        return bool(layout.credit and layout.credit.fullmatch(text))
    if slot == "role":
        return bool(layout.role and layout.role.fullmatch(text))
    return not (layout.date_line.search(text) or layout.byline.fullmatch(text)
                or any(pattern.fullmatch(text) for pattern in marks.values()))


def match_slots(layout: HeaderTextLayout, slots: list[Slot], lines: list[Line]) -> list[tuple[str, Line]] | None:
    """The lines that fill the slots in order (``lines`` runs away from the anchor), or None when a slot
    the page must print is not there."""
    filled: list[tuple[str, Line]] = []
    at = 0
    for slot in slots:
        taken = 0
        while at < len(lines) and fits(layout, slot.name, lines[at].text) and (slot.repeats or not taken):
            filled.append((slot.name, lines[at]))
            at, taken = at + 1, taken + 1
        if not taken and not slot.optional:
            return None
    return filled


class Header(NamedTuple):
    """The header's lines by slot, where it starts and where the body starts (indices into the lines)."""

    slots: list[tuple[str, Line]]
    start: int
    body_start: int


def find_header(layout: HeaderTextLayout, lines: list[Line]) -> Header | None:
    """The header around the first anchor line whose neighbours fill the layout's slots."""
    slots = slots_of(layout.header)
    at = next(i for i, s in enumerate(slots) if s.name == layout.anchor)
    anchors = [i for i, line in enumerate(lines) if fits(layout, layout.anchor, line.text)][:ANCHORS_TRIED]
    for index in anchors:
        above = match_slots(layout, slots[:at][::-1], lines[:index][::-1])
        below = match_slots(layout, slots[at + 1:], lines[index + 1:])
        if above is not None and below is not None:
            filled = above[::-1] + [(layout.anchor, lines[index])] + below
            return Header(filled, index - len(above), index + 1 + len(below))
    return None


def byline_people(layout: HeaderTextLayout, names: str) -> tuple[list[str], list[str]]:
    """The authors a byline names and the agencies among them; a part that is a role is dropped.

    >>> from ..lazyre import lazy
    >>> layout = HeaderTextLayout("t", None, ("title", "date"), lazy("x"), lazy("x"), role=lazy(r".*Redakteur.*"))
    >>> byline_people(layout, "Felix Schröder und Jörg Soldwisch, dpa")
    (['Felix Schröder', 'Jörg Soldwisch', 'dpa'], ['dpa'])
    >>> byline_people(layout, "Hannah Ritzmann, Redakteurin für Finanzen")
    (['Hannah Ritzmann'], [])
    """
    parts = [p.strip() for p in layout.author_separators.split(names) if p and p.strip()]
    people = [p for p in parts if not (layout.role and layout.role.fullmatch(p))]
    return people, [p for p in people if p.casefold() in AGENCIES]


def read_stamp(pattern: LazyPattern, text: str, ctx: TimeContext) -> Stamp | None:
    """The time a date pattern finds in a line: groups ``y mo d h mi`` (``off``) read as they are, else its
    match read by the time-stamp engine."""
    match = pattern.search(text)
    if match is None:
        return None
    return stamp_from_fields(match, ctx) if "y" in match.groupdict() else parse_stamp(match[0], ctx)


class HeaderTextSource(NamedTuple):
    """A source parser for text dumps whose header is read around its anchor line."""

    entry: SourceEntry
    layouts: tuple[HeaderTextLayout, ...]

    def parse(self, doc: Document, options: ParseOptions) -> Article:
        """The article read with the newest layout that fits the page, else by the generic parser."""
        lines = split_lines(doc.text)
        for layout in self.layouts:
            header = find_header(layout, lines)
            if header is None:
                continue
            article = self.parse_layout(layout, header, doc, lines, options)
            if article.blocks and not expired(layout.valid_until, article.published):
                return article
        return read_as_generic(doc, options, self.entry)

    def parse_layout(self, layout: HeaderTextLayout, header: Header, doc: Document, lines: list[Line],
                     options: ParseOptions) -> Article:
        """The article read with one layout whose header was found."""
        article = new_article(doc, SourceInfo(self.entry.id, self.entry.name, self.entry.id), options)
        article.language = layout.language or self.entry.language
        # A dump carries no time it was taken at: a relative stamp ("vor 3 Stunden") gives no time.
        ctx = time_context(options, self.entry.source_tz, article.language)._replace(now=None)
        article.removed.extend(Removal("navigation", line.text, "before_header") for line in lines[:header.start])
        agencies: list[str] = []
        for slot, line in header.slots:
            if slot in ("title", "lead") and getattr(article, FIELD_OF[slot]) is None:
                setattr(article, FIELD_OF[slot], line.text)
                article.provenance[FIELD_OF[slot]] = f"line {line.no}"
            elif slot in ("byline", "name") and (names := self._names(layout, slot, line)) is not None:
                agencies += self._take_people(article, layout, names, line)
            elif slot == "date":
                self._take_times(article, layout, line, lines, ctx)
            elif slot == "credit" and (image := caption_reader(layout)(line.text)):
                article.images.append(image)
                article.removed.append(Removal("caption-credit", line.text, f"{self.entry.id}.caption"))
            else:
                article.removed.append(Removal("header", line.text, f"{self.entry.id}.{slot}"))
        below = lines[header.body_start:]
        footer = footer_lines(layout, below)
        if "byline" in footer and not article.authors:
            agencies += self._take_people(article, layout, layout.footer_byline.fullmatch(footer["byline"].text),
                                          footer["byline"])
        if "date" in footer and article.published is None:
            if stamp := read_stamp(layout.footer_date, footer["date"].text, ctx):
                set_time(article, "published", stamp, f"line {footer['date'].no}")
        article.removed += [Removal(slot, line.text, f"{self.entry.id}.footer_{slot}") for slot, line in footer.items()]
        signed = {line.no for line in footer.values()}
        below, credited = credited_captions([line for line in below if line.no not in signed], layout.caption_credit)
        body, boxes = without_boxes(below, layout.box_run, layout.rules)
        parts = BodyBuilder(layout.line_rules, caption_of=caption_reader(layout)).feed(body)
        article.removed += [Removal("caption-credit", f"{image.caption} {image.credit}", f"{self.entry.id}.caption")
                            for image in credited]
        article.removed += [Removal("related", line.text, f"{self.entry.id}.box_run") for line in boxes] + parts.removed
        article.blocks, article.images = parts.blocks, article.images + credited + parts.images
        article.credits = list(dict.fromkeys(a.strip() for a in agencies + parts.credits if a.strip()))
        article.provenance["layout"] = f"{self.entry.id} {layout.name}"
        return article

    @staticmethod
    def _names(layout: HeaderTextLayout, slot: str, line: Line) -> re.Match[str] | None:
        """The byline's (or a name line's) match on a header line."""
        pattern = layout.byline if slot == "byline" else layout.name_line
        return pattern.fullmatch(line.text) if pattern else None

    @staticmethod
    def _take_people(article: Article, layout: HeaderTextLayout, match: re.Match[str], line: Line) -> list[str]:
        """The people a byline's match names, as authors (in order, once each); returns the agencies it names."""
        people, named_agencies = byline_people(layout, match["names"])
        article.authors.extend(p for p in people if p not in article.authors)
        article.provenance.setdefault("authors", f"line {line.no}: {line.text}")
        return named_agencies + [a for a in (match.groupdict().get("agencies") or "").split(",") if a]

    @staticmethod
    def _take_times(article: Article, layout: HeaderTextLayout, line: Line, lines: list[Line],
                    ctx: TimeContext) -> None:
        """Published from the date line; updated from the update pattern on it or on the line after it."""
        after = next((ln for ln in lines if ln.no > line.no), None)
        for name, pattern, candidates in (("published", layout.date_line, [line]),
                                          ("updated", layout.updated_line, [line, after])):
            for candidate in candidates:
                if not (pattern and candidate and pattern.search(candidate.text)):
                    continue
                stamp = read_stamp(pattern, candidate.text, ctx)
                if stamp is not None and getattr(article, name) is None:
                    set_time(article, name, stamp, f"line {candidate.no}")
                break
