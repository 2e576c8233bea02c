"""Time stamps: read the ways news pages print times and resolve them to an instant.

One pass over a string finds dates (ISO 8601, numeric, month names in many
languages, CJK), clock times and zones, then joins each date with the time printed
next to it (before or after, across connectors such as "at", "às", weekdays) and
the zone printed after that time. Zones are resolved with IANA data
(:mod:`zoneinfo`) and the tables in :mod:`newsclean.parsers.zones`; nothing here
reads the host's local zone, so the output is the same on every machine.

Public API: :class:`TimeContext`, :class:`Stamp`, :func:`parse_stamp`,
:func:`find_time_in`, :func:`find_times` (:class:`FoundTimes`), :func:`label_of`,
:func:`zone`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import NamedTuple

from . import zones
from .lazyre import LazyPattern, lazy
from .textdump import Line, word_count


class TimeContext(NamedTuple):
    """What a parser knows that decides a time's zone."""

    default_tz: str | None = None  # the source's own zone (IANA name)
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


class FoundTimes(NamedTuple):
    """The published and updated times found in a run of header lines."""

    published: Stamp | None = None
    updated: Stamp | None = None
    published_where: str | None = None
    updated_where: str | None = None
    warnings: tuple[str, ...] = ()


def zone(name: str) -> tzinfo | None:
    """An IANA zone by name, or None when the name is unknown.

    >>> zone("Asia/Shanghai")
    zoneinfo.ZoneInfo(key='Asia/Shanghai')
    >>> zone("Mars/Olympus") is None
    True
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # only times read in a named zone pay for it

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _region(name: str) -> tzinfo:
    """A zone from the project's own tables (always a valid IANA name)."""
    found = zone(name)
    if found is None:
        raise LookupError(f"unknown IANA zone in newsclean's tables: {name}")
    return found


# ---------------------------------------------------------------- patterns

def _is_han(word: str) -> bool:
    """Han or kana in ``word`` (a loop, not a wide-range regex: cheaper for the short words here)."""
    return not word.isascii() and any("\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" for c in word)


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``: longest first, whole words except Han/Kana ones.

    >>> re.findall(_alternation(["mar", "march", "前"]), "march 3日前 Marchand")
    ['march', '前']
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    bounded = [re.escape(w) for w in ordered if not _is_han(w)]
    free = [re.escape(w) for w in ordered if _is_han(w)]
    parts = []
    if bounded:
        parts.append(r"(?<![^\W\d_])(?:" + "|".join(bounded) + r")(?![^\W\d_])")
    if free:
        parts.append("(?:" + "|".join(free) + ")")
    return "(?:" + "|".join(parts) + ")"


_TRANSLATE = str.maketrans({
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u3000": " ",
    "\u200b": None, "\u200e": None, "\u200f": None, "\ufeff": None, "\u2212": "-", "：": ":",
    "（": "(", "）": ")", "’": "'", "，": ",",
    **{chr(0xFF10 + i): str(i) for i in range(10)},
})
_GLUED_YEAR_TIME = lazy(r"(?<!\d)((?:19|20)\d{2})(?=\d{1,2}:\d{2})")
_GLUED_WORD_DIGIT = lazy(r"(?<=[^\W\d_]{2})(?=\d)")
_LATIN_LABELS = [w for ws in zones.LABELS.values() for w in ws if w.isascii()]
_GLUED_LABEL = lazy(lambda: (
    r"(?<=[^\W_])(?=[A-Z])(?=(?:" + "|".join(sorted({re.escape(f(w)) for w in _LATIN_LABELS for f in (str.upper, str.capitalize)},
                                             key=len, reverse=True)) + r")(?![a-z]))"
))

# Any word in a month's place; _date_of keeps it only when it names a month (a dict
# lookup is far cheaper than a 150-name alternation tried at every position).
_MONTH = r"(?P<mon>(?<![^\W\d_])[^\W\d_]{3,14}(?![^\W\d_]))\.?"
_ORD = r"(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)"
_DAY_NUMBER = r"\d"  # the guard of the named patterns: each holds the day's number (most header lines hold none)
# (kind, pattern, guard): a pattern runs only on text its cheap guard finds something in.
_DATE_PATTERNS: tuple[tuple[str, LazyPattern, LazyPattern], ...] = tuple(
    (kind, lazy(rx, re.IGNORECASE), lazy(guard, re.IGNORECASE)) for kind, rx, guard in (
        ("ymd", r"(?<![\d.])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?![\d])", r"\d-\d"),
        ("ymd", r"(?<![\d.\-/])(?P<y>(?:19|20)\d{2})(?P<mo>[01]\d)(?P<d>[0-3]\d)(?=T\d|(?![\d]))", r"\d{8}"),
        ("week", r"(?<!\d)(?P<y>\d{4})-?W(?P<w>\d{2})(?:-?(?P<wd>[1-7]))?(?!\d)", r"\dW\d|-W\d"),
        ("ordinal", r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<yd>[0-3]\d{2})(?![\d-])", r"\d-\d"),
        ("ymd", r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s?[./]\s?(?P<mo>\d{1,2})\s?[./]\s?(?P<d>\d{1,2})(?![\d])\.?",
         r"\d\s?[./]"),
        ("ymd", r"(?P<y>\d{4})\s*[年년]\s*(?P<mo>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일号號]", r"[年년]"),
        ("md", r"(?<!\d)(?P<mo>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일号號]", r"[月월]"),
        ("dotted", r"(?<![\d.])(?P<a>\d{1,2})\.\s?(?P<b>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2}|\d{2})(?![\d])", r"\d\."),
        ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/])",
         r"\d[/-]\d"),
        ("named", rf"{_MONTH}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:\s*,\s*|\s+){_YEAR}", _DAY_NUMBER),
        ("named", rf"(?<!\d)(?P<d>\d{{1,2}}){_ORD}[\s\-/]*(?:de\s+)?{_MONTH}[\s,\-/]*(?:de\s+|del\s+)?{_YEAR}",
         _DAY_NUMBER),
        ("named", rf"{_MONTH}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.])", _DAY_NUMBER),
        ("named", rf"(?<!\d)(?P<d>\d{{1,2}}){_ORD}\s*(?:de\s+)?{_MONTH}", _DAY_NUMBER),
        ("day", lambda: rf"(?P<rel>{_alternation(zones.DAY_WORDS)})", r"."),
    ))
