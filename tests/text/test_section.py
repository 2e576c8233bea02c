"""The section: the label over the headline, past buttons, genres, columnists, menus and trails.

Every page here was written for the test, modelled on how some kind of news page prints the thing under
test; the expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

from pages import COUNCIL_HEADLINE, NEWS_MENU, PARAGRAPHS, generic, header_page, page

from newsclean.parsers import parse


def test_section_above_the_date_and_agency_note_after_the_story() -> None:
    record = generic(page("World", "March 3, 2020 9:15 AM", "Bridge to close for two years of repairs",
                          *PARAGRAPHS, "(with input from agencies)", "Copyright © 2020 The Valley Post"))
    assert record["section"] == "World"
    assert record["credits"] == ["agencies"]
    assert "agencies" not in record["body"]


def test_of_two_labels_over_the_headline_the_one_the_menu_and_trail_name_is_the_section() -> None:
    article = parse(header_page("Home", "Politics", "Business", "Sport", "", "Home › Politics › City",
                          "Politics", "Bridge repairs", "Bridge to close for two years of repairs",
                          "By Jane Doe", "19.11.2019, 08:30"), path="x.txt")
    assert article.section == "Politics"
    assert article.title == "Bridge to close for two years of repairs"


def test_a_section_label_set_apart_under_a_trending_list_is_still_the_section() -> None:
    """A blank line ends the list of trending topics above: the label under it is the section."""
    article = parse(header_page("Home", "Trending", "Bridges", "Ferries", "Council", "Trains", "", "City",
                          "Bridge to close for two years of repairs", "By Jane Doe",
                          "Published 3:42 PM EST, November 19, 2019"), path="x.txt")
    assert article.section == "City"


def test_a_section_label_printed_in_capitals_takes_the_menu_spelling() -> None:
    article = parse(header_page("News", "Local News", "Weather", "Sports", "", "LOCAL NEWS",
                          "Bridge to close for two years of repairs", "By Jane Doe",
                          "Published 3:42 PM EST, November 19, 2019"), path="x.txt")
    assert article.section == "Local News"


def test_the_category_a_blog_post_is_posted_in_is_its_section() -> None:
    article = parse(header_page("Home", "About", "Archive", "", "Bridge to close for two years of repairs",
                          "Posted on November 19, 2019 by Jane Doe", "Posted in City Life", "14 Comments"),
                              path="x.txt")
    assert article.section == "City Life"
    assert article.authors == ["Jane Doe"]


def test_a_release_notice_above_the_headline_is_not_the_section() -> None:
    article = parse(header_page(*NEWS_MENU, "FOR IMMEDIATE RELEASE", COUNCIL_HEADLINE, "19 November 2019 08:00 CET"),
                    path="x.txt")
    assert article.title == COUNCIL_HEADLINE
    assert article.section is None


def test_a_follow_button_and_a_columnist_box_stand_between_the_section_and_the_headline() -> None:
    """"Follow" is a button, not the section; the name over a "NAME is a …" biography above the
    headline is the author; the section is the label above the box, spelt as the menu spells it."""
    bio = "Margaret Oduya is a former city engineer and writes a fortnightly column on transport."
    article = parse(header_page(*NEWS_MENU, "OPINION", "Margaret Oduya", bio, "Follow", COUNCIL_HEADLINE,
                                "November 19, 2019 — 5:00am"),
                    path="x.txt")
    assert article.title == COUNCIL_HEADLINE
    assert article.authors == ["Margaret Oduya"]
    assert article.section == "Opinion"
    assert ("bio", bio) in [(r.kind, r.text) for r in article.removed]  # the biography, listed as such


def test_a_genre_label_gives_way_to_the_section_label_above_it() -> None:
    article = parse(header_page(*NEWS_MENU, "Business", "Analysis", COUNCIL_HEADLINE, "By Jane Doe",
                                "November 19, 2019"), path="x.txt")
    assert article.section == "Business"


def test_a_genre_label_alone_above_the_headline_stays_the_section() -> None:
    article = parse(header_page(*NEWS_MENU, "", "Analysis", COUNCIL_HEADLINE, "By Jane Doe", "November 19, 2019"),
                    path="x.txt")
    assert article.section == "Analysis"


def test_a_trending_strip_ends_at_the_kicker_the_menu_prints_too() -> None:
    """The last line of a "Trending:" strip right above the headline is the kicker when the menu
    names it; a strip of the story's own topics keeps its last item out of the section."""
    article = parse(header_page(*NEWS_MENU, "Trending:", "Holiday Guide", "School Football", "News", COUNCIL_HEADLINE,
                          "By Jane Doe", "November 19, 2019"), path="x.txt")
    assert article.section == "News"
    article = parse(header_page(*NEWS_MENU, "Trending:", "Holiday Guide", "School Football", "Water rates",
                                COUNCIL_HEADLINE,
                          "By Jane Doe", "November 19, 2019"), path="x.txt")
    assert article.section is None


def test_the_section_heads_the_sub_menu_printed_right_above_the_headline() -> None:
    """The main menu names the section; its sub-menu follows, the headline right under it (a
    "Live" label between): the section is the sub-menu's head, not its last item."""
    article = parse(header_page("Home", "News", "Politics", "Business", "Politics", "Parliaments", "Elections", "Live",
                          COUNCIL_HEADLINE, "By Jane Doe", "November 19, 2019"), path="x.txt")
    assert article.section == "Politics"


def test_a_breadcrumb_trail_ending_with_the_headline_names_the_section_over_the_topic_label() -> None:
    """"Startseite / Region / Köln / COUNCIL_HEADLINE", then the topic label and the headline again: the
    trail's last label is the section, as the menu's label beats a topic label."""
    article = parse(header_page("Startseite", "Region", "Politik", "Region", "Köln", "Bonn", "Startseite", "Region",
                                "Köln",
                          COUNCIL_HEADLINE, "Verkehr", COUNCIL_HEADLINE, "Von Jana Feld", "19.11.2019, 18:40 Uhr"),
                              path="x.txt")
    assert article.title == COUNCIL_HEADLINE
    assert article.section == "Köln"
