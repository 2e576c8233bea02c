"""JSON-LD blocks: read them even when broken, and find the article object in them."""
from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from ..lazyre import lazy
from .vocab import ARTICLE_TYPES, PAGE_TYPES

_TRAILING_COMMA = lazy(r",\s*([}\]])")
_WRAPPER = lazy(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
# A value is read up to 300 characters: unbounded, a long broken line cost time quadratic in its length.
_FIELD = lazy(
    r'"(?P<key>@type|headline|datePublished|dateModified|articleSection|inLanguage|url)"\s*:\s*'
    r'"(?P<value>.{0,300}?)"(?=\s*,\s*"|\s*,?\s*[}\]]|\s*$)',
    re.MULTILINE,
)
_JSONLD_PATH = etree.XPath("//script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]")


def load_json(text: str) -> Any:
    """Parse a JSON-LD block, repairing the usual breakage (HTML comment or CDATA wrappers,
    trailing commas, raw newlines in strings, several objects in a row); None if hopeless.

    >>> load_json('{"@type": "NewsArticle", "headline": "A",}')
    {'@type': 'NewsArticle', 'headline': 'A'}
    >>> load_json('{"a": 1}{"b": 2}')
    [{'a': 1}, {'b': 2}]
    >>> load_json('{"@type": "NewsArticle", "headline": "Broken "quote" here", "datePublished": "2020-01-02"')
    {'@type': 'NewsArticle', 'headline': 'Broken "quote" here', 'datePublished': '2020-01-02'}
    >>> load_json('{"a":' * 5000 + '1' + '}' * 5000) is None
    True
    """
    try:
        return _repaired(text)
    except RecursionError:
        return None  # nested past Python's limit: this block is lost, not the page


def _repaired(text: str) -> Any:
    text = _WRAPPER.sub("", text.strip())
    for candidate in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(candidate, strict=False)
        except ValueError:
            pass
        found = _concatenated(candidate)
        if found:
            return found
    fields = {m["key"]: _unescape(m["value"]) for m in _FIELD.finditer(text)}
    return fields or None


def _concatenated(text: str) -> list[Any] | None:
    decoder = json.JSONDecoder(strict=False)
    out, pos = [], 0
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n;,":
            pos += 1
        if pos >= len(text):
            break
        try:
            value, pos = decoder.raw_decode(text, pos)
        except ValueError:
            return None
        out.append(value)
    return out if len(out) > 1 else None


def _unescape(value: str) -> str:
    try:
        return json.loads(f'"{value}"', strict=False)
    except ValueError:
        return value


def objects(data: Any) -> list[dict[str, Any]]:
    """Every object with an ``@type`` in a JSON-LD value: arrays, ``@graph`` and
    ``mainEntity`` are walked.

    >>> [o["@type"] for o in objects({"@graph": [{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}}]})]
    ['WebPage', 'NewsArticle']
    """
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if "@type" in item:
                out.append(item)
            for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                if isinstance(item.get(key), (dict, list)):
                    stack.append(item[key])
    return out


def types_of(obj: dict[str, Any]) -> list[str]:
    """An object's ``@type`` as a list of bare names.

    >>> types_of({"@type": ["http://schema.org/NewsArticle", "Thing"]})
    ['NewsArticle', 'Thing']
    """
    raw = obj.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return [str(n).rsplit("/", 1)[-1] for n in names if n]


def type_rank(obj: dict[str, Any]) -> int:
    """How article-like an object is: 0 best; ``len(ARTICLE_TYPES)`` for a web page; more for others.

    >>> type_rank({"@type": "NewsArticle"}), type_rank({"@type": "WebPage"}) > type_rank({"@type": "BlogPosting"})
    (0, True)
    """
    ranks = [ARTICLE_TYPES.index(t) for t in types_of(obj) if t in ARTICLE_TYPES]
    if ranks:
        return min(ranks)
    if any(t in PAGE_TYPES for t in types_of(obj)):
        return len(ARTICLE_TYPES)
    return len(ARTICLE_TYPES) + 1


def page_objects(root: etree._Element) -> list[dict[str, Any]]:
    """All typed JSON-LD objects of a page, in page order."""
    found: list[dict[str, Any]] = []
    for script in _JSONLD_PATH(root):
        if script.text and (data := load_json(script.text)) is not None:
            found.extend(objects(data))
    return found


def by_id(objs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Objects by their ``@id``, to resolve references such as ``"author": {"@id": …}``."""
    return {o["@id"]: o for o in objs if isinstance(o.get("@id"), str)}
