"""Time stamps: newsclean against python-dateutil and dateparser on the hand-checked table.

Runs every string of ``tests/data/timestamps_table.py`` through the three and prints
each one's share right. A string counts as right when the instant is right to the
minute *in the offset the table expects* (for a time printed without any zone: the
same wall clock and no invented offset; for a date alone: the same date; for a
string without a date: no answer). Every library gets the same context: the zone
is applied to a naive result (dateutil) or passed as a setting (dateparser), the
date order follows the page's language, relative times use the same "now".

    /work/benchvenv/bin/python bench/timestamps.py [--show N]

dateparser and dateutil come from the bench venv (never newsclean's own venv);
newsclean is imported from this checkout.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import types
import warnings
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import dateparser
import dateparser.search
from dateutil import parser as du_parser

REPO = Path(__file__).resolve().parent.parent

try:  # installed (pip install -e .) or not: the checkout's folders are newsclean.parsers / newsclean.cli
    import newsclean.parsers.time.stamps as ts
except ImportError:
    _pkg = types.ModuleType("newsclean")
    _pkg.__path__ = [str(REPO)]
    sys.modules["newsclean"] = _pkg
    import newsclean.parsers.time.stamps as ts


def _load_table() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("timestamps_table", REPO / "tests" / "data" / "timestamps_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TABLE = _load_table()
Result = datetime | None


def _hours(h: float) -> timezone:
    return timezone(timedelta(hours=h))


# The tzinfos map a careful dateutil user would write for news pages (US readings of CST/IST-free).
DATEUTIL_TZINFOS: dict[str, tzinfo] = {
    "UTC": _hours(0), "GMT": _hours(0), "Z": _hours(0), "UT": _hours(0),
    "EST": _hours(-5), "EDT": _hours(-4), "CST": _hours(-6), "CDT": _hours(-5),
    "MST": _hours(-7), "MDT": _hours(-6), "PST": _hours(-8), "PDT": _hours(-7),
    "AKDT": _hours(-8), "AKST": _hours(-9), "HST": _hours(-10),
    "ET": ZoneInfo("America/New_York"), "CT": ZoneInfo("America/Chicago"),
    "MT": ZoneInfo("America/Denver"), "PT": ZoneInfo("America/Los_Angeles"),
    "BST": _hours(1), "IST": _hours(5.5), "CET": _hours(1), "CEST": _hours(2), "MEZ": _hours(1), "MESZ": _hours(2),
    "MSK": _hours(3), "GST": _hours(4), "AST": _hours(3), "IDT": _hours(3), "WIB": _hours(7), "WITA": _hours(8),
    "BJT": _hours(8), "HKT": _hours(8), "SGT": _hours(8), "JST": _hours(9), "KST": _hours(9),
    "AEST": _hours(10), "AEDT": _hours(11), "UK": ZoneInfo("Europe/London"),
}


def _context_zone(spec: dict) -> str | None:
    return spec.get("user") or spec.get("tz")


def _day_first(spec: dict) -> bool:
    zone = spec.get("tz")
    return (zone is not None and not zone.startswith("America/")) or spec.get("lang") not in (None, "en")


def run_newsclean(text: str, spec: dict) -> Result:
    ctx = ts.TimeContext(source_tz=spec.get("tz"), user_tz=spec.get("user"), now=spec.get("now"),
                         language=spec.get("lang"))
    stamp = ts.parse_stamp(text, ctx)
    return stamp.value if stamp else None


def run_dateutil(text: str, spec: dict) -> Result:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = du_parser.parse(text, fuzzy=True, tzinfos=DATEUTIL_TZINFOS, dayfirst=_day_first(spec),
                                    default=datetime(2000, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    zone = _context_zone(spec)
    if value.tzinfo is None and zone:
        value = value.replace(tzinfo=ZoneInfo(zone))
    return value


def run_dateparser(text: str, spec: dict) -> Result:
    settings: dict = {"DATE_ORDER": "DMY" if _day_first(spec) else "MDY"}
    zone = _context_zone(spec)
    if zone:
        settings.update(TIMEZONE=zone, RETURN_AS_TIMEZONE_AWARE=True)
    if spec.get("now"):
        settings["RELATIVE_BASE"] = spec["now"].astimezone(ZoneInfo(zone or "UTC")).replace(tzinfo=None)
    languages = [spec["lang"]] if spec.get("lang") else None
    value = dateparser.parse(text, languages=languages, settings=settings)
    if value is None:
        found = dateparser.search.search_dates(text, languages=languages, settings=settings)
        value = found[0][1] if found else None
    return value


def is_right(case, value: Result) -> bool:
    """Right to the minute in the expected offset; a naive time must stay naive; a date alone needs the date."""
    if case.iso is None:
        return value is None
    if value is None:
        return False
    want = datetime.fromisoformat(case.iso)
    if len(case.iso) == 10:
        return value.date() == want.date()
    if want.tzinfo is None:
        return value.utcoffset() is None and value.replace(second=0, microsecond=0) == want.replace(second=0)
    if value.utcoffset() is None or value.utcoffset() != want.utcoffset():
        return False
    minute = "%Y%m%d%H%M"
    return value.astimezone(UTC).strftime(minute) == want.astimezone(UTC).strftime(minute)


def kind_of(case) -> str:
    if case.iso is None:
        return "no date"
    if len(case.iso) == 10:
        return "date only"
    return "time, zone known" if case.utc else "time, no zone"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0, help="list N misses per library")
    args = ap.parse_args()
    runners: dict[str, Callable[[str, dict], Result]] = {
        "newsclean": run_newsclean, "dateutil": run_dateutil, "dateparser": run_dateparser}
    cases = TABLE.CASES
    kinds = defaultdict(int)
    for case in cases:
        kinds[kind_of(case)] += 1
    print(f"{len(cases)} strings: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(f"{'library':12} {'all right':>16} " + " ".join(f"{k:>18}" for k in sorted(kinds)) + f" {'µs/string':>10}")
    for name, run in runners.items():
        run("Nov. 19, 2019 8:03 am ET", {})  # warm-up: dateparser loads its language data once
        right: dict[str, int] = defaultdict(int)
        misses = []
        start = time.perf_counter()
        for case in cases:
            value = run(case.text, case.ctx)
            if is_right(case, value):
                right[kind_of(case)] += 1
            else:
                misses.append((case, value))
        micros = (time.perf_counter() - start) / len(cases) * 1e6
        total = sum(right.values())
        cells = " ".join(f"{right[k]:>4}/{kinds[k]:<4}({right[k] / kinds[k]:>5.1%})" for k in sorted(kinds))
        print(f"{name:12} {total:>4}/{len(cases)} ({total / len(cases):>5.1%}) {cells} {micros:>10.0f}")
        for case, value in misses[:args.show]:
            got = value.isoformat() if value else None
            print(f"    miss  {case.text!r}  want {case.iso}  got {got}")


if __name__ == "__main__":
    main()
