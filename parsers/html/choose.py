"""Pick one value per field from the markup's candidates, and say where it came from."""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from ..lazyre import lazy
from ..time.stamp import Stamp, TimeContext
from ..time.stamps import parse_stamp
from .dom import collapse
from .fields import FALLBACK_SOURCES
from .metadata import OTHER_OBJECT, Candidate, Metadata

_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " ⋆ ", " / ", " « ", " » ")
PIPE_TAIL_MAX_WORDS = 4  # "Headline | Top 19 Companies": a short part after a pipe is a label, never the headline
_LANG = lazy(r"[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*")
HEADLINE_MIN_OVERLAP = 0.5  # share of the shorter title's words that the <h1> and the markup's title share
HEADLINE_MAX_CHARS = 300  # a longer <h1> is a paragraph set in large type
MAX_TIME_CANDIDATES = 8  # enough to see the sources disagree; pages list dozens of teaser times
_DOMAIN = lazy(r"^[\w.-]+\.[a-z]{2,6}$", re.IGNORECASE)
_NOT_LETTER_OR_DIGIT = lazy(r"[\W_]+")
_WORD = lazy(r"\w+")


@dataclass(frozen=True, slots=True)
class Chosen:
    """A field's value and the note for ``provenance``."""

    value: str
    source: str


def _key(text: str) -> str:
    return _NOT_LETTER_OR_DIGIT.sub("", text).casefold()


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
    if h1 and title.startswith(h1) and title[len(h1):].startswith(_SEPARATORS) \
            and len(h1) > len(title) - len(h1) and not _names_site(h1, sites):
        return h1  # the page's own headline, with a section or site name glued on
    for sep in _SEPARATORS:
        if sep not in title:
            continue
        head, tail = title.rsplit(sep, 1)
        if _names_site(tail, sites):
            return strip_site(head, site_names, h1)
        first, rest = title.split(sep, 1)
        if _names_site(first, sites):
            return rest
    return title


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


