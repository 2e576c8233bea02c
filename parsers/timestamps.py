"""Time stamps: read the ways news pages print times and resolve them to an instant.

Minimal first version (ISO 8601 and CGTN's ``2020.02.28 07:03 GMT+8``); the full
engine of issue 3 replaces the internals behind the same API.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@dataclass(frozen=True, slots=True)
class TimeContext:
    """What a parser knows that decides a time's zone."""

    default_tz: str | None = None  # the source's own zone (IANA name)
    user_tz: str | None = None  # --timezone: the zone for times printed with none
    now: datetime | None = None  # reference instant for relative times ("3 hours ago")
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Stamp:
    """One time read from the page: wall clock (aware when the zone is known)."""

    value: datetime
    has_time: bool
    text: str
    zone_note: str
    warnings: tuple[str, ...] = field(default=())

    def iso(self) -> str:
        """ISO 8601 in the offset the source used (date only when no time was given).

        >>> Stamp(datetime(2020, 2, 28, 7, 3, tzinfo=timezone(timedelta(hours=8))), True, "", "").iso()
        '2020-02-28T07:03:00+08:00'
        """
        if not self.has_time:
            return self.value.date().isoformat()
        return self.value.isoformat(timespec="seconds")

    def iso_utc(self) -> str | None:
        """The same instant in UTC with ``Z``, or None when the zone is unknown.

        >>> Stamp(datetime(2020, 2, 28, 7, 3, tzinfo=timezone(timedelta(hours=8))), True, "", "").iso_utc()
        '2020-02-27T23:03:00Z'
        """
        if not self.has_time or self.value.tzinfo is None:
            return None
        return self.value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def zone(name: str) -> tzinfo | None:
    """An IANA zone by name, or None when the name is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


_CGTN_STYLE = re.compile(
    r"(?P<y>\d{4})[./-](?P<mo>\d{1,2})[./-](?P<d>\d{1,2})[ T]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:\s*(?:GMT|UTC)\s*(?P<off>[+-]\d{1,2}(?::?\d{2})?))?"
)


def _offset(text: str) -> timezone:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _localize(naive: datetime, raw: str, ctx: TimeContext) -> Stamp:
    for name, note in ((ctx.user_tz, "--timezone"), (ctx.default_tz, "source zone")):
        tz = zone(name) if name else None
        if tz is not None:
            return Stamp(naive.replace(tzinfo=tz), True, raw, f"{note} {name}")
    return Stamp(naive, True, raw, "no zone", (f"no time zone for {raw!r}: kept as local time",))


def parse_stamp(text: str, ctx: TimeContext = TimeContext()) -> Stamp | None:
    """Read one time from ``text``, or None when there is none.

    >>> parse_stamp("2020.02.28 07:03 GMT+8").iso()
    '2020-02-28T07:03:00+08:00'
    >>> parse_stamp("2019-11-19T12:48:14Z").iso_utc()
    '2019-11-19T12:48:14Z'
    """
    raw = text.strip()
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        value = None
    if value is not None:
        has_time = "T" in raw or ":" in raw
        if value.tzinfo is None and has_time:
            return _localize(value, raw, ctx)
        return Stamp(value, has_time, raw, "offset in text" if value.tzinfo else "date only")
    match = _CGTN_STYLE.search(raw)
    if not match:
        return None
    g = match.groupdict()
    naive = datetime(int(g["y"]), int(g["mo"]), int(g["d"]), int(g["h"]), int(g["mi"]), int(g["s"] or 0))
    if g["off"]:
        return Stamp(naive.replace(tzinfo=_offset(g["off"])), True, match.group(0), "offset in text")
    return _localize(naive, match.group(0), ctx)


_UPDATED_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|更新(?:时间|於|于)?)\b", re.IGNORECASE)


def label_of(line: str) -> str:
    """Which field a dated line fills: ``"updated"`` when it says so, else ``"published"``.

    >>> label_of("Updated 2020.02.28 09:00 GMT+8")
    'updated'
    >>> label_of("2020.02.28 07:03 GMT+8")
    'published'
    """
    return "updated" if _UPDATED_LABEL.search(line) else "published"
