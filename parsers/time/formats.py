"""The printed forms of dates, clocks, zones and relative times, as patterns built from the calendar and zone words."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..lazyre import LazyPattern, lazy
from .calendar_words import (
    AGO_AFTER,
    AGO_BEFORE,
    AM_WORDS,
    CONNECTORS,
    DAY_WORDS,
    JUST_NOW,
    LABELS,
    MONTHS,
    NUMBER_WORDS,
    PM_WORDS,
    TIME_UNITS,
    WEEKDAYS,
)
from .zone_words import AMBIGUOUS_ZONES, FIXED_ZONES, REGION_ZONES


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
# An English month glued to the name or the year before it ("ZeldmanNovember 20, 2007", "2024December 3, 2024").
_GLUED_MONTH = lazy(r"(?<=[a-z\d])(?=(?:January|February|March|April|May|June|July|August|September|October|November"
                    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d)")
_LATIN_LABELS = [w for ws in LABELS.values() for w in ws if w.isascii()]
_GLUED_LABEL = lazy(lambda: (
    r"(?<=[^\W_])(?=[A-Z])(?=(?:"
    + "|".join(sorted({re.escape(f(w)) for w in _LATIN_LABELS for f in (str.upper, str.capitalize)},
                      key=len, reverse=True))
    + r")(?![a-z]))"
))

# Any word in a month's place; _date_of keeps it only when it names a month (a dict
# lookup is far cheaper than a 150-name alternation tried at every position).
_MONTH = r"(?P<mon>(?<![^\W\d_])[^\W\d_]{3,14}(?![^\W\d_]))\.?"
_ORD = r"(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)"
_DAY_NUMBER = r"\d"  # the guard of the named patterns: each holds the day's number (most header lines hold none)
# (kind, pattern, guard): a pattern runs only on text its cheap guard finds something in.
DATE_PATTERNS: tuple[tuple[str, LazyPattern, LazyPattern], ...] = tuple(
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
        ("day", lambda: rf"(?P<rel>{_alternation(DAY_WORDS)})", r"."),
    ))
T_TIME = lazy(r"T(?P<h>\d{2}):?(?P<mi>\d{2})(?::?(?P<s>\d{2})(?:[.,]\d+)?)?")

TIME = lazy(lambda: (
    rf"(?:(?P<mer>{_alternation(AM_WORDS + PM_WORDS)})\s*)?"
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
MILITARY = lazy(r"(?<![\d.:/-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?=\s*\(?\s*[A-Z])")
_ZONE_NAMES = [*FIXED_ZONES, *AMBIGUOUS_ZONES, *REGION_ZONES]
ZONE = lazy(lambda: (
    r"\s*,?\s*\(?\s*(?:"
    r"(?P<gmt>GMT|UTC|UT)\s*(?P<sign>[+\-–])\s*(?P<zh>\d{1,2})(?:[:.]?(?P<zm>\d{2}))?(?!\d)"
    r"|(?P<num>[+\-]\d{2}(?::?\d{2})?)(?!\d)"
    rf"|(?P<abbr>{_alternation(_ZONE_NAMES)}))"
), re.IGNORECASE)
# "北京时间2019年11月19日 10:20": a region's clock named before the date.
PREFIX_ZONE = lazy(lambda: rf"(?P<abbr>{_alternation(REGION_ZONES)})\s*:?\s*$", re.IGNORECASE)
GAP = lazy(
    lambda: r"(?:[\s,;|·•@\-–—/()\[\]]|" + _alternation(CONNECTORS + WEEKDAYS) + r"\.?)*", re.IGNORECASE
)
MAX_GAP = 40


def _ago_pattern() -> str:
    number = r"(?P<n>\d{1,3}|" + _alternation(NUMBER_WORDS) + ")"
    unit = r"(?P<unit>" + _alternation(TIME_UNITS) + ")"
    return (rf"(?:{_alternation(AGO_BEFORE)})\s*{number}\s*{unit}"
            rf"|{number.replace('<n>', '<n2>')}\s*{unit.replace('<unit>', '<unit2>')}\s*"
            rf"(?:{_alternation(AGO_AFTER)})"
            rf"|(?P<now>{_alternation(JUST_NOW)})")


AGO = lazy(_ago_pattern, re.IGNORECASE)
AGO_GUARD = lazy(lambda: _alternation(AGO_BEFORE + AGO_AFTER + JUST_NOW), re.IGNORECASE)
MAY_HOLD_TIME = lazy(  # every date, clock and relative time holds a digit, a day word or a relative-time word
    lambda: r"\d|" + _alternation(DAY_WORDS) + "|" + _alternation(AGO_BEFORE + AGO_AFTER
                                                                          + JUST_NOW),
    re.IGNORECASE,
)
LABEL = lazy(lambda: r"(?P<label>" + _alternation(w for ws in LABELS.values() for w in ws) + r")\s*:?",
              re.IGNORECASE)
LABEL_KIND = {w.casefold(): kind for kind, ws in LABELS.items() for w in ws}
MONTH_OF = {k.casefold(): v for k, v in MONTHS.items()}
DAY_OFFSET_OF = {k.casefold(): v for k, v in DAY_WORDS.items()}
NUMBER_OF = {k.casefold(): v for k, v in NUMBER_WORDS.items()}
UNIT_OF = {k.casefold(): v for k, v in TIME_UNITS.items()}
ZONE_KEYS = {k.casefold(): k for k in _ZONE_NAMES}
PM = frozenset(PM_WORDS)


@lru_cache(maxsize=8192)  # the same header lines are read by several steps
def normalize(text: str) -> str:
    """Undo what a browser copy does to times: odd spaces, and pieces glued together.

    >>> normalize("PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO")
    'PUBLISHED WED, NOV 20 2019 4:29 AM EST UPDATED AN HOUR AGO'
    >>> normalize("Adam Clark Estes11/13/19 9:00\\u202fAM")
    'Adam Clark Estes 11/13/19 9:00 AM'
    >>> normalize("by Ann LeeNovember 20, 2007"), normalize("Posted November 25, 2024December 3, 2024")
    ('by Ann Lee November 20, 2007', 'Posted November 25, 2024 December 3, 2024')
    """
    text = text.translate(_TRANSLATE)
    text = _GLUED_MONTH.sub(" ", text)
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


def label_of(line: str) -> str:
    """Which field a dated line fills: ``"updated"`` when its first label says so, else ``"published"``.

    >>> label_of("Updated 2020.02.28 09:00 GMT+8")
    'updated'
    >>> label_of("2020.02.28 07:03 GMT+8")
    'published'
    """
    m = LABEL.search(normalize(line))
    return label_kind(m) if m else "published"


def label_kind(m: re.Match[str]) -> str:
    return LABEL_KIND[m["label"].casefold()]
