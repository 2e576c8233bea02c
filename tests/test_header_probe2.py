"""The header reader on hand-written pages shaped like the second generalization probe's failures:
an unpunctuated dek stacked under the headline above the date, buttons and a columnist's box
between the section label and the headline, genre labels, a strip of trending links running into
the kicker, a release notice where a kicker would stand. Every page was written for the test; the
expected fields were worked out by reading it, before running the parser.
"""
from __future__ import annotations

from pages import header_page as _page

from newsclean.parsers import parse

MENU = ("Home", "News", "Sport", "Opinion", "Business", "Culture")
HEADLINE = "Council to close the old river bridge for two years of repairs"


def test_an_unpunctuated_dek_stacked_under_the_headline_above_the_date_is_the_dek() -> None:
    """Two headline-like lines right above the date, the lower shorter and without a full stop:
    the upper is the headline, the lower its dek."""
    dek = "Repairs to cost EUR 40 million; ferry to run meanwhile"
    article = parse(_page(*MENU, "Newsroom", "Press releases", "Press release", HEADLINE, dek,
                          "19 November 2019 08:00 CET", "Download PDF"), path="x.txt")
    assert article.title == HEADLINE
    assert article.subtitle == dek


def test_a_release_notice_above_the_headline_is_not_the_section() -> None:
    article = parse(_page(*MENU, "FOR IMMEDIATE RELEASE", HEADLINE, "19 November 2019 08:00 CET"), path="x.txt")
    assert article.title == HEADLINE
    assert article.section is None


def test_a_follow_button_and_a_columnist_box_stand_between_the_section_and_the_headline() -> None:
    """"Follow" is a button, not the section; the name over a "NAME is a …" biography above the
    headline is the author; the section is the label above the box, spelt as the menu spells it."""
    bio = "Margaret Oduya is a former city engineer and writes a fortnightly column on transport."
    article = parse(_page(*MENU, "OPINION", "Margaret Oduya", bio, "Follow", HEADLINE, "November 19, 2019 — 5:00am"),
                    path="x.txt")
    assert article.title == HEADLINE
    assert article.authors == ["Margaret Oduya"]
    assert article.section == "Opinion"
    assert ("bio", bio) in [(r.kind, r.text) for r in article.removed]  # the biography, listed as such


def test_a_genre_label_gives_way_to_the_section_label_above_it() -> None:
    article = parse(_page(*MENU, "Business", "Analysis", HEADLINE, "By Jane Doe", "November 19, 2019"), path="x.txt")
    assert article.section == "Business"


def test_a_genre_label_alone_above_the_headline_stays_the_section() -> None:
    article = parse(_page(*MENU, "", "Analysis", HEADLINE, "By Jane Doe", "November 19, 2019"), path="x.txt")
    assert article.section == "Analysis"


def test_a_trending_strip_ends_at_the_kicker_the_menu_prints_too() -> None:
    """The last line of a "Trending:" strip right above the headline is the kicker when the menu
    names it; a strip of the story's own topics keeps its last item out of the section."""
    article = parse(_page(*MENU, "Trending:", "Holiday Guide", "School Football", "News", HEADLINE,
                          "By Jane Doe", "November 19, 2019"), path="x.txt")
    assert article.section == "News"
    article = parse(_page(*MENU, "Trending:", "Holiday Guide", "School Football", "Water rates", HEADLINE,
                          "By Jane Doe", "November 19, 2019"), path="x.txt")
    assert article.section is None


LIVE_ENTRIES = (
    "Posted at 21:05", "Council votes to close the bridge", "",
    "The council has voted 31 to 12 to close the old river bridge for two years from March.", "",
    "Share this post", "Copy this link",
    "Posted at 20:41", "Shop owners ask for help with rents", "",
    "Traders on both banks told the meeting they feared losing half their customers while the works go on.", "",
    "Share this post", "Copy this link",
    "Posted at 20:02", "Debate under way", "",
    "Councillors have begun the debate, with more than forty residents waiting to speak in the public gallery.", "",
    "Share this post", "Copy this link", "",
)


def test_a_summary_list_under_a_live_pages_headline_is_no_headline_and_entry_stamps_start_entries() -> None:
    """The headline stands over a "Summary" heading and its points; "All times stated are UK" is a
    note, not a headline; the time-only stamp over each entry is no page date, and the first entry's
    heading opens the body."""
    page = "\n".join((*MENU, "Live", HEADLINE, "Summary", "The vote is expected before ten tonight",
                      "Traders fear losing trade for two years", "Edited by Jane Doe", "All times stated are UK",
                      *LIVE_ENTRIES))
    article = parse(page.encode(), path="x.txt")
    assert article.title == HEADLINE
    assert article.published is None
    assert article.blocks[0].text == "Council votes to close the bridge"
    assert "Summary" not in article.body and "All times" not in article.body


def test_a_note_on_the_zone_of_the_times_is_no_headline() -> None:
    article = parse(_page(*MENU, "Live", HEADLINE, "Live Reporting", "All times stated are UK",
                          "Tuesday 19 November 2019"), path="x.txt")
    assert article.title == HEADLINE


def test_a_name_and_the_outlet_set_apart_by_a_bar_over_the_date_is_the_byline() -> None:
    """"NAME | OUTLET" between the headline and the date is the byline: neither the headline, nor
    its dek, nor a picture credit."""
    article = parse(_page(*MENU, "News", HEADLINE, "Margaret Oduya | The Valley Post", "Selasa, 19 Nov 2019 14:20 WIB",
                          "Bagikan :"), path="x.txt")
    assert article.title == HEADLINE
    assert article.subtitle is None
    assert article.authors == ["Margaret Oduya"]
    assert article.images == []


def test_the_section_heads_the_sub_menu_printed_right_above_the_headline() -> None:
    """The main menu names the section; its sub-menu follows, the headline right under it (a
    "Live" label between): the section is the sub-menu's head, not its last item."""
    article = parse(_page("Home", "News", "Politics", "Business", "Politics", "Parliaments", "Elections", "Live",
                          HEADLINE, "By Jane Doe", "November 19, 2019"), path="x.txt")
    assert article.section == "Politics"


def test_a_breadcrumb_trail_ending_with_the_headline_names_the_section_over_the_topic_label() -> None:
    """"Startseite / Region / Köln / HEADLINE", then the topic label and the headline again: the
    trail's last label is the section, as the menu's label beats a topic label."""
    article = parse(_page("Startseite", "Region", "Politik", "Region", "Köln", "Bonn", "Startseite", "Region", "Köln",
                          HEADLINE, "Verkehr", HEADLINE, "Von Jana Feld", "19.11.2019, 18:40 Uhr"), path="x.txt")
    assert article.title == HEADLINE
    assert article.section == "Köln"


def test_a_byline_that_says_so_beats_a_name_like_label_above_it() -> None:
    """"Live Reporting" right under the headline looks like a bare name; the "Edited by" line under
    it is the byline."""
    article = parse(_page(*MENU, "Live", HEADLINE, "Live Reporting", "Edited by Jane Doe", "All times stated are UK",
                          *LIVE_ENTRIES), path="x.txt")
    assert article.authors == ["Jane Doe"]
