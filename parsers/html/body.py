"""Find the article in the page and keep its text blocks.

1. Rendered blocks are weighed: prose counts for its length, link lists and short
   labels against it. Every element's score is the sum over the blocks inside it,
   and the article container is the element with the best score. A body split into
   several containers by ad rows is found whole, because the ad rows between the
   parts weigh almost nothing and their common parent scores highest.
2. Boilerplate elements (class/id words, furniture tags, figures) are cut unless
   they hold most of the page's prose (a ``<body class="comments-open">``).
3. Each remaining block passes the block rules; the headline, dek, repeated copies
   and bare date lines go too. Every cut is recorded as a :class:`Removal`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from lxml import etree

from ..article import Block, Image, Removal
from ..timestamps import parse_stamp
from . import boilerplate
from .dom import class_words, collapse
from .images import loose_caption
from .render import TextBlock, render
from .vocab import DEK_WORDS, FIGURE_TAGS, FURNITURE_TAGS

PROSE_MIN_CHARS = 25  # shorter blocks are labels, not prose
NEAR_BEST = 0.9  # a deeper element with this share of the best score is the article
WIDEN_MAX_AGAINST = 0.1  # a parent joins when what it adds against is under this share of its prose
LIST_ITEM_WEIGHT = 0.3
CARD_MAX_BLOCKS = 5  # a teaser card: kicker, headline link, tags, summary
CARD_MAX_CHARS = 400  # a teaser's summary is short; an article's only paragraph may not be
CARD_DEPTH = 3  # how far up from a block its card may be
TEASER_WEIGHT = 0.5
SHORT_BLOCK_WEIGHT = -1.0  # a label or a table cell: a little against, whatever its length  # list items speak less for an article than paragraphs (teaser lists are lists)
GUARD_SHARE = 0.5
EMBED_WRAPPER_KINDS = frozenset({"navigation", "share"})  # "widget", "social", "twitter" wrappers of embeds  # a boilerplate-looking element holding this share of the prose is the article
DATE_LINE_MAX_CHARS = 60
_DIGIT = re.compile(r"\d")


def block_weight(block: TextBlock) -> float:
    """How much a block speaks for its container being the article.

    >>> from lxml.etree import Element
    >>> block_weight(TextBlock("paragraph", "x" * 100, Element("p"), 0))
    100.0
    >>> block_weight(TextBlock("paragraph", "Menu item", Element("li"), 9))
    -9.0
    >>> block_weight(TextBlock("paragraph", "Share", Element("span"), 0))
    -1.0
    """
    if block.type == "heading":
        return 0.0
    size = len(block.text)
    if boilerplate.link_list(block):
        return -float(size)
    if size < PROSE_MIN_CHARS:
        return SHORT_BLOCK_WEIGHT
    prose = float(size - block.link_chars)
    return prose * LIST_ITEM_WEIGHT if block.type == "list_item" else prose


@dataclass(slots=True)
class BodyResult:
    """The article's blocks, the elements they came from, and what was cut."""

    blocks: list[Block] = field(default_factory=list)
    containers: list[etree._Element] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    captions: list[Image] = field(default_factory=list)  # captions standing in the text


def _chains(blocks: list[TextBlock]) -> list[tuple[etree._Element, ...]]:
    return [(b.owner, *b.owner.iterancestors()) for b in blocks]


def teaser_cards(blocks: list[TextBlock], chains: list[tuple[etree._Element, ...]]) -> set[int]:
    """Indexes of the prose blocks that sit in a teaser card: a small element (a few
    blocks, one of them prose) that also holds a link list block, as a headline link
    over a summary.
    An article's paragraphs share one large container, so they never qualify.

    >>> from newsclean.parsers.html.dom import parse_tree
    >>> body = parse_tree('<div><div class="c"><h3><a href="/1">Other headline here</a></h3>'
    ...     '<p>A summary of another story, long enough to read as prose.</p></div>'
    ...     '<p>An article paragraph that is long enough to count as prose.</p></div>').find("body")
    >>> blocks = render(body); sorted(teaser_cards(blocks, _chains(blocks)))
    [1]
    """
    count: dict[etree._Element, int] = defaultdict(int)
    links: dict[etree._Element, int] = defaultdict(int)
    prose: dict[etree._Element, int] = defaultdict(int)
    for block, chain in zip(blocks, chains):
        is_link = boilerplate.link_list(block)
        is_prose = not is_link and len(block.text) >= PROSE_MIN_CHARS
        for el in chain[:CARD_DEPTH + 1]:
            count[el] += 1
            links[el] += is_link
            prose[el] += is_prose
    found: set[int] = set()
    for index, (block, chain) in enumerate(zip(blocks, chains)):
        if boilerplate.link_list(block) or block.type == "heading" or len(block.text) > CARD_MAX_CHARS:
            continue
        if any(count[el] <= CARD_MAX_BLOCKS and links[el] and prose[el] == 1 for el in chain[1:CARD_DEPTH + 1]):
            found.add(index)
    return found


