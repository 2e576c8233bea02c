"""Pick the parser for a document: by ``--source``, by URL domain, or by text signatures.

Only the matching source module is imported.
"""
from __future__ import annotations

import importlib
import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from ..lazyre import LazyPattern, lazy, required_prefix
from ..record.errors import NewscleanError
from ..urls import host_of
from .catalog import BY_ID, CATALOG, TEXT_MATCH_THRESHOLD, SourceEntry

if TYPE_CHECKING:
    from ..html.layouts import Outlet
    from .text_source import TextSource


class Signature(NamedTuple):
    """A text signature of a source: its pattern (compiled on first use), the literal every match starts
    with (tested first, so the patterns of sources a dump does not show are never compiled), its weight."""

    pattern: LazyPattern
    prefix: str
    weight: int

    def found(self, head: str, tail: str) -> bool:
        if self.prefix and self.prefix not in head and self.prefix not in tail:
            return False
        return bool(self.pattern.search(head) or self.pattern.search(tail))


@cache
def _signatures(entry_id: str) -> tuple[Signature, ...]:
    entry = BY_ID[entry_id]
    return tuple(Signature(lazy(rx, re.MULTILINE), required_prefix(rx), weight) for rx, weight in entry.text_signatures)


def entry_for_url(url: str | None) -> SourceEntry | None:
    """The source whose domain the URL is on (the longest domain that matches: an edition's
    sub-domain before the outlet's own).

    >>> entry_for_url("https://news.cgtn.com/news/2020-02-28/x.html").id
    'cgtn'
    >>> entry_for_url("https://de.euronews.com/2024/x").id, entry_for_url("https://it.euronews.com/2024/x")
    ('euronews_de', None)
    >>> entry_for_url("https://example.com/cgtn.com") is None
    True
    """
    if not url:
        return None
    host = host_of(url) or ""
    matches = [(len(d), entry) for entry in CATALOG for d in entry.domains if host == d or host.endswith("." + d)]
    return max(matches, key=lambda match: match[0])[1] if matches else None


class TextMatch(NamedTuple):
    """The source a text dump's signatures name, its score and the share of its signatures' weight found."""

    entry: SourceEntry
    score: int
    confidence: float


def text_scores(text: str) -> list[TextMatch]:
    """Every source whose signatures the text shows, best first."""
    head, tail = text[:6000], text[-3000:]
    found = []
    for entry in CATALOG:
        weights = [(signature.weight, signature.found(head, tail)) for signature in _signatures(entry.id)]
        score = sum(w for w, hit in weights if hit)
        if score:
            found.append(TextMatch(entry, score, round(score / sum(w for w, _ in weights), 2)))
    return sorted(found, key=lambda match: match.score, reverse=True)


def entry_for_text(text: str) -> TextMatch | None:
    """The source whose text signatures score highest, past the threshold and above every other source
    (a tie, as between two papers of one group that share a footer, names none).

    >>> entry_for_text("Tech\\n2020.02.28 07:03 GMT+8\\nA headline\\nCGTN\\nText.")[1:]
    (6, 0.43)
    >>> entry_for_text("Eine Webseite der FUNKE Mediengruppe © 2025 FUNKE Mediengruppe") is None
    True
    """
    scores = text_scores(text)
    if not scores or scores[0].score < TEXT_MATCH_THRESHOLD:
        return None
    if len(scores) > 1 and scores[1].score == scores[0].score:
        return None
    return scores[0]


class Recognition(NamedTuple):
    """The source a document is parsed as, and how it was recognised (for ``provenance``)."""

    entry: SourceEntry
    how: str


def recognise(source: str | None, url: str | None, text: str | None = None) -> Recognition | None:
    """The source to parse with: forced by ``--source`` (``"generic"``: none), else the one
    whose domain the URL is on, else (given ``text``) the one whose signatures it shows.

    >>> recognise("cgtn", None), recognise("generic", "https://news.cgtn.com/x.html")
    (Recognition(entry=..., how='--source cgtn'), None)
    >>> recognise(None, "https://news.cgtn.com/x.html").how, recognise(None, None, "A short note.")
    ('domain news.cgtn.com', None)
    """
    if source == "generic":
        return None
    if source:
        return Recognition(entry_by_id(source), f"--source {source}")
    if (entry := entry_for_url(url)) is not None:
        return Recognition(entry, f"domain {host_of(url)}")
    match = entry_for_text(text) if text is not None else None
    if match is None:
        return None
    return Recognition(match.entry, f"text signatures: score {match.score}, confidence {match.confidence}")


def chosen_entry(source: str | None, url: str | None, text: str | None = None) -> SourceEntry | None:
    """The entry :func:`recognise` names, if any.

    >>> chosen_entry("cgtn", None).id, chosen_entry("generic", "https://news.cgtn.com/x.html")
    ('cgtn', None)
    """
    found = recognise(source, url, text)
    return found.entry if found else None


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


def source_layouts(entry: SourceEntry) -> dict[str, list[str]]:
    """A source's layouts by kind ("html", "text"), newest first, each named with its ``valid_until``.

    >>> source_layouts(BY_ID["waz"])["html"]
    ['2025', '2024', '2023 (until 2024-03-01)']
    """
    module = importlib.import_module(f"{__package__}.{entry.module}")
    parser = getattr(module, "SOURCE", None)
    kinds = {"html": getattr(module, "HTML_LAYOUTS", ()), "text": parser.layouts if parser else ()}
    return {kind: [f"{lay.name} (until {lay.valid_until})" if lay.valid_until else lay.name for lay in found]
            for kind, found in kinds.items()}