_T_TIME = lazy(r"T(?P<h>\d{2}):?(?P<mi>\d{2})(?::?(?P<s>\d{2})(?:[.,]\d+)?)?")

_TIME = lazy(lambda: (
    rf"(?:(?P<mer>{_alternation(zones.AM_WORDS + zones.PM_WORDS)})\s*)?"
    r"(?<![\d.:])(?P<h>\d{1,2})"
    r"(?:\s*:\s*(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?"
    r"|\.(?P<mi_dot>\d{2})(?![.\d])"
    r"|\s?[hH]\s?(?P<mi_h>\d{2})?(?![^\W\d_])"
    r"|\s*[時时시点點](?![간間])\s*(?:(?P<mi_c>\d{1,2})\s*[分분])?"
    r"|(?=\s*[AaPp]\.?\s?[Mm](?![^\W\d_])))"
    r"(?!\d)(?:\s*(?P<ap>[AaPp])\.?\s?[Mm]\.?(?![^\W\d_]))?"
    r"(?:\s*(?:Uhr|hrs?|h)\.?(?![^\W\d_]))?"
))
# "0339 GMT" (CNN): four digits are a clock only when a zone follows.
_MILITARY = lazy(r"(?<![\d.:/-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?=\s*\(?\s*[A-Z])")
_ZONE_NAMES = [*zones.FIXED_ZONES, *zones.AMBIGUOUS_ZONES, *zones.REGION_ZONES]
_ZONE = lazy(lambda: (
    r"\s*,?\s*\(?\s*(?:"
    r"(?P<gmt>GMT|UTC|UT)\s*(?P<sign>[+\-–])\s*(?P<zh>\d{1,2})(?:[:.]?(?P<zm>\d{2}))?(?!\d)"
    r"|(?P<num>[+\-]\d{2}(?::?\d{2})?)(?!\d)"
    rf"|(?P<abbr>{_alternation(_ZONE_NAMES)}))"
), re.IGNORECASE)
# "北京时间2019年11月19日 10:20": a region's clock named before the date.
_PREFIX_ZONE = lazy(lambda: rf"(?P<abbr>{_alternation(zones.REGION_ZONES)})\s*:?\s*$", re.IGNORECASE)
_GAP = lazy(
    lambda: r"(?:[\s,;|·•@\-–—/()\[\]]|" + _alternation(zones.CONNECTORS + zones.WEEKDAYS) + r"\.?)*", re.IGNORECASE
)
_MAX_GAP = 40



def _ago_pattern() -> str:
    number = r"(?P<n>\d{1,3}|" + _alternation(zones.NUMBER_WORDS) + ")"
    unit = r"(?P<unit>" + _alternation(zones.TIME_UNITS) + ")"
    return (rf"(?:{_alternation(zones.AGO_BEFORE)})\s*{number}\s*{unit}"
            rf"|{number.replace('<n>', '<n2>')}\s*{unit.replace('<unit>', '<unit2>')}\s*"
            rf"(?:{_alternation(zones.AGO_AFTER)})"
            rf"|(?P<now>{_alternation(zones.JUST_NOW)})")


_AGO = lazy(_ago_pattern, re.IGNORECASE)
_AGO_GUARD = lazy(lambda: _alternation(zones.AGO_BEFORE + zones.AGO_AFTER + zones.JUST_NOW), re.IGNORECASE)
_MAY_HOLD_TIME = lazy(  # every date, clock and relative time holds a digit, a day word or a relative-time word
    lambda: r"\d|" + _alternation(zones.DAY_WORDS) + "|" + _alternation(zones.AGO_BEFORE + zones.AGO_AFTER
                                                                          + zones.JUST_NOW),
    re.IGNORECASE,
)
_LABEL = lazy(lambda: r"(?P<label>" + _alternation(w for ws in zones.LABELS.values() for w in ws) + r")\s*:?",
              re.IGNORECASE)
_LABEL_KIND = {w.casefold(): kind for kind, ws in zones.LABELS.items() for w in ws}
_MONTHS = {k.casefold(): v for k, v in zones.MONTHS.items()}
_DAY_WORDS = {k.casefold(): v for k, v in zones.DAY_WORDS.items()}
_NUMBER_WORDS = {k.casefold(): v for k, v in zones.NUMBER_WORDS.items()}
_TIME_UNITS = {k.casefold(): v for k, v in zones.TIME_UNITS.items()}
_ZONE_KEYS = {k.casefold(): k for k in _ZONE_NAMES}
_PM = frozenset(zones.PM_WORDS)