def after_related_headings(blocks: list[TextBlock], chains: list[tuple[etree._Element, ...]], cut: dict) -> dict:
    """What follows a heading like "You may also like" in the same parent: other articles.

    >>> from newsclean.parsers.html.dom import parse_tree
    >>> body = parse_tree('<div><p>Story text that goes on.</p><h3>You might also like</h3>'
    ...     '<div><p>Another story.</p></div></div>').find("body")
    >>> blocks = render(body)
    >>> [el.tag for el in after_related_headings(blocks, _chains(blocks), {})]
    ['div']
    """
    found: dict[etree._Element, tuple[str, str]] = {}
    for block, chain in zip(blocks, chains):
        if block.type == "heading" and cut.keys().isdisjoint(chain) and boilerplate.related_heading(block.text):
            for sibling in block.owner.itersiblings():
                found[sibling] = ("related", "after_related_heading")
    return found


def best_container(blocks: list[TextBlock], chains: list[tuple[etree._Element, ...]], cut: set, teasers: set[int]) -> etree._Element | None:
    """The deepest element whose blocks weigh nearly as much as the best's (a wrapper that
    adds only a teaser list or a few labels is not chosen), widened again to its parents
    while they add prose before it and next to nothing against it (a lead paragraph in
    a wrapper of its own; what follows a body is bios and disclaimers more often)."""
    gain: dict[etree._Element, float] = defaultdict(float)
    loss: dict[etree._Element, float] = defaultdict(float)
    depth: dict[etree._Element, int] = {}
    last: dict[etree._Element, int] = {}
    for index, (block, chain) in enumerate(zip(blocks, chains)):
        if any(el in cut for el in chain):
            continue
        weight = -len(block.text) * TEASER_WEIGHT if index in teasers else block_weight(block)
        totals = gain if weight > 0 else loss
        for level, el in enumerate(reversed(chain)):
            totals[el] += weight
            depth[el] = level
            last[el] = index
    if not depth:
        return None
    scores = {el: gain[el] + loss[el] for el in depth}
    top = max(scores.values())
    if top <= 0:
        return max(scores, key=lambda el: (scores[el], depth[el]))
    best = max((el for el in scores if scores[el] >= NEAR_BEST * top), key=lambda el: depth[el])
    while (parent := best.getparent()) is not None and parent in depth:
        added, against = gain[parent] - gain[best], loss[best] - loss[parent]
        if added <= 0 or against > WIDEN_MAX_AGAINST * added or last[parent] != last[best]:
            break
        best = parent
    return best


def boilerplate_elements(blocks: list[TextBlock], chains: list[tuple[etree._Element, ...]]) -> dict:
    """Elements to cut, each with its kind; the outermost of nested ones only. Kept: an
    element holding most of the page's prose, and a widget wrapping an embedded quote
    (a tweet is part of the story)."""
    prose: dict[etree._Element, int] = defaultdict(int)
    depth: dict[etree._Element, int] = {}  # only elements holding text matter
    total = 0
    for block, chain in zip(blocks, chains):
        if block_weight(block) > 0:
            total += len(block.text)
            for el in chain:
                prose[el] += len(block.text)
        for level, el in enumerate(chain):
            if el in depth:
                break  # its ancestors are in too
            depth[el] = len(chain) - level
    cut: dict[etree._Element, tuple[str, str]] = {}
    for el in sorted(depth, key=depth.__getitem__):  # outermost first
        found = _node_kind(el)
        if found is None or el.tag == "blockquote":
            continue
        if prose.get(el, 0) >= GUARD_SHARE * total > 0:
            continue
        if any(a in cut for a in el.iterancestors()):
            continue
        if found[0] in EMBED_WRAPPER_KINDS and el.find(".//blockquote") is not None:
            continue
        cut[el] = found
    return cut


