"""The shared shape of a source parser for text dumps.

A source is data: a :class:`~.layouts.TextLayout` per page layout (newest first, each with the
date it stopped being valid, as in Fundus), plus the catalog entry. The one
algorithm here reads the header zone with the layout's patterns and hands the
rest to :class:`~newsclean.parsers.text.builder.BodyBuilder`:

1. pick the layout whose date lines, outlet line and sections fit the top of the page;
2. skip what is printed above the section label that heads the first time (menus);
3. read section, times, headline, byline and outlet line until the first prose line;
4. join live-updates time lines to their entries, note a dateline, build the body.
"""
from __future__ import annotations

from typing import NamedTuple

from ..lazyre import LazyPattern
from ..lines import Line, is_prose, split_lines, word_count
from ..load import Document
from ..record.article import Article, Block, Removal, SourceInfo
from ..record.errors import NewscleanError
from ..record.fill import new_article, set_time
from ..record.options import ParseOptions
from ..rules.registry import match_rule, rule_removal
from ..text.builder import BodyBuilder
from ..time.formats import label_of
from ..time.stamp import TimeContext, time_context
from ..time.stamps import parse_stamp, stamp_from_fields
from .catalog import SourceEntry
from .layouts import TextLayout, expired


def line_credits(removed: list[Removal], layout: TextLayout) -> list[str]:
    """The names in the lines the layout's ``credit_line`` rule took out, in order.

    >>> from ..lazyre import lazy

    >>> layout = TextLayout("t", None, frozenset(), lazy("x"), lazy("x"), lazy("x"),
    ...                     credit_line=lazy(r"Source\\(s\\): (?P<who>.+)"))
    >>> line_credits([Removal("credit", "Source(s): AFP ,Xinhua News Agency", "credit_line")], layout)
    ['AFP', 'Xinhua News Agency']
    """
    names: list[str] = []
    for removal in removed:
        match = layout.credit_line.fullmatch(removal.text) if removal.rule == "credit_line" else None
        if match:
            names.extend(n for n in layout.author_separators.split(match["who"].strip()) if n and n not in names)
    return names


def live_times(lines: list[Line], stamp: LazyPattern | None) -> list[str]:
    """The entry times of a live-updates list, or none when the stamps do not make one.

    A list has at least two entries, newest first (a video player's ``00:00`` and
    ``02:35`` run the other way and stay text).

    >>> from ..lazyre import lazy

    >>> rx = lazy(r"(?:Updated\\s+)?(?P<time>\\d{1,2}:\\d{2})")
    >>> live_times([Line(3, "15:40"), Line(4, "A."), Line(5, "Updated 9:05"), Line(6, "B.")], rx)
    ['15:40', '9:05']
    >>> live_times([Line(3, "00:00"), Line(4, "02:35"), Line(5, "A.")], rx)
    []
    """
    times = [m["time"] for line in lines if stamp and (m := stamp.fullmatch(line.text))]
    minutes = [int(h) * 60 + int(m) for h, m in (t.split(":") for t in times)]
    newest_first = all(a >= b for a, b in zip(minutes, minutes[1:]))
    return times if len(times) >= 2 and newest_first else []


def join_live_stamps(lines: list[Line], stamp: LazyPattern | None) -> tuple[list[Line], frozenset[str]]:
    """Fold each live-updates time line into the entry line after it.

    Returns the lines and the texts of the joined entries, which become ``list_item``
    blocks: ``"HH:MM entry text"`` (an "Updated" label before the time is dropped).

    >>> from ..lazyre import lazy

    >>> rx = lazy(r"(?:Updated\\s+)?(?P<time>\\d{1,2}:\\d{2})")
    >>> join_live_stamps([Line(3, "Updated 10:35"), Line(4, "Talks resumed."), Line(5, "09:50"),
    ...                   Line(6, "Talks began.")], rx)[0]
    [Line(no=4, text='10:35 Talks resumed.'), Line(no=6, text='09:50 Talks began.')]
    """
    if stamp is None or not live_times(lines, stamp):
        return lines, frozenset()
    joined: list[Line] = []
    entries: set[str] = set()
    pending: str | None = None
    for line in lines:
        if match := stamp.fullmatch(line.text):
            pending = match["time"]
            continue
        if pending is not None:
            line = Line(line.no, f"{pending} {line.text}")
            entries.add(line.text)
            pending = None
        joined.append(line)
    return joined, frozenset(entries)