# ---------------------------------------------------------------- small rules

@lru_cache(maxsize=8192)  # the same header lines are read by several steps
def normalize(text: str) -> str:
    """Undo what a browser copy does to times: odd spaces, and pieces glued together.

    >>> normalize("PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO")
    'PUBLISHED WED, NOV 20 2019 4:29 AM EST UPDATED AN HOUR AGO'
    >>> normalize("Adam Clark Estes11/13/19 9:00\\u202fAM")
    'Adam Clark Estes 11/13/19 9:00 AM'
    """
    text = text.translate(_TRANSLATE)
    text = _GLUED_YEAR_TIME.sub(r"\1 ", text)
    text = _GLUED_WORD_DIGIT.sub(" ", text)
    return _GLUED_LABEL.sub(" ", text)


def full_year(year: int) -> int:
    """Four-digit year from a two-digit one (19 → 2019, 98 → 1998).

    >>> full_year(19), full_year(98), full_year(2020)
    (2019, 1998, 2020)
    """
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year


def month_first(ctx: TimeContext, dotted: bool = False) -> bool:
    """Whether an all-numeric date such as 11/12/2019 is read month first (US convention).

    Dotted dates (19.11.2019) are day first unless the page is known to be English.

    >>> month_first(TimeContext(language="en")), month_first(TimeContext(language="fr"))
    (True, False)
    >>> month_first(TimeContext(default_tz="Europe/London", language="en"))
    False
    >>> month_first(TimeContext(), dotted=True), month_first(TimeContext(language="en"), dotted=True)
    (False, True)
    """
    if ctx.default_tz and not ctx.default_tz.startswith("America/"):
        return False
    language = ctx.language.split("-")[0].lower() if ctx.language else None
    if dotted and language is None:
        return False
    return language in zones.MONTH_FIRST_LANGUAGES


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


def fixed_offset(minutes: int) -> timezone:
    """A fixed-offset zone, ``minutes`` east of UTC.

    >>> datetime(2020, 2, 28, 7, 3, tzinfo=fixed_offset(480)).isoformat()
    '2020-02-28T07:03:00+08:00'
    """
    return timezone(timedelta(minutes=minutes))


def localize(naive: datetime, tz: tzinfo, name: str) -> tuple[datetime, tuple[str, ...]]:
    """Attach an IANA zone, warning when the wall time is skipped or repeated by a DST change.

    >>> localize(datetime(2019, 11, 3, 1, 30), zone("America/New_York"), "ET")[0].isoformat()
    '2019-11-03T01:30:00-04:00'
    >>> localize(datetime(2019, 3, 10, 2, 30), zone("America/New_York"), "ET")[1]
    ('2019-03-10 02:30 does not exist in ET (clocks went forward); read with the offset before the change',)
    """
    aware = naive.replace(tzinfo=tz)
    back = aware.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None)
    stamp = naive.strftime("%Y-%m-%d %H:%M")
    if back != naive:
        return aware, (
            f"{stamp} does not exist in {name} (clocks went forward); read with the offset before the change",
        )
    if aware.utcoffset() != aware.replace(fold=1).utcoffset():
        return aware, (f"{stamp} happens twice in {name} (clocks went back); read as the first",)
    return aware, ()


def _canonical(name: str | None) -> str | None:
    return zones.ZONE_ALIASES.get(name, name) if name else None


def choose_reading(abbr: str, naive: datetime, ctx: TimeContext) -> tuple[zones.ZoneChoice | None, str]:
    """Decide an ambiguous abbreviation by the source's zone, then the page's language.

    >>> choose_reading("CST", datetime(2019, 11, 19, 10), TimeContext(default_tz="Asia/Hong_Kong"))[0].name
    'China Standard Time'
    >>> choose_reading("CST", datetime(2019, 11, 19, 10), TimeContext(default_tz="America/New_York"))[0].name
    'US Central Standard Time'
    >>> choose_reading("IST", datetime(2019, 11, 19, 10), TimeContext(language="hi"))[0].name
    'India Standard Time'
    >>> choose_reading("IST", datetime(2019, 11, 19, 10), TimeContext(default_tz="Asia/Shanghai"))
    (None, '')
    >>> choose_reading("CST", datetime(2019, 11, 19, 10), TimeContext(language="en"))[1]
    'usual on en pages'
    """
    choices = zones.AMBIGUOUS_ZONES[abbr]
    source = _canonical(ctx.default_tz)
    source_zone = zone(source) if source else None
    if source and source_zone is not None:
        offset = naive.replace(tzinfo=source_zone).utcoffset()
        same = [c for c in choices if c.region == source or offset == timedelta(minutes=c.minutes)]
        area = [c for c in choices if c.region.split("/")[0] == source.split("/")[0]]
        for found in (same, area):
            if len(found) == 1:
                return found[0], f"source zone {ctx.default_tz}"
    language = (ctx.language or "").split("-")[0].lower()
    if region := zones.LANGUAGE_ZONES.get(abbr, {}).get(language):
        return next(c for c in choices if c.region == region), f"page language {language}"
    if region := zones.CONVENTION_ZONES.get(abbr, {}).get(language):
        return next(c for c in choices if c.region == region), f"usual on {language} pages"
    return None, ""


