"""Cut what is never article text before anything is read: code, invisible copies,
menus, page footers and sidebars. lxml does the cutting in C, so every later pass
walks a smaller tree."""
from __future__ import annotations

from lxml import etree

from ..record.article import Removal
from . import boilerplate
from .dom import drop, text_of
from .layouts import select
from .vocab import CONTROL_TAGS, DROP_TAGS, EARLY_FURNITURE_TAGS

FURNITURE_GUARD_SHARE = 0.5  # a menu or sidebar holding this share of the page's text stays
# A "hidden" element holding this share of the page's text is the page, shown by its script (a hidden copy holds half).
HIDDEN_GUARD_SHARE = 0.7
_HEADINGS = etree.XPath(".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
_PAGE_PARTS = etree.XPath(".//*[self::h1 or self::main or self::article]")
NOSCRIPT_PAGE_MIN_CHARS = 200  # less in <noscript> is a notice or a tracking pixel, never the page
CONTROL_MAX_CHARS = 1000  # a control (a product card's button, a picker) holding more text swallowed the page


def prune(root: etree._Element, shown: tuple[str, ...] = ()) -> list[Removal]:
    """Drop code and controls, then furniture, then hidden elements (recorded as removals) but those an
    outlet's layout says its script shows (``shown``: CSS selectors).

    >>> root = etree.fromstring('<html><body><nav>Home</nav><p>Seen by all.</p><script>x()</script>'
    ...     '<p hidden="">Copy.</p></body></html>')
    >>> [r.text for r in prune(root)], etree.tostring(root)
    (['Copy.'], b'<html><body><p>Seen by all.</p></body></html>')
    """
    open_misnested_controls(root)
    open_noscript_page(root)
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    strip_furniture(root)
    return strip_hidden(root, shown)


def open_misnested_controls(root: etree._Element) -> None:
    """Turn into plain ``div`` the controls (a menu button, a select) that hold the page's
    headline, its ``main`` or ``article``, or pages of text: the page left an element inside
    one unclosed and the parser (unlike a browser) put the rest of the page inside it.

    >>> from .dom import parse_tree
    >>> root = parse_tree('<button>Menu<div></button><h1>Title</h1><p>Text.</p>')
    >>> open_misnested_controls(root); root.find("body")[0].tag
    'div'
    """
    for el in list(root.iter(*CONTROL_TAGS)):
        if _PAGE_PARTS(el) or _text_size(el) > CONTROL_MAX_CHARS:
            el.tag = "div"


def open_noscript_page(root: etree._Element) -> None:
    """Keep ``<noscript>`` as plain ``div`` when it holds more text than the rest of the page:
    a page its script draws, whose text a reader without scripts (and a crawler) gets from
    there (a forum thread served to crawlers in ``<noscript>``).

    >>> from .dom import parse_tree
    >>> posts = "<p>A post of the thread, one of many.</p>" * 8
    >>> root = parse_tree(f'<div id="app"></div><noscript>{posts}</noscript>')
    >>> open_noscript_page(root); root.find("body")[1].tag
    'div'
    """
    fallbacks = list(root.iter("noscript"))
    inside = sum(_text_size(el) for el in fallbacks)
    if inside >= NOSCRIPT_PAGE_MIN_CHARS and inside > _text_size(root) - inside - _script_size(root):
        for el in fallbacks:
            el.tag = "div"


def _script_size(root: etree._Element) -> int:
    return sum(len(el.text or "") for el in root.iter("script", "style"))


def _text_size(el: etree._Element) -> int:
    return len(etree.tostring(el, method="text", encoding=str, with_tail=False))


def strip_hidden(root: etree._Element, shown: tuple[str, ...] = ()) -> list[Removal]:
    """Drop what the reader never sees (see :func:`.boilerplate.hidden_node`), recording it;
    not an element holding most of the page's text (a page hidden until its script runs,
    streamed server-side parts waiting to be moved into place), nor one a ``shown`` selector names (an
    outlet's paywalled text, served hidden and shown by its script to subscribers).

    >>> root = etree.fromstring('<html><body><div hidden=""><p>All of the story.</p></div><p>x</p></body></html>')
    >>> strip_hidden(root), len(root.find("body"))
    ([], 2)
    >>> root = etree.fromstring('<html><body><p>The story, opened at length here.</p>'
    ...                         '<div class="paywall" hidden="">Rest.</div><p hidden="">Copy.</p></body></html>')
    >>> [r.text for r in strip_hidden(root, ("div.paywall",))], len(root.find("body"))
    (['Copy.'], 2)
    """
    kept = set(select(root, shown)) if shown else set()
    hidden = [el for el in boilerplate.hidden_elements(root) if el not in kept]
    if not hidden:
        return []
    total = _text_size(root)
    dropped: dict[etree._Element, None] = {}  # in page order
    removed: list[Removal] = []
    for el in hidden:
        if not dropped.keys().isdisjoint(el.iterancestors()):
            continue
        size = _text_size(el)
        if size >= HIDDEN_GUARD_SHARE * total > 0:
            continue
        dropped[el] = None
        if size and (text := text_of(el)):
            removed.append(Removal("hidden", text[:500], "hidden_node"))
    for el in dropped:
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
    total = _text_size(root)
    dropped: set[etree._Element] = set()
    for el in list(root.iter(*EARLY_FURNITURE_TAGS, "header")):
        if any(a in dropped for a in el.iterancestors()):
            continue
        if el.tag == "header" and _HEADINGS(el):
            continue  # an article's or a teaser's header: read later (headline, dek, date; teaser links)
        if _text_size(el) < FURNITURE_GUARD_SHARE * total:
            dropped.add(el)
            drop(el)
