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
from collections.abc import Callable
from typing import NamedTuple

from ..lazyre import LazyPattern
from ..lines import Line, split_lines
from ..load import Document
from ..record.article import Article, Image, Removal, SourceInfo
from ..record.fill import new_article, set_time
from ..record.options import ParseOptions
from ..rules.registry import LineRule, match_rule, rule_removal
from ..text.builder import BodyBuilder
from ..time.stamp import TimeContext, time_context
from ..time.stamps import parse_stamp, stamp_from_fields
from ..vocab.people import WIRE_AGENCIES
from .catalog import SourceEntry
from .header_slots import Header, find_header
from .layouts import HeaderTextLayout, expired
from .text_source import read_as_generic

AGENCIES = frozenset(a.casefold() for a in WIRE_AGENCIES)
FIELD_OF = {"title": "title", "lead": "subtitle"}  # the record field a header slot fills
BOX_LINES = 12  # a box between its opening and closing lines is at most this long: past it, no box


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


def without_boxes(lines: list[Line], box_run: int | None,
                  rules: tuple[LineRule, ...] = ()) -> tuple[list[Line], list[Line]]:
    """The body lines less the boxes set into the story, and the boxes' lines: where a dump prints a blank
    line between paragraphs, ``box_run`` lines or more with none between them are a teaser or promo box.
    Lines a rule names are left to it (and part no run).

    >>> lines = [Line(10, "Story."), Line(12, "Teaser one"), Line(13, "Teaser two"), Line(14, "Teaser three"),
    ...          Line(16, "More story.")]
    >>> [line.no for line in without_boxes(lines, 3)[0]], [line.no for line in without_boxes(lines, None)[0]]
    ([10, 16], [10, 12, 13, 14, 16])
    """
    if box_run is None:
        return lines, []
    runs: list[list[Line]] = []
    for line in lines:
        if match_rule(line.text, rules) is not None:
            continue
        if runs and line.no == runs[-1][-1].no + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    boxed = {line.no for run in runs if len(run) >= box_run for line in run}
    return [line for line in lines if line.no not in boxed], [line for line in lines if line.no in boxed]


def until_the_end(lines: list[Line], rules: tuple[LineRule, ...]) -> tuple[list[Line], list[Removal]]:
    """The body lines before the first line a rule that ends the article names, and the removals of that line
    and every line after it.

    >>> from ..rules.registry import LineRule
    >>> end = LineRule("more_about", "related", lambda text: text == "Mehr lesen über", ends_article=True)
    >>> kept, removed = until_the_end([Line(1, "Story."), Line(3, "Mehr lesen über"), Line(4, "Hafen")], (end,))
    >>> [line.no for line in kept], [r.text for r in removed]
    ([1], ['Mehr lesen über', 'Hafen'])
    """
    for index, line in enumerate(lines):
        rule = match_rule(line.text, rules)
        if rule is not None and rule.ends_article:
            return lines[:index], [rule_removal(rule, rest.text) for rest in lines[index:]]
    return lines, []


def without_marked_boxes(lines: list[Line], marks: tuple[tuple[LazyPattern, LazyPattern | None], ...]
                         ) -> tuple[list[Line], list[Line]]:
    """The lines less the boxes that open with a line of their own and close with one (``marks``: the patterns
    of the first and the last line, each matched whole), or, with no closing pattern, end at the first blank
    line; and the boxes' lines. A box is at most ``BOX_LINES`` lines, so an opening line no closing line
    follows stays.

    >>> from ..lazyre import lazy
    >>> lines = [Line(1, "Story."), Line(3, "MORE TRENDING"), Line(5, "Teaser"), Line(7, "Read More Stories"),
    ...          Line(9, "More story.")]
    >>> kept, boxed = without_marked_boxes(lines, ((lazy("MORE TRENDING"), lazy("Read More Stories")),))
    >>> [line.no for line in kept], [line.no for line in boxed]
    ([1, 9], [3, 5, 7])
    >>> lines = [Line(1, "Story."), Line(3, "Mehr zum Thema"), Line(4, "Teaser"), Line(6, "More story.")]
    >>> [line.no for line in without_marked_boxes(lines, ((lazy("Mehr zum Thema"), None),))[1]]
    [3, 4]
    """
    boxed: set[int] = set()
    for opening, closing in marks:
        for index, line in enumerate(lines):
            if line.no in boxed or not opening.fullmatch(line.text):
                continue
            last = box_end(lines, index, closing)
            if last is not None:
                boxed.update(ln.no for ln in lines[index:last + 1])
    return [ln for ln in lines if ln.no not in boxed], [ln for ln in lines if ln.no in boxed]


