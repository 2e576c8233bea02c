"""The time engine's values: what a parser knows (:class:`TimeContext`, made by :func:`time_context`), one
time read (:class:`Stamp`), the times of a header (:class:`FoundTimes`)."""
from __future__ import annotations

from datetime import UTC, date, datetime
from typing import NamedTuple

from ..record.options import ParseOptions


class TimeContext(NamedTuple):
    """What a parser knows that decides a time's zone."""

    source_tz: str | None = None  # the source's own zone (IANA name)
    user_tz: str | None = None  # --timezone: the zone for times printed with none
    now: datetime | None = None  # reference instant for relative times ("3 hours ago")
    language: str | None = None
    page_day: date | None = None  # a day the page dates itself by: a year-less "Nov 19" takes the year nearest it


class Stamp(NamedTuple):
    """One time read from the page: wall clock (aware when the zone is known)."""

    value: datetime
    has_time: bool
    text: str
    zone_note: str
    warnings: tuple[str, ...] = ()
    zone_text: str | None = None  # the zone as printed ("CST", "+08:00"), None when none was

    def iso(self) -> str:
        """ISO 8601 in the offset the source used (date only when no time was given).

        >>> from datetime import timedelta, timezone
        >>> Stamp(datetime(2020, 2, 28, 7, 3, tzinfo=timezone(timedelta(hours=8))), True, "", "").iso()
        '2020-02-28T07:03:00+08:00'
        """
        if not self.has_time:
            return self.value.date().isoformat()
        return self.value.isoformat(timespec="seconds")

    def iso_utc(self) -> str | None:
        """The same instant in UTC with ``Z``, or None when the zone is unknown.

        >>> from datetime import timedelta, timezone
        >>> Stamp(datetime(2020, 2, 28, 7, 3, tzinfo=timezone(timedelta(hours=8))), True, "", "").iso_utc()
        '2020-02-27T23:03:00Z'
        """
        if not self.has_time or self.value.tzinfo is None:
            return None
        return self.value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class FoundTimes(NamedTuple):
    """The published and updated times found in a run of header lines."""

    published: Stamp | None = None
    updated: Stamp | None = None
    published_where: str | None = None
    updated_where: str | None = None
    warnings: tuple[str, ...] = ()


def time_context(options: ParseOptions, source_tz: str | None = None, language: str | None = None) -> TimeContext:
    """What the time-stamp engine needs to know: the source's zone and the page's language, the user's
    zone (``--timezone``) and now.

    >>> time_context(ParseOptions(default_tz="UTC"), "Asia/Shanghai", "en")[:3]
    ('Asia/Shanghai', 'UTC', None)
    """
    return TimeContext(source_tz=source_tz, user_tz=options.default_tz, now=options.now, language=language)
