"""RSS 0.9x/1.0/2.0 and Atom feeds: each item through the HTML path, times through the time-stamp engine."""
from __future__ import annotations

import hashlib
import html
from collections.abc import Iterator
from typing import Any

from ..lazyre import lazy
from ..record.article import Article, InputInfo, SourceInfo
from ..record.errors import NewscleanError
from ..record.fill import set_time
from ..record.options import ParseOptions
from ..time.stamp import time_context
from ..time.stamps import parse_stamp
from .item import Item


def check_xml_safety(data: bytes) -> None:
    """Refuse XML that declares entities or reaches outside (billion laughs, external entities).

    defusedxml parses the bytes with every entity and external reference forbidden; a
    file that is not well-formed XML is left to feedparser's lenient reader unless it
    declares entities all the same.

    >>> check_xml_safety(b'<rss version="2.0"><channel><title>ok</title></channel></rss>')
    >>> try:
    ...     check_xml_safety(b'<!DOCTYPE r [<!ENTITY a "aaaa">]><rss>&a;</rss>')
    ... except NewscleanError as exc:
    ...     print(exc)
    unsafe XML refused: it declares entities (EntitiesForbidden; a billion-laughs or external-entity attack?)
    """
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(data)
    except DefusedXmlException as exc:
        raise NewscleanError(f"unsafe XML refused: it declares entities ({type(exc).__name__}; "
                             "a billion-laughs or external-entity attack?)") from None
    except ParseError:
        if b"<!ENTITY" in data:
            raise NewscleanError("unsafe XML refused: malformed, and it declares entities") from None


def _item_page(title: str | None, content: dict[str, Any] | None, language: str | None) -> bytes:
    """A small HTML page holding one item, so it goes through the HTML parser like any page."""
    if content is None:
        body = ""
    elif "html" in (content.get("type") or "text/html"):
        body = content.get("value") or ""
    else:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in (content.get("value") or "").split("\n\n"))
    heading = html.escape(title or "")
    lang = f' lang="{html.escape(language)}"' if language else ""
    return (f'<!DOCTYPE html><html{lang}><head><meta charset="utf-8"><title>{heading}</title></head>'
            f"<body><article><h1>{heading}</h1>{body}</article></body></html>").encode()


def _content(entry: Any) -> dict[str, Any] | None:
    """``content:encoded``/Atom ``content`` if the item has it, else its summary."""
    for part in entry.get("content") or ():
        if part.get("value"):
            return part
    return entry.get("summary_detail") or ({"value": entry["summary"]} if entry.get("summary") else None)


MAX_AUTHOR_CHARS = 200  # longer is no byline (and the patterns below stay linear on what they see)
_EMAIL_THEN_NAME = lazy(r"\s*\S+@\S+\s+\((?P<name>[^()]+)\)\s*")
_NAME_THEN_EMAIL = lazy(r"(?P<name>[^<>]++)<[^<>@]+@[^<>]+>\s*")  # the caller strips the name


def author_name(raw: str) -> str | None:
    """The person in an RSS ``author``/``dc:creator`` value, without the e-mail address.

    >>> author_name("ed@gazette.example (Tom Rees)"), author_name("Tom Rees <ed@gazette.example>")
    ('Tom Rees', 'Tom Rees')
    >>> author_name("Mara Quinn"), author_name("desk@gazette.example"), author_name("a@" * 5000)
    ('Mara Quinn', None, None)
    """
    if len(raw) > MAX_AUTHOR_CHARS:
        return None
    match = _EMAIL_THEN_NAME.fullmatch(raw) or _NAME_THEN_EMAIL.fullmatch(raw)
    if match:
        return match.group("name").strip()
    text = raw.strip()
    return None if not text or ("@" in text and " " not in text) else text


def _authors(entry: Any, atom: bool) -> list[str]:
    """Atom's ``author/name`` elements; RSS's ``author``/``dc:creator`` text (feedparser's split of it
    loses letters: "ed@gazette.example (Tom Rees)" gave "ple (Tom Rees")."""
    if atom:
        names = [a.get("name") for a in entry.get("authors") or ()]
    else:
        names = [author_name(entry["author"])] if entry.get("author") else []
    return list(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def _fill_times(article: Article, entry: Any, options: ParseOptions, rss: bool) -> None:
    """``published``/``updated`` from the item's own text (feedparser's parsed dates drop the offset)."""
    ctx = time_context(options, None, article.language)
    # dict.get: feedparser's own get() answers "updated" with the published time when there is none
    published, updated = dict.get(entry, "published"), dict.get(entry, "updated")
    if published is None and rss:
        published, updated = updated, None  # RSS 1.0's dc:date is the item's date
    for field_name, raw, label in (("published", published, "feed item published"),
                                   ("updated", updated, "feed item updated")):
        stamp = parse_stamp(raw, ctx) if raw else None
        if stamp is not None:
            set_time(article, field_name, stamp, label)


def _item_key(guid: str | None, link: str | None, index: int) -> str:
    """A short name for the item that stays the same while the feed grows.

    >>> _item_key("urn:uuid:1", None, 3) == _item_key("urn:uuid:1", None, 9)
    True
    """
    ident = guid or link or f"#{index}"
    return "item-" + hashlib.sha1(ident.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def _item_article(entry: Any, index: int, parsed: Any, data: bytes, options: ParseOptions, path: str | None) -> Article:
    from ..api import parse_document
    from ..load import load

    link = entry.get("link")
    language = parsed.feed.get("language")
    page = _item_page(entry.get("title"), _content(entry), language)
    article = parse_document(load(page, path=path), options._replace(url=link or options.url))
    if link:
        article.provenance["url"] = "feed item link"
    article.title = entry.get("title") or article.title
    article.provenance["title"] = "feed item title"
    authors = _authors(entry, atom=parsed.get("version", "").startswith("atom"))
    if authors:
        article.authors = authors
        article.provenance["authors"] = "feed item author"
    _fill_times(article, entry, options, rss=parsed.get("version", "").startswith("rss"))
    if article.source.id is None and parsed.feed.get("title"):
        article.source = SourceInfo(None, parsed.feed["title"], article.source.parser)
    article.input = InputInfo(path, "feed", parsed.get("encoding") or "utf-8",
                              hashlib.sha256(data).hexdigest(), item=index, guid=entry.get("id"))
    return article


def feed_articles(data: bytes, options: ParseOptions, *, path: str | None = None) -> Iterator[Item]:
    """One :class:`Item` per feed item, in feed order; an item whose guid or link came before is left out."""
    check_xml_safety(data)
    import feedparser  # only feeds pay for it

    parsed = feedparser.parse(data, resolve_relative_uris=True, sanitize_html=True)
    if not parsed.entries and parsed.get("bozo"):
        raise NewscleanError(f"cannot read the feed ({parsed.get('bozo_exception')})")
    seen: set[str] = set()
    for index, entry in enumerate(parsed.entries, 1):
        guid, link = entry.get("id"), entry.get("link")
        if (guid and guid in seen) or (link and link in seen):
            continue
        seen.update(k for k in (guid, link) if k)
        where = f"item {index}" + (f" ({guid})" if guid else "")
        key = _item_key(guid, link, index)
        try:
            yield Item(_item_article(entry, index, parsed, data, options, path), None, where, key)
        except NewscleanError as exc:
            yield Item(None, str(exc), where, key)