def _dst_warning(abbr: str, naive: datetime, region: str | None, dst: bool | None) -> tuple[str, ...]:
    """A warning when a standard/daylight abbreviation contradicts the date (either fold of a repeated hour is fine)."""
    if region is None or dst is None:
        return ()
    local = naive.replace(tzinfo=_region(region))
    readings = {bool(local.dst()), bool(local.replace(fold=1).dst())}
    if dst in readings:
        return ()
    actual = not dst
    half = "daylight saving" if actual else "standard"
    return (f"{abbr} printed for {naive:%Y-%m-%d}, when {region} is on {half} time; kept {abbr} as printed",)


def resolve_zone(naive: datetime, zone_text: str | None, ctx: TimeContext) -> tuple[datetime, str, tuple[str, ...]]:
    """Attach the zone a time was printed with (or the context's), with a note on how.

    >>> resolve_zone(datetime(2019, 7, 4, 9), "ET", TimeContext())[0].isoformat()
    '2019-07-04T09:00:00-04:00'
    >>> resolve_zone(datetime(2019, 7, 4, 9), "EST", TimeContext())[2]
    ('EST printed for 2019-07-04, when America/New_York is on daylight saving time; kept EST as printed',)
    >>> resolve_zone(datetime(2019, 7, 4, 9), None, TimeContext())[1:]
    ('no zone', ('no time zone for 2019-07-04 09:00: kept as local time',))
    """
    if zone_text:
        key = _ZONE_KEYS.get(zone_text.casefold())
        if key in zones.REGION_ZONES:
            region = zones.REGION_ZONES[key]
            aware, warnings = localize(naive, _region(region), key)
            return aware, f"{key} = {region}", warnings
        if key in zones.FIXED_ZONES:
            fixed = zones.FIXED_ZONES[key]
            return (naive.replace(tzinfo=fixed_offset(fixed.minutes)), f"{key} in text",
                    _dst_warning(key, naive, fixed.region, fixed.dst))
        if key in zones.AMBIGUOUS_ZONES:
            choice, how = choose_reading(key, naive, ctx)
            if choice is not None:
                guessed = (f"{key} is ambiguous; read as {choice.name} ({how})",) if how.startswith("usual") else ()
                return (naive.replace(tzinfo=fixed_offset(choice.minutes)), f"{key} = {choice.name} ({how})",
                        guessed + _dst_warning(key, naive, choice.region, choice.dst))
            readings = ", ".join(c.name for c in zones.AMBIGUOUS_ZONES[key])
            kept = f"{key} is ambiguous ({readings}); kept {naive:%Y-%m-%d %H:%M} as local time"
            return naive, f"{key} ambiguous", (kept,)
    for name, how in ((ctx.user_tz, "--timezone"), (ctx.default_tz, "source zone")):
        tz = zone(name) if name else None
        if tz is not None:
            aware, warnings = localize(naive, tz, name)
            return aware, f"{how} {name}", warnings
    return naive, "no zone", (f"no time zone for {naive:%Y-%m-%d %H:%M}: kept as local time",)


def zone_text_of(match: re.Match[str], lowercase: bool = True) -> tuple[str, int] | None:
    """The zone a ``_ZONE`` match names (abbreviation, or "+HH:MM"), or None when it is not one.

    A lowercase abbreviation ("11:06am ist") counts only when ``lowercase`` (English
    pages), never for two letters: "et", "est", "ist" are words in other languages.

    >>> zone_text_of(_ZONE.match(" GMT+8"))
    ('+08:00', 6)
    >>> zone_text_of(_ZONE.match(" ist")), zone_text_of(_ZONE.match(" ist"), lowercase=False)
    (('ist', 4), None)
    >>> zone_text_of(_ZONE.match(" et")) is None
    True
    >>> zone_text_of(_ZONE.match(" Eastern time"))
    ('Eastern time', 13)
    >>> zone_text_of(_ZONE.match(" +9999")) is None
    True
    """
    if match["gmt"] or match["num"]:
        sign, hours, minutes = ((match["sign"], match["zh"], match["zm"] or "00") if match["gmt"] else
                                (match["num"][0], match["num"][1:3], match["num"][3:].lstrip(":") or "00"))
        if int(hours) > 14 or int(minutes) > 59:
            return None
        return f"{'-' if sign != '+' else '+'}{int(hours):02d}:{minutes}", match.end()
    abbr = match["abbr"]
    key = _ZONE_KEYS[abbr.casefold()]
    if abbr != key and " " not in key and (len(key) < 3 or not lowercase or not abbr.islower() and not abbr.isupper()):
        return None
    if key == "Z" and match.group(0) != "Z":
        return None
    return abbr, match.end()


def _numeric_zone(naive: datetime, text: str) -> datetime:
    sign = -1 if text[0] == "-" else 1
    return naive.replace(tzinfo=fixed_offset(sign * (int(text[1:3]) * 60 + int(text[4:6]))))


# ---------------------------------------------------------------- scanning

class _Clock(NamedTuple):
    """A time of day found in a line, with the zone printed beside it."""

    start: int
    end: int  # after the zone, when one was printed
    hms: tuple[int, int, int]
    zone: str | None


class _Date(NamedTuple):
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
        month = int(g["mo"]) if g.get("mo") else _MONTHS.get(g["mon"].casefold(), 0)
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
    for rank, (kind, pattern, guard) in enumerate(_DATE_PATTERNS):
        if not guards.setdefault(guard.pattern, guard.search(text) is not None):
            continue
        for m in pattern.finditer(text):
            found.append((m.start(), -m.end(), rank, kind, m))
    found.sort(key=lambda f: f[:3])
    return tuple(found)


