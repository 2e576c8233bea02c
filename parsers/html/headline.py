"""The headline the page shows: its first ``<h1>``, without a kicker set inside it."""
from __future__ import annotations

from lxml import etree

from .dom import class_words, collapse, text_of
from .vocab import KICKER_WORDS


def visible_headline(root: etree._Element) -> str | None:
    """The text of the page's first non-empty ``<h1>`` (read after hidden elements are cut),
    less a child that a class names a kicker (``<span class="kicker">Budget</span>``).

    >>> from .dom import parse_tree
    >>> page = parse_tree('<h1></h1><h1><span class="kicker">Budget</span> <span>Rates rise again</span></h1>')
    >>> visible_headline(page)
    'Rates rise again'
    >>> visible_headline(parse_tree('<h1><span class="kicker">Budget</span></h1>'))
    'Budget'
    """
    for h1 in root.iter("h1"):
        text = text_of(h1)
        if not text:
            continue
        kickers = [el for el in h1.iterdescendants() if isinstance(el.tag, str) and class_words(el) & KICKER_WORDS]
        if not kickers:
            return text
        rest = text
        for el in kickers:
            rest = rest.replace(text_of(el), " ", 1)
        return collapse(rest).lstrip(":|-–— ") or text
    return None
