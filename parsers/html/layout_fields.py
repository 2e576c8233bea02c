"""An outlet layout's named fields on a page: where it says each field lives, read as the generic path
reads metadata (authors cleaned, times through the time-stamp engine).

A field source is ``"ld:KEY"`` (the article's JSON-LD, ``"ld:author"``), ``"meta:NAME"`` (a ``<meta>``
property or name), a CSS selector (the first matching element's text; every match for authors),
``"SELECTOR@ATTR"`` (an attribute), or a function of the page's root element.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from lxml import etree

from ..record.article import Block, Removal
from ..rules.registry import LineRule, match_rule
from ..time.stamp import Stamp, TimeContext
from ..time.stamps import parse_stamp
from . import authors as names
from .body import BodyResult
from .dom import text_of
from .jsonld import type_rank
from .layouts import compiled
from .metadata import Metadata
from .vocab import ARTICLE_TYPES

TEXT_FIELDS = ("title", "subtitle", "section")
TIME_FIELDS = ("published", "updated")


class Found(NamedTuple):
    """A field's value as the layout found it, and the source that gave it (for ``provenance``)."""

    value: str | list[str] | Stamp
    source: str


def split_attribute(source: str) -> tuple[str, str | None]:
    """A CSS source and the attribute it reads, if any.

    >>> split_attribute("time.mr-2@datetime"), split_attribute("article hgroup h2")
    (('time.mr-2', 'datetime'), ('article hgroup h2', None))
    """
    selector, at, attribute = source.rpartition("@")
    if at and attribute.replace("-", "").isalnum():
        return selector, attribute
    return source, None


def raw_values(source: Any, root: etree._Element, meta: Metadata) -> list[Any]:
    """Every value one source gives on the page, in page order (empty: none).

    >>> from .dom import parse_tree
    >>> from .metadata import read_metadata
    >>> page = parse_tree('<html><head><meta property="og:title" content="Rates rise"></head><body>'
    ...                   '<h2 class="headline">Rates rise again</h2>'
    ...                   '<time datetime="2024-05-16">x</time></body></html>')
    >>> meta = read_metadata(page)
    >>> raw_values("meta:og:title", page, meta), raw_values("h2.headline", page, meta)
    (['Rates rise'], ['Rates rise again'])
    >>> raw_values("time@datetime", page, meta), raw_values("ld:headline", page, meta)
    (['2024-05-16'], [])
    """
    if callable(source):  # a function's value is one value, a list of authors included
        value = source(root)
        return [value] if value is not None and value != "" else []
    if source.startswith("ld:"):
        key = source[3:]
        articles = [o for o in meta.jsonld if type_rank(o) < len(ARTICLE_TYPES)]
        return [o[key] for o in articles[:1] if o.get(key)]
    if source.startswith("meta:"):
        value = meta.metas.get(source[5:].lower())
        return [value] if value else []
    selector, attribute = split_attribute(source)
    found = (el.get(attribute) if attribute else text_of(el) for el in compiled(selector)(root))
    return [value.strip() for value in found if value and value.strip()]


def layout_fields(layout: Any, root: etree._Element, meta: Metadata, ctx: TimeContext) -> dict[str, Found]:
    """The fields the layout names and finds on the page; a field none of its sources gives is left out."""
    found: dict[str, Found] = {}
    for name in (*TEXT_FIELDS, *TIME_FIELDS, "authors"):
        for source in getattr(layout, name):
            values = raw_values(source, root, meta)
            value = field_value(name, values, meta, ctx)
            if value or (name == "authors" and callable(source) and values == [[]]):  # a byline of no person
                named = source if isinstance(source, str) else source.__name__
                found[name] = Found(value, f"layout {layout.name}: {named}")
                break
    return found


def field_value(name: str, values: Sequence[Any], meta: Metadata, ctx: TimeContext) -> str | list[str] | Stamp | None:
    """One field's value from a source's raw values: names for authors, a time for dates, else the first text."""
    if not values:
        return None
    if name == "authors":
        return names.clean_authors([n for v in values for n in names.names_from(v, meta.jsonld_ids)])
    first = values[0] if isinstance(values[0], str) else None
    if first is None:
        return None
    return parse_stamp(first, ctx) if name in TIME_FIELDS else first


def without_rule_blocks(result: BodyResult, rules: Sequence[LineRule], outlet: str) -> BodyResult:
    """The body less the paragraphs an outlet's block rules name, each reported as ``OUTLET.RULE``; a rule
    that ends the article removes the paragraphs after it too."""
    if not rules:
        return result
    kept: list[Block] = []
    removed = list(result.removed)
    ended: LineRule | None = None
    for block in result.blocks:
        rule = ended or match_rule(block.text, tuple(rules))
        if rule is None:
            kept.append(block)
            continue
        removed.append(Removal(rule.kind, block.text, f"{outlet}.{rule.name}"))
        ended = rule if rule.ends_article else None
    return replace(result, blocks=kept, removed=removed)