def as_list_items(blocks: list[Block], entries: frozenset[str]) -> list[Block]:
    """Retype the paragraphs that open a live-updates entry as list items.

    >>> as_list_items([Block("paragraph", "Intro."), Block("paragraph", "10:35 Talks resumed.")],
    ...               frozenset({"10:35 Talks resumed."}))[1]
    Block(type='list_item', text='10:35 Talks resumed.')
    """
    return [Block("list_item", b.text) if b.type == "paragraph" and b.text in entries else b for b in blocks]


def find_dateline(line: Line, dateline: LazyPattern | None) -> tuple[str, str] | None:
    """The place named by a dateline at the start of ``line``, and the dateline as printed.

    >>> from ..lazyre import lazy

    >>> rx = lazy(r"(?P<place>[A-Z]+), [A-Z][a-z]+ \\d+ \\(Xinhua\\) --")
    >>> find_dateline(Line(8, "BEIJING, May 12 (Xinhua) -- Sales rose."), rx)
    ('BEIJING', 'BEIJING, May 12 (Xinhua) --')
    """
    match = dateline.match(line.text) if dateline else None
    return (match["place"].strip(), match.group(0)) if match else None


def take_time(article: Article, line: Line, ctx: TimeContext, layout: TextLayout) -> None:
    """Fill ``published`` or ``updated`` from a header line the layout calls a date line.

    A layout whose date line names its fields (``y mo d h mi``…) is read by that
    format, and its ``updated_label`` tells the update time; otherwise the time-stamp
    engine reads the line. A line of the date shape that neither can read stays out of
    the title and the body, with a warning naming it.
    """
    match = layout.date_line.search(line.text) if "y" in layout.date_line.groupindex else None
    stamp = stamp_from_fields(match, ctx) if match else parse_stamp(line.text, ctx)
    if stamp is None:
        article.warnings.append(f"line {line.no}: time not understood: {line.text!r}")
        return
    field_name = time_field(layout, line.text)
    if getattr(article, field_name) is None:
        set_time(article, field_name, stamp, f"line {line.no}")


def time_field(layout: TextLayout, text: str) -> str:
    """``"updated"`` or ``"published"``: by the layout's own update label when it has
    one, else by the time-stamp engine's labels.

    >>> from ..lazyre import lazy

    >>> layout = TextLayout("t", None, frozenset(), lazy("x"), lazy("x"), lazy("x"), updated_label=lazy("Updated"))
    >>> time_field(layout, "Updated 2020.02.28 09:00 GMT+8"), time_field(layout, "2020.02.28 07:03 GMT+8")
    ('updated', 'published')
    """
    if layout.updated_label is not None:
        return "updated" if layout.updated_label.match(text) else "published"
    return label_of(text)


def header_start(layout: TextLayout, lines: list[Line]) -> int:
    """Where the article's header begins: at the section label just above the first
    publication time, so that the menus of a whole-page dump are skipped.

    0 when no unlabelled time comes before the first line of prose.

    >>> from ..lazyre import lazy

    >>> layout = TextLayout("t", None, frozenset({"world", "china"}), lazy(r"\\d{4}\\.\\d{2}\\.\\d{2}"),
    ...                     lazy("By (?P<names>.+)"), lazy("CGTN"))
    >>> header_start(layout, [Line(1, "Home"), Line(2, "China"), Line(3, "World"), Line(4, "2020.02.28 07:03")])
    2
    >>> header_start(layout, [Line(1, "A headline of some words"), Line(2, "Updated 2020.02.28 09:00")])
    0
    """
    for index, line in enumerate(lines):
        if is_prose(line.text):
            break
        if layout.date_line.search(line.text):
            if time_field(layout, line.text) != "published":
                break
            return index - 1 if index and lines[index - 1].text.casefold() in layout.sections else index
    return 0


def read_as_generic(doc: Document, options: ParseOptions, entry: SourceEntry) -> Article:
    """A dump none of its outlet's text layouts fits, read by the generic text parser: the record names
    the outlet, says the generic parser read it, and warns."""
    from ..text.parse import parse_text

    article = parse_text(doc, options)
    article.source = SourceInfo(entry.id, entry.name, "generic")
    article.warnings.append(f"no {entry.name} text layout fits this page: read by the generic parser")
    return article


