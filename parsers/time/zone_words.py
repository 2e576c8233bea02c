"""Zone words as data: abbreviations with fixed offsets, region clocks, ambiguous names and how pages mean them.

Data only; :mod:`.zones` resolves them. Offsets are minutes east of UTC. Every name is matched case-insensitively.
"""
from __future__ import annotations

from typing import NamedTuple


class FixedZone(NamedTuple):
    """An abbreviation that names one fixed offset.

    ``region``/``dst`` say where and in which half of the year it is right, so a
    date that contradicts it ("EST" in July) can be warned about.
    """

    minutes: int
    region: str | None = None
    dst: bool | None = None


class ZoneChoice(NamedTuple):
    """One reading of an ambiguous abbreviation."""

    name: str
    region: str  # the IANA zone whose country uses it
    minutes: int
    dst: bool | None = None


FIXED_ZONES: dict[str, FixedZone] = {
    "UTC": FixedZone(0), "GMT": FixedZone(0), "UT": FixedZone(0), "Z": FixedZone(0),
    "EST": FixedZone(-300, "America/New_York", False), "EDT": FixedZone(-240, "America/New_York", True),
    "CDT": FixedZone(-300, "America/Chicago", True),
    "MST": FixedZone(-420, "America/Denver", False), "MDT": FixedZone(-360, "America/Denver", True),
    "PST": FixedZone(-480, "America/Los_Angeles", False), "PDT": FixedZone(-420, "America/Los_Angeles", True),
    "AKST": FixedZone(-540, "America/Anchorage", False), "AKDT": FixedZone(-480, "America/Anchorage", True),
    "HST": FixedZone(-600),
    "ADT": FixedZone(-180, "America/Halifax", True),
    "NST": FixedZone(-210, "America/St_Johns", False), "NDT": FixedZone(-150, "America/St_Johns", True),
    "BRT": FixedZone(-180), "ART": FixedZone(-180),
    "WET": FixedZone(0, "Europe/Lisbon", False), "WEST": FixedZone(60, "Europe/Lisbon", True),
    "CET": FixedZone(60, "Europe/Paris", False), "CEST": FixedZone(120, "Europe/Paris", True),
    "MEZ": FixedZone(60, "Europe/Berlin", False), "MESZ": FixedZone(120, "Europe/Berlin", True),
    "EET": FixedZone(120, "Europe/Athens", False), "EEST": FixedZone(180, "Europe/Athens", True),
    "MSK": FixedZone(180), "МСК": FixedZone(180), "IDT": FixedZone(180, "Asia/Jerusalem", True),
    "WAT": FixedZone(60), "CAT": FixedZone(120), "SAST": FixedZone(120), "EAT": FixedZone(180),
    "GST": FixedZone(240), "IRST": FixedZone(210), "PKT": FixedZone(300), "NPT": FixedZone(345),
    "ICT": FixedZone(420), "WIB": FixedZone(420), "WITA": FixedZone(480), "WIT": FixedZone(540),
    "BJT": FixedZone(480), "HKT": FixedZone(480), "SGT": FixedZone(480), "MYT": FixedZone(480),
    "PHT": FixedZone(480), "AWST": FixedZone(480),
    "JST": FixedZone(540), "KST": FixedZone(540),
    # spelled out
    "Eastern Standard Time": FixedZone(-300, "America/New_York", False),
    "Eastern Daylight Time": FixedZone(-240, "America/New_York", True),
    "Central Standard Time": FixedZone(-360, "America/Chicago", False),
    "Central Daylight Time": FixedZone(-300, "America/Chicago", True),
    "Pacific Standard Time": FixedZone(-480, "America/Los_Angeles", False),
    "Pacific Daylight Time": FixedZone(-420, "America/Los_Angeles", True),
    "Greenwich Mean Time": FixedZone(0), "Coordinated Universal Time": FixedZone(0),
    "British Summer Time": FixedZone(60, "Europe/London", True),
    "Central European Time": FixedZone(60, "Europe/Paris", False),
    "Central European Summer Time": FixedZone(120, "Europe/Paris", True),
    "India Standard Time": FixedZone(330), "China Standard Time": FixedZone(480),
    "Japan Standard Time": FixedZone(540), "Korea Standard Time": FixedZone(540),
    "Moscow Standard Time": FixedZone(180), "Hong Kong Time": FixedZone(480),
    "ACST": FixedZone(570, "Australia/Adelaide", False), "ACDT": FixedZone(630, "Australia/Adelaide", True),
    "AEST": FixedZone(600, "Australia/Sydney", False), "AEDT": FixedZone(660, "Australia/Sydney", True),
    "NZST": FixedZone(720, "Pacific/Auckland", False), "NZDT": FixedZone(780, "Pacific/Auckland", True),
}

