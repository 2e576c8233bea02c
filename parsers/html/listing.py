"""A page that is a list (of stories, products, results, links): its main region, read whole.

The article extractor weighs link lists and teaser cards against a container; on a page
that is made of them it finds little or nothing. Then the page's main region (``<main>``,
else the body) is read with only the page's furniture cut: its teasers and links are its text.
"""
from __future__ import annotations

from dataclasses import replace

from lxml import etree

from .body import PageText
from .dom import text_of
from .vocab import LISTING_CUT_KINDS, LISTING_TEXT_KINDS

_MAIN = etree.XPath(".//main | .//*[@role='main']")
LISTING_MIN_CHARS = 200  # an article body shorter than this says the page is no article
LISTING_GAIN = 1.5  # the list must say this many times as much as the article found…
LISTING_MIN_GAIN_CHARS = 100  # … and this much more


def too_little(chars: int) -> bool:
    """An article body this short is no answer: the page is read as a list.

    >>> too_little(0), too_little(1500)
    (True, False)
    """
    return chars < LISTING_MIN_CHARS


def holds_more(listing_chars: int, article_chars: int) -> bool:
    """The page read as a list says much more than the article found (half as much again, and a
    paragraph more: a short article and its caption are no list), or anything when it found nothing.

    >>> holds_more(900, 0), holds_more(180, 150), holds_more(40, 0)
    (True, False, True)
    """
    if not article_chars:
        return listing_chars > 0
    return listing_chars >= max(LISTING_GAIN * article_chars, article_chars + LISTING_MIN_GAIN_CHARS)


def as_listing(page: PageText, root: etree._Element) -> PageText:
    """The page read as a list: its main region whole, its teasers and links kept, its
    furniture (menus, ads, sign-up boxes, share bars, footers) still cut."""
    mains = _MAIN(root)
    scope = max(mains, key=lambda el: len(text_of(el))) if mains else root
    cut = {el: found for el, found in page.cut.items() if found[0] in LISTING_CUT_KINDS}
    return replace(page, cut=cut, containers=[scope], teasers=set(), kept_kinds=LISTING_TEXT_KINDS)
