"""Reading one string: the dates and clock times printed in it, each clock paired with its date."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from .calendar_words import MONTH_FIRST_LANGUAGES
from .formats import DATE_PATTERNS, GAP, MAX_GAP, MILITARY, MONTH_OF, PM, ZONE, full_year
from .stamp import TimeContext
from .zones import zone_text_of


def month_first(ctx: TimeContext, dotted: bool = False) -> bool:
    """Whether an all-numeric date such as 11/12/2019 is read month first (US convention).

    Dotted dates (19.11.2019) are day first unless the page is known to be English.

    >>> month_first(TimeContext(language="en")), month_first(TimeContext(language="fr"))
    (True, False)
    >>> month_first(TimeContext(source_tz="Europe/London", language="en"))
    False
    >>> month_first(TimeContext(), dotted=True), month_first(TimeContext(language="en"), dotted=True)
    (False, True)
    """
    if ctx.source_tz and not ctx.source_tz.startswith("America/"):
        return False
    language = ctx.language.split("-")[0].lower() if ctx.language else None
    if dotted and language is None:
        return False
    return language in MONTH_FIRST_LANGUAGES


def clock(h: int, mi: int, s: int, meridiem: str | None) -> tuple[int, int, int] | None:
    """24-hour (hour, minute, second) from a printed clock, or None when impossible.

    A 24-hour clock with a needless meridiem ("15:24pm") keeps its hour.

    >>> clock(12, 5, 0, "am"), clock(7, 53, 0, "PM"), clock(15, 24, 0, "pm"), clock(24, 0, 0, None)
    ((0, 5, 0), (19, 53, 0), (15, 24, 0), None)
    """
    if mi > 59 or s > 59 or h > 23:
        return None
    if meridiem and 1 <= h <= 12:
        h = h % 12 + (12 if meridiem.lower() in ("p", "pm") else 0)
    return h, mi, s


class FoundClock(NamedTuple):
    """A time of day found in a line, with the zone printed beside it."""

    start: int
    end: int  # after the zone, when one was printed
    hms: tuple[int, int, int]
    zone: str | None


class FoundDate(NamedTuple):
    """A date found in a line: where, which day, and the pattern kind that matched."""

    start: int
    end: int
    day: date | None  # None for year-less and relative days, resolved later
    kind: str
    match: re.Match[str]


_YEARLESS = date.min  # a real day and month whose year is not printed ("Nov 19", "今天")


def _date_of(kind: str, m: re.Match[str], ctx: TimeContext) -> date | None:
    """The date a pattern match names, ``_YEARLESS`` when its year is missing, None when it is no date."""
    g = m.groupdict()
    try:
        if kind == "week":  # a week without its day ("2020-W09") names no day
            return date.fromisocalendar(int(g["y"]), int(g["w"]), int(g["wd"])) if g["wd"] else None
        if kind == "ordinal":
            return date(int(g["y"]), 1, 1) + timedelta(days=int(g["yd"]) - 1) if 1 <= int(g["yd"]) <= 366 else None
        if kind in ("numeric", "dotted"):
            a, b = int(g["a"]), int(g["b"])
            month, day = (a, b) if (month_first(ctx, kind == "dotted") and a <= 12) or b > 12 else (b, a)
            return date(full_year(int(g["y"])), month, day)
        if kind == "day":
            return _YEARLESS
        month = int(g["mo"]) if g.get("mo") else MONTH_OF.get(g["mon"].casefold(), 0)
        day = date(2000, month, int(g["d"]))  # a leap year: checks day and month
        return date(full_year(int(g["y"])), month, day.day) if g.get("y") else _YEARLESS
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # header lines are scanned again by the year-less test and the page's day
def _date_matches(text: str) -> tuple[tuple[int, int, int, str, re.Match[str]], ...]:
    """Every match of the date patterns in ``text`` as ``(start, -end, rank, kind, match)``, leftmost-longest first.

    >>> [(start, kind, m.group(0)) for start, _end, _rank, kind, m in _date_matches("Nov 19, 2019 today")]
    [(0, 'named', 'Nov 19, 2019'), (0, 'named', 'Nov 19'), (13, 'day', 'today')]
    """
    found = []
    guards: dict[str, bool] = {}
    for rank, (kind, pattern, guard) in enumerate(DATE_PATTERNS):
        if not guards.setdefault(guard.pattern, guard.search(text) is not None):
            continue
        for m in pattern.finditer(text):
            found.append((m.start(), -m.end(), rank, kind, m))
    found.sort(key=lambda f: f[:3])
    return tuple(found)


def find_dates(text: str, ctx: TimeContext) -> list[FoundDate]:
    """The dates in ``text``, leftmost-longest, not overlapping."""
    chosen: list[FoundDate] = []
    last_end = 0
    for start, neg_end, _rank, kind, m in _date_matches(text):
        if start < last_end or (day := _date_of(kind, m, ctx)) is None:
            continue
        chosen.append(FoundDate(start, -neg_end, None if day is _YEARLESS else day, kind, m))
        last_end = -neg_end
    return chosen


def lowercase_zones(ctx: TimeContext) -> bool:
    return (ctx.language or "en").split("-")[0].lower() == "en"


def clock_at(m: re.Match[str], text: str, ctx: TimeContext) -> FoundClock | None:
    g = m.groupdict()
    minute = g["mi"] or g.get("mi_dot") or g.get("mi_h") or g.get("mi_c") or "0"
    meridiem = g.get("ap") or ("p" if g.get("mer") in PM else "a" if g.get("mer") else None)
    hms = clock(int(g["h"]), int(minute), int(g.get("s") or 0), meridiem)
    if hms is None:
        return None
    end, zone_name = m.end(), None
    zm = ZONE.match(text, end)
    if zm and (found := zone_text_of(zm, lowercase_zones(ctx))):
        zone_name, end = found
    elif m.re is MILITARY:
        return None
    return FoundClock(m.start(), end, hms, zone_name)


def inside_date(dates: list[FoundDate], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the (sorted, disjoint) date spans."""
    k = bisect_left(dates, start + 1, key=lambda d: d.start) - 1
    return any(0 <= i < len(dates) and dates[i].start < end and start < dates[i].end for i in (k, k + 1))


