"""Where the article is: weigh the rendered blocks and pick the element that holds it.

1. Blocks are weighed: prose counts for its length, link lists and labels against it,
   list items a little, teaser cards (a headline link over one summary) against.
2. Boilerplate elements (class/id words, furniture tags, figures, what follows a
   "you may also like" heading) are cut unless they hold most of the page's prose
   (a ``<body class="comments-open">``) or wrap an embedded quote (a tweet).
3. Every element's score is the sum over the blocks inside it; the container is the
   deepest element scoring nearly as well as the best, widened to parents that only
   add prose before it. A body split into parts by ad rows is found whole: the ad rows
   weigh almost nothing, so the parts' common parent scores best.
"""
from __future__ import annotations

from collections import defaultdict

from lxml import etree

from ..lazyre import lazy
from . import boilerplate
from .render import TextBlock
from .vocab import FIGURE_TAGS, FURNITURE_TAGS, WEAK_WORDS

PROSE_MIN_CHARS = 25  # shorter blocks are labels, not prose
SHORT_BLOCK_WEIGHT = -1.0  # a label or a table cell: a little against, whatever its length
LIST_ITEM_WEIGHT = 0.3  # list items speak less for an article than paragraphs (teaser lists are lists)
TEASER_WEIGHT = 0.5  # a teaser summary's share of its length that counts against
CARD_MAX_BLOCKS = 5  # a teaser card: kicker, headline link, tags, summary
CARD_MAX_CHARS = 400  # a teaser's summary is short; an article's only paragraph may not be
CARD_DEPTH = 3  # how far up from a block its card may be
NEAR_BEST = 0.9  # a deeper element with this share of the best score is the article
WIDEN_MAX_AGAINST = 0.1  # a parent joins when what it adds against is under this share of its prose
GUARD_SHARE = 0.5  # a boilerplate-looking element holding this share of the prose is the article
DISCUSSION_SHARE = 0.5  # comments holding this share of the page's prose are the page (a forum thread)…
DISCUSSION_REST_MAX_CHARS = 2500  # … when the prose outside them is shorter than a story
WEAK_PROSE_SHARE = 0.8  # an element named by a weak word stays when this share of its text is prose
WEAK_PROSE_MIN_CHARS = 150  # ... and its prose runs this long (a paragraph or two, not a blurb)
EMBED_WRAPPER_KINDS = frozenset({"navigation", "share"})  # "widget", "social" wrappers of embeds
# A sentence's end, before or after a closing quote or bracket.
_SENTENCE_END = lazy(r"\w[)\]\"'\u201d\u2019]*[.!?][)\]\"'\u201d\u2019]*(?:\s|$)")
_FIGURE_CONTENT = etree.XPath(".//table | .//blockquote | .//pre")  # a figure showing a table or a quote is text


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


def chains_of(blocks: list[TextBlock]) -> list[tuple[etree._Element, ...]]:
    """Each block's element and its ancestors, innermost first."""
    return [(b.owner, *b.owner.iterancestors()) for b in blocks]


def teaser_cards(blocks: list[TextBlock], chains: list[tuple[etree._Element, ...]], links: list[bool]) -> set[int]:
    """Indexes of the prose blocks that sit in a teaser card: a small element (a few
    blocks, one of them prose) that also holds a link list block, as a headline link
    over a summary.
    An article's paragraphs share one large container, so they never qualify.

    >>> from newsclean.parsers.html.dom import parse_tree
    >>> from newsclean.parsers.html.render import render
    >>> body = parse_tree('<div><div class="c"><h3><a href="/1">Other headline here</a></h3>'
    ...     '<p>A summary of another story, long enough to read as prose.</p></div>'
    ...     '<p>An article paragraph that is long enough to count as prose.</p></div>').find("body")
    >>> blocks = render(body)
    >>> sorted(teaser_cards(blocks, chains_of(blocks), [boilerplate.link_list(b) for b in blocks]))
    [1]
    """
    count: dict[etree._Element, int] = defaultdict(int)
    linked: dict[etree._Element, int] = defaultdict(int)
    prose: dict[etree._Element, int] = defaultdict(int)
    for block, chain, is_link in zip(blocks, chains, links):
        is_prose = not is_link and len(block.text) >= PROSE_MIN_CHARS
        for el in chain[:CARD_DEPTH + 1]:
            count[el] += 1
            linked[el] += is_link
            prose[el] += is_prose
    found: set[int] = set()
    for index, (block, chain) in enumerate(zip(blocks, chains)):
        if links[index] or block.type == "heading" or len(block.text) > CARD_MAX_CHARS:
            continue
        if any(count[el] <= CARD_MAX_BLOCKS and linked[el] and prose[el] == 1 for el in chain[1:CARD_DEPTH + 1]):
            found.add(index)
    return found


