"""The header reader on hand-written pages shaped like the generalization probe's failures: a bare
name over the date, a list of topics above the headline, a topic label under the section, a caption
under the date line. Every page was written for the test; the expected fields were worked out by
reading it, before running the parser.
"""
from __future__ import annotations

from datetime import datetime, timezone

from pages import ARTICLE
from pages import header_page as _page

from newsclean.parsers import parse


def test_a_bare_han_name_between_headline_and_date_is_the_byline() -> None:
    """"山田太郎" alone over the date is the author, not the headline; the section over the headline stays."""
    page = "\n".join(("ニュース", "政治", "社会", "経済", "", "社会", "川の古い橋、来年3月から2年間の補修工事へ 市議会が決定",
                      "山田太郎", "2019年11月19日 18時30分", "シェア", "",
                      "市議会は19日、市の中心部にある古い橋を来年3月から2年間閉鎖し、補修工事を行うことを決めた。"
                      "点検で橋を支える鋼材3か所に深い亀裂が見つかったためだ。", "",
                      "工事の間は、20分おきにフェリーを運航する。市の担当者は「できるだけ早く再開したい」と話した。"
                      "周辺の商店からは売り上げの減少を心配する声も出ている。", ""))
    article = parse(page.encode(), path="x.txt")
    assert article.title == "川の古い橋、来年3月から2年間の補修工事へ 市議会が決定"
    assert article.authors == ["山田太郎"]
    assert article.section == "社会"


def test_a_bare_name_over_the_date_leaves_the_headline_and_dek_above_it() -> None:
    """A four-word name over the date (too long to be skipped as a label) is the byline; the
    headline and the dek above it keep their places."""
    article = parse(_page("Home", "News", "", "Bridge to close for two years of repairs",
                          "Engineers found cracks in three steel supports during a routine inspection in June",
                          "Mary Ann Van Dyke", "Tue 19 Nov 2019 14.02 GMT"), path="x.txt")
    assert article.title == "Bridge to close for two years of repairs"
    assert article.subtitle == "Engineers found cracks in three steel supports during a routine inspection in June"
    assert article.authors == ["Mary Ann Van Dyke"]


def test_a_by_line_under_the_headline_beats_a_topic_item_above_it_that_names_an_agency() -> None:
    """The items of a "Related topics" list above the headline are tags: neither the byline (an
    agency's name among them) nor the section."""
    article = parse(_page("Menu", "Related topics", "Bridges", "City council", "Reuters Top News", "Transport",
                          "Bridge to close for two years of repairs", "By JANE DOE and JOHN ROE",
                          "Published 3:42 PM EST, November 19, 2019"), path="x.txt")
    assert article.title == "Bridge to close for two years of repairs"
    assert article.authors == ["Jane Doe", "John Roe"]
    assert article.section is None


def test_of_two_labels_over_the_headline_the_one_the_menu_and_trail_name_is_the_section() -> None:
    article = parse(_page("Home", "Politics", "Business", "Sport", "", "Home › Politics › City",
                          "Politics", "Bridge repairs", "Bridge to close for two years of repairs",
                          "By Jane Doe", "19.11.2019, 08:30"), path="x.txt")
    assert article.section == "Politics"
    assert article.title == "Bridge to close for two years of repairs"


def test_a_caption_that_holds_a_date_under_the_date_line_is_a_caption_not_lost() -> None:
    """The caption printed right under the date line names a date too: it is the lead picture's
    caption, with its credit, not a second date line that vanishes from the record."""
    caption = "Workers inspect the old bridge on Tuesday, Nov. 19, 2019."
    article = parse(_page("Home", "Bridge to close for two years of repairs", "By Jane Doe",
                          "Published 3:42 PM EST, November 19, 2019", f"{caption} (AP Photo/John Roe)"), path="x.txt")
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "AP Photo/John Roe")]
    assert article.published == "2019-11-19T15:42:00-05:00"


def test_an_update_time_printed_without_its_date_takes_the_date_of_the_time_before_it() -> None:
    """"mis à jour à 12h05" on the line of "Publié le 19 novembre 2019 à 10h30": updated at 12:05 that day."""
    article = parse(_page("Accueil", "Le vieux pont fermé deux ans pour travaux", "Par Jeanne Dupont",
                          "Publié le 19 novembre 2019 à 10h30, mis à jour à 12h05"), path="x.txt")
    assert article.published == "2019-11-19T10:30:00"
    assert article.updated == "2019-11-19T12:05:00"