def _node_kind(el: etree._Element) -> tuple[str, str] | None:
    """The kind and rule that call an element boilerplate (figures, furniture tags, class words)."""
    tag = el.tag
    if tag in FIGURE_TAGS:
        return "caption", "figure"
    if tag in FURNITURE_TAGS:
        return FURNITURE_TAGS[tag], "furniture_tag"
    cls, ident = el.get("class"), el.get("id")
    if cls is None and ident is None:
        return None
    kind = boilerplate.vocab_kind(cls, ident)
    return (kind, "vocab_kind") if kind else None


@dataclass(slots=True)
class PageText:
    """A rendered page: its blocks with their ancestor chains, the elements to cut, and
    the article's containers."""

    blocks: list[TextBlock]
    chains: list[tuple[etree._Element, ...]]
    cut: dict[etree._Element, tuple[str, str]]
    containers: list[etree._Element]
    teasers: set[int] = field(default_factory=set)

    def in_article(self, index: int) -> bool:
        return not set(self.containers).isdisjoint(self.chains[index])


def analyse(
    root: etree._Element,
    containers: list[etree._Element] | None = None,
    extra_cut: dict[etree._Element, tuple[str, str]] | None = None,
) -> PageText:
    """Render ``root`` (the page's ``<body>``), find what to cut and, unless a layout
    gave them, the article's container."""
    blocks = render(root)
    chains = _chains(blocks)
    cut = boilerplate_elements(blocks, chains)
    cut.update(extra_cut or {})
    cut.update(after_related_headings(blocks, chains, cut))
    teasers = teaser_cards(blocks, chains)
    if not containers:
        best = best_container(blocks, chains, set(cut), teasers)
        containers = [best] if best is not None else []
    return PageText(blocks, chains, cut, containers, teasers)


def find_dek(page: PageText, description: str | None) -> str | None:
    """The standfirst: after the headline (``<h1>``) and before the body, a block that
    repeats the page's description or whose class names a dek. Inside the article only
    its first block can be the dek, and only by its class: a description that is the
    body's own first paragraph is the lead, not a dek.

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
        key = _key(block.text)
        if not inside and wanted and len(key) >= 20 \
                and (key == wanted or wanted.startswith(key[:-3]) and len(key) > 0.8 * len(wanted)):
            return block.text
        if after_headline and 30 <= len(block.text) <= 400 and _dek_class(chain, page.containers):
            return block.text
        if inside:
            return None  # the body has started
    return None


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


def collect(page: PageText, *, title: str | None, subtitle: str | None) -> BodyResult:
    """The article's blocks, each through the block rules, and the removals on the way
    (boilerplate cut anywhere in the article's scope is reported)."""
    result = BodyResult(containers=page.containers)
    scope = set(article_scope(page.containers))
    reported: set[etree._Element] = set()
    keep = _BlockFilter(title, subtitle, result.removed)
    for index, (block, chain) in enumerate(zip(page.blocks, page.chains)):
        inside = page.in_article(index)
        if not inside and scope.isdisjoint(chain):
            continue
        cutter = next((el for el in chain if el in page.cut), None)
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

    def __init__(self, title: str | None, subtitle: str | None, removed: list[Removal]) -> None:
        self.title = _key(title) if title else None
        self.subtitle = _key(subtitle) if subtitle else None
        self.seen: set[str] = set()
        self.removed = removed

    def __call__(self, block: TextBlock) -> bool:
        key = _key(block.text)
        if block.type == "heading" and self.title and (key == self.title or block.owner.tag == "h1"):
            return self._cut("headline", block.text, "title_heading")
        if self.subtitle and key == self.subtitle:
            return self._cut("subtitle", block.text, "dek_copy")
        if key in self.seen and len(key) > 0:
            return self._cut("duplicate", block.text, "repeated_block")
        self.seen.add(key)
        removal = boilerplate.block_removal(block)
        if removal is not None:
            self.removed.append(removal)
            return False
        if len(block.text) <= DATE_LINE_MAX_CHARS and _DIGIT.search(block.text) and date_line(block.text):
            return self._cut("date", block.text, "date_line")
        return True

    def _cut(self, kind: str, text: str, rule: str) -> bool:
        self.removed.append(Removal(kind, text, rule))
        return False


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
