"""Metadata from the markup: JSON-LD, ``<meta>`` (OpenGraph, ``article:*``, Dublin Core…),
``itemprop``, ``<time datetime>``, ``link[rel=canonical]`` and ``html[lang]``.

Each field gets its candidates in order of trust, each tagged with where it came
from; :mod:`.choose` picks among them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from . import jsonld
from .dom import collapse, text_of
from .fields import ITEMPROP_KEYS, JSONLD_KEYS, META_KEYS
from .vocab import ARTICLE_TYPES

# og:title is the headline as the page shows it; JSON-LD headlines are often cut
# at 110 characters for search engines. Every other field trusts JSON-LD first.
META_FIRST = frozenset({"title"})
OTHER_OBJECT = "(other object)"
# Author sources that are page elements, one per author (unlike a JSON-LD list or a meta tag).
ELEMENT_AUTHOR_SOURCES = frozenset({"itemprop=author", "a[rel=author]"})
# URL sources that name the page itself; the canonical URL of a syndicated story names the sister site.
OWN_URL_SOURCES = frozenset({"meta[og:url]", "meta[cxenseparse:url]"})
# Fields read from any JSON-LD object when the article's own objects lack them.
ANY_OBJECT_FIELDS = frozenset({"published", "updated"})
FIELDS = ("title", "authors", "published", "updated", "section", "site_name", "description", "url", "language")

_META = etree.XPath("//meta[@content]")
_ITEMPROP = etree.XPath("//*[@itemprop]")
_TIME = etree.XPath("//time[@datetime]")
_LINK = etree.XPath("//link[@rel][@href]")
_REL_AUTHOR = etree.XPath("//a[@rel='author']")
_H1 = etree.XPath("//h1")
_TITLE = etree.XPath("/html/head/title")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One value the markup gives for a field, and where it gave it."""

    value: Any
    source: str


@dataclass(slots=True)
class Metadata:
    """Candidates per field, most trusted first, plus the page's ``<h1>`` and ``<title>``."""

    candidates: dict[str, list[Candidate]] = field(default_factory=lambda: {f: [] for f in FIELDS})
    h1: str | None = None
    title_tag: str | None = None
    jsonld_ids: dict[str, dict[str, Any]] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)  # the JSON-LD objects, most trusted first
    metas: dict[str, str] = field(default_factory=dict)  # every <meta> by lower-cased property/name
    types: frozenset[str] = frozenset()  # what the page says it is: JSON-LD @type names and og:type, lower-cased

    def add(self, name: str, value: Any, source: str) -> None:
        if value not in (None, "", [], {}):
            self.candidates[name].append(Candidate(value, source))


def read_metadata(root: etree._Element) -> Metadata:
    """Every metadata candidate of a page.

    >>> from newsclean.parsers.html.dom import parse_tree
    >>> page = parse_tree('<html lang="en"><head><meta property="og:title" content="A | Site">'
    ...   '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A"}</script></head></html>')
    >>> meta = read_metadata(page)
    >>> [(c.value, c.source) for c in meta.candidates["title"]]
    [('A | Site', 'meta[og:title]'), ('A', 'jsonld:headline')]
    >>> meta.candidates["language"][0]
    Candidate(value='en', source='html[lang]')
    """
    meta = Metadata()
    objects = jsonld.page_objects(root)
    meta.jsonld_ids = jsonld.by_id(objects)
    described = described_objects(objects)
    metas = _meta_values(root)
    meta.jsonld, meta.metas = described, metas
    meta.types = frozenset(t.lower() for o in objects for t in jsonld.types_of(o)) | {metas.get("og:type", "").lower()}
    for name in FIELDS:
        if name in META_FIRST:
            _add_meta(meta, metas, name)
            _add_jsonld(meta, described, name)
        else:
            _add_jsonld(meta, described, name)
            _add_meta(meta, metas, name)
    _add_itemprops(meta, root)
    _add_times(meta, root)
    _add_links(meta, root)
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        meta.candidates["language"].insert(0, Candidate(lang.strip(), "html[lang]"))
    meta.h1 = next((t for h in _H1(root) if (t := text_of(h))), None)
    title = _TITLE(root)
    meta.title_tag = text_of(title[0]) if title else None
    return meta


