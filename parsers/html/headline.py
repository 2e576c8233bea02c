"""The headline the page shows: its first ``<h1>`` that is no link home, without a kicker set inside it."""
from __future__ import annotations

from lxml import etree

from ..lazyre import lazy
from .dom import class_words, collapse
from .vocab import BLOCK_TAGS, KICKER_WORDS

_HOME_HREF = lazy(r"(?:https?://[^/?#]+)?/?(?:index\.\w+)?")  # "/", "https://example.com/", "/index.html"


def visible_headline(root: etree._Element) -> str | None:
    """The text of the page's first non-empty ``<h1>`` (read after hidden elements are cut),
    less a child that a class names a kicker (``<span class="kicker">Budget</span>``).

    >>> from .dom import parse_tree
    >>> page = parse_tree('<h1></h1><h1><span class="kicker">Budget</span> <span>Rates rise again</span></h1>')
    >>> visible_headline(page)
    'Rates rise again'
    >>> visible_headline(parse_tree('<h1><span class="kicker">Budget</span></h1>'))
    'Budget'
    >>> visible_headline(parse_tree('<h1><a href="/">Daily Planet</a></h1><h1>Rates rise again</h1>'))  # a logo
    'Rates rise again'
    """
    for h1 in root.iter("h1"):
        text = spaced_text(h1)
        if not text or links_home(h1, text):
            continue
        kickers = [el for el in h1.iterdescendants() if isinstance(el.tag, str) and class_words(el) & KICKER_WORDS]
        if not kickers:
            return text
        rest = text
        for el in kickers:
            rest = rest.replace(spaced_text(el), " ", 1)
        return collapse(rest).lstrip(":|-–— ") or text
    return None


def links_home(h1: etree._Element, text: str) -> bool:
    """An ``<h1>`` whose text is a link to the site's front page: the site's name set as a logo.

    >>> links_home(etree.fromstring('<h1><a href="https://example.com/">Daily Planet</a></h1>'), "Daily Planet")
    True
    >>> links_home(etree.fromstring('<h1><a href="/2025/05/rates">Rates rise</a></h1>'), "Rates rise")
    False
    """
    return any(_HOME_HREF.fullmatch((a.get("href") or "#").strip()) and spaced_text(a) == text for a in h1.iter("a"))


def spaced_text(el: etree._Element) -> str:
    """An element's text, with a space where a line break or a block element breaks the line
    (a headline set on two lines: "Top MBA Programs of 2025<br>Your Guide to …").

    >>> spaced_text(etree.fromstring("<h1>Top programs<br/>Your guide to <b>the</b>m<div>all</div></h1>"))
    'Top programs Your guide to them all'
    >>> spaced_text(etree.fromstring("<h1><span>A <b>B</b></span> C</h1>"))
    'A B C'
    """
    pieces: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if not isinstance(node.tag, str):
            continue
        breaks = node is not el and (node.tag == "br" or node.tag in BLOCK_TAGS)
        if event == "start":
            pieces.append(" " if breaks else "")
            pieces.append(node.text or "")
        elif node is not el:
            pieces.append(" " if breaks else "")
            pieces.append(node.tail or "")
    return collapse("".join(pieces))
