"""The header scan: which lines of a page hold its published and updated times, and the words around them."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from ..lazyre import lazy
from ..lines import Line, word_count
from .calendar_words import EMBED_SIGNATURE, WEEKDAYS
from .formats import LABEL, LABEL_KIND, MAY_HOLD_TIME, MONTH_OF, TIME, ZONE, label_kind, normalize
from .reading import clock_at, find_dates
from .stamp import FoundTimes, Stamp, TimeContext
from .stamps import apply_zone, borrow_zone, scan
from .zones import zone_text_of


def introduces_time(text: str, m: re.Match[str]) -> bool:
    """Whether a label word found in ``text`` introduces a time, rather than being a word of a sentence.

    It does at the start of the line, after punctuation or a number, before a colon,
    capitalized ("By Al Root Updated Nov. 19"), or in a script without case.

    >>> [introduces_time(t, LABEL.search(t)) for t in ("updated: Nov 20 2019", "By Al Root Updated Nov. 19, 2019",
    ...  "18h32, modifié le 19 novembre", "Apple's updated MacBook arrives Nov 19, 2019")]
    [True, True, True, False]
    """
    word = m["label"]
    before = text[:m.start()].rstrip()
    return (not before or not before[-1].isalpha() or m.group(0).endswith(":")
            or word[0].isupper() or word[0].lower() == word[0].upper())


def find_time_in(text: str, ctx: TimeContext = TimeContext()) -> list[tuple[str | None, Stamp]]:
    """Every time in one line or string, with the label printed before it (None when unlabelled).

    >>> [(k, s.iso()) for k, s in find_time_in("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:03 am ET")]
    [('updated', '2019-11-19T08:21:00-05:00'), ('published', '2019-11-19T08:03:00-05:00')]
    """
    return _labelled_times(normalize(text), ctx)


def _labelled_times(text: str, ctx: TimeContext) -> list[tuple[str | None, Stamp]]:
    """:func:`find_time_in` for a string already normalized."""
    labels = [m for m in LABEL.finditer(text) if introduces_time(text, m)]
    bounds = [(0, labels[0].start() if labels else len(text), None)]
    for i, m in enumerate(labels):
        bounds.append((m.start(), labels[i + 1].start() if i + 1 < len(labels) else len(text), label_kind(m)))
    found: list[tuple[str | None, Stamp]] = []
    for start, end, kind in bounds:
        stamps = scan(text[start:end], ctx)
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
    m = TIME.search(text)
    found = clock_at(m, text, ctx) if m else None
    if found is None:
        return []
    day = dated.value
    naive = datetime(day.year, day.month, day.day, *found.hms)
    value, how, warnings = apply_zone(naive, found.zone or dated.zone_text, ctx)
    note = f"{how}; date from {dated.text}"
    return [(found.start, Stamp(value, True, text[found.start:found.end].strip(), note, warnings, found.zone))]


def has_yearless_date(text: str) -> bool:
    """Whether ``text`` prints a day and month without the year ("Posted Nov 18, 8:19 PM").

    >>> has_yearless_date("Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM"), has_yearless_date("Nov 18, 2019")
    (True, False)
    """
    return any(d.day is None and d.kind in ("named", "md") for d in find_dates(normalize(text), TimeContext()))


_FULL_YEAR = lazy(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
LABEL_REACH = 2  # line numbers from a label alone on its line to the date it labels (a blank line between at most)


def page_day(lines: Iterable[Line], ctx: TimeContext = TimeContext()) -> date | None:
    """The middle one of the full dates a page prints (in bylines, related lists, embedded posts),
    which dates the page well enough to give a year-less date its year; None when it prints none.

    >>> page_day([Line(1, "Posted Nov 18"), Line(2, "— Jo (@jo) November 17, 2019"), Line(3, "© 2019 Ledger"),
    ...           Line(4, "Older: May 2, 2018"), Line(5, "Dec 1, 2019")])
    datetime.date(2019, 11, 17)
    """
    days = sorted(d.day for line in lines if _FULL_YEAR.search(line.text)
                  for d in find_dates(normalize(line.text), ctx) if d.day is not None)
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


_EMBED_SIGNATURE = lazy(EMBED_SIGNATURE)


def may_hold_time(text: str) -> bool:
    """A cheap screen: whether ``text`` holds anything the time scanners could read (a digit, a
    day word such as "today", a relative-time word such as "ago"); most header lines do not.

    >>> may_hold_time("Nov. 19, 2019"), may_hold_time("Updated yesterday"), may_hold_time("two hours ago")
    (True, True, True)
    >>> may_hold_time("By Jane Doe, Staff Writer")
    False
    """
    return MAY_HOLD_TIME.search(text) is not None


def is_embed_signature(text: str) -> bool:
    """The signature of an embedded social post, whose date is not the article's.

    >>> is_embed_signature("— PFF CLE Browns (@PFF_Browns) November 15, 2019")
    True
    >>> is_embed_signature("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST")
    False
    """
    return _EMBED_SIGNATURE.match(text) is not None


_CALENDAR_WORDS = frozenset([*MONTH_OF, *(w.casefold() for w in WEEKDAYS), *LABEL_KIND,
                             *(w for ws in LABEL_KIND for w in ws.split())])


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
    m = TIME.match(text) if len(text) < 24 else None
    if m is None or not m.group(0):
        return False
    zm = ZONE.match(text, m.end())
    return (zm.end() if zm and zone_text_of(zm) else m.end()) == len(text)


def is_bare_label(text: str) -> bool:
    """A line that is only a time's label, the time on the line under it.

    >>> is_bare_label("Published on"), is_bare_label("Last updated:"), is_bare_label("Published Nov 19, 2019")
    (True, True, False)
    """
    return len(text) < 24 and LABEL.fullmatch(text.strip()) is not None


def _starts_with_label(text: str) -> bool:
    m = LABEL.search(text)
    return m is not None and not text[:m.start()].strip(" \t|·•-–—")


def find_times(lines: Sequence[Line], ctx: TimeContext = TimeContext(), labelled_only: bool = False) -> FoundTimes:
    """The published and updated times in header/byline lines.

    Labelled times win over unlabelled ones; an unlabelled time fills ``published``
    (unless ``labelled_only``, for lines after the body such as "First published
    on …"); lines of prose and embedded posts' signatures are skipped, prose only
    unless it starts with a label. A time printed without a zone takes the zone
    printed with another time of the run (:func:`borrow_zone`).

    >>> from datetime import datetime, timezone
    >>> found = find_times([Line(1, "World"), Line(2, "Nov 19, 2019, 7:53pm EST"), Line(3, "Updated 2 hours ago")],
    ...                    TimeContext(now=datetime(2019, 11, 20, 12, tzinfo=timezone.utc)))
    >>> found.published.iso(), found.published_where, found.updated.iso(), found.updated_where
    ('2019-11-19T19:53:00-05:00', 'line 2', '2019-11-20T10:00:00+00:00', 'line 3')
    """
    candidates: list[tuple[str | None, Stamp, str]] = []
    for n, line in enumerate(lines):
        text = normalize(line.text)
        if n + 1 < len(lines) and lines[n + 1].no - line.no <= LABEL_REACH and is_bare_label(text):
            text = f"{text} {normalize(lines[n + 1].text)}"  # "Published on" / "Oct 31, 2025"
        if not may_hold_time(text) or is_embed_signature(text) or reads_as_prose(text) and not _starts_with_label(text):
            continue
        found = _labelled_times(text, ctx)
        date_only = found and not any(stamp.has_time for _kind, stamp in found)
        if date_only and n + 1 < len(lines) and is_clock_line(lines[n + 1].text):
            found = find_time_in(f"{text} {normalize(lines[n + 1].text)}", ctx)  # "Nov. 19, 2019" / "5:50 PM"
        candidates.extend((kind, stamp, f"line {line.no}") for kind, stamp in found)
    printed = next(((stamp, where) for _kind, stamp, where in candidates if stamp.zone_text), None)
    if printed is not None:
        candidates = [(kind, borrow_zone(stamp, *printed, ctx), where) for kind, stamp, where in candidates]
    published = _best(candidates, "published", allow_unlabelled=not labelled_only)
    updated = _best(candidates, "updated", allow_unlabelled=False)
    warnings: list[str] = []
    both_zoned = published and updated and published[0].iso_utc() and updated[0].iso_utc()
    if both_zoned and updated[0].value < published[0].value:
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
