"""The article's text: its blocks through the block rules, its dek, and what was cut.

:mod:`.container` finds where the article is; here each block of it is kept or cut
(the headline, the dek, repeated copies, bare date lines, captions standing in the
text, and what the block rules of :mod:`.boilerplate` call boilerplate). Every cut
is recorded as a :class:`Removal`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..lazyre import lazy
from ..record.article import Block, Image, Removal
from ..time.stamps import parse_stamp
from ..vocab.header_labels import DATE_LABELS
from . import boilerplate
from .container import (
    after_related_headings,
    best_container,
    block_weight,
    boilerplate_elements,
    chains_of,
    teaser_cards,
)
from .dom import class_words, collapse
from .images import loose_caption
from .render import TextBlock, render
from .vocab import DEK_WORDS

DATE_LINE_MAX_CHARS = 60
DEK_MIN_KEY_CHARS = 20  # a shorter block may equal the description by chance
DEK_CUT_SHARE = 0.8  # a block cut short ("…") keeps at least this share of the description
AUTHOR_LINE_MAX_CHARS = 120
AUTHOR_LINE_EXTRA_WORDS = 3  # "Staff Writer", "Special to the Herald"
_DIGIT = lazy(r"\d")
_AUTHOR_LINE_FILLER = lazy(r"[^\w]+|\b(?:by|and|por|e|di|von|und|par|et|oleh|dan)\b")
_DATE_LABEL = lazy(r"\W*(?:" + "|".join(DATE_LABELS) + r")\b", re.IGNORECASE)


@dataclass(slots=True)
class BodyResult:
    """The article's blocks, the elements they came from, and what was cut."""

    blocks: list[Block] = field(default_factory=list)
    containers: list[etree._Element] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    captions: list[Image] = field(default_factory=list)  # captions standing in the text


@dataclass(slots=True)
class PageText:
    """A rendered page: its blocks with their ancestor chains, the elements to cut, and
    the article's containers."""

    blocks: list[TextBlock]
    chains: list[tuple[etree._Element, ...]]
    cut: dict[etree._Element, tuple[str, str]]
    containers: list[etree._Element]
    teasers: set[int] = field(default_factory=set)
    kept_kinds: frozenset[str] = frozenset()  # kinds the block rules call boilerplate that are this page's text

    def in_article(self, index: int) -> bool:
        return not self._inside.isdisjoint(self.chains[index])

    @property
    def _inside(self) -> frozenset[etree._Element]:
        return frozenset(self.containers)


def analyse(
    root: etree._Element,
    containers: list[etree._Element] | None = None,
    extra_cut: dict[etree._Element, tuple[str, str]] | None = None,
    kept: frozenset[etree._Element] = frozenset(),
) -> PageText:
    """Render ``root`` (the page's ``<body>``), find what to cut (never a ``kept`` element: an outlet's
    wrapper that holds its story) and, unless a layout gave them, the article's container."""
    blocks = render(root)
    chains = chains_of(blocks)
    weights = [block_weight(b) for b in blocks]
    cut = {el: found for el, found in boilerplate_elements(blocks, chains, weights).items() if el not in kept}
    cut.update(extra_cut or {})
    cut.update(after_related_headings(blocks, chains, cut))
    teasers = teaser_cards(blocks, chains, [boilerplate.link_list(b) for b in blocks])
    if not containers:
        best = best_container(blocks, chains, weights, set(cut), teasers)
        containers = [best] if best is not None else []
    return PageText(blocks, chains, cut, containers, teasers)