def after_related_headings(blocks: list[TextBlock], chains: list[tuple[etree._Element, ...]], cut: dict) -> dict:
    """What follows a heading like "You may also like" in the same parent: other articles.

    >>> from newsclean.parsers.html.dom import parse_tree
    >>> from newsclean.parsers.html.render import render
    >>> body = parse_tree('<div><p>Story text that goes on.</p><h3>You might also like</h3>'
    ...     '<div><p>Another story.</p></div></div>').find("body")
    >>> blocks = render(body)
    >>> [el.tag for el in after_related_headings(blocks, chains_of(blocks), {})]
    ['div']
    """
    found: dict[etree._Element, tuple[str, str]] = {}
    for block, chain in zip(blocks, chains):
        if block.type == "heading" and cut.keys().isdisjoint(chain) and boilerplate.related_heading(block.text):
            for sibling in block.owner.itersiblings():
                found[sibling] = ("related", "after_related_heading")
    return found


def best_container(
    blocks: list[TextBlock], chains: list[tuple[etree._Element, ...]], weights: list[float], cut: set, teasers: set[int]
) -> etree._Element | None:
    """The deepest element whose blocks weigh nearly as much as the best's (a wrapper that
    adds only a teaser list or a few labels is not chosen), widened again to its parents
    while they add prose before it and next to nothing against it (a lead paragraph in
    a wrapper of its own; what follows a body is bios and disclaimers more often)."""
    gain: dict[etree._Element, float] = defaultdict(float)
    loss: dict[etree._Element, float] = defaultdict(float)
    depth: dict[etree._Element, int] = {}
    last: dict[etree._Element, int] = {}
    for index, (block, chain) in enumerate(zip(blocks, chains)):
        if not cut.isdisjoint(chain):
            continue
        weight = -len(block.text) * TEASER_WEIGHT if index in teasers else weights[index]
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


def boilerplate_elements(
    blocks: list[TextBlock], chains: list[tuple[etree._Element, ...]], weights: list[float]
) -> dict[etree._Element, tuple[str, str]]:
    """Elements to cut, each with its kind; the outermost of nested ones only. Kept: an
    element holding most of the page's prose, a widget wrapping an embedded quote (a tweet
    is part of the story), and an element named by a weak word (see ``WEAK_WORDS``) or a
    figure that holds mostly prose (sentences, not a menu's run of names). On a discussion
    page (comments hold most of the prose: a forum thread) the comments are the text."""
    prose: dict[etree._Element, int] = defaultdict(int)
    size: dict[etree._Element, int] = defaultdict(int)
    sentences: dict[etree._Element, int] = defaultdict(int)  # prose that has a sentence's end
    depth: dict[etree._Element, int] = {}  # only elements holding text matter
    total = 0
    for block, chain, weight in zip(blocks, chains, weights):
        chars = len(block.text)
        for el in chain:
            size[el] += chars
        if weight > 0:
            total += chars
            in_sentences = _SENTENCE_END.search(block.text) is not None
            for el in chain:
                prose[el] += chars
                if in_sentences:
                    sentences[el] += chars
        for level, el in enumerate(chain):
            if el in depth:
                break  # its ancestors are in too
            depth[el] = len(chain) - level
    kinds = {el: found for el in sorted(depth, key=depth.__getitem__) if (found := _node_kind(el))}  # outermost first
    discussion = _discussion(kinds, prose, total)
    cut: dict[etree._Element, tuple[str, str]] = {}
    for el, found in kinds.items():
        if el.tag == "blockquote" or discussion and found[0] == "comments":
            continue
        if prose.get(el, 0) >= GUARD_SHARE * total > 0:
            continue
        if any(a in cut for a in el.iterancestors()):
            continue
        if found[0] in EMBED_WRAPPER_KINDS and el.find(".//blockquote") is not None:
            continue
        if found[2] and sentences[el] >= max(WEAK_PROSE_SHARE * size[el], WEAK_PROSE_MIN_CHARS):
            continue
        cut[el] = found[:2]
    return cut


def _discussion(
    kinds: dict[etree._Element, tuple[str, str, bool]], prose: dict[etree._Element, int], total: int
) -> bool:
    """Elements named as comments hold most of the page's prose, and what is left is shorter than
    a story: the page is a discussion (a story with many comments keeps its own text outside them)."""
    comments = [el for el, found in kinds.items() if found[0] == "comments"]
    outermost = set(comments)
    held = sum(prose.get(el, 0) for el in comments if outermost.isdisjoint(el.iterancestors()))
    return held >= DISCUSSION_SHARE * total > 0 and total - held <= DISCUSSION_REST_MAX_CHARS


def _node_kind(el: etree._Element) -> tuple[str, str, bool] | None:
    """The kind and rule that call an element boilerplate (figures, furniture tags, class
    words), and whether the call is weak (cut only when the element is not mostly prose)."""
    tag = el.tag
    if tag in FIGURE_TAGS:
        return None if _FIGURE_CONTENT(el) else ("caption", "figure", False)
    if tag in FURNITURE_TAGS:
        return FURNITURE_TAGS[tag], "furniture_tag", False
    cls, ident = el.get("class"), el.get("id")
    if cls is None and ident is None:
        return None
    found = boilerplate.vocab_kind(cls, ident)
    return (found[0], "vocab_kind", found[1] in WEAK_WORDS) if found else None
