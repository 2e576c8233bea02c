"""The time-stamp engine: the hand-checked table, zones and warnings, and find_times on header lines."""
from __future__ import annotations

import importlib.util
import os
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.parsers.lines import Line
from newsclean.parsers.time.formats import label_of, normalize
from newsclean.parsers.time.header import find_time_in, find_times
from newsclean.parsers.time.stamp import TimeContext
from newsclean.parsers.time.stamps import parse_stamp, stamp_from_url


def _load_table() -> ModuleType:
    path = Path(__file__).parents[1] / "data" / "timestamps_table.py"
    spec = importlib.util.spec_from_file_location("timestamps_table", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TABLE = _load_table()
NOW = TABLE.NOW


def ctx_of(spec: dict) -> TimeContext:
    return TimeContext(source_tz=spec.get("tz"), user_tz=spec.get("user"), now=spec.get("now"),
                       language=spec.get("lang"))


def read(text: str, spec: dict) -> tuple[str | None, str | None]:
    stamp = parse_stamp(text, ctx_of(spec))
    return (stamp.iso(), stamp.iso_utc()) if stamp else (None, None)


# ---------------------------------------------------------------- the table


def test_table_has_200_distinct_strings() -> None:
    texts = [case.text for case in TABLE.CASES]
    assert len(set(texts)) == len(texts) >= 200


@pytest.mark.parametrize("case", TABLE.CASES, ids=lambda c: f"{c.style}: {c.text}")
def test_table(case) -> None:
    assert read(case.text, case.ctx) == (case.iso, case.utc)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is POSIX only")
@pytest.mark.parametrize("host_tz", ["America/Los_Angeles", "Asia/Tokyo", "UTC", "Australia/Lord_Howe"])
def test_same_on_every_host(host_tz: str) -> None:
    """The machine's own zone never leaks into a result."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = host_tz
    time.tzset()
    try:
        wrong = [c.text for c in TABLE.CASES if read(c.text, c.ctx) != (c.iso, c.utc)]
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()
    assert wrong == []


# ---------------------------------------------------------------- zones, notes and warnings


def warnings_of(text: str, **ctx) -> tuple[str, ...]:
    stamp = parse_stamp(text, TimeContext(**ctx))
    assert stamp is not None
    return stamp.warnings


def test_fixed_abbreviation_against_the_date_warns() -> None:
    assert warnings_of("July 4, 2019 10:00 EST") == (
        "EST printed for 2019-07-04, when America/New_York is on daylight saving time; kept EST as printed",)
    assert warnings_of("Nov 4, 2019 10:00 EST") == ()
    assert warnings_of("Nov. 3, 2019 1:30 AM EST") == ()  # the repeated hour: the second 1:30 is EST


def test_ambiguous_abbreviation_without_a_clue_is_not_guessed() -> None:
    stamp = parse_stamp("Nov 19, 2019 10:32 PM CST")
    assert stamp.iso_utc() is None and stamp.value.tzinfo is None
    assert stamp.warnings == ("CST is ambiguous (China Standard Time, US Central Standard Time); "
                              "kept 2019-11-19 22:32 as local time",)


def test_ambiguous_abbreviation_read_by_language_convention_says_so() -> None:
    assert warnings_of("Nov 19, 2019 10:32 PM CST", language="en") == (
        "CST is ambiguous; read as US Central Standard Time (usual on en pages)",)
    assert warnings_of("Nov 19, 2019 10:32 PM CST", source_tz="Asia/Shanghai") == ()


def test_zone_notes_say_how_the_zone_was_decided() -> None:
    assert parse_stamp("Nov 19, 2019 9:15 PM CST", TimeContext(source_tz="Asia/Shanghai")).zone_note == \
        "CST = China Standard Time (source zone Asia/Shanghai)"
    assert parse_stamp("Nov. 19, 2019 8:03 am ET").zone_note == "ET = America/New_York"
    assert parse_stamp("2020-02-28 07:03:11", TimeContext(source_tz="Asia/Shanghai")).zone_note == \
        "source zone Asia/Shanghai"
    assert parse_stamp("2020-02-28 07:03:11", TimeContext(user_tz="UTC", source_tz="Asia/Shanghai")).zone_note == \
        "--timezone UTC"


def test_dst_gap_and_repeated_hour_warn() -> None:
    assert warnings_of("March 10, 2019, 2:15 a.m. ET") == (
        "2019-03-10 02:15 does not exist in ET (clocks went forward); read with the offset before the change",)
    assert warnings_of("Nov. 3, 2019, 1:15 a.m. ET") == (
        "2019-11-03 01:15 happens twice in ET (clocks went back); read as the first",)


def test_no_zone_keeps_wall_clock_and_warns() -> None:
    stamp = parse_stamp("November 19, 2019 6:30 AM")
    assert (stamp.iso(), stamp.iso_utc()) == ("2019-11-19T06:30:00", None)
    assert stamp.warnings == ("no time zone for 2019-11-19 06:30: kept as local time",)


def test_relative_time_records_now() -> None:
    stamp = parse_stamp("3 hours ago", TimeContext(now=NOW))
    assert stamp.zone_note == "relative to now=2019-11-20T12:00:00+00:00"
    assert parse_stamp("3 hours ago") is None


def test_words_of_other_languages_are_not_zones() -> None:
    stamp = parse_stamp("mardi 19 novembre 2019 à 20h45 est", TimeContext(source_tz="Europe/Paris", language="fr"))
    assert stamp.iso() == "2019-11-19T20:45:00+01:00"
    stamp = parse_stamp("19.11.2019 um 20:15 ist", TimeContext(source_tz="Europe/Berlin", language="de"))
    assert (stamp.iso(), stamp.warnings) == ("2019-11-19T20:15:00+01:00", ())


def test_a_day_word_alone_is_not_a_date() -> None:
    assert parse_stamp("Today's Paper", TimeContext(now=NOW)) is None
    assert parse_stamp("Updated yesterday", TimeContext(now=NOW)) is None


def test_numeric_date_order_without_a_clue_warns() -> None:
    assert warnings_of("05/11/19") == (
        "05/11/19 read month first (2019-05-11): no page language or source zone to tell",)
    assert warnings_of("01.07.2019") == ("01.07.2019 read day first (2019-07-01): no page language or "
                                         "source zone to tell",)
    assert warnings_of("05/11/19", language="en") == ()
    assert warnings_of("19/11/2019") == ()


def test_date_only_has_no_utc() -> None:
    stamp = parse_stamp("November 19, 2019", TimeContext(source_tz="Asia/Shanghai"))
    assert (stamp.iso(), stamp.iso_utc(), stamp.has_time) == ("2019-11-19", None, False)


# ---------------------------------------------------------------- labels and several times on a line


@pytest.mark.parametrize(("line", "label"), [
    ("Updated 2020.02.28 09:00 GMT+8", "updated"),
    ("Last modified on Tue 19 Nov 2019 10.25 GMT", "updated"),
    ("Atualizado em 20/11/2019 - 14:31", "updated"),
    ("Обновлено 20 ноября 2019 в 08:30", "updated"),
    ("수정 2019-11-19 11:00", "updated"),
    ("更新时间：2020.02.28 09:00 GMT+8", "updated"),
    ("Published November 20th, 2019 - 07:29 GMT", "published"),
    ("Опубликовано: 19.11.2019 10:16 МСК", "published"),
    ("2020.02.28 07:03 GMT+8", "published"),
])


def test_label_of(line: str, label: str) -> None:
    assert label_of(line) == label


def test_find_time_in_splits_labelled_pieces() -> None:
    found = find_time_in("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019",
                         TimeContext(source_tz="America/Chicago"))
    assert [(label, stamp.iso()) for label, stamp in found] == [
        ("published", "2019-11-18T16:07:00-06:00"), ("updated", "2019-11-18T17:36:00-06:00")]


def test_find_time_in_unlabelled_pair() -> None:
    found = find_time_in("Nov. 19, 2019 8:21 am ET / Nov. 19, 2019 8:03 am ET")
    assert [(label, stamp.iso_utc()) for label, stamp in found] == [
        (None, "2019-11-19T13:21:00Z"), (None, "2019-11-19T13:03:00Z")]


# ---------------------------------------------------------------- find_times on header lines


def lines_of(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, 1)]


def summary(found) -> tuple:
    return (found.published.iso() if found.published else None, found.published_where,
            found.updated.iso() if found.updated else None, found.updated_where)


FIND_CASES = [
    pytest.param(lines_of("World", "Turkish soldiers killed in airstrike in Syria's Idlib",
                          "2020.02.28 07:03 GMT+8", "Updated 2020.02.28 09:00 GMT+8"), {},
                 ("2020-02-28T07:03:00+08:00", "line 3", "2020-02-28T09:00:00+08:00", "line 4"), id="cgtn"),
    pytest.param(lines_of("By Al Root Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:03 am ET"), {},
                 ("2019-11-19T08:03:00-05:00", "line 1", "2019-11-19T08:21:00-05:00", "line 1"), id="two-on-a-line"),
    pytest.param(lines_of("Markets", "PUBLISHED TUE, NOV 19 20197:05 AM ESTUPDATED TUE, NOV 19 20197:16 AM EST"), {},
                 ("2019-11-19T07:05:00-05:00", "line 2", "2019-11-19T07:16:00-05:00", "line 2"), id="glued-pair"),
    pytest.param(lines_of("PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO"), {"now": NOW},
                 ("2019-11-20T04:29:00-05:00", "line 1", "2019-11-20T11:00:00+00:00", "line 1"), id="glued-relative"),
    pytest.param(lines_of("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"),
                 {"tz": "Europe/London"},
                 ("2019-11-19T10:48:00+00:00", "line 1", "2019-11-19T11:05:00+00:00", "line 1"), id="time-first"),
    pytest.param(lines_of("Nov 19, 2019", "Published November 19, 2019 at 6:56 PM"), {"tz": "Pacific/Honolulu"},
                 ("2019-11-19T18:56:00-10:00", "line 2", None, None), id="labelled-wins"),
    pytest.param(lines_of("Published: Nov. 19, 2019", "Nov. 19, 2019, 6:18 p.m. EST"), {},
                 ("2019-11-19T18:18:00-05:00", "line 2", None, None), id="same-day-with-time-wins"),
    pytest.param(lines_of("November 19, 2019 / 12:21 AM / Updated 14 hours ago"), {"tz": "Europe/London", "now": NOW},
                 ("2019-11-19T00:21:00+00:00", "line 1", "2019-11-19T22:00:00+00:00", "line 1"), id="reuters"),
    pytest.param(lines_of("Mon 18 Nov 2019 18.54 GMT", "Last modified on Tue 19 Nov 2019 10.25 GMT"), {},
                 ("2019-11-18T18:54:00+00:00", "line 1", "2019-11-19T10:25:00+00:00", "line 2"), id="guardian"),
    pytest.param(lines_of("The Verge", "Noah Hawley's Star Trek film is on hold",
                          "By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST"), {},
                 ("2019-11-19T19:53:00-05:00", "line 3", None, None), id="glued-byline"),
    pytest.param(lines_of("입력 2019.11.19 10:15", "수정 2019.11.19 11:02"), {"tz": "Asia/Seoul"},
                 ("2019-11-19T10:15:00+09:00", "line 1", "2019-11-19T11:02:00+09:00", "line 2"), id="korean"),
    pytest.param(lines_of("发布时间：2019-11-19 10:15", "更新时间：2019-11-19 12:00"), {"tz": "Asia/Shanghai"},
                 ("2019-11-19T10:15:00+08:00", "line 1", "2019-11-19T12:00:00+08:00", "line 2"), id="chinese"),
    pytest.param(lines_of("Publicado em 19/11/2019 - 10:15", "Atualizado em 19/11/2019 - 12:40"),
                 {"tz": "America/Sao_Paulo", "lang": "pt"},
                 ("2019-11-19T10:15:00-03:00", "line 1", "2019-11-19T12:40:00-03:00", "line 2"), id="portuguese"),
    pytest.param(lines_of("Опубликовано: 19 ноября 2019, 10:15", "Обновлено: 19 ноября 2019, 12:00"),
                 {"tz": "Europe/Moscow"},
                 ("2019-11-19T10:15:00+03:00", "line 1", "2019-11-19T12:00:00+03:00", "line 2"), id="russian"),
    pytest.param(lines_of("Pubblicato il 19/11/2019 alle 10:15", "Aggiornato il 19/11/2019 alle 12:30"),
                 {"tz": "Europe/Rome", "lang": "it"},
                 ("2019-11-19T10:15:00+01:00", "line 1", "2019-11-19T12:30:00+01:00", "line 2"), id="italian"),
    pytest.param(lines_of("Diperbarui 19 Nov 2019, 12:00 WIB"), {},
                 (None, None, "2019-11-19T12:00:00+07:00", "line 1"), id="only-updated"),
    pytest.param(lines_of("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019"), {"lang": "en"},
                 ("2019-11-18T16:07:00-06:00", "line 1", "2019-11-18T17:36:00-06:00", "line 1"), id="zone-borrowed"),
    pytest.param(lines_of("November 19, 2019 6:30 AM", "Updated 8:02 AM ET, Nov 19, 2019"), {},
                 ("2019-11-19T06:30:00-05:00", "line 1", "2019-11-19T08:02:00-05:00", "line 2"),
                 id="zone-borrowed-across"),
    pytest.param(lines_of("November 19, 2019 6:30 AM", "Updated 8:02 AM ET, Nov 19, 2019"), {"tz": "Europe/London"},
                 ("2019-11-19T06:30:00+00:00", "line 1", "2019-11-19T08:02:00-05:00", "line 2"),
                 id="source-zone-not-overridden"),
    pytest.param(lines_of("Home", "Title of the article", "By Jane Doe"), {}, (None, None, None, None), id="no-times"),
    pytest.param(lines_of("Headline of the story",
                          "The council met on Nov. 19, 2019 to approve the budget for the next fiscal year."), {},
                 (None, None, None, None), id="prose-is-skipped"),
    pytest.param(lines_of("Updated on Nov. 19, 2019 at 10:15 a.m. ET with comments from the mayor and the council."),
                 {}, (None, None, "2019-11-19T10:15:00-05:00", "line 1"), id="labelled-prose-kept"),
    pytest.param(lines_of("Apple's updated MacBook Pro arrives Nov 19, 2019"), {},
                 ("2019-11-19", "line 1", None, None), id="label-word-inside-a-title"),
    pytest.param(lines_of("Headline", "— Jane Roe (@janeroe) November 15, 2019", "Nov 18, 2019, 11:47am EST"), {},
                 ("2019-11-18T11:47:00-05:00", "line 3", None, None), id="embedded-post-ignored"),
    pytest.param(lines_of("Headline", "Nov 19, 2019",
                          "Police officers stand guard outside the building in the city on November 18, 2019."), {},
                 ("2019-11-19", "line 2", None, None), id="caption-date-ignored"),
]


@pytest.mark.parametrize(("lines", "spec", "expected"), FIND_CASES)
def test_find_times(lines: list[Line], spec: dict, expected: tuple) -> None:
    assert summary(find_times(lines, ctx_of(spec))) == expected


def test_find_times_labelled_only_ignores_bare_dates() -> None:
    found = find_times(lines_of("Nov 20, 2019", "First published on November 19, 2019 / 8:16 AM"),
                       TimeContext(source_tz="America/New_York"), labelled_only=True)
    assert summary(found) == ("2019-11-19T08:16:00-05:00", "line 2", None, None)
    assert find_times(lines_of("Nov 20, 2019"), labelled_only=True).published is None


def test_find_times_warns_when_updated_precedes_published() -> None:
    found = find_times(lines_of("Published Nov 19, 2019 10:00 GMT", "Updated Nov 18, 2019 10:00 GMT"))
    assert found.warnings == ("updated time 2019-11-18T10:00:00+00:00 is before published time "
                              "2019-11-19T10:00:00+00:00",)


def test_find_times_without_now_drops_relative_times() -> None:
    found = find_times(lines_of("Published Nov 19, 2019 10:00 GMT", "Updated 2 hours ago"))
    assert (found.published.iso_utc(), found.updated) == ("2019-11-19T10:00:00Z", None)


def test_relative_time_keeps_the_offset_of_now_when_no_zone_is_known() -> None:
    tokyo_now = datetime(2019, 11, 21, 6, 0, tzinfo=timezone(timedelta(hours=9)))
    stamp = parse_stamp("3 hours ago", TimeContext(now=tokyo_now))
    assert (stamp.iso(), stamp.iso_utc()) == ("2019-11-21T03:00:00+09:00", "2019-11-20T18:00:00Z")


# ---------------------------------------------------------------- dates in URLs (date only, for callers with no other)


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.theverge.com/2019/11/19/20973355/noah-hawley-star-trek", "2019-11-19"),
    ("https://www.spokesman.com/stories/2019/nov/19/meth-campaign/", "2019-11-19"),
    ("https://www.latimes.com/business/story/2019-11-19/pge-power-shutoffs", "2019-11-19"),
    ("https://example.com/news/20191118/story.html", "2019-11-18"),
    ("https://www.linknaija.com/2018/08/breaking-news-chelsea.html", None),
    ("https://www.rt.com/news/473849-3-morales-supporters/", None),
    ("https://example.com/2019/13/45/not-a-date", None),
])


def test_stamp_from_url(url: str, day: str | None) -> None:
    stamp = stamp_from_url(url)
    assert (stamp.iso() if stamp else None) == day
    assert stamp is None or (stamp.has_time, stamp.iso_utc()) == (False, None)


# ---------------------------------------------------------------- never crashes

_PIECES = st.sampled_from([
    "Nov.", "19", ",", " ", "2019", "8:03", "am", "ET", "GMT+8", "+0000", "-99:99", "T", "Z", "/", ".", "年", "月",
    "日",
    "오후", "3시", "ago", "hours", "há", "yesterday", "at", "Updated", "Published", "(", ")", "0339", "HKT", "IST",
    "CST", "W53", "-", "366", "00", "99", "24:00", "\u00a0", "ESTUPDATED", "20194:29", "99999999999",
])


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(_PIECES, max_size=25), noise=st.text(max_size=40))
def test_never_raises(parts: list[str], noise: str) -> None:
    text = "".join(parts) + noise
    for ctx in (TimeContext(), TimeContext(source_tz="Asia/Shanghai", now=NOW, language="en")):
        stamp = parse_stamp(text, ctx)
        if stamp is not None:
            assert stamp.iso() and (stamp.iso_utc() is None or stamp.iso_utc().endswith("Z"))
        find_times([Line(1, text)], ctx)


# ---------------------------------------------------------------- year-less dates ("Posted Nov 18, 8:19 PM")


def test_a_yearless_date_takes_the_year_nearest_the_page_day() -> None:
    ctx = TimeContext(page_day=datetime(2019, 11, 18).date())
    stamp = parse_stamp("Posted Nov 18, 8:19 PM", ctx)
    assert (stamp.iso(), stamp.zone_note) == ("2019-11-18T20:19:00", "no zone; year from 2019-11-18")
    # across New Year: a page dated 2 January 2020 that says "Dec 30" means the week before
    assert parse_stamp("Dec 30", TimeContext(page_day=datetime(2020, 1, 2).date())).iso() == "2019-12-30"
    assert parse_stamp("11月19日 10:20", TimeContext(page_day=datetime(2019, 11, 20).date())).iso() \
        == "2019-11-19T10:20:00"


def test_a_yearless_date_without_a_page_day_is_not_given_a_year() -> None:
    assert parse_stamp("Posted Nov 18, 8:19 PM", TimeContext(now=datetime(2019, 11, 20, tzinfo=UTC))) is None


def test_page_day_is_the_middle_full_date_and_ignores_years_alone() -> None:
    from newsclean.parsers.time.header import has_yearless_date, page_day
    lines = lines_of("© 2019 The Ledger", "October 2019", "June 3, 2019", "Nov 18, 2019", "Nov 20, 2019")
    assert page_day(lines) == datetime(2019, 11, 18).date()
    assert page_day(lines_of("© 2019 The Ledger", "Archive: October 2019")) is None
    assert (has_yearless_date("Updated Nov 19, 9:41 AM"), has_yearless_date("Today, 9:41 AM")) == (True, False)


def test_a_clock_alone_on_the_line_under_a_date_is_that_dates_time() -> None:
    found = find_times(lines_of("By Ann Lee", "Nov. 19, 2019", "5:50 PM"), TimeContext(source_tz="America/Chicago"))
    assert summary(found) == ("2019-11-19T17:50:00-06:00", "line 2", None, None)
    apart = find_times(lines_of("Nov. 19, 2019", "5:50 PM and rising"), TimeContext(source_tz="America/Chicago"))
    assert apart.published.iso() == "2019-11-19"


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(_PIECES | st.sampled_from(["Ab", "x", "UPDATED", "Posted", "4:29", "ESTes", "\u202f"]),
                      max_size=25),
       noise=st.text(max_size=40))


def test_normalize_twice_changes_nothing(parts: list[str], noise: str) -> None:
    """find_times hands lines it has normalized to the scanner as they are: a second pass must add nothing."""
    text = "".join(parts) + noise
    once = normalize(text)
    assert normalize(once) == once
