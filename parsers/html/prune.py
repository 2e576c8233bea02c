"""Cut what is never article text before anything is read: code, invisible copies,
menus, page footers and sidebars. lxml does the cutting in C, so every later pass
walks a smaller tree."""
from __future__ import annotations

from lxml import etree

from ..record.article import Removal
from . import boilerplate
from .dom import drop, text_of
from .vocab import DROP_TAGS, EARLY_FURNITURE_TAGS

FURNITURE_GUARD_SHARE = 0.5  # a menu or sidebar holding this share of the page's text stays
_HEADINGS = etree.XPath(".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")


def prune(root: etree._Element) -> list[Removal]:
    """Drop code and controls, then furniture, then hidden elements (recorded as removals).

    >>> root = etree.fromstring('<html><body><nav>Home</nav><p>Seen.</p><script>x()</script>'
    ...     '<p hidden="">Copy.</p></body></html>')
    >>> [r.text for r in prune(root)], etree.tostring(root)
    (['Copy.'], b'<html><body><p>Seen.</p></body></html>')
    """
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    strip_furniture(root)
    return strip_hidden(root)


def strip_hidden(root: etree._Element) -> list[Removal]:
    """Drop what the reader never sees (see :func:`.boilerplate.hidden_node`), recording it."""
    hidden = boilerplate.hidden_elements(root)
    outermost = set(hidden)
    removed: list[Removal] = []
    for el in hidden:
        if any(a in outermost for a in el.iterancestors()):
            outermost.discard(el)
        elif text := text_of(el):
            removed.append(Removal("hidden", text[:500], "hidden_node"))
    for el in outermost:
        drop(el)
    return removed


def strip_furniture(root: etree._Element) -> None:
    """Drop menus, page footers and sidebars (``nav``, ``footer``, ``aside``) and mastheads
    (a ``header`` without headings), unless one holds most of the page's text (a
    template that puts the story in an ``aside``).

    >>> root = etree.fromstring('<html><body><header>Logo</header><nav>Home News</nav>'
    ...     '<p>The story itself, at length.</p><footer>About us</footer></body></html>')
    >>> strip_furniture(root); etree.tostring(root)
    b'<html><body><p>The story itself, at length.</p></body></html>'
    """
    total = len(etree.tostring(root, method="text", encoding=str, with_tail=False))
    dropped: set[etree._Element] = set()
    for el in list(root.iter(*EARLY_FURNITURE_TAGS, "header")):
        if any(a in dropped for a in el.iterancestors()):
            continue
        if el.tag == "header" and _HEADINGS(el):
            continue  # an article's or a teaser's header: read later (headline, dek, date; teaser links)
        size = len(etree.tostring(el, method="text", encoding=str, with_tail=False))
        if size < FURNITURE_GUARD_SHARE * total:
            dropped.add(el)
            drop(el)
