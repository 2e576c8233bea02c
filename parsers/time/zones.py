"""Zone resolution: an IANA zone by name, a printed abbreviation or offset read in the page's context, with warnings."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from .formats import ZONE_KEYS
from .stamp import TimeContext
from .zone_words import (
    AMBIGUOUS_ZONES,
    CONVENTION_ZONES,
    FIXED_ZONES,
    LANGUAGE_ZONES,
    REGION_ZONES,
    ZONE_ALIASES,
    ZoneChoice,
)


def zone(name: str) -> tzinfo | None:
    """An IANA zone by name, or None when the name is unknown.

    >>> zone("Asia/Shanghai")
    zoneinfo.ZoneInfo(key='Asia/Shanghai')
    >>> zone("Mars/Olympus") is None
    True
    """
    from zoneinfo import (  # only times read in a named zone pay for it
        ZoneInfo,
        ZoneInfoNotFoundError,
    )

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
    back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    stamp = naive.strftime("%Y-%m-%d %H:%M")
    if back != naive:
        return aware, (
            f"{stamp} does not exist in {name} (clocks went forward); read with the offset before the change",
        )
    if aware.utcoffset() != aware.replace(fold=1).utcoffset():
        return aware, (f"{stamp} happens twice in {name} (clocks went back); read as the first",)
    return aware, ()


def _canonical(name: str | None) -> str | None:
    return ZONE_ALIASES.get(name, name) if name else None


def choose_reading(abbr: str, naive: datetime, ctx: TimeContext) -> tuple[ZoneChoice | None, str]:
    """Decide an ambiguous abbreviation by the source's zone, then the page's language.

    >>> choose_reading("CST", datetime(2019, 11, 19, 10), TimeContext(source_tz="Asia/Hong_Kong"))[0].name
    'China Standard Time'
    >>> choose_reading("CST", datetime(2019, 11, 19, 10), TimeContext(source_tz="America/New_York"))[0].name
    'US Central Standard Time'
    >>> choose_reading("IST", datetime(2019, 11, 19, 10), TimeContext(language="hi"))[0].name
    'India Standard Time'
    >>> choose_reading("IST", datetime(2019, 11, 19, 10), TimeContext(source_tz="Asia/Shanghai"))
    (None, '')
    >>> choose_reading("CST", datetime(2019, 11, 19, 10), TimeContext(language="en"))[1]
    'usual on en pages'
    """
    choices = AMBIGUOUS_ZONES[abbr]
    source = _canonical(ctx.source_tz)
    source_zone = zone(source) if source else None
    if source and source_zone is not None:
        offset = naive.replace(tzinfo=source_zone).utcoffset()
        same = [c for c in choices if c.region == source or offset == timedelta(minutes=c.minutes)]
        area = [c for c in choices if c.region.split("/")[0] == source.split("/")[0]]
        for found in (same, area):
            if len(found) == 1:
                return found[0], f"source zone {ctx.source_tz}"
    language = (ctx.language or "").split("-")[0].lower()
    if region := LANGUAGE_ZONES.get(abbr, {}).get(language):
        return next(c for c in choices if c.region == region), f"page language {language}"
    if region := CONVENTION_ZONES.get(abbr, {}).get(language):
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
        key = ZONE_KEYS.get(zone_text.casefold())
        if key in REGION_ZONES:
            region = REGION_ZONES[key]
            aware, warnings = localize(naive, _region(region), key)
            return aware, f"{key} = {region}", warnings
        if key in FIXED_ZONES:
            fixed = FIXED_ZONES[key]
            return (naive.replace(tzinfo=fixed_offset(fixed.minutes)), f"{key} in text",
                    _dst_warning(key, naive, fixed.region, fixed.dst))
        if key in AMBIGUOUS_ZONES:
            choice, how = choose_reading(key, naive, ctx)
            if choice is not None:
                guessed = (f"{key} is ambiguous; read as {choice.name} ({how})",) if how.startswith("usual") else ()
                return (naive.replace(tzinfo=fixed_offset(choice.minutes)), f"{key} = {choice.name} ({how})",
                        guessed + _dst_warning(key, naive, choice.region, choice.dst))
            readings = ", ".join(c.name for c in AMBIGUOUS_ZONES[key])
            kept = f"{key} is ambiguous ({readings}); kept {naive:%Y-%m-%d %H:%M} as local time"
            return naive, f"{key} ambiguous", (kept,)
    for name, how in ((ctx.user_tz, "--timezone"), (ctx.source_tz, "source zone")):
        tz = zone(name) if name else None
        if tz is not None:
            aware, warnings = localize(naive, tz, name)
            return aware, f"{how} {name}", warnings
    return naive, "no zone", (f"no time zone for {naive:%Y-%m-%d %H:%M}: kept as local time",)


def zone_text_of(match: re.Match[str], lowercase: bool = True) -> tuple[str, int] | None:
    """The zone a ``ZONE`` match names (abbreviation, or "+HH:MM"), or None when it is not one.

    A lowercase abbreviation ("11:06am ist") counts only when ``lowercase`` (English
    pages), never for two letters: "et", "est", "ist" are words in other languages.

    >>> from .formats import ZONE
    >>> zone_text_of(ZONE.match(" GMT+8"))
    ('+08:00', 6)
    >>> zone_text_of(ZONE.match(" ist")), zone_text_of(ZONE.match(" ist"), lowercase=False)
    (('ist', 4), None)
    >>> zone_text_of(ZONE.match(" et")) is None
    True
    >>> zone_text_of(ZONE.match(" Eastern time"))
    ('Eastern time', 13)
    >>> zone_text_of(ZONE.match(" +9999")) is None
    True
    """
    if match["gmt"] or match["num"]:
        sign, hours, minutes = ((match["sign"], match["zh"], match["zm"] or "00") if match["gmt"] else
                                (match["num"][0], match["num"][1:3], match["num"][3:].lstrip(":") or "00"))
        if int(hours) > 14 or int(minutes) > 59:
            return None
        return f"{'-' if sign != '+' else '+'}{int(hours):02d}:{minutes}", match.end()
    abbr = match["abbr"]
    key = ZONE_KEYS[abbr.casefold()]
    if abbr != key and " " not in key and (len(key) < 3 or not lowercase or not abbr.islower() and not abbr.isupper()):
        return None
    if key == "Z" and match.group(0) != "Z":
        return None
    return abbr, match.end()


def numeric_zone(naive: datetime, text: str) -> datetime:
    sign = -1 if text[0] == "-" else 1
    return naive.replace(tzinfo=fixed_offset(sign * (int(text[1:3]) * 60 + int(text[4:6]))))


def context_zone(ctx: TimeContext) -> tzinfo | None:
    for name in (ctx.user_tz, ctx.source_tz):
        if name and (tz := zone(name)) is not None:
            return tz
    return None