def _dates(text: str, ctx: TimeContext) -> list[_Date]:
    """The dates in ``text``, leftmost-longest, not overlapping."""
    chosen: list[_Date] = []
    last_end = 0
    for start, neg_end, _rank, kind, m in _date_matches(text):
        if start < last_end or (day := _date_of(kind, m, ctx)) is None:
            continue
        chosen.append(_Date(start, -neg_end, None if day is _YEARLESS else day, kind, m))
        last_end = -neg_end
    return chosen


def _lowercase_zones(ctx: TimeContext) -> bool:
    return (ctx.language or "en").split("-")[0].lower() == "en"


def _clock_at(m: re.Match[str], text: str, ctx: TimeContext) -> _Clock | None:
    g = m.groupdict()
    minute = g["mi"] or g.get("mi_dot") or g.get("mi_h") or g.get("mi_c") or "0"
    meridiem = g.get("ap") or ("p" if g.get("mer") in _PM else "a" if g.get("mer") else None)
    hms = clock(int(g["h"]), int(minute), int(g.get("s") or 0), meridiem)
    if hms is None:
        return None
    end, zone_name = m.end(), None
    zm = _ZONE.match(text, end)
    if zm and (found := zone_text_of(zm, _lowercase_zones(ctx))):
        zone_name, end = found
    elif m.re is _MILITARY:
        return None
    return _Clock(m.start(), end, hms, zone_name)


