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
from ..record.article import Article, Image, Removal, SourceInfo
from ..record.fill import new_article, set_time
from ..record.options import ParseOptions
from ..time.stamp import Stamp, TimeContext, time_context
from ..time.stamps import parse_stamp, stamp_from_fields
from ..vocab.people import WIRE_AGENCIES
from .body_lines import Pair, caption_reader, footer_lines, picture, read_body
from .catalog import SourceEntry
from .header_slots import Header, find_header
from .layouts import HeaderTextLayout, expired
from .text_source import read_as_generic

AGENCIES = frozenset(a.casefold() for a in WIRE_AGENCIES)
FIELD_OF = {"title": "title", "lead": "subtitle"}  # the record field a header slot fills


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


def header_title(layout: HeaderTextLayout, text: str, above: list[Line]) -> str:
    """The title from the title slot's line: its shape's group "title" (a kicker cut off), then the layout's
    ``title_of``, given the lines above the header.

    >>> from ..lazyre import lazy
    >>> layout = HeaderTextLayout("t", None, ("title", "date"), lazy("x"), lazy("x"),
    ...                           shapes=(("title", lazy(r"(?:[^a-z]+ )?(?P<title>\\S*[a-z].*)")),))
    >>> header_title(layout, "FERRY STRIKE The boats sail again", [])
    'The boats sail again'
    """
    shape = layout.shape("title")
    match = shape.fullmatch(text) if shape is not None else None
    if match is not None and match.groupdict().get("title"):
        text = match["title"]
    return layout.title_of(text, above) if layout.title_of else text


def header_picture(layout: HeaderTextLayout, caption: Line | None, credit: Line) -> tuple[Image, list[Line]] | None:
    """The picture a header credit line gives, and the lines it takes: the caption slot's line above it
    credited by the layout's ``caption_credit``, else the credit line read by the layout's caption pattern."""
    match = layout.caption_credit.fullmatch(credit.text) if caption and layout.caption_credit else None
    if match is not None:
        return picture(Pair(caption, credit, match)), [caption, credit]
    image = caption_reader(layout)(credit.text)
    return (image, [credit]) if image else None


def names_on(layout: HeaderTextLayout, slot: str, text: str) -> re.Match[str] | None:
    """The byline's (or, in a ``name`` slot, the name line's) match on a header line."""
    pattern = layout.byline if slot == "byline" else layout.name_line
    return pattern.fullmatch(text) if pattern else None




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
        caption: Line | None = None  # a caption slot's line, waiting for the credit under it
        for slot, line in header.slots:
            if slot in ("title", "lead") and getattr(article, FIELD_OF[slot]) is None:
                text = header_title(layout, line.text, lines[:header.start]) if slot == "title" else line.text
                setattr(article, FIELD_OF[slot], text)
                article.provenance[FIELD_OF[slot]] = f"line {line.no}"
            elif slot == "lead":  # a lead printed over several lines ("lead*"): one subtitle
                article.subtitle = f"{article.subtitle} {line.text}"
            elif slot in ("byline", "name") and (match := names_on(layout, slot, line.text)):
                agencies += self._take_people(article, layout, match, line)
            elif slot == "date":
                self._take_times(article, layout, line, lines, ctx)
                if (match := layout.date_line.search(line.text)) and match.groupdict().get("names"):
                    agencies += self._take_people(article, layout, match, line)
            elif slot == "caption":
                caption = line
            elif slot == "credit" and (found := header_picture(layout, caption, line)):
                image, used = found
                article.images.append(image)
                article.removed.append(Removal("caption-credit", " ".join(ln.text for ln in used),
                                               f"{self.entry.id}.caption"))
                caption = None
            else:
                if article.updated is None and layout.updated_line is not None:  # an update line of its own
                    if stamp := read_stamp(layout.updated_line, line.text, ctx):
                        set_time(article, "updated", stamp, f"line {line.no}")
                article.removed.append(Removal("header", line.text, f"{self.entry.id}.{slot}"))
        if caption is not None:  # a caption no credit followed
            article.removed.append(Removal("header", caption.text, f"{self.entry.id}.caption"))
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
        body = read_body(layout, [line for line in below if line.no not in signed], self.entry.id)
        article.blocks, article.removed = body.blocks, article.removed + body.removed
        article.images += body.images
        article.credits = list(dict.fromkeys(a.strip() for a in agencies + body.credits if a.strip()))
        article.provenance["layout"] = f"{self.entry.id} {layout.name}"
        return article

    @staticmethod
    def _take_people(article: Article, layout: HeaderTextLayout, match: re.Match[str], line: Line) -> list[str]:
        """The people a byline's match names, as authors (in order, once each); returns the agencies it names."""
        people, named_agencies = byline_people(layout, match["names"])
        article.authors.extend(p for p in people if p not in article.authors)
        if people:  # a byline naming only the outlet or an agency gives no author, and no provenance for one
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