class TextSource(NamedTuple):
    """A source parser for text dumps, driven by its catalog entry and layouts."""

    entry: SourceEntry
    layouts: tuple[TextLayout, ...]

    def parse(self, doc: Document, options: ParseOptions) -> Article:
        """The article, read with the layout that best fits the top of the page; when the page is dated
        past that layout's ``valid_until`` and a layout still valid then fits too, read with that one."""
        lines = split_lines(doc.text)
        fits = [(self._fit(layout, lines), layout) for layout in self.layouts]
        if not any(fit for fit, _ in fits):
            return read_as_generic(doc, options, self.entry)
        ranked = [layout for _, layout in sorted(fits, key=lambda fit: fit[0], reverse=True)]  # stable: ties keep order
        article = self.parse_layout(ranked[0], doc, lines, options)
        if not expired(ranked[0].valid_until, article.published):
            return article
        fitting = {id(layout) for fit, layout in fits if fit > 0}
        newer = [layout for layout in ranked[1:] if id(layout) in fitting
                 and not expired(layout.valid_until, article.published)]
        return self.parse_layout(newer[0], doc, lines, options) if newer else article

    @staticmethod
    def _fit(layout: TextLayout, lines: list[Line]) -> int:
        """How many of the first lines the layout recognises (date lines and sections count double)."""
        head = lines[:40]
        return sum(
            bool(layout.date_line.search(line.text)) * 2
            + bool(layout.outlet_line.fullmatch(line.text))
            + (line.text.casefold() in layout.sections) * 2
            for line in head
        )

    def parse_layout(self, layout: TextLayout, doc: Document, lines: list[Line], options: ParseOptions) -> Article:
        """The article read with one given layout: header fields, then dateline, body and credits."""
        article = new_article(doc, SourceInfo(self.entry.id, self.entry.name, self.entry.id), options)
        article.language = layout.language or self.entry.language
        ctx = time_context(options, self.entry.source_tz, article.language or self.entry.language)
        start = header_start(layout, lines)
        article.removed.extend(Removal("navigation", line.text, "before_header") for line in lines[:start])
        body_start = start + self._read_header(layout, lines[start:], article, ctx)
        body, entries = join_live_stamps(lines[body_start:], layout.live_stamp)
        if body and (found := find_dateline(body[0], layout.dateline)):
            article.dateline, printed = found
            article.provenance["dateline"] = f"line {body[0].no}: {printed}"
        parts = BodyBuilder(layout.line_rules).feed(body)
        article.blocks, article.images = as_list_items(parts.blocks, entries), parts.images
        article.credits = parts.credits + [c for c in line_credits(parts.removed, layout) if c not in parts.credits]
        article.removed += parts.removed
        if not article.blocks:
            raise NewscleanError(f"no article text found ({self.entry.name} layout {layout.name})")
        article.provenance.setdefault("layout", f"{self.entry.id} {layout.name}")
        return article

    def _read_header(self, layout: TextLayout, lines: list[Line], article: Article, ctx: TimeContext) -> int:
        """Fill header fields; return the index of the first body line."""
        for index, line in enumerate(lines):
            text = line.text
            if article.title and is_prose(text):
                return index
            if article.section is None and article.title is None and text.casefold() in layout.sections:
                article.section = text
                article.provenance["section"] = f"line {line.no}"
            elif layout.date_line.search(text):
                take_time(article, line, ctx, layout)
            elif article.title and (match := layout.byline.fullmatch(text)):
                article.authors.extend(a for a in layout.author_separators.split(match["names"].strip()) if a)
                article.provenance["authors"] = f"line {line.no}: {text}"
            elif layout.outlet_line.fullmatch(text):
                article.provenance.setdefault("source", f"line {line.no}: {text}")
            elif article.title is None and word_count(text) >= 3:
                article.title = text
                article.provenance["title"] = f"line {line.no}"
            elif rule := match_rule(text, layout.line_rules):
                article.removed.append(rule_removal(rule, text))
            elif article.title is None:
                article.removed.append(Removal("navigation", text, "before_headline"))
            else:
                return index
        return len(lines)