def _inside_date(dates: list[_Date], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the (sorted, disjoint) date spans."""
    k = bisect_left(dates, start + 1, key=lambda d: d.start) - 1
    return any(0 <= i < len(dates) and dates[i].start < end and start < dates[i].end for i in (k, k + 1))


def _merge_alternates(text: str, clocks: list[_Clock]) -> list[_Clock]:
    """Fold a clock repeated in another zone in brackets ("0339 GMT (1139 HKT)") into the first."""
    merged: list[_Clock] = []
    for c in clocks:
        prev = merged[-1] if merged else None
        if prev and prev.zone and text[prev.end:c.start].strip() == "(" and text[c.end:c.end + 1] == ")":
            merged[-1] = prev._replace(end=c.end + 1)
        else:
            merged.append(c)
    return merged


def _gap_ok(gap: str) -> bool:
    return len(gap) <= _MAX_GAP and _GAP.fullmatch(gap) is not None


def _pair(text: str, dates: list[_Date], clocks: list[_Clock]) -> dict[int, _Clock]:
    """Join each date with the clock printed right after it, else right before it."""
    used: set[int] = set()
    joined: dict[int, _Clock] = {}
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


def _now_in(ctx: TimeContext, tz: tzinfo | None) -> datetime | None:
    if ctx.now is None:
        return None
    if ctx.now.tzinfo is None:
        return ctx.now
    return ctx.now.astimezone(tz or ctx.now.tzinfo)


def _context_zone(ctx: TimeContext) -> tzinfo | None:
    for name in (ctx.user_tz, ctx.default_tz):
        if name and (tz := zone(name)) is not None:
            return tz
    return None


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
    '2 HOURS AGO' read relative to now=2026-11-25T00:52:02+00:00 lands 2562 days from the dates the page prints (2019-11-19): check that now is when the page was saved (--now)
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


def _month_day(d: _Date) -> tuple[int, int] | None:
    """Month and day of a year-less named or CJK date ("Nov 19", "11月19日"); None for day words."""
    g = d.match.groupdict()
    if d.kind not in ("named", "md"):
        return None
    return (int(g["mo"]) if g.get("mo") else _MONTHS[g["mon"].casefold()]), int(g["d"])


def _calendar_day(d: _Date, clock_: _Clock | None, ctx: TimeContext) -> tuple[date, str] | None:
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
    now = _now_in(ctx, _context_zone(ctx))
    if now is None or d.kind != "day" or clock_ is None:
        return None
    return now.date() + timedelta(days=_DAY_WORDS[d.match["rel"].casefold()]), _relative_note(ctx)


def order_warning(d: _Date, ctx: TimeContext) -> tuple[str, ...]:
    """A warning when an all-numeric date reads both ways and nothing about the page says which.

    >>> order_warning(_dates("11/12/2019", TimeContext())[0], TimeContext())
    ('11/12/2019 read month first (2019-11-12): no page language or source zone to tell',)
    >>> order_warning(_dates("11/12/2019", TimeContext(language="en"))[0], TimeContext(language="en"))
    ()
    """
    if d.kind not in ("numeric", "dotted") or ctx.language or ctx.default_tz or d.day is None:
        return ()
    a, b = int(d.match["a"]), int(d.match["b"])
    if a == b or a > 12 or b > 12:
        return ()
    order = "month" if d.day.month == a else "day"
    return (f"{d.match.group(0)} read {order} first ({d.day.isoformat()}): no page language or source zone to tell",)


def _stamp(text: str, d: _Date, clock_: _Clock | None, ctx: TimeContext) -> Stamp | None:
    """The stamp a date and its paired clock (or an ISO ``T`` time after the date) make, zone applied."""
    t_time = _T_TIME.match(text, d.end) if d.kind in ("ymd", "week", "ordinal") else None
    if t_time:
        hms = clock(int(t_time["h"]), int(t_time["mi"]), int(t_time["s"] or 0), None)
        zm = _ZONE.match(text, t_time.end())
        found = zone_text_of(zm, _lowercase_zones(ctx)) if zm else None
        clock_ = _Clock(t_time.start(), found[1] if found else t_time.end(), hms, found[0] if found else None) \
            if hms else None
    resolved = _calendar_day(d, clock_, ctx)
    if resolved is None:
        return None
    day, note = resolved
    start, end = (min(d.start, clock_.start), max(d.end, clock_.end)) if clock_ else (d.start, d.end)
    raw = text[start:end].strip(" ,(")
    if clock_ is None:
        return Stamp(datetime(day.year, day.month, day.day), False, raw, note or "date only", order_warning(d, ctx))
    naive = datetime(day.year, day.month, day.day, *clock_.hms)
    if clock_.zone is None and (prefix := _PREFIX_ZONE.search(text, max(0, start - 24), start)):
        clock_ = clock_._replace(zone=prefix["abbr"])
        raw = text[prefix.start():end].strip()
    value, how, warnings = _apply_zone(naive, clock_.zone, ctx)
    return Stamp(value, True, raw, f"{how}; {note}" if note else how, order_warning(d, ctx) + warnings, clock_.zone)


def _apply_zone(naive: datetime, zone_text: str | None, ctx: TimeContext) -> tuple[datetime, str, tuple[str, ...]]:
    if zone_text and zone_text[0] in "+-":
        return _numeric_zone(naive, zone_text), "offset in text", ()
    return resolve_zone(naive, zone_text, ctx)


def borrow_zone(stamp: Stamp, printed: Stamp, where: str, ctx: TimeContext) -> Stamp:
    """A time printed without a zone, read in the zone the same page printed with another time.

    A page prints its times in one zone ("Published Nov 18, 2019 at 4:07 PM | Updated
    at 5:36 PM CST on Nov 18, 2019"). Only a time with no zone at all borrows one.

    >>> bare, zoned = (s for _, s in find_time_in("Published Nov 18, 2019 at 4:07 PM | Updated 5:36 PM CST Nov 18, 2019",
    ...                                            TimeContext(language="en")))
    >>> borrowed = borrow_zone(bare, zoned, "line 1", TimeContext(language="en"))
    >>> borrowed.iso(), borrowed.zone_note
    ('2019-11-18T16:07:00-06:00', 'CST = US Central Standard Time (usual on en pages), as printed on line 1')
    """
    if not stamp.has_time or stamp.value.tzinfo is not None or printed.zone_text is None:
        return stamp
    value, how, warnings = _apply_zone(stamp.value, printed.zone_text, ctx)
    kept = tuple(w for w in stamp.warnings if not w.startswith("no time zone"))
    return Stamp(value, True, stamp.text, f"{how}, as printed on {where}", kept + warnings, None)


def _relative(m: re.Match[str], ctx: TimeContext) -> Stamp | None:
    now = _now_in(ctx, _context_zone(ctx))
    if now is None:
        return None
    raw = m.group(0)
    if m["now"]:
        return Stamp(now, True, raw, _relative_note(ctx))
    n_text = (m["n"] or m["n2"]).casefold()
    amount = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text]
    unit = _TIME_UNITS[(m["unit"] or m["unit2"]).casefold()]
    value = now - timedelta(**{unit: amount})
    return Stamp(value, unit in ("seconds", "minutes", "hours"), raw, _relative_note(ctx))


def _scan(text: str, ctx: TimeContext) -> list[tuple[int, Stamp]]:
    """Every time in ``text`` (already normalized), with its position."""
    dates = _dates(text, ctx)
    clocks = [c for m in (*_TIME.finditer(text), *_MILITARY.finditer(text))
              if not _inside_date(dates, m.start(), m.end()) and (c := _clock_at(m, text, ctx)) is not None]
    clocks = _merge_alternates(text, sorted(clocks))
    joined = _pair(text, dates, clocks)
    found = [(d.start, _representable(lambda: _stamp(text, d, joined.get(i), ctx))) for i, d in enumerate(dates)]
    if _AGO_GUARD.search(text):
        found += [(m.start(), _representable(lambda: _relative(m, ctx))) for m in _AGO.finditer(text)]
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


# ---------------------------------------------------------------- public API

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
    found = _scan(normalize(text), ctx)
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

    >>> m = re.search(r"(?P<y>\\d{4})\\.(?P<mo>\\d\\d)\\.(?P<d>\\d\\d) (?P<h>\\d\\d):(?P<mi>\\d\\d)(?: GMT(?P<off>[+-]\\d+))?",
    ...               "Updated 2020.02.28 09:00 GMT+8")
    >>> stamp_from_fields(m).iso(), stamp_from_fields(m).text
    ('2020-02-28T09:00:00+08:00', '2020.02.28 09:00 GMT+8')
    >>> stamp_from_fields(re.search(m.re, "2020.02.28 09:00"), TimeContext(default_tz="Asia/Shanghai")).zone_note
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
    value, how, warnings = _apply_zone(naive, offset, ctx)
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
            month = int(m["mo"]) if m.groupdict().get("mo") else _MONTHS.get(m["mon"].casefold())
            try:
                day = datetime(int(m["y"]), month or 0, int(m["d"]))
            except ValueError:
                continue
            return Stamp(day, False, m.group(0).strip("/"), "date in URL")
    return None


def label_of(line: str) -> str:
    """Which field a dated line fills: ``"updated"`` when its first label says so, else ``"published"``.

    >>> label_of("Updated 2020.02.28 09:00 GMT+8")
    'updated'
    >>> label_of("2020.02.28 07:03 GMT+8")
    'published'
    """
    m = _LABEL.search(normalize(line))
    return _label_kind(m) if m else "published"


def introduces_time(text: str, m: re.Match[str]) -> bool:
    """Whether a label word found in ``text`` introduces a time, rather than being a word of a sentence.

    It does at the start of the line, after punctuation or a number, before a colon,
    capitalized ("By Al Root Updated Nov. 19"), or in a script without case.

    >>> [introduces_time(t, _LABEL.search(t)) for t in ("updated: Nov 20 2019", "By Al Root Updated Nov. 19, 2019",
    ...  "18h32, modifié le 19 novembre", "Apple's updated MacBook arrives Nov 19, 2019")]
    [True, True, True, False]
    """
    word = m["label"]
    before = text[:m.start()].rstrip()
    return (not before or not before[-1].isalpha() or m.group(0).endswith(":")
            or word[0].isupper() or word[0].lower() == word[0].upper())


def _label_kind(m: re.Match[str]) -> str:
    return _LABEL_KIND[m["label"].casefold()]


def find_time_in(text: str, ctx: TimeContext = TimeContext()) -> list[tuple[str | None, Stamp]]:
    """Every time in one line or string, with the label printed before it (None when unlabelled).

    >>> [(k, s.iso()) for k, s in find_time_in("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:03 am ET")]
    [('updated', '2019-11-19T08:21:00-05:00'), ('published', '2019-11-19T08:03:00-05:00')]
    """
    return _labelled_times(normalize(text), ctx)


def _labelled_times(text: str, ctx: TimeContext) -> list[tuple[str | None, Stamp]]:
    """:func:`find_time_in` for a string already normalized."""
    labels = [m for m in _LABEL.finditer(text) if introduces_time(text, m)]
    bounds = [(0, labels[0].start() if labels else len(text), None)]
    for i, m in enumerate(labels):
        bounds.append((m.start(), labels[i + 1].start() if i + 1 < len(labels) else len(text), _label_kind(m)))
    found: list[tuple[str | None, Stamp]] = []
    for start, end, kind in bounds:
        stamps = _scan(text[start:end], ctx)
        if not stamps and kind is not None and found:
            stamps = clock_on_day(text[start:end], found[-1][1], ctx)
        for n, (_pos, stamp) in enumerate(stamps):
            found.append((kind if n == 0 else None, stamp))
    return found


def clock_on_day(text: str, dated: Stamp, ctx: TimeContext = TimeContext()) -> list[tuple[int, Stamp]]:
    """A labelled time printed without its date after another time on the same line ("Publié le
    19 novembre 2019 à 10h30, mis à jour à 12h05"): the clock on the day of the time before it,
    in its own zone if it prints one, else in the zone of that time.

    >>> [(k, s.iso()) for k, s in find_time_in("Publié le 19 novembre 2019 à 10h30, mis à jour à 12h05")]
    [('published', '2019-11-19T10:30:00'), ('updated', '2019-11-19T12:05:00')]
    >>> [(k, s.iso()) for k, s in find_time_in("Published 3:42 PM EST, Nov 19, 2019 | Updated 5:10 PM")]
    [('published', '2019-11-19T15:42:00-05:00'), ('updated', '2019-11-19T17:10:00-05:00')]
    >>> find_time_in("Published Nov 19, 2019 | Updated: see below")[1:]
    []
    """
    m = _TIME.search(text)
    found = _clock_at(m, text, ctx) if m else None
    if found is None:
        return []
    day = dated.value
    naive = datetime(day.year, day.month, day.day, *found.hms)
    value, how, warnings = _apply_zone(naive, found.zone or dated.zone_text, ctx)
    note = f"{how}; date from {dated.text}"
    return [(found.start, Stamp(value, True, text[found.start:found.end].strip(), note, warnings, found.zone))]


def has_yearless_date(text: str) -> bool:
    """Whether ``text`` prints a day and month without the year ("Posted Nov 18, 8:19 PM").

    >>> has_yearless_date("Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM"), has_yearless_date("Nov 18, 2019")
    (True, False)
    """
    return any(d.day is None and d.kind in ("named", "md") for d in _dates(normalize(text), TimeContext()))


_FULL_YEAR = lazy(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def page_day(lines: Iterable[Line], ctx: TimeContext = TimeContext()) -> date | None:
    """The middle one of the full dates a page prints (in bylines, related lists, embedded posts),
    which dates the page well enough to give a year-less date its year; None when it prints none.

    >>> page_day([Line(1, "Posted Nov 18"), Line(2, "— Jo (@jo) November 17, 2019"), Line(3, "© 2019 Ledger"),
    ...           Line(4, "Older: May 2, 2018"), Line(5, "Dec 1, 2019")])
    datetime.date(2019, 11, 17)
    """
    days = sorted(d.day for line in lines if _FULL_YEAR.search(line.text)
                  for d in _dates(normalize(line.text), ctx) if d.day is not None)
    return days[len(days) // 2] if days else None


_CLOSERS = "\"'”’»)]」』 "


def reads_as_prose(text: str) -> bool:
    """Running text, where dates are not the article's: 12+ words ending a sentence, or 40+ words.

    >>> reads_as_prose("The meeting on Nov. 19, 2019 was the first of its kind in the region for years.")
    True
    >>> reads_as_prose("“It is striking that in almost every corner of the world tensions rise today,” he said.”")
    True
    >>> reads_as_prose("Published Nov. 19, 2019")
    False
    """
    words = word_count(text)
    return words >= 40 or words >= 12 and text.rstrip(_CLOSERS).endswith((".", "!", "?", "…", "。", "！", "？"))


_EMBED_SIGNATURE = lazy(zones.EMBED_SIGNATURE)


def may_hold_time(text: str) -> bool:
    """A cheap screen: whether ``text`` holds anything the time scanners could read (a digit, a
    day word such as "today", a relative-time word such as "ago"); most header lines do not.

    >>> may_hold_time("Nov. 19, 2019"), may_hold_time("Updated yesterday"), may_hold_time("two hours ago")
    (True, True, True)
    >>> may_hold_time("By Jane Doe, Staff Writer")
    False
    """
    return _MAY_HOLD_TIME.search(text) is not None


def is_embed_signature(text: str) -> bool:
    """The signature of an embedded social post, whose date is not the article's.

    >>> is_embed_signature("— PFF CLE Browns (@PFF_Browns) November 15, 2019")
    True
    >>> is_embed_signature("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST")
    False
    """
    return _EMBED_SIGNATURE.match(text) is not None


_CALENDAR_WORDS = frozenset([*_MONTHS, *(w.casefold() for w in zones.WEEKDAYS), *_LABEL_KIND,
                             *(w for ws in _LABEL_KIND for w in ws.split())])


def is_calendar_word(word: str) -> bool:
    """A month, a weekday or a word of a time label ("Nov.", "Tuesday,", "Updated"), never part of a name.

    >>> [is_calendar_word(w) for w in ("Nov.", "Tuesday,", "Updated", "Carlos")]
    [True, True, True, False]
    """
    return word.strip(".,:;|-–—").casefold() in _CALENDAR_WORDS


def is_clock_line(text: str) -> bool:
    """A line that holds only a clock time, perhaps with its zone: the time of the date on the line above.

    >>> is_clock_line("5:50 PM"), is_clock_line("10:31 pm CST"), is_clock_line("5:50 PM and rising")
    (True, True, False)
    """
    text = normalize(text).strip()
    m = _TIME.match(text) if len(text) < 24 else None
    if m is None or not m.group(0):
        return False
    zm = _ZONE.match(text, m.end())
    return (zm.end() if zm and zone_text_of(zm) else m.end()) == len(text)


def _starts_with_label(text: str) -> bool:
    m = _LABEL.search(text)
    return m is not None and not text[:m.start()].strip(" \t|·•-–—")


def find_times(lines: Sequence[Line], ctx: TimeContext = TimeContext(), labelled_only: bool = False) -> FoundTimes:
    """The published and updated times in header/byline lines.

    Labelled times win over unlabelled ones; an unlabelled time fills ``published``
    (unless ``labelled_only``, for lines after the body such as "First published
    on …"); lines of prose and embedded posts' signatures are skipped, prose only
    unless it starts with a label. A time printed without a zone takes the zone
    printed with another time of the run (:func:`borrow_zone`).

    >>> found = find_times([Line(1, "World"), Line(2, "Nov 19, 2019, 7:53pm EST"), Line(3, "Updated 2 hours ago")],
    ...                    TimeContext(now=datetime(2019, 11, 20, 12, tzinfo=timezone.utc)))
    >>> found.published.iso(), found.published_where, found.updated.iso(), found.updated_where
    ('2019-11-19T19:53:00-05:00', 'line 2', '2019-11-20T10:00:00+00:00', 'line 3')
    """
    candidates: list[tuple[str | None, Stamp, str]] = []
    for n, line in enumerate(lines):
        text = normalize(line.text)
        if not may_hold_time(text) or is_embed_signature(text) or reads_as_prose(text) and not _starts_with_label(text):
            continue
        found = _labelled_times(text, ctx)
        if found and not any(stamp.has_time for _kind, stamp in found) and n + 1 < len(lines) \
                and is_clock_line(lines[n + 1].text):
            found = find_time_in(f"{text} {normalize(lines[n + 1].text)}", ctx)  # "Nov. 19, 2019" / "5:50 PM"
        candidates.extend((kind, stamp, f"line {line.no}") for kind, stamp in found)
    printed = next(((stamp, where) for _kind, stamp, where in candidates if stamp.zone_text), None)
    if printed is not None:
        candidates = [(kind, borrow_zone(stamp, *printed, ctx), where) for kind, stamp, where in candidates]
    published = _best(candidates, "published", allow_unlabelled=not labelled_only)
    updated = _best(candidates, "updated", allow_unlabelled=False)
    warnings: list[str] = []
    if published and updated and published[0].iso_utc() and updated[0].iso_utc() \
            and updated[0].value < published[0].value:
        warnings.append(f"updated time {updated[0].iso()} is before published time {published[0].iso()}")
    return FoundTimes(published[0] if published else None, updated[0] if updated else None,
                      published[1] if published else None, updated[1] if updated else None, tuple(warnings))


def _best(
    candidates: list[tuple[str | None, Stamp, str]], kind: str, allow_unlabelled: bool
) -> tuple[Stamp, str] | None:
    """The first labelled candidate for ``kind`` (else the first unlabelled one), preferring one with a time."""
    pool = [c for c in candidates if c[0] == kind]
    if not pool and allow_unlabelled:
        pool = [c for c in candidates if c[0] is None]
    if not pool:
        return None
    first = pool[0]
    if not first[1].has_time:
        same_day = [c for c in candidates if c[1].has_time and c[0] in (kind, None)
                    and c[1].value.date() == first[1].value.date()]
        first = same_day[0] if same_day else first
    return first[1], first[2]
