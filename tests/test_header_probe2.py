"""The header reader on hand-written pages shaped like the second generalization probe's failures:
an unpunctuated dek stacked under the headline above the date, buttons and a columnist's box
between the section label and the headline, genre labels, a strip of trending links running into
the kicker, a release notice where a kicker would stand. Every page was written for the test; the
expected fields were worked out by reading it, before running the parser.
"""
from __future__ import annotations

from newsclean.parsers import parse

ARTICLE = (
    "The city council voted on Tuesday to close the old river bridge for two years of repairs, "
    "officials said, after engineers found deep cracks in three of its steel supports.",
    "Work is to start in March. A ferry will run every twenty minutes while the bridge is shut, "
    "and buses will take the long way round through the northern suburbs.",
    "Shop owners on both banks said they feared losing trade, and asked the council for help "
    "with rents while the works go on.",
)
MENU = ("Home", "News", "Sport", "Opinion", "Business", "Culture")
HEADLINE = "Council to close the old river bridge for two years of repairs"


def _page(*header: str) -> bytes:
    return "\n".join((*header, "", ARTICLE[0], "", ARTICLE[1], "", ARTICLE[2], "")).encode()


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
    article = parse(_page(*MENU, "OPINION", "Margaret Oduya",
                          "Margaret Oduya is a former city engineer and writes a fortnightly column on transport.",
                          "Follow", HEADLINE, "November 19, 2019 — 5:00am"), path="x.txt")
    assert article.title == HEADLINE
    assert article.authors == ["Margaret Oduya"]
    assert article.section == "Opinion"


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
