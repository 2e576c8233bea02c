"""Per-source HTML layouts on a page: the outlet the page belongs to, and the layout whose CSS selectors fit it.

A source module (``parsers/sources/<id>.py``) may define ``HTML_LAYOUTS``
(:class:`~newsclean.parsers.sources.layouts.HtmlLayout`, newest first); the caller hands the
HTML parser a function that names the :class:`Outlet` of a page's URL, layouts included.
Sources without layouts, and pages none of their layouts fits, go through the generic extractor.

Selectors are CSS (compiled once to XPath by ``cssselect``, which lxml uses).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, NamedTuple, Protocol

from lxml import etree


class Layout(Protocol):
    """What :func:`pick_layout` reads of a layout (``sources.layouts.HtmlLayout``)."""

    name: str
    valid_until: str | None
    body: tuple[str, ...]
    cuts: Sequence[Any]  # ``sources.layouts.Cut``: name, kind, selector
    keep: Sequence[str]  # CSS selectors of elements the generic boilerplate finder must not cut
    shown: Sequence[str]  # CSS selectors of elements served hidden that the outlet's script shows
    embedded: Callable[[etree._Element], etree._Element | None] | None  # the article built from script data
    text_kinds: frozenset[str]  # kinds the generic block rules call boilerplate that are this outlet's text
    block_rules: Sequence[Any]  # ``rules.registry.LineRule`` on the body's paragraphs


class Outlet(NamedTuple):
    """A known source as the HTML path sees it: who it is, its own zone and language, its page layouts."""

    id: str
    name: str
    source_tz: str | None
    language: str | None
    layouts: Sequence[Layout] = ()


def shown_by(outlet: Outlet | None) -> tuple[str, ...]:
    """The selectors of what any layout of the outlet says its script shows (kept when hidden elements go,
    before a layout is picked)."""
    return tuple(dict.fromkeys(sel for layout in outlet.layouts for sel in layout.shown)) if outlet else ()


def embedded_articles(root: etree._Element, outlet: Outlet | None) -> list[etree._Element]:
    """The article elements the outlet's layouts build from the page's script data (read before the scripts
    are dropped)."""
    readers = dict.fromkeys(layout.embedded for layout in outlet.layouts if layout.embedded) if outlet else {}
    return [el for el in (read(root) for read in readers) if el is not None]


def set_into_body(root: etree._Element, elements: list[etree._Element]) -> None:
    """Append the elements to the page's ``<body>`` (its root where it has none).

    >>> page = etree.fromstring("<html><body><p>Menu</p></body></html>")
    >>> set_into_body(page, [etree.fromstring("<div>Story</div>")]); etree.tostring(page)
    b'<html><body><p>Menu</p><div>Story</div></body></html>'
    """
    body = root.find("body")
    (root if body is None else body).extend(elements)


PickOutlet = Callable[[str | None], "Outlet | None"]  # the page's own URL -> its outlet, if a known one


def no_outlet(url: str | None) -> Outlet | None:
    """The picker of a caller that knows no sources: every page is generic.

    >>> no_outlet("https://example.com/a.html") is None
    True
    """
    return None


@cache
def compiled(selector: str) -> etree.XPath:
    """A CSS selector as a compiled XPath.

    >>> compiled("div.story-body > p")(etree.fromstring('<div class="story-body x"><p>A</p></div>'))[0].text
    'A'
    """
    from lxml.cssselect import CSSSelector

    return CSSSelector(selector)


def select(root: etree._Element, selectors: tuple[str, ...]) -> list[etree._Element]:
    """Elements matched by any of the selectors, in page order, outermost only.

    >>> page = etree.fromstring('<div><p class="a">1</p><p class="b">2</p><p class="a">3</p></div>')
    >>> [el.text for el in select(page, ("p.b", "p.a"))]
    ['1', '2', '3']
    """
    found = {el for sel in selectors for el in compiled(sel)(root)}
    ordered = [el for el in root.iter() if el in found]
    return [el for el in ordered if not any(a in found for a in el.iterancestors())]


def pick_layout(
    root: etree._Element, layouts: Sequence[Layout], published: str | None
) -> tuple[Layout, list[etree._Element]] | None:
    """The newest layout valid at the publication date whose body selectors match the page.

    >>> from newsclean.parsers.sources.layouts import HtmlLayout
    >>> old = HtmlLayout("2018", "2019-06-01", ("div.old-body",))
    >>> new = HtmlLayout("2019", None, ("div.body",))
    >>> page = etree.fromstring('<html><body><div class="old-body"><p>x</p></div></body></html>')
    >>> pick_layout(page, (new, old), "2018-03-02T10:00:00Z")[0].name
    '2018'
    >>> pick_layout(page, (new, old), "2020-01-01") is None
    True
    """
    for layout in layouts:
        if published and layout.valid_until and published[:10] >= layout.valid_until:
            continue
        containers = select(root, layout.body)
        if containers:
            return layout, containers
    return None
