"""Per-source HTML layouts: CSS selectors for one design of one outlet, versioned as in Fundus.

A source module (``parsers/sources/<id>.py``) may define ``HTML_LAYOUTS``, newest
first; each layout says where that design keeps the body and what to cut inside it,
and until when the design was used. A redesign is a new layout, often a copy of the
old one with one selector changed (``dataclasses.replace``). Sources without layouts,
and pages none of their layouts fits, go through the generic extractor.

Selectors are CSS (compiled once to XPath by ``cssselect``, which lxml uses).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache

from lxml import etree

from ..sources.catalog import SourceEntry


@dataclass(frozen=True, slots=True)
class HtmlLayout:
    """Where one design of an outlet's pages puts the article."""

    name: str
    valid_until: str | None  # ISO date the outlet stopped using it; None = current
    body: tuple[str, ...]  # CSS selectors of the body's containers (all matches are joined)
    exclude: tuple[str, ...] = ()  # CSS selectors of boilerplate inside the body


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


def layouts_for(entry: SourceEntry | None) -> tuple[HtmlLayout, ...]:
    """The HTML layouts a source module declares (``HTML_LAYOUTS``), newest first; () if none."""
    if entry is None:
        return ()
    module = importlib.import_module(f"newsclean.parsers.sources.{entry.module}")
    return tuple(getattr(module, "HTML_LAYOUTS", ()))


def pick_layout(
    root: etree._Element, layouts: tuple[HtmlLayout, ...], published: str | None
) -> tuple[HtmlLayout, list[etree._Element]] | None:
    """The newest layout valid at the publication date whose body selectors match the page.

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