def choose_title(meta: Metadata, site_names: list[str], headline: str | None = None) -> Chosen | None:
    """The headline: the page's visible ``<h1>`` (``headline``) when it shares words with the
    markup's title (an SEO variant of it, or it with a kicker or the site's name glued on);
    else og:title, JSON-LD, ``<h1>`` (unless it is the site's logo), then ``<title>``, without
    the site's name.

    >>> m = Metadata(h1="Daily Planet", title_tag="Rates rise | Daily Planet")
    >>> choose_title(m, ["Daily Planet"])
    Chosen(value='Rates rise', source='title')
    >>> m.add("title", "Rates rise: what it means for your mortgage in 2025", "meta[og:title]")
    >>> choose_title(m, ["Daily Planet"], headline="The central bank lifts rates again")
    Chosen(value='Rates rise: what it means for your mortgage in 2025', source='meta[og:title]')
    >>> choose_title(m, ["Daily Planet"], headline="Rates rise: what it means for mortgages")
    Chosen(value='Rates rise: what it means for mortgages', source='h1')
    """
    sites = [k for s in site_names if (k := _key(s))]
    marked = _markup_title(meta, site_names, sites)
    if headline and marked and _key(headline) != _key(marked.value) and _is_headline_of(headline, marked.value, sites):
        return Chosen(without_pipe_tail(headline), "h1")
    return Chosen(without_pipe_tail(marked.value), marked.source) if marked else None


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
    sharing words with the markup's title (a section name or a logo in ``<h1>`` shares few).

    >>> _is_headline_of("Rates rise again", "Rates rise again: what it means", [])
    True
    >>> _is_headline_of("Opinion", "Rates rise again: what it means", [])
    False
    """
    if len(headline) > HEADLINE_MAX_CHARS or _names_site(headline, sites):
        return False
    ours, theirs = set(_WORD.findall(headline.casefold())), set(_WORD.findall(title.casefold()))
    return len(ours & theirs) >= HEADLINE_MIN_OVERLAP * min(len(ours), len(theirs)) > 0


def choose_text(meta: Metadata, name: str) -> Chosen | None:
    """The first candidate that is a non-empty string."""
    for cand in meta.candidates[name]:
        if isinstance(cand.value, str) and (text := collapse(cand.value)):
            return Chosen(text, cand.source)
    return None


def choose_language(meta: Metadata) -> Chosen | None:
    """A language tag, ``_`` turned into ``-`` (``en_US`` → ``en-US``).

    >>> m = Metadata(); m.add("language", "en_US", "meta[og:locale]")
    >>> choose_language(m)
    Chosen(value='en-US', source='meta[og:locale]')
    """
    for cand in meta.candidates["language"]:
        if isinstance(cand.value, str) and _LANG.fullmatch(cand.value.strip()):
            return Chosen(bcp47_case(cand.value.strip().replace("_", "-")), cand.source)
    return None


def bcp47_case(tag: str) -> str:
    """A language tag in BCP 47 case: language lower, script title, region upper.

    >>> bcp47_case("en-gb"), bcp47_case("ZH-HANT-tw"), bcp47_case("es-419"), bcp47_case("FR")
    ('en-GB', 'zh-Hant-TW', 'es-419', 'fr')
    """
    first, *rest = tag.split("-")
    parts = [first.lower()]
    for part in rest:
        parts.append(part.upper() if len(part) == 2 else part.title() if len(part) == 4 and part.isalpha()
                     else part.lower())
    return "-".join(parts)


def choose_url(meta: Metadata) -> Chosen | None:
    """The canonical URL: the first absolute http(s) candidate."""
    for cand in meta.candidates["url"]:
        if isinstance(cand.value, str) and cand.value.startswith(("http://", "https://")):
            return Chosen(cand.value, cand.source)
    return None


@dataclass(frozen=True, slots=True)
class ChosenTime:
    """A time stamp and where it came from."""

    stamp: Stamp
    source: str


def stamps(meta: Metadata, name: str, ctx: TimeContext) -> list[ChosenTime]:
    """The candidates of a date field that the time-stamp engine can read, in order
    (each distinct text read once: pages repeat the same time in several places)."""
    out = []
    read: dict[str, Stamp | None] = {}
    for cand in meta.candidates[name][:MAX_TIME_CANDIDATES]:
        if not isinstance(cand.value, str):
            continue
        if cand.value not in read:
            read[cand.value] = parse_stamp(cand.value, ctx)
        if (stamp := read[cand.value]) is not None:
            out.append(ChosenTime(stamp, cand.source))
    return out


def same_instant(a: Stamp, b: Stamp) -> bool:
    """Same minute (in UTC when both know their zone, else on the wall clock); same day for dates.

    >>> same_instant(parse_stamp("2020-02-28T07:03:00+08:00"), parse_stamp("2020-02-27T23:03:30Z"))
    True
    """
    if not (a.has_time and b.has_time):
        return a.value.date() == b.value.date()
    if a.value.tzinfo is not None and b.value.tzinfo is not None:
        return _utc_minute(a) == _utc_minute(b)
    return _wall_minute(a) == _wall_minute(b)


def _utc_minute(stamp: Stamp) -> datetime:
    return stamp.value.astimezone(UTC).replace(second=0, microsecond=0)


def matches_visible(stamp: Stamp, visible: Stamp) -> bool:
    """A markup time agrees with a date printed on the page (same day; same minute if it shows one).

    >>> matches_visible(parse_stamp("2020-02-28T07:03:00+08:00"), parse_stamp("2020-02-28"))
    True
    """
    if visible.has_time and stamp.has_time:
        if stamp.value.tzinfo is not None and visible.value.tzinfo is not None:
            return same_instant(stamp, visible)
        return _wall_minute(stamp) == _wall_minute(visible)
    return stamp.value.date() == visible.value.date()


def _wall_minute(stamp: Stamp) -> datetime:
    return stamp.value.replace(tzinfo=None, second=0, microsecond=0)


def fallback_source(source: str) -> bool:
    """A source read only when the article's own metadata has no time.

    >>> fallback_source("time[datetime]"), fallback_source("jsonld:datePublished(other object)")
    (True, True)
    """
    return source in FALLBACK_SOURCES or source.endswith(OTHER_OBJECT)


def trusted(found: list[ChosenTime]) -> list[ChosenTime]:
    """The candidates worth comparing: article metadata before loose ``<time>`` elements
    (sidebars date other articles), and among those, times with a clock and an offset first.
    """
    tier = [c for c in found if not fallback_source(c.source)] or found
    timed = [c for c in tier if c.stamp.has_time] or tier
    return [c for c in timed if c.stamp.value.tzinfo is not None] or timed


def choose_time(found: list[ChosenTime], visible: Callable[[], list[Stamp]]) -> tuple[ChosenTime, str] | None:
    """The most trusted time; when trusted sources disagree, the one that matches the date
    printed in the byline (``visible`` is asked only then). Returns the choice and a note
    for ``provenance``.
    """
    best = trusted(found)
    if not best:
        return None
    first = best[0]
    if all(same_instant(first.stamp, c.stamp) for c in best[1:]):
        return first, ""
    for seen in visible():
        for cand in best:
            if matches_visible(cand.stamp, seen):
                return cand, f"sources disagree; matches the byline date {seen.text!r}"
    return first, "sources disagree; no byline date settles it"