def _meta_values(root: etree._Element) -> dict[str, str]:
    values: dict[str, str] = {}
    for el in _META(root):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = collapse(el.get("content") or "")
        if key and content:
            values.setdefault(key.strip().lower(), content)
    return values


def described_objects(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The JSON-LD objects that may describe the article, most trusted first: article types
    in page order, then web pages, then any other object (a ``ClaimReview`` carries a date too).

    >>> [o["@type"] for o in described_objects([{"@type": "WebPage"}, {"@type": "Person"}, {"@type": "BlogPosting"}])]
    ['BlogPosting', 'WebPage', 'Person']
    """
    return sorted(objects, key=lambda o: min(jsonld.type_rank(o), len(ARTICLE_TYPES) + 1) // len(ARTICLE_TYPES))


def _add_meta(meta: Metadata, metas: dict[str, str], name: str) -> None:
    for key in META_KEYS.get(name, ()):
        if key in metas:
            meta.add(name, metas[key], f"meta[{key}]")


def _add_jsonld(meta: Metadata, described: list[dict[str, Any]], name: str) -> None:
    limit = len(ARTICLE_TYPES) + (1 if name in ANY_OBJECT_FIELDS else 0)
    for obj in described:
        rank = jsonld.type_rank(obj)
        if rank > limit:
            break
        note = "" if rank < len(ARTICLE_TYPES) else "(non-article)" if rank == len(ARTICLE_TYPES) else OTHER_OBJECT
        for key in JSONLD_KEYS.get(name, ()):
            if key in obj:
                raw = obj[key]
                if name in ANY_OBJECT_FIELDS and isinstance(raw, list) and raw:
                    raw = raw[0]  # several dates: the first is the original one
                value = raw if name == "authors" else _plain(raw)
                meta.add(name, value, f"jsonld:{key}{note}")
        publisher = obj.get("publisher")
        if name == "site_name" and isinstance(publisher, dict):
            meta.add(name, _plain(publisher.get("name")), "jsonld:publisher.name")


def _plain(value: Any) -> Any:
    """A JSON-LD value as a string where it is one (``{"@id": url}``, one-item lists, ``{"name": …}``).

    >>> _plain(["Harbour bridge reopens", {"@type": "Thing"}])
    'Harbour bridge reopens'
    """
    if isinstance(value, list):
        if len(value) == 1:
            return _plain(value[0])
        return ", ".join(p for v in value if isinstance(p := _plain(v), str) and p)
    if isinstance(value, dict):
        return value.get("@id") or value.get("name") or value.get("url")
    if isinstance(value, (int, float)):
        return str(value)
    return collapse(value) if isinstance(value, str) else None


def _add_itemprops(meta: Metadata, root: etree._Element) -> None:
    wanted = {key: name for name, keys in ITEMPROP_KEYS.items() for key in keys}
    for el in _ITEMPROP(root):
        if el.tag == "meta":
            continue  # read with the other <meta> tags
        for prop in (el.get("itemprop") or "").lower().split():
            name = wanted.get(prop)
            if name == "authors":
                inner = el.xpath(".//*[@itemprop='name']")
                value = (inner[0].get("content") or text_of(inner[0])) if inner else text_of(el)
                meta.add(name, value, "itemprop=author")
            elif name:
                value = el.get("datetime") or el.get("content") or text_of(el)
                meta.add(name, collapse(value), f"itemprop={prop}")


def _add_times(meta: Metadata, root: etree._Element) -> None:
    for el in _TIME(root):
        words = (el.get("class") or "").lower() + " " + (el.get("itemprop") or "").lower()
        name = "updated" if ("modif" in words or "updat" in words) else "published"
        meta.add(name, el.get("datetime").strip(), "time[datetime]")


def _add_links(meta: Metadata, root: etree._Element) -> None:
    for el in _LINK(root):
        if "canonical" in el.get("rel", "").lower().split():
            meta.candidates["url"].insert(0, Candidate(el.get("href").strip(), "link[rel=canonical]"))
            break
    for el in _REL_AUTHOR(root):
        meta.add("authors", text_of(el), "a[rel=author]")
