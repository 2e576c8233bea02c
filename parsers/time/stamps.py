"""Stamps from what was read: a date with its clock and zone, relative times, fields a layout names, a URL's date."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from functools import partial

from ..lazyre import lazy
from .formats import (
    AGO,
    AGO_GUARD,
    DAY_OFFSET_OF,
    MILITARY,
    MONTH_OF,
    NUMBER_OF,
    PREFIX_ZONE,
    T_TIME,
    TIME,
    UNIT_OF,
    ZONE,
    normalize,
)
from .reading import (
    FoundClock,
    FoundDate,
    clock,
    clock_at,
    find_dates,
    inside_date,
    lowercase_zones,
    merge_alternates,
    pair_clocks,
)
from .stamp import Stamp, TimeContext
from .zones import context_zone, numeric_zone, resolve_zone, zone_text_of


def _now_in(ctx: TimeContext, tz: tzinfo | None) -> datetime | None:
    if ctx.now is None:
        return None
    if ctx.now.tzinfo is None:
        return ctx.now
    return ctx.now.astimezone(tz or ctx.now.tzinfo)


_RELATIVE = "relative to now="
FAR_DAYS = 366  # days between a relative time and the page's printed dates that tell ``now`` is not the page's


def _relative_note(ctx: TimeContext) -> str:
    assert ctx.now is not None
    return f"{_RELATIVE}{ctx.now.isoformat(timespec='seconds')}"


def far_from_page(stamp: Stamp, page: date | None) -> str | None:
    """A warning when a time read relative to ``now`` ("UPDATED 2 HOURS AGO") lands more than a
    year from the day the page dates itself by (the middle of its printed full dates,
    :func:`page_day`): ``now`` (the file's time unless --now says) may not be when the page was
    saved, if the file was copied or saved again later. The time is kept (a page published
    years ago may well be updated today); the warning says to check. None otherwise.

    >>> stamp = Stamp(datetime(2026, 11, 24, 22, 52), True, "2 HOURS AGO", "relative to now=2026-11-25T00:52:02+00:00")
    >>> print(far_from_page(stamp, date(2019, 11, 19)))
    '2 HOURS AGO' read relative to now=2026-11-25T00:52:02+00:00 lands 2562 days from the dates the page prints
    (2019-11-19): check that now is when the page was saved (--now)
    >>> far_from_page(stamp, date(2026, 11, 20)) is None, far_from_page(stamp, None) is None
    (True, True)
    """
    if page is None or _RELATIVE not in stamp.zone_note:
        return None
    days = abs((stamp.value.date() - page).days)
    if days <= FAR_DAYS:
        return None
    now = stamp.zone_note.split(_RELATIVE, 1)[1]
    return (f"{stamp.text!r} read {_RELATIVE}{now} lands {days} days from the dates the page prints "
            f"({page.isoformat()}): check that now is when the page was saved (--now)")


def nearest_year(month: int, day: int, page_day: date) -> date | None:
    """The date with this month and day nearest ``page_day`` (the year before, the same, or the next).

    >>> nearest_year(11, 19, date(2019, 11, 18)), nearest_year(12, 30, date(2020, 1, 2))
    (datetime.date(2019, 11, 19), datetime.date(2019, 12, 30))
    >>> nearest_year(2, 29, date(2019, 11, 18)), nearest_year(2, 30, date(2019, 11, 18))
    (datetime.date(2020, 2, 29), None)
    """
    found = []
    for year in (page_day.year - 1, page_day.year, page_day.year + 1):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    return min(found, key=lambda c: (abs((c - page_day).days), c)) if found else None


def _month_day(d: FoundDate) -> tuple[int, int] | None:
    """Month and day of a year-less named or CJK date ("Nov 19", "11月19日"); None for day words."""
    g = d.match.groupdict()
    if d.kind not in ("named", "md"):
        return None
    return (int(g["mo"]) if g.get("mo") else MONTH_OF[g["mon"].casefold()]), int(g["d"])


def _calendar_day(d: FoundDate, clock_: FoundClock | None, ctx: TimeContext) -> tuple[date, str] | None:
    """The date a match names, or None when it is not all there.

    "today"/"yesterday" need ``ctx.now`` and a clock ("yesterday at 5:30 PM"; alone,
    "Today" is more often a menu item than a time). A year-less date ("Nov 19 at
    10:15") is still matched, so its clock is not taken by another date; it gets a
    year only from ``ctx.page_day`` (the year that puts it nearest that day),
    never from nothing.
    """
    if d.day is not None:
        return d.day, ""
    if ctx.page_day is not None and (month_day := _month_day(d)) is not None:
        day = nearest_year(*month_day, ctx.page_day)
        return (day, f"year from {ctx.page_day.isoformat()}") if day else None
    now = _now_in(ctx, context_zone(ctx))
    if now is None or d.kind != "day" or clock_ is None:
        return None
    return now.date() + timedelta(days=DAY_OFFSET_OF[d.match["rel"].casefold()]), _relative_note(ctx)


def order_warning(d: FoundDate, ctx: TimeContext) -> tuple[str, ...]:
    """A warning when an all-numeric date reads both ways and nothing about the page says which.

    >>> order_warning(find_dates("11/12/2019", TimeContext())[0], TimeContext())
    ('11/12/2019 read month first (2019-11-12): no page language or source zone to tell',)
    >>> order_warning(find_dates("11/12/2019", TimeContext(language="en"))[0], TimeContext(language="en"))
    ()
    """
    if d.kind not in ("numeric", "dotted") or ctx.language or ctx.source_tz or d.day is None:
        return ()
    a, b = int(d.match["a"]), int(d.match["b"])
    if a == b or a > 12 or b > 12:
        return ()
    order = "month" if d.day.month == a else "day"
    return (f"{d.match.group(0)} read {order} first ({d.day.isoformat()}): no page language or source zone to tell",)


def _stamp(text: str, d: FoundDate, clock_: FoundClock | None, ctx: TimeContext) -> Stamp | None:
    """The stamp a date and its paired clock (or an ISO ``T`` time after the date) make, zone applied."""
    t_time = T_TIME.match(text, d.end) if d.kind in ("ymd", "week", "ordinal") else None
    if t_time:
        hms = clock(int(t_time["h"]), int(t_time["mi"]), int(t_time["s"] or 0), None)
        zm = ZONE.match(text, t_time.end())
        found = zone_text_of(zm, lowercase_zones(ctx)) if zm else None
        clock_ = (FoundClock(t_time.start(), found[1] if found else t_time.end(), hms, found[0] if found else None)
                  if hms else None)
    resolved = _calendar_day(d, clock_, ctx)
    if resolved is None:
        return None
    day, note = resolved
    start, end = (min(d.start, clock_.start), max(d.end, clock_.end)) if clock_ else (d.start, d.end)
    raw = text[start:end].strip(" ,(")
    if clock_ is None:
        return Stamp(datetime(day.year, day.month, day.day), False, raw, note or "date only", order_warning(d, ctx))
    naive = datetime(day.year, day.month, day.day, *clock_.hms)
    if clock_.zone is None and (prefix := PREFIX_ZONE.search(text, max(0, start - 24), start)):
        clock_ = clock_._replace(zone=prefix["abbr"])
        raw = text[prefix.start():end].strip()
    value, how, warnings = apply_zone(naive, clock_.zone, ctx)
    return Stamp(value, True, raw, f"{how}; {note}" if note else how, order_warning(d, ctx) + warnings, clock_.zone)


def apply_zone(naive: datetime, zone_text: str | None, ctx: TimeContext) -> tuple[datetime, str, tuple[str, ...]]:
    if zone_text and zone_text[0] in "+-":
        return numeric_zone(naive, zone_text), "offset in text", ()
    return resolve_zone(naive, zone_text, ctx)


def borrow_zone(stamp: Stamp, printed: Stamp, where: str, ctx: TimeContext) -> Stamp:
    """A time printed without a zone, read in the zone the same page printed with another time.

    A page prints its times in one zone ("Published Nov 18, 2019 at 4:07 PM | Updated
    at 5:36 PM CST on Nov 18, 2019"). Only a time with no zone at all borrows one.

    >>> from .header import find_time_in
    >>> found = find_time_in("Published Nov 18, 2019 at 4:07 PM | Updated 5:36 PM CST Nov 18, 2019",
    ...                      TimeContext(language="en"))
    >>> bare, zoned = (s for _, s in found)
    >>> borrowed = borrow_zone(bare, zoned, "line 1", TimeContext(language="en"))
    >>> borrowed.iso(), borrowed.zone_note
    ('2019-11-18T16:07:00-06:00', 'CST = US Central Standard Time (usual on en pages), as printed on line 1')
    """
    if not stamp.has_time or stamp.value.tzinfo is not None or printed.zone_text is None:
        return stamp
    value, how, warnings = apply_zone(stamp.value, printed.zone_text, ctx)
    kept = tuple(w for w in stamp.warnings if not w.startswith("no time zone"))
    return Stamp(value, True, stamp.text, f"{how}, as printed on {where}", kept + warnings, None)


def _relative(m: re.Match[str], ctx: TimeContext) -> Stamp | None:
    now = _now_in(ctx, context_zone(ctx))
    if now is None:
        return None
    raw = m.group(0)
    if m["now"]:
        return Stamp(now, True, raw, _relative_note(ctx))
    n_text = (m["n"] or m["n2"]).casefold()
    amount = int(n_text) if n_text.isdigit() else NUMBER_OF[n_text]
    unit = UNIT_OF[(m["unit"] or m["unit2"]).casefold()]
    value = now - timedelta(**{unit: amount})
    return Stamp(value, unit in ("seconds", "minutes", "hours"), raw, _relative_note(ctx))


def scan(text: str, ctx: TimeContext) -> list[tuple[int, Stamp]]:
    """Every time in ``text`` (already normalized), with its position."""
    dates = find_dates(text, ctx)
    clocks = [c for m in (*TIME.finditer(text), *MILITARY.finditer(text))
              if not inside_date(dates, m.start(), m.end()) and (c := clock_at(m, text, ctx)) is not None]
    clocks = merge_alternates(text, sorted(clocks))
    joined = pair_clocks(text, dates, clocks)
    found = [(d.start, _representable(partial(_stamp, text, d, joined.get(i), ctx))) for i, d in enumerate(dates)]
    if AGO_GUARD.search(text):
        found += [(m.start(), _representable(partial(_relative, m, ctx))) for m in AGO.finditer(text)]
    return sorted(((pos, stamp) for pos, stamp in found if stamp is not None), key=lambda f: f[0])


def _representable(make: Callable[[], Stamp | None]) -> Stamp | None:
    """The stamp ``make`` builds, or None when it falls outside what datetime can hold (year 1 or 9999 edges).

    >>> _representable(lambda: parse_stamp("9999-12-31T23:59:59-14:00")) is None
    True
    """
    try:
        stamp = make()
        if stamp is not None:
            stamp.iso_utc()
        return stamp
    except OverflowError:
        return None


def parse_stamp(text: str, ctx: TimeContext = TimeContext()) -> Stamp | None:
    """Read the first time in ``text``, or None when there is none.

    >>> parse_stamp("2020.02.28 07:03 GMT+8").iso()
    '2020-02-28T07:03:00+08:00'
    >>> parse_stamp("2019-11-19T12:48:14Z").iso_utc()
    '2019-11-19T12:48:14Z'
    >>> parse_stamp("Updated 1:39 am EST, Wednesday, November 20, 2019").iso()
    '2019-11-20T01:39:00-05:00'
    >>> parse_stamp("no date here") is None
    True
    """
    found = scan(normalize(text), ctx)
    return found[0][1] if found else None


_URL_SCHEME_AND_HOST = lazy(r"^[a-z]+://[^/]*", re.IGNORECASE)
_URL_DATES = (
    lazy(r"/(?P<y>(?:19|20)\d{2})/(?P<mo>[01]?\d)/(?P<d>[0-3]?\d)(?=[/?#]|$)"),
    lazy(r"/(?P<y>(?:19|20)\d{2})/(?P<mon>[a-z]{3,9})/(?P<d>[0-3]?\d)(?=[/?#]|$)", re.IGNORECASE),
    lazy(r"(?<![\d.])(?P<y>(?:19|20)\d{2})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?![\d])"),
    lazy(r"/(?P<y>(?:19|20)\d{2})(?P<mo>[01]\d)(?P<d>[0-3]\d)(?=[/?#_-]|$)"),
)


def stamp_from_fields(match: re.Match[str], ctx: TimeContext = TimeContext()) -> Stamp | None:
    """A time read by a source's own declared format: named groups ``y mo d h mi``, and
    optionally ``s`` and ``off`` (an offset such as ``+8`` or ``+05:30``); the zone is
    decided as for any other time. None when the fields make no real date.

    >>> m = re.search(r"(?P<y>\\d{4})\\.(?P<mo>\\d\\d)\\.(?P<d>\\d\\d) (?P<h>\\d\\d):(?P<mi>\\d\\d)(?: "
    ...               r"GMT(?P<off>[+-]\\d+))?",
    ...               "Updated 2020.02.28 09:00 GMT+8")
    >>> stamp_from_fields(m).iso(), stamp_from_fields(m).text
    ('2020-02-28T09:00:00+08:00', '2020.02.28 09:00 GMT+8')
    >>> stamp_from_fields(re.search(m.re, "2020.02.28 09:00"), TimeContext(source_tz="Asia/Shanghai")).zone_note
    'source zone Asia/Shanghai'
    """
    g = match.groupdict()
    try:
        naive = datetime(int(g["y"]), int(g["mo"]), int(g["d"]), int(g["h"]), int(g["mi"]), int(g.get("s") or 0))
    except (TypeError, ValueError):
        return None
    offset = g.get("off")
    if offset:
        hours, _, minutes = offset[1:].partition(":")
        offset = f"{offset[0]}{int(hours):02d}:{int(minutes or 0):02d}"
    value, how, warnings = apply_zone(naive, offset, ctx)
    return Stamp(value, True, match.group(0).strip(), how, warnings, offset)


def stamp_from_url(url: str) -> Stamp | None:
    """The date in an article URL's path, date only; for callers with no other date.

    >>> stamp_from_url("https://www.nytimes.com/2019/11/19/opinion/republicans.html").iso()
    '2019-11-19'
    >>> stamp_from_url("https://www.spokesman.com/stories/2019/nov/19/meth/").iso()
    '2019-11-19'
    >>> stamp_from_url("https://www.latimes.com/business/story/2019-11-19/pge").zone_note
    'date in URL'
    >>> stamp_from_url("https://www.rt.com/news/473849-morales/") is None
    True
    """
    path = _URL_SCHEME_AND_HOST.sub("", url)
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            month = int(m["mo"]) if m.groupdict().get("mo") else MONTH_OF.get(m["mon"].casefold())
            try:
                day = datetime(int(m["y"]), month or 0, int(m["d"]))
            except ValueError:
                continue
            return Stamp(day, False, m.group(0).strip("/"), "date in URL")
    return None
