"""The story's title: the page's headline (``<h1>``) weighed against the markup titles, less site names and kickers."""
from __future__ import annotations

import html
import re

from ..lazyre import lazy
from .choose import Chosen
from .dom import collapse
from .metadata import Candidate, Metadata
from .vocab import KICKER_SEPARATORS, TITLE_SEPARATORS

PIPE_TAIL_MAX_WORDS = 4  # "Headline | Top 19 Companies": a short part after a pipe is a label, never the headline
HEADLINE_MIN_OVERLAP = 0.5  # share of the shorter title's words that the <h1> and the markup's title share
# A headline of this many words needs only this share: an SEO title rewords it ("Best Apps to Learn a Language
# in 2025" for "Top 10: Best Language Learning Apps"); a site or section label in <h1> shares no word at all.
LONG_HEADLINE_WORDS, LONG_HEADLINE_MIN_OVERLAP = 5, 0.35
HEADLINE_MAX_CHARS = 300  # a longer <h1> is a paragraph set in large type
KICKER_MAX_WORDS = 3  # "Blog: …", "Opinion | …", "Review – …": a label before the headline
_DOMAIN = lazy(r"^[\w.-]+\.[a-z]{2,6}$", re.IGNORECASE)
_NOT_LETTER_OR_DIGIT = lazy(r"[\W_]+")
_WORD = lazy(r"\w+")


def choose_title(meta: Metadata, site_names: list[str], headline: str | None = None) -> Chosen | None:
    """The headline: the page's visible ``<h1>`` (``headline``) when it agrees with the markup's
    title (the same words, an SEO variant of it, it with a kicker or the site's name glued on);
    else og:title, JSON-LD, ``<h1>`` (unless it is the site's logo), then ``<title>``, without
    the site's name. A kicker before the headline ("Blog: …") goes when the markup's title is the rest.

    >>> m = Metadata(h1="Daily Planet", title_tag="Rates rise | Daily Planet")
    >>> choose_title(m, ["Daily Planet"])
    Chosen(value='Rates rise', source='title')
    >>> m.add("title", "Rates rise: what it means for your mortgage in 2025", "meta[og:title]")
    >>> choose_title(m, ["Daily Planet"], headline="The central bank lifts rates again")
    Chosen(value='Rates rise: what it means for your mortgage in 2025', source='meta[og:title]')
    >>> choose_title(m, ["Daily Planet"], headline="Rates rise: what it means for mortgages")
    Chosen(value='Rates rise: what it means for mortgages', source='h1')
    >>> choose_title(m, ["Daily Planet"], headline="Explainer: Rates rise: what it means for your mortgage in 2025")
    Chosen(value='Rates rise: what it means for your mortgage in 2025', source='h1 (kicker dropped)')
    """
    sites = [k for s in site_names if (k := _key(s))]
    marked = _markup_title(meta, site_names, sites)
    if headline:
        headline = strip_site(headline, site_names)
    if headline and marked and _key(headline) != _key(marked.value):
        if (rest := after_kicker(headline, marked.value)) is not None:
            return Chosen(rest, "h1 (kicker dropped)")
        if _is_headline_of(headline, marked.value, sites):
            return Chosen(without_pipe_tail(headline), "h1")
    return Chosen(without_pipe_tail(marked.value), marked.source) if marked else None


def after_kicker(headline: str, title: str) -> str | None:
    """The headline less a short label set before it, when the rest is the markup's title.

    >>> after_kicker("Blog: Ten tips for movers", "Ten tips for movers")
    'Ten tips for movers'
    >>> after_kicker("Opinion | Ten tips for movers", "Ten Tips For Movers")
    'Ten tips for movers'
    >>> after_kicker("Ten tips: for movers", "for movers") is None  # the label would be most of it
    True
    """
    for sep in KICKER_SEPARATORS:
        label, found, rest = headline.partition(sep)
        label_words = len(label.split())
        if not found or not 0 < label_words <= KICKER_MAX_WORDS or len(rest.split()) <= label_words:
            continue
        if _key(rest) == _key(title):
            return rest.strip()
    return None