def box_end(lines: list[Line], start: int, closing: LazyPattern | None) -> int | None:
    """The index of a marked box's last line: the closing line within ``BOX_LINES``, or (no closing pattern)
    the last line printed with no blank line before it."""
    reach = range(start + 1, min(start + BOX_LINES, len(lines)))
    if closing is not None:
        return next((j for j in reach if closing.fullmatch(lines[j].text)), None)
    return next((j - 1 for j in reach if lines[j].no != lines[j - 1].no + 1), reach.stop - 1)


class Pair(NamedTuple):
    """A line and the line under it that names it: a caption and its credit, a post and its attribution."""

    above: Line
    below: Line
    match: re.Match[str]  # the pattern's match of the line under


def paired_lines(lines: list[Line], under: LazyPattern | None) -> tuple[list[Line], list[Pair]]:
    """The lines less those a line matching ``under`` (whole) names, and the pairs it made with the line above.

    >>> from ..lazyre import lazy
    >>> lines = [Line(1, "Story."), Line(3, "Der Hafen am Morgen."), Line(5, "(Foto: Anna Berg)"), Line(7, "More.")]
    >>> kept, pairs = paired_lines(lines, lazy(r"\\(Foto: (?P<credit>[^()]+)\\)"))
    >>> [line.no for line in kept], [(pair.above.no, pair.match["credit"]) for pair in pairs]
    ([1, 7], [(3, 'Anna Berg')])
    """
    if under is None:
        return lines, []
    kept: list[Line] = []
    pairs: list[Pair] = []
    for line in lines:
        match = under.fullmatch(line.text)
        if match is None or not kept:
            kept.append(line)
            continue
        pairs.append(Pair(kept.pop(), line, match))
    return kept, pairs


def picture(pair: Pair) -> Image:
    """The picture a caption and the credit under it make (the credit: group "credit", else its whole line).

    >>> import re
    >>> picture(Pair(Line(1, "Der Hafen."), Line(2, "© Anna Berg"), re.fullmatch(r"© (?P<credit>.+)", "© Anna Berg")))
    Image(caption='Der Hafen.', credit='Anna Berg', src=None)
    """
    return Image(pair.above.text, (pair.match.groupdict().get("credit") or pair.below.text).strip())


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


