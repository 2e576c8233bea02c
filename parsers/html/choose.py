"""Pick one value per field from the markup's candidates, and say where it came from."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from ..lazyre import lazy
from ..time.stamp import Stamp, TimeContext
from ..time.stamps import parse_stamp
from .dom import collapse
from .fields import FALLBACK_SOURCES
from .metadata import OTHER_OBJECT, Metadata

_LANG = lazy(r"[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*")
MAX_TIME_CANDIDATES = 8  # enough to see the sources disagree; pages list dozens of teaser times


@dataclass(frozen=True, slots=True)
class Chosen:
    """A field's value and the note for ``provenance``."""

    value: str
    source: str


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