def merge_alternates(text: str, clocks: list[FoundClock]) -> list[FoundClock]:
    """Fold a clock repeated in another zone in brackets ("0339 GMT (1139 HKT)") into the first."""
    merged: list[FoundClock] = []
    for c in clocks:
        prev = merged[-1] if merged else None
        if prev and prev.zone and text[prev.end:c.start].strip() == "(" and text[c.end:c.end + 1] == ")":
            merged[-1] = prev._replace(end=c.end + 1)
        else:
            merged.append(c)
    return merged


def _gap_ok(gap: str) -> bool:
    return len(gap) <= MAX_GAP and GAP.fullmatch(gap) is not None


def pair_clocks(text: str, dates: list[FoundDate], clocks: list[FoundClock]) -> dict[int, FoundClock]:
    """Join each date with the clock printed right after it, else right before it."""
    used: set[int] = set()
    joined: dict[int, FoundClock] = {}
    starts = [c.start for c in clocks]
    for i, d in enumerate(dates):
        k = bisect_left(starts, d.end)
        if k < len(clocks) and _gap_ok(text[d.end:clocks[k].start]):
            joined[i] = clocks[k]
            used.add(k)
    for i, d in enumerate(dates):
        if i in joined:
            continue
        k = bisect_left(starts, d.start) - 1
        if k >= 0 and k not in used and clocks[k].end <= d.start and _gap_ok(text[clocks[k].end:d.start]):
            joined[i] = clocks[k]
            used.add(k)
    return joined