def find_dek(page: PageText, description: str | None,
             named_cuts: frozenset[etree._Element] = frozenset()) -> str | None:
    """The standfirst: after the headline (``<h1>``) and before the body, a block that
    repeats the page's description or whose class names a dek. Inside the article only
    its first block can be the dek, and only by its class: a description that is the
    body's own first paragraph is the lead, not a dek. A block inside ``named_cuts`` (the
    boilerplate an outlet's layout names: a photo carousel's captions) is none.

    >>> from newsclean.parsers.html.dom import parse_tree
    >>> body = parse_tree('<p class="summary">A teaser above the headline, in a carousel.</p>'
    ...     '<h1>Rates rise</h1><p class="dek">The third rise this year, and not the last.</p>'
    ...     '<div class="body"><p>' + 'Text. ' * 200 + '</p></div>').find("body")
    >>> find_dek(analyse(body), None)
    'The third rise this year, and not the last.'
    """
    wanted = _key(description) if description else None
    after_headline = False
    for index, (block, chain) in enumerate(zip(page.blocks, page.chains)):
        inside = page.in_article(index)
        if block.type == "heading" and block.owner.tag == "h1":
            after_headline = True
            continue
        if not named_cuts.isdisjoint(chain):
            continue  # boilerplate an outlet's layout names: no dek
        key = _key(block.text)
        if not inside and wanted and _copies_description(key, wanted):
            return block.text
        if after_headline and 30 <= len(block.text) <= 400 and _dek_class(chain, page.containers):
            return block.text
        if inside:
            return None  # the body has started
    return None


def _copies_description(key: str, wanted: str) -> bool:
    """A block (its ``key``) that prints the page's description: the same words, or most of them
    with the end cut ("…"), long enough not to match by chance.

    >>> _copies_description("the third rise this year and not", "the third rise this year and not the last")
    False
    >>> _copies_description("the third rise this year and not the l", "the third rise this year and not the last")
    True
    """
    if len(key) < DEK_MIN_KEY_CHARS:
        return False
    return key == wanted or (wanted.startswith(key[:-3]) and len(key) > DEK_CUT_SHARE * len(wanted))


def _dek_class(chain: tuple[etree._Element, ...], containers: list[etree._Element]) -> bool:
    """The block's own element or its parent, below the article's container, has a dek's class
    (a container named "text-with-summary" is no dek)."""
    own = []
    for el in chain[:2]:
        if el in containers:
            break
        own.append(el)
    return any(class_words(el) & DEK_WORDS for el in own)


def article_scope(containers: list[etree._Element]) -> list[etree._Element]:
    """The containers, widened to the enclosing ``<article>`` (where the lead picture, the
    share bar and the related links sit).

    >>> from newsclean.parsers.html.dom import parse_tree
    >>> body = parse_tree('<article><figure/><div class="body"><p>x</p></div></article>').find("body")
    >>> [el.tag for el in article_scope([body.find(".//div")])]
    ['article']
    """
    out: list[etree._Element] = []
    for el in containers:
        wider = next((a for a in el.iterancestors() if a.tag == "article"), el)
        if wider not in out:
            out.append(wider)
    return out


def collect(page: PageText, *, title: str | None, subtitle: str | None, authors: list[str]) -> BodyResult:
    """The article's blocks, each through the block rules, and the removals on the way
    (boilerplate cut anywhere in the article's scope is reported)."""
    result = BodyResult(containers=page.containers)
    scope = set(article_scope(page.containers))
    reported: set[etree._Element] = set()
    keep = _BlockFilter(title, subtitle, authors, result.removed, page.kept_kinds)
    for index, (block, chain) in enumerate(zip(page.blocks, page.chains)):
        inside = page.in_article(index)
        if not inside and scope.isdisjoint(chain):
            continue
        cutter = None if page.cut.keys().isdisjoint(chain) else next(el for el in chain if el in page.cut)
        if cutter is not None:
            if cutter not in reported:
                reported.add(cutter)
                kind, rule = page.cut[cutter]
                result.removed.append(Removal(kind, collapse(" ".join(cutter.itertext()))[:500], rule))
            continue
        if not inside:
            continue
        if index in page.teasers:
            result.removed.append(Removal("related", block.text, "teaser_card"))
        elif block.type != "heading" and (caption := loose_caption(block.text)):
            result.captions.append(caption)
            result.removed.append(Removal("caption", block.text, "loose_caption"))
        elif keep(block):
            result.blocks.append(Block(block.type, block.text))
    _trim_lead(result)
    return result