def strip_site(title: str, site_names: list[str], h1: str | None = None) -> str:
    """A title without the site's name glued to its end (or start).

    >>> strip_site("Rates rise again | Daily Planet", ["Daily Planet"])
    'Rates rise again'
    >>> strip_site("Daily Planet - Rates rise again", ["The Daily Planet"])
    'Rates rise again'
    >>> strip_site("Rates rise again - Economy - example.com", [], h1="Rates rise again")
    'Rates rise again'
    >>> strip_site("Opinion | Rates rise again", ["Daily Planet"])
    'Opinion | Rates rise again'
    >>> strip_site("Daily Planet - Rates rise again", [], h1="Daily Planet")  # a logo in <h1>
    'Daily Planet - Rates rise again'
    """
    sites = [k for s in site_names if (k := _key(s))]
    if h1 and _glued_to(title, h1) and not _names_site(h1, sites):
        return h1  # the page's own headline, with a section or site name glued on
    for sep in TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, tail = title.rsplit(sep, 1)
        if _names_site(tail, sites):
            return strip_site(head, site_names, h1)
        first, rest = title.split(sep, 1)
        if _names_site(first, sites):
            return rest
    return title


def _glued_to(title: str, h1: str) -> bool:
    """``title`` is ``h1`` with a shorter part glued on after a separator ("Headline - Economy - Site")."""
    rest = title[len(h1):] if title.startswith(h1) else ""
    return rest.startswith(TITLE_SEPARATORS) and len(h1) > len(rest)


def names_site(part: str, site_names: list[str]) -> bool:
    """A piece of text that is the site's name (or its domain).

    >>> names_site("USA TODAY", ["usatoday.com"]), names_site("Jane Doe", ["Daily Planet"])
    (True, False)
    """
    return _names_site(part, [k for s in site_names if (k := _key(s))])


def _names_site(part: str, sites: list[str]) -> bool:
    key = _key(part)
    if key.isdigit():
        return False  # a year or a number is part of the title ("… 2026 / 2027")
    return bool(key) and (bool(_DOMAIN.match(part.strip())) or any(key in s or s in key for s in sites))


def without_pipe_tail(title: str) -> str:
    """A title without the short label after its last pipe (a site, a section, a tagline).

    >>> without_pipe_tail("Best movers in New York 2025 | Top 19 Companies")
    'Best movers in New York 2025'
    >>> without_pipe_tail("Milan Design Week | A light installation that fills the whole hall")
    'Milan Design Week | A light installation that fills the whole hall'
    """
    head, sep, tail = title.rpartition(" | ")
    if sep and len(tail.split()) <= PIPE_TAIL_MAX_WORDS and len(head.split()) >= PIPE_TAIL_MAX_WORDS - 1:
        return head
    return title


def _markup_title(meta: Metadata, site_names: list[str], sites: list[str]) -> Chosen | None:
    ordered = [*meta.candidates["title"]]
    ordered += [Candidate(meta.h1, "h1")] if meta.h1 and not _names_site(meta.h1, sites) else []
    ordered += [Candidate(meta.title_tag, "title")] if meta.title_tag else []
    for cand in ordered:
        if isinstance(cand.value, str) and (text := collapse(html.unescape(cand.value))):
            return Chosen(strip_site(text, site_names, meta.h1), cand.source)
    return None


def _is_headline_of(headline: str, title: str, sites: list[str]) -> bool:
    """An ``<h1>`` that is the story's headline: not the site's name, not a paragraph, and
    sharing words with the markup's title (a section name or a logo in ``<h1>`` shares few;
    a long headline that an SEO title rewords shares some).

    >>> _is_headline_of("Rates rise again", "Rates rise again: what it means", [])
    True
    >>> _is_headline_of("Opinion", "Rates rise again: what it means", [])
    False
    >>> _is_headline_of("Top 10 best language learning apps, tested", "Best language learning apps to try in 2025", [])
    True
    """
    if len(headline) > HEADLINE_MAX_CHARS or _names_site(headline, sites):
        return False
    ours, theirs = set(_WORD.findall(headline.casefold())), set(_WORD.findall(title.casefold()))
    shared = len(ours & theirs) / max(1, min(len(ours), len(theirs)))
    needed = LONG_HEADLINE_MIN_OVERLAP if len(headline.split()) >= LONG_HEADLINE_WORDS else HEADLINE_MIN_OVERLAP
    return shared >= needed and shared > 0


def _key(text: str) -> str:
    return _NOT_LETTER_OR_DIGIT.sub("", text).casefold()