def test_an_update_clock_without_a_zone_takes_the_zone_of_the_published_time() -> None:
    article = parse(_page("Home", "Bridge to close for two years of repairs", "By Jane Doe",
                          "Published 9:15 AM EST, November 19, 2019 | Updated 11:40 AM"), path="x.txt")
    assert article.updated == "2019-11-19T11:40:00-05:00"


def test_a_section_label_set_apart_under_a_trending_list_is_still_the_section() -> None:
    """A blank line ends the list of trending topics above: the label under it is the section."""
    article = parse(_page("Home", "Trending", "Bridges", "Ferries", "Council", "Trains", "", "City",
                          "Bridge to close for two years of repairs", "By Jane Doe",
                          "Published 3:42 PM EST, November 19, 2019"), path="x.txt")
    assert article.section == "City"


def test_a_section_label_printed_in_capitals_takes_the_menu_spelling() -> None:
    article = parse(_page("News", "Local News", "Weather", "Sports", "", "LOCAL NEWS",
                          "Bridge to close for two years of repairs", "By Jane Doe",
                          "Published 3:42 PM EST, November 19, 2019"), path="x.txt")
    assert article.section == "Local News"


def test_the_category_a_blog_post_is_posted_in_is_its_section() -> None:
    article = parse(_page("Home", "About", "Archive", "", "Bridge to close for two years of repairs",
                          "Posted on November 19, 2019 by Jane Doe", "Posted in City Life", "14 Comments"), path="x.txt")
    assert article.section == "City Life"
    assert article.authors == ["Jane Doe"]


def test_a_relative_time_years_from_the_page_dates_is_kept_with_a_warning() -> None:
    """"UPDATED 2 HOURS AGO" read against a ``now`` seven years after the page's printed date: the
    time stays (the documented --now contract) and a warning says to check ``now``."""
    page = _page("Home", "NOVEMBER 19, 2019 / 9:14 AM / UPDATED 2 HOURS AGO", "Bridge to close for two years of repairs",
                 "Jane Doe")
    now = datetime(2026, 11, 25, 0, 52, tzinfo=timezone.utc)
    article = parse(page, path="x.txt", now=now)
    assert article.updated == "2026-11-24T22:52:00+00:00"
    assert any("lands 2562 days from the dates the page prints (2019-11-19)" in w for w in article.warnings)
    recent = parse(page, path="x.txt", now=datetime(2019, 11, 19, 11, 30, tzinfo=timezone.utc))
    assert not any("days from the dates the page prints" in w for w in recent.warnings)


def test_a_list_of_dates_between_the_headline_and_the_article_is_no_date_line_of_the_header() -> None:
    """A race calendar printed between the header and where the article zone starts is not read
    as more date lines of the header (which would take its lines out of the record)."""
    from newsclean.parsers.header_text import read_header
    from newsclean.parsers.textdump import split_lines
    from newsclean.parsers.zones_text import Zone, view_lines

    rounds = [f"Round {n}: {day} – {town}" for n, (day, town) in enumerate(
        (("March 10", "Riverside"), ("April 8", "Hilltop"), ("May 6", "Lakeside"), ("June 3", "Riverside")), 1)]
    views = view_lines(split_lines("\n".join(("Home", "The bridge race calendar for 2020", "Monday, January 20, 2020 at 9:15",
                                              "Share this", "The calendar", *rounds, "", ARTICLE[0], "", ARTICLE[1], ""))))
    header = read_header(views, Zone(9, len(views), True))
    assert [views[i].text for i in header.date_lines] == ["Monday, January 20, 2020 at 9:15"]


def test_a_date_line_of_the_header_that_gives_no_time_is_listed_in_removed() -> None:
    """"Publish date:" over the date is read as one of the header's date lines; it gives no time,
    so it is listed in ``removed`` instead of vanishing from the record."""
    article = parse(_page("Home", "Bridge to close for two years of repairs", "By Jane Doe", "Publish date:",
                          "Nov 19, 2019 9:15 AM EST"), path="x.txt")
    assert article.published == "2019-11-19T09:15:00-05:00"
    assert ("date", "Publish date:", "unread_date_line") in [tuple(r) for r in article.removed]