class _BlockFilter:
    """Decides block by block, remembering what it has seen (for repeated copies)."""

    def __init__(
        self, title: str | None, subtitle: str | None, authors: list[str], removed: list[Removal], kept: frozenset[str]
    ) -> None:
        self.title = _key(title) if title else None
        self.kept = kept
        self.subtitle = _key(subtitle) if subtitle else None
        self.authors = authors
        self.seen: set[str] = set()
        self.removed = removed
        self.headline_cut = False  # one <h1> is the headline; later ones head sections (a reference page's)

    def __call__(self, block: TextBlock) -> bool:
        key = _key(block.text)
        first_h1 = block.type == "heading" and block.owner.tag == "h1" and not self.headline_cut
        if self.title and (key == self.title or first_h1):
            self.headline_cut = True
            return self._cut("headline", block.text, "title_heading")
        if self.authors and author_line(block.text, self.authors):
            return self._cut("byline", block.text, "author_line")
        if self.subtitle and key == self.subtitle:
            return self._cut("subtitle", block.text, "dek_copy")
        if key in self.seen and len(key) > 0:
            return self._cut("duplicate", block.text, "repeated_block")
        self.seen.add(key)
        removal = boilerplate.block_removal(block, self.kept)
        if removal is not None:
            self.removed.append(removal)
            return False
        if _is_date_line(block.text):
            return self._cut("date", block.text, "date_line")
        return True

    def _cut(self, kind: str, text: str, rule: str) -> bool:
        self.removed.append(Removal(kind, text, rule))
        return False


def _is_date_line(text: str) -> bool:
    """A short line that is a date, or a labelled one ("Updated: 3 May 2024").

    >>> _is_date_line("Updated: 3 May 2024"), _is_date_line("Three ferries a day from May")
    (True, False)
    """
    if len(text) > DATE_LINE_MAX_CHARS or not _DIGIT.search(text):
        return False
    return bool(date_line(text) or _DATE_LABEL.match(text))


def author_line(text: str, authors: list[str]) -> bool:
    """A short line that only names the article's authors (with "by", "and", a role…).

    >>> author_line("Jane Doe and John Roe", ["Jane Doe", "John Roe"])
    True
    >>> author_line("BY JANE DOE, Staff Writer", ["Jane Doe"])
    True
    >>> author_line("Jane Doe said the council had agreed.", ["Jane Doe"])
    False
    """
    if len(text) > AUTHOR_LINE_MAX_CHARS:
        return False
    rest = text.casefold()
    found = False
    for name in authors:
        if name.casefold() in rest:
            rest = rest.replace(name.casefold(), " ")
            found = True
    return found and len(_AUTHOR_LINE_FILLER.sub(" ", rest).split()) <= AUTHOR_LINE_EXTRA_WORDS


def date_line(text: str) -> bool:
    """A block that is only a time stamp.

    >>> date_line("2019-11-19T12:48:14Z")
    True
    >>> date_line("Talks resumed on 2019-11-19 in Geneva, officials said.")
    False
    """
    stamp = parse_stamp(text)
    return stamp is not None and len(stamp.text) >= 0.6 * len(text.strip())


def _key(text: str) -> str:
    return collapse(text).casefold()


def _trim_lead(result: BodyResult) -> None:
    """Drop short label-like blocks before the first paragraph of prose (kicker, byline remnants)."""
    while result.blocks and result.blocks[0].type != "heading" and _label_like(result.blocks[0].text):
        result.removed.append(Removal("header", result.blocks.pop(0).text, "before_first_paragraph"))


def _label_like(text: str) -> bool:
    """Short and without a sentence's end.

    >>> _label_like("Politics")
    True
    >>> _label_like("It rained.")
    False
    """
    return len(text) < 40 and not text.rstrip().endswith((".", "!", "?", "\u201d", '"', ":"))
