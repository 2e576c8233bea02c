"""Pick the parser for a document: by ``--source``, by URL domain, or by text signatures.

Only the matching source module is imported.
"""
from __future__ import annotations

import importlib
import re
from functools import cache
from typing import TYPE_CHECKING

from ..lazyre import LazyPattern, lazy
from ..record.errors import NewscleanError
from .catalog import BY_ID, CATALOG, TEXT_MATCH_THRESHOLD, SourceEntry

if TYPE_CHECKING:
    from ..html.layouts import Outlet
    from .text_source import TextSource


@cache
def _signatures(entry_id: str) -> tuple[tuple[LazyPattern, int], ...]:
    entry = BY_ID[entry_id]
    return tuple((lazy(rx, re.MULTILINE), weight) for rx, weight in entry.text_signatures)


def entry_for_url(url: str | None) -> SourceEntry | None:
    """The source whose domain the URL is on.

    >>> entry_for_url("https://news.cgtn.com/news/2020-02-28/x.html").id
    'cgtn'
    >>> entry_for_url("https://example.com/cgtn.com") is None
    True
    """
    if not url:
        return None
    from urllib.parse import urlsplit  # only runs given a URL pay for it

    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    for entry in CATALOG:
        if any(host == d or host.endswith("." + d) for d in entry.domains):
            return entry
    return None


def entry_for_text(text: str) -> SourceEntry | None:
    """The source whose text signatures score highest (and past the threshold)."""
    head = text[:6000]
    tail = text[-3000:]
    best, best_score = None, 0
    for entry in CATALOG:
        score = sum(w for rx, w in _signatures(entry.id) if rx.search(head) or rx.search(tail))
        if score > best_score:
            best, best_score = entry, score
    return best if best_score >= TEXT_MATCH_THRESHOLD else None


def chosen_entry(source: str | None, url: str | None, text: str | None = None) -> SourceEntry | None:
    """The source to parse with: forced by ``--source`` (``"generic"``: none), else the one
    whose domain the URL is on, else (given ``text``) the one whose signatures it shows.

    >>> chosen_entry("cgtn", None).id, chosen_entry("generic", "https://news.cgtn.com/x.html")
    ('cgtn', None)
    >>> chosen_entry(None, "https://news.cgtn.com/x.html").id, chosen_entry(None, None, "A short note.")
    ('cgtn', None)
    """
    if source == "generic":
        return None
    if source:
        return entry_by_id(source)
    return entry_for_url(url) or (entry_for_text(text) if text is not None else None)


def entry_by_id(source_id: str) -> SourceEntry:
    """The catalog entry for ``--source ID``; an unknown id raises, naming the known ones."""
    try:
        return BY_ID[source_id]
    except KeyError:
        known = ", ".join(sorted(BY_ID))
        raise NewscleanError(f"unknown source {source_id!r} (known: {known}, generic)") from None


def load_source(entry: SourceEntry) -> TextSource:
    """Import a source's module and return its parser object (``SOURCE``)."""
    module = importlib.import_module(f"{__package__}.{entry.module}")
    return module.SOURCE


def html_outlet(source: str | None, url: str | None, page_url: str | None) -> Outlet | None:
    """The outlet an HTML page is parsed as: forced by ``--source``, else the one whose domain ``--url``
    (or, without it, the page's own URL) is on; with the HTML layouts its module declares.

    >>> html_outlet(None, None, "https://news.cgtn.com/news/x.html")[:4]
    ('cgtn', 'CGTN', 'Asia/Shanghai', 'en')
    >>> html_outlet("generic", None, "https://news.cgtn.com/news/x.html") is None
    True
    """
    entry = chosen_entry(source, url or page_url)
    if entry is None:
        return None
    from ..html.layouts import Outlet  # the HTML path only: it loads lxml

    module = importlib.import_module(f"{__package__}.{entry.module}")
    return Outlet(entry.id, entry.name, entry.source_tz, entry.language, tuple(getattr(module, "HTML_LAYOUTS", ())))
