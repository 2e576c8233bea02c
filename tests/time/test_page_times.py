"""Times on whole pages: update times without their date or zone, year-less dates, far-off relative times.

Every page here was written for the test, modelled on how some kind of news page prints the thing under
test; the expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

from datetime import UTC, datetime

from pages import COUNCIL_HEADLINE, PARAGRAPHS, VALLEY_MENU, generic, header_page, page

from newsclean.parsers import parse


def test_a_date_printed_without_its_year_takes_the_year_of_the_pages_other_dates() -> None:
    embed = "— Ann Lee (@annlee) November 17, 2019"  # an embedded post's signature: a full date, not the story's
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs",
                          "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM", PARAGRAPHS[0], embed, *PARAGRAPHS[1:]))
    assert (record["published"], record["updated"]) == ("2019-11-18T20:19:00", "2019-11-19T09:41:00")


def test_a_date_without_its_year_on_a_page_with_no_full_date_is_read_as_the_latest_one_not_after_now() -> None:
    data = page(*VALLEY_MENU, "Bridge to close for two years of repairs", "Posted Dec 30, 8:19 PM", *PARAGRAPHS)
    new_year = parse(data, source="generic", now=datetime(2020, 1, 5, tzinfo=UTC)).to_dict()
    assert new_year["published"] == "2019-12-30T20:19:00"
    assert parse(data, source="generic").to_dict()["published"] is None  # no page date, no now: no year


def test_a_bare_date_after_the_article_belongs_to_a_related_story() -> None:
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", *PARAGRAPHS, "Related",
                          "Mayor will not run again", "March 1, 2020"))
    assert record["published"] is None


def test_an_update_time_printed_without_its_date_takes_the_date_of_the_time_before_it() -> None:
    """"mis à jour à 12h05" on the line of "Publié le 19 novembre 2019 à 10h30": updated at 12:05 that day."""
    article = parse(header_page("Accueil", "Le vieux pont fermé deux ans pour travaux", "Par Jeanne Dupont",
                          "Publié le 19 novembre 2019 à 10h30, mis à jour à 12h05"), path="x.txt")
    assert article.published == "2019-11-19T10:30:00"
    assert article.updated == "2019-11-19T12:05:00"


def test_an_update_clock_without_a_zone_takes_the_zone_of_the_published_time() -> None:
    article = parse(header_page("Home", "Bridge to close for two years of repairs", "By Jane Doe",
                          "Published 9:15 AM EST, November 19, 2019 | Updated 11:40 AM"), path="x.txt")
    assert article.updated == "2019-11-19T11:40:00-05:00"


def test_a_relative_time_years_from_the_page_dates_is_kept_with_a_warning() -> None:
    """"UPDATED 2 HOURS AGO" read against a ``now`` seven years after the page's printed date: the
    time stays (the documented --now contract) and a warning says to check ``now``."""
    page = header_page("Home", "NOVEMBER 19, 2019 / 9:14 AM / UPDATED 2 HOURS AGO",
                       "Bridge to close for two years of repairs",
                 "Jane Doe")
    now = datetime(2026, 11, 25, 0, 52, tzinfo=UTC)
    article = parse(page, path="x.txt", now=now)
    assert article.updated == "2026-11-24T22:52:00+00:00"
    assert any("lands 2562 days from the dates the page prints (2019-11-19)" in w for w in article.warnings)
    recent = parse(page, path="x.txt", now=datetime(2019, 11, 19, 11, 30, tzinfo=UTC))
    assert not any("days from the dates the page prints" in w for w in recent.warnings)


def test_a_date_line_of_the_header_that_gives_no_time_is_listed_in_removed() -> None:
    """A date the header prints twice is read once; the other line gives no time, so it is listed in
    ``removed`` instead of vanishing from the record."""
    article = parse(header_page("Home", "Bridge to close for two years of repairs", "By Jane Doe",
                                "Nov 19, 2019 9:15 AM EST", "Published Nov 19, 2019"), path="x.txt")
    assert article.published == "2019-11-19T09:15:00-05:00"
    assert ("date", "Published Nov 19, 2019", "unread_date_line") in [tuple(r) for r in article.removed]


def test_a_label_over_the_date_is_read_with_it() -> None:
    """"Publish date:" over the date labels it: the time is read from the two lines, and neither is left over."""
    article = parse(header_page("Home", "Bridge to close for two years of repairs", "By Jane Doe", "Publish date:",
                                "Nov 19, 2019 9:15 AM EST"), path="x.txt")
    assert article.published == "2019-11-19T09:15:00-05:00"
    assert article.provenance["published"].startswith("line 4: ")
    assert [tuple(r) for r in article.removed] == [("navigation", "Home", "navigation_label")]


def test_an_italian_update_in_brackets_after_the_date_is_the_update() -> None:
    """"19 novembre 2019 (modifica il 19 novembre 2019 | 18:40)": the day is the publication,
    the time after "modifica il" the update."""
    article = parse(header_page("Cronaca", "Milano", COUNCIL_HEADLINE, "di Francesca Rinaldi",
                          "19 novembre 2019 (modifica il 19 novembre 2019 | 18:40)"), path="x.txt")
    assert article.published == "2019-11-19"
    assert article.updated == "2019-11-19T18:40:00"
