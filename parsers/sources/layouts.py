"""Layouts: how one design of an outlet prints its pages, text dumps and HTML side by side, each with
the date it stopped being valid (as in Fundus).

A redesign is a new layout that overrides only what changed (Fundus' ``V1_1(V1)``):
``LAYOUT_2025 = LAYOUT_2024._replace(name="2025", body=("div.article-body",))``.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from ..lazyre import LazyPattern, lazy
from ..lines import Line
from ..rules.registry import LINE_RULES, LineRule


class TextLayout(NamedTuple):
    """How one layout of an outlet prints its header and its boilerplate."""

    name: str
    valid_until: str | None  # ISO date the outlet stopped using it; None = current
    sections: frozenset[str]  # casefolded section labels
    date_line: LazyPattern  # a header line that holds a time; groups y mo d h mi (s off) are read as they are
    byline: LazyPattern  # group "names"
    outlet_line: LazyPattern  # the outlet's own name standing alone
    extra_rules: tuple[LineRule, ...] = ()
    author_separators: LazyPattern = lazy(r"\s*(?:,|\band\b|&|、|和)\s*")
    language: str | None = None  # None: the catalog entry's language
    live_stamp: LazyPattern | None = None  # a line holding only a live-updates entry time (group "time")
    dateline: LazyPattern | None = None  # at the start of the first body line (group "place")
    credit_line: LazyPattern | None = None  # a line naming where the story came from (group "who")
    updated_label: LazyPattern | None = None  # a date line that starts with it is the update time

    @property
    def line_rules(self) -> tuple[LineRule, ...]:
        """The layout's own rules (its credit line first), then the shared ones."""
        own = self.extra_rules
        if self.credit_line is not None:
            own = (LineRule("credit_line", "credit", lambda line: bool(self.credit_line.fullmatch(line))),) + own
        return own + LINE_RULES


class HeaderTextLayout(NamedTuple):
    """A text layout read around its anchor line (the date line, or the byline where the dump prints no
    date): ``header`` names the lines from the headline down to the body, one slot each, as printed.

    Slots: ``title``, ``lead`` (the subtitle; ``lead*``: printed over several lines, joined), ``skip`` (a kicker
    or tag line), ``date``, ``byline``, ``name`` (one author on a line of its own, under a byline label printed
    alone), ``role`` (the author's role on its own line), ``caption`` (a picture's caption over its ``credit``),
    ``credit`` (a picture credit line), and the layout's own ``marks`` (a breadcrumb label, a kicker's separator:
    lines known by their shape, dropped); ``?`` marks a slot the page may leave out, ``*`` one that may repeat.
    ``shapes`` tells a slot's lines from their neighbours where the slot order alone cannot (a title that opens
    with a kicker in capitals, a lead that ends a sentence).
    """

    name: str
    valid_until: str | None  # ISO date the outlet stopped using it; None = current
    header: tuple[str, ...]  # e.g. ("title", "lead?", "byline", "date")
    # groups y mo d h mi (off) read as they are; else the time-stamp engine reads it; a group "names" is the
    # byline printed on the date line
    date_line: LazyPattern
    byline: LazyPattern  # group "names"; optional group "agencies" (credits)
    anchor: str = "date"  # the slot found first on the page: "date", "byline" or one of the marks
    updated_line: LazyPattern | None = None  # the update time, on the date line or the line after it
    credit: LazyPattern | None = None  # a picture credit line in the header
    caption: LazyPattern | None = None  # a caption line in the body: groups "caption" and "credit"
    # A picture's credit on a line of its own under its caption (group "credit", else the whole line): the line
    # above is the caption, the two are one picture
    caption_credit: LazyPattern | None = None
    role: LazyPattern | None = None  # a byline part that names no person: a role, or the outlet itself
    rules: tuple[LineRule, ...] = ()  # the outlet's boilerplate lines, named (an ``ends_article`` rule ends it)
    # The dump parts paragraphs by blank lines: this many lines or more with none between them are a box.
    box_run: int | None = None
    # (opening, closing): a box set into the story that prints a line of its own at each end ("MORE TRENDING" …
    # "Read More Stories"), both patterns matched whole; no closing pattern: the box ends at the first blank line
    marked_boxes: tuple[tuple[LazyPattern, LazyPattern | None], ...] = ()
    # (under, closing): a box known by the line right under its heading (no blank line between: Seznam's info box,
    # a heading over "Foto: …"), from the heading to its closing line, or to the article's end when that comes
    # first (both within BOX_LINES lines)
    headed_boxes: tuple[tuple[LazyPattern, LazyPattern], ...] = ()
    author_separators: LazyPattern = lazy(r"\s*(?:,|\bund\b|\band\b|\bet\b|&)\s*")
    language: str | None = None  # None: the catalog entry's language
    marks: tuple[tuple[str, LazyPattern], ...] = ()  # (slot, the whole line's pattern): the layout's own slots
    name_line: LazyPattern | None = None  # a ``name`` slot's line: group "names"
    # The byline and the date some dumps print under the story (group "names"; the date as ``date_line``):
    # the first line below the header either matches in full is read when the header gave none, and leaves
    # the body.
    footer_byline: LazyPattern | None = None
    footer_date: LazyPattern | None = None
    # (slot, pattern): a line fills the slot only if the pattern matches it whole; the "title" shape's group
    # "title", when it has one, is the title (a kicker printed on the same line is cut off)
    shapes: tuple[tuple[str, LazyPattern], ...] = ()
    # The title from its line and the page's lines above the header, where code must tell a kicker glued to
    # the headline from it (data cannot: the page above says where the kicker ends)
    title_of: Callable[[str, list[Line]], str] | None = None
    # The attribution line under an embedded post ("— Name (@handle) May 6, 2025"): it and the post above go
    post_attribution: LazyPattern | None = None

    @property
    def line_rules(self) -> tuple[LineRule, ...]:
        """The layout's own rules, then the shared ones."""
        return self.rules + LINE_RULES

    def shape(self, slot: str) -> LazyPattern | None:
        """The pattern a line must match to fill ``slot``, if the layout gives one."""
        return next((pattern for name, pattern in self.shapes if name == slot), None)


