"""A page that is a list (of stories, products, results, links): its main region, read whole.

The article extractor weighs link lists and teaser cards against a container; on a page
that is made of them it finds little or nothing. Then the page's main region (``<main>``,
else the body) is read with only the page's furniture cut: its teasers and links are its text.
"""
from __future__ import annotations

from dataclasses import replace

from lxml import etree

from ..record.article import Block
from .body import PageText
from .dom import text_of
from .vocab import LISTING_CUT_KINDS, LISTING_TEXT_KINDS

LISTING_NOTE = "the page's main region, read as a list (the article found was short or a small part of it)"
_MAIN = etree.XPath(".//main | .//*[@role='main']")
LISTING_MIN_CHARS = 200  # an article body shorter than this says the page is no article…
LISTING_UNDECLARED_MIN_CHARS = 800  # … or this, on a page that does not say it is an article…
LISTING_PART_SHARE = 0.4  # … or than this share of the page read as a list…
LISTING_DECLARED_SHARE = 0.15  # … this share, on a page that says it is an article
LISTING_GAIN = 1.5  # the list must say this many times as much as the article found…
LISTING_MIN_GAIN_CHARS = 100  # … and this much more…
LISTING_MIN_NEW_ITEMS = 4  # … in this many more items (blocks of a list entry's length)
LISTING_ITEM_MIN_CHARS = 20


def worth_trying(article_chars: int, says_article: bool, page_chars: int) -> bool:
    """Read the page as a list too: the article found is short, or it could be a small part of
    the page read as a list (which holds no more than ``page_chars``, all the page's text; see
    :func:`reads_as_list`).

    >>> worth_trying(500, True, 1500), worth_trying(50, True, 1500)
    (False, True)
    >>> worth_trying(3000, False, 9000), worth_trying(5000, False, 9000)
    (True, False)
    """
    if says_article:
        return article_chars < LISTING_MIN_CHARS or article_chars < LISTING_DECLARED_SHARE * page_chars
    return article_chars < LISTING_UNDECLARED_MIN_CHARS or article_chars < LISTING_PART_SHARE * page_chars


def reads_as_list(listing: list[Block], article: list[Block], says_article: bool) -> bool:
    """The page is a list rather than the article found: the list holds much more (see
    :func:`holds_more`), and the article is short for a story (under 200 chars on a page that
    says it is an article, 800 on one that does not) or a small part of the page read as a list
    (under 40% of it on a page that does not say it is an article: a landing page's
    testimonials; under 15% on one that does: a reference page's introduction).

    >>> teasers = [Block("paragraph", f"Teaser headline number {i} of the week") for i in range(100)]
    >>> reads_as_list(teasers, [Block("paragraph", "x" * 1000)], False), reads_as_list(teasers, [], True)
    (True, True)
    >>> reads_as_list(teasers, [Block("paragraph", "x" * 1000)], True)
    False
    """
    if not holds_more(listing, article):
        return False
    found, whole = sum(len(b.text) for b in article), sum(len(b.text) for b in listing)
    if says_article:
        return found < LISTING_MIN_CHARS or found < LISTING_DECLARED_SHARE * whole
    return found < LISTING_UNDECLARED_MIN_CHARS or found < LISTING_PART_SHARE * whole


def holds_more(listing: list[Block], article: list[Block]) -> bool:
    """The page read as a list says much more than the article found: half as much again, a
    paragraph more, and more items (a short story with its tag cloud and footer is no list), or
    anything when the article found nothing.

    >>> story = [Block("paragraph", "x" * 500)]
    >>> holds_more([Block("paragraph", f"Teaser headline number {i}") for i in range(40)], story)
    True
    >>> holds_more(story + [Block("paragraph", "tag " * 200), Block("paragraph", "Address of the town hall")], story)
    False
    """
    if not article:
        return bool(listing)
    chars, found = sum(len(b.text) for b in listing), sum(len(b.text) for b in article)
    more_items = _items(listing) >= _items(article) + LISTING_MIN_NEW_ITEMS
    return more_items and chars >= max(LISTING_GAIN * found, found + LISTING_MIN_GAIN_CHARS)


def _items(blocks: list[Block]) -> int:
    return sum(len(b.text) >= LISTING_ITEM_MIN_CHARS for b in blocks)


def as_listing(page: PageText, root: etree._Element) -> PageText:
    """The page read as a list: its main region whole, its teasers and links kept, its
    furniture (menus, ads, sign-up boxes, share bars, footers) still cut."""
    mains = _MAIN(root)
    scope = max(mains, key=lambda el: len(text_of(el))) if mains else root
    cut = {el: found for el, found in page.cut.items() if found[0] in LISTING_CUT_KINDS}
    return replace(page, cut=cut, containers=[scope], teasers=set(), kept_kinds=LISTING_TEXT_KINDS)