# Names of a region's clock, whichever half of the year: resolved through IANA so
# daylight saving follows the date.
REGION_ZONES: dict[str, str] = {
    "ET": "America/New_York", "PT": "America/Los_Angeles", "CT": "America/Chicago", "MT": "America/Denver",
    "Eastern Time": "America/New_York", "Pacific Time": "America/Los_Angeles",
    "Central Time": "America/Chicago", "Mountain Time": "America/Denver",
    "Beijing Time": "Asia/Shanghai", "Moscow Time": "Europe/Moscow",
    "UK Time": "Europe/London", "UK": "Europe/London", "Tokyo Time": "Asia/Tokyo", "Seoul Time": "Asia/Seoul",
    "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai",
}

AMBIGUOUS_ZONES: dict[str, tuple[ZoneChoice, ...]] = {
    "CST": (ZoneChoice("China Standard Time", "Asia/Shanghai", 480),
            ZoneChoice("US Central Standard Time", "America/Chicago", -360, False)),
    "IST": (ZoneChoice("India Standard Time", "Asia/Kolkata", 330),
            ZoneChoice("Irish Standard Time", "Europe/Dublin", 60),
            ZoneChoice("Israel Standard Time", "Asia/Jerusalem", 120)),
    "BST": (ZoneChoice("British Summer Time", "Europe/London", 60, True),
            ZoneChoice("Bangladesh Standard Time", "Asia/Dhaka", 360)),
    "AST": (ZoneChoice("Atlantic Standard Time", "America/Halifax", -240, False),
            ZoneChoice("Arabia Standard Time", "Asia/Riyadh", 180)),
}

# Page language -> the region an ambiguous abbreviation then means.
LANGUAGE_ZONES: dict[str, dict[str, str]] = {
    "CST": {"zh": "Asia/Shanghai"},
    "IST": {lang: "Asia/Kolkata" for lang in ("hi", "mr", "ta", "te", "kn", "ml", "gu", "pa", "or", "as")}
    | {"he": "Asia/Jerusalem", "ga": "Europe/Dublin"},
    "BST": {"bn": "Asia/Dhaka"},
    "AST": {"ar": "Asia/Riyadh"},
}

# The reading most pages in a language mean (English pages with "CST" are almost
# always US ones; China's English outlets print GMT+8/BJT). Used with a warning.
CONVENTION_ZONES: dict[str, dict[str, str]] = {
    "CST": {"en": "America/Chicago"},
    "IST": {"en": "Asia/Kolkata"},
    "BST": {"en": "Europe/London"},
}

# Aliases tzdata keeps for the same clocks (a source may declare either name).
ZONE_ALIASES: dict[str, str] = {"Asia/Calcutta": "Asia/Kolkata", "Asia/Chongqing": "Asia/Shanghai",
                                "Asia/Harbin": "Asia/Shanghai", "PRC": "Asia/Shanghai", "Eire": "Europe/Dublin",
                                "Israel": "Asia/Jerusalem", "Asia/Tel_Aviv": "Asia/Jerusalem", "GB": "Europe/London",
                                "US/Central": "America/Chicago", "Asia/Dacca": "Asia/Dhaka"}