# Where a field lives on an HTML page, tried in order: "ld:KEY" (the article's JSON-LD), "meta:NAME"
# (a <meta> property or name), a CSS selector (the element's text), "SELECTOR@ATTR" (an attribute),
# or a function of the page (code where data cannot say it).
FieldSource = str | Callable[..., Any]


class Cut(NamedTuple):
    """Boilerplate inside an outlet's body, found by a CSS selector, named for ``--explain``."""

    name: str
    kind: str  # as in ``removed``: "related", "promo", "ad", "newsletter", "caption-credit"…
    selector: str


class HtmlLayout(NamedTuple):
    """Where one design of an outlet's pages puts the article; a field it does not name is left to the
    generic HTML path."""

    name: str
    valid_until: str | None  # ISO date the outlet stopped using it; None = current
    body: tuple[str, ...]  # CSS selectors of the body's containers (all matches are joined)
    cuts: tuple[Cut, ...] = ()  # boilerplate inside the body
    # CSS selectors of elements the generic boilerplate finder must leave: a wrapper whose class or id reads as
    # boilerplate ("piano-…", "paywall") but holds the outlet's story
    keep: tuple[str, ...] = ()
    # CSS selectors of elements the page serves hidden and its script shows (the paywalled rest of a story, shown
    # to subscribers): not dropped as hidden
    shown: tuple[str, ...] = ()
    # The article's markup where the page carries it in script data, not in its HTML (Next.js flight data): a
    # function of the page giving the element, read before the scripts go and set into the page's <body>
    embedded: Callable[[Any], Any] | None = None
    # Kinds of the generic block rules whose blocks, inside the layout's body, are the outlet's text: "related"
    # where the outlet links whole phrases of its paragraphs (a link-dense paragraph is prose, not a teaser)
    text_kinds: frozenset[str] = frozenset()
    block_rules: tuple[LineRule, ...] = ()  # boilerplate paragraphs known by their text
    title: tuple[FieldSource, ...] = ()
    subtitle: tuple[FieldSource, ...] = ()
    authors: tuple[FieldSource, ...] = ()
    published: tuple[FieldSource, ...] = ()
    updated: tuple[FieldSource, ...] = ()
    section: tuple[FieldSource, ...] = ()


def expired(valid_until: str | None, published: str | None) -> bool:
    """A layout valid until ``valid_until`` (ISO date; None: still in use) is out of date for a page
    published then (``published``: the record's ISO time, None when unknown).

    >>> expired("2020-01-01", "2021-03-01T10:00:00+08:00"), expired("2020-01-01", "2019-12-31")
    (True, False)
    >>> expired(None, "2021-03-01"), expired("2020-01-01", None)
    (False, False)
    """
    return bool(valid_until and published and published[:10] >= valid_until)