def caption_reader(layout: HeaderTextLayout) -> Callable[[str], Image | None]:
    """The layout's caption pattern as the body builder's caption reader.

    >>> from ..lazyre import lazy
    >>> layout = HeaderTextLayout("t", None, ("title", "date"), lazy("x"), lazy("x"),
    ...                           caption=lazy(r"(?P<caption>.+?) © (?P<credit>.+)"))
    >>> caption_reader(layout)("Der Hafen am Morgen. © Anna Berg")
    Image(caption='Der Hafen am Morgen.', credit='Anna Berg', src=None)
    """
    pattern = layout.caption

    def outlet_caption(text: str) -> Image | None:
        match = pattern.fullmatch(text) if pattern else None
        return Image(match["caption"].strip(), match["credit"].strip()) if match else None

    return outlet_caption


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
        ctx = time_context(options, self.entry.source_tz, article.language)
        article.removed.extend(Removal("navigation", line.text, "before_header") for line in lines[:header.start])
        agencies: list[str] = []
        caption: Line | None = None  # a caption slot's line, waiting for the credit under it
        for slot, line in header.slots:
            if slot in ("title", "lead") and getattr(article, FIELD_OF[slot]) is None:
                text = header_title(layout, line.text, lines[:header.start]) if slot == "title" else line.text
                setattr(article, FIELD_OF[slot], text)
                article.provenance[FIELD_OF[slot]] = f"line {line.no}"
            elif slot == "byline" and (match := layout.byline.fullmatch(line.text)):
                agencies += self._take_byline(article, layout, match, line)
            elif slot == "date":
                self._take_times(article, layout, line, lines, ctx)
                if (match := layout.date_line.search(line.text)) and match.groupdict().get("names"):
                    agencies += self._take_byline(article, layout, match, line)
            elif slot == "caption":
                caption = line
            elif slot == "credit" and (found := header_picture(layout, caption, line)):
                image, used = found
                article.images.append(image)
                article.removed += [Removal("caption-credit", ln.text, f"{self.entry.id}.caption") for ln in used]
                caption = None
            else:
                article.removed.append(Removal("header", line.text, f"{self.entry.id}.{slot}"))
        if caption is not None:  # a caption no credit followed
            article.removed.append(Removal("header", caption.text, f"{self.entry.id}.caption"))
        body, ending = until_the_end(lines[header.body_start:], layout.rules)
        body, credited = paired_lines(body, layout.caption_credit)
        body, posts = paired_lines(body, layout.post_attribution)
        body, marked = without_marked_boxes(body, layout.marked_boxes)
        body, boxes = without_boxes(body, layout.box_run, layout.rules)
        parts = BodyBuilder(layout.line_rules, caption_of=caption_reader(layout)).feed(body)
        for kind, pairs, rule in (("caption-credit", credited, "caption_credit"), ("embed", posts, "post_attribution")):
            article.removed += [Removal(kind, ln.text, f"{self.entry.id}.{rule}") for pair in pairs for ln in pair[:2]]
        article.removed += [Removal("related", line.text, f"{self.entry.id}.marked_box") for line in marked]
        article.removed += [Removal("related", line.text, f"{self.entry.id}.box_run") for line in boxes] + parts.removed
        article.removed += ending
        article.blocks = parts.blocks
        article.images += [picture(pair) for pair in credited] + parts.images
        article.credits = list(dict.fromkeys(a.strip() for a in agencies + parts.credits if a.strip()))
        article.provenance["layout"] = f"{self.entry.id} {layout.name}"
        return article

    @staticmethod
    def _take_byline(article: Article, layout: HeaderTextLayout, match: re.Match[str], line: Line) -> list[str]:
        """The authors of a byline match (group "names") into the record; the agencies it names, returned."""
        people, named_agencies = byline_people(layout, match["names"])
        article.authors.extend(p for p in people if p not in article.authors)
        article.provenance["authors"] = f"line {line.no}: {line.text}"
        return named_agencies + [a for a in (match.groupdict().get("agencies") or "").split(",") if a]

    @staticmethod
    def _take_times(article: Article, layout: HeaderTextLayout, line: Line, lines: list[Line],
                    ctx: TimeContext) -> None:
        """Published from the date line; updated from the update pattern on it or on the line after it."""
        after = next((ln for ln in lines if ln.no > line.no), None)
        for name, pattern, candidates in (("published", layout.date_line, [line]),
                                          ("updated", layout.updated_line, [line, after])):
            for candidate in candidates:
                match = pattern.search(candidate.text) if pattern and candidate else None
                if match is None:
                    continue
                stamp = stamp_from_fields(match, ctx) if "y" in match.groupdict() else parse_stamp(match[0], ctx)
                if stamp is not None and getattr(article, name) is None:
                    set_time(article, name, stamp, f"line {candidate.no}")
                break
