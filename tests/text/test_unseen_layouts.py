"""Headlines, dates and bylines of whole-page dumps of business blogs and magazines: the layouts of sites
no rule was written for (calls to action over the headline, ...).

Every page here was written for the test, modelled on how some kind of page prints the thing under
test; the expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

import pytest
from pages import ARTICLE, generic, header_page

from newsclean.parsers.rules.screen import match_generic

SHOP_MENU = ("Products", "Pricing", "Customers", "Resources")


@pytest.mark.parametrize("line", [
    "Book a Demo Log In", "Get a demo", "800.555.0142  Request Demo", "Back to Blog", "Member Log In",
    "What are you looking for?", "New to Ledgerly? Join now", "Start your free trial", "Find a location", "Start Trial",
    "Try for free",
])
def test_calls_to_action_are_navigation(line: str) -> None:
    assert match_generic(line).kind == "navigation"


@pytest.mark.parametrize("line", ["Get a Quote", "How to book a demo that converts", "Back to school in Texas"])
def test_lines_that_only_look_like_a_button_are_not(line: str) -> None:
    assert match_generic(line) is None


@pytest.mark.parametrize("button", ["Log in Get a Demo", "Back to blog", "What are you looking for?"])
def test_a_call_to_action_over_the_headline_is_no_headline(button: str) -> None:
    headline = "Nine bookkeeping habits that save a small firm money"
    record = generic(header_page(*SHOP_MENU, button, "Published: Jan 23, 2024", headline, "Ann Lee", "Managing Editor"))
    assert record["title"] == headline
    assert record["body"].startswith(ARTICLE[0])


FOOTER = ("Related guides", "How to choose a bookkeeper", "Payroll basics for new firms", "Contact", "Careers")


def _long_page(*tail: str) -> bytes:
    """A dump whose header prints no date, then the article, then ``tail`` well after it."""
    header = header_page(*SHOP_MENU, "Nine bookkeeping habits that save a small firm money", "Ann Lee")
    return header + "\n".join((*FOOTER, *FOOTER, *tail, "")).encode()


@pytest.mark.parametrize("label, day", [("Last updated: November 13, 2025", "2025-11-13"),
                                        ("Page last modified Jan. 17, 2025 @ 01:39 PM EST", "2025-01-17"),
                                        ("Content current as of:\n09/25/2025", "2025-09-25")])
def test_a_labelled_date_anywhere_on_the_page_is_read_when_the_header_prints_none(label: str, day: str) -> None:
    record = generic(_long_page(label))
    assert (record["published"] or "")[:10] == day


def test_an_unlabelled_date_far_from_the_header_is_not_read() -> None:
    assert generic(_long_page("November 13, 2025"))["published"] is None


@pytest.mark.parametrize("label", ["Published on", "Publish date", "PUBLISHED", "Posted on"])
def test_a_label_over_its_date_labels_it(label: str) -> None:
    assert generic(_long_page(label, "Oct 31, 2025"))["published"] == "2025-10-31"


def test_a_date_glued_to_the_byline_is_read() -> None:
    record = generic(header_page(*SHOP_MENU, "Nine bookkeeping habits that save a small firm money",
                                 "by Ann LeeNovember 20, 2007"))
    assert record["published"] == "2007-11-20"


@pytest.mark.parametrize("byline, authors, published", [
    ("BY ANN LEEPUBLISHED: JAN 29, 2025", ["Ann Lee"], "2025-01-29"),
    ("ByNina Patel", ["Nina Patel"], None),
    ("by Ann LeeNovember 20, 2007", ["Ann Lee"], "2007-11-20"),
])
def test_a_byline_glued_to_its_label_or_date_names_the_author_alone(byline: str, authors: list[str],
                                                                    published: str | None) -> None:
    record = generic(header_page(*SHOP_MENU, "Nine bookkeeping habits that save a small firm money", byline))
    assert (record["authors"], record["published"]) == (authors, published)


@pytest.mark.parametrize("date_line", ["Fri, 19th Dec 2025", "September 1st, 2025 By Ann Lee"])
def test_a_date_with_an_ordinal_day_anchors_the_headline_above_it(date_line: str) -> None:
    headline = "Nine bookkeeping habits that save a small firm money"
    record = generic(header_page(*SHOP_MENU, headline, date_line, "Ann Lee, Managing Editor"))
    assert record["title"] == headline


@pytest.mark.parametrize("trail", ["Home / Guides / Best practices for holiday pay",
                                   "HomeGuidesBest practices for holiday pay"])
def test_the_line_a_breadcrumb_trail_ends_with_is_the_headline(trail: str) -> None:
    record = generic(header_page("Payroll & HR Case Studies", "Hear how we helped local firms", "Guides", trail,
                                 "Best practices for holiday pay", "Share"))
    assert record["title"] == "Best practices for holiday pay"


def test_a_menu_entry_that_ends_a_longer_name_is_no_trail() -> None:
    record = generic(header_page("Payroll & HR Case Studies", "The Valley Supervisor Resource Hub", "Guides",
                                 "Valley Supervisor Resource Hub", "Best practices for holiday pay"))
    assert record["title"] == "Best practices for holiday pay"


def test_a_date_right_over_a_line_makes_it_the_headline_rather_than_a_menu_entry_above() -> None:
    headline = "Top dental resolutions for the new year"
    record = generic(header_page("Locations", "New Patient Resources", "Reviews", "Find A Location",
                                 "January 8, 2025", headline, "555-0142 Riverside"))
    assert (record["title"], record["published"]) == (headline, "2025-01-08")


def test_a_told_byline_in_the_box_under_the_post_names_the_author_when_the_header_names_none() -> None:
    record = generic(header_page(*SHOP_MENU, "Nine bookkeeping habits that save a small firm money")
                     + b"\nWritten by Ann Lee\nAnn has kept the books of small firms for twenty years.\n")
    assert record["authors"] == ["Ann Lee"]


@pytest.mark.parametrize("menu", [("By Industry", "Finance", "Retail"),
                                  ("BY COMPANY SIZE", "Small firms", "Enterprise"),
                                  ("By clicking Join you agree to our Terms of Service",)])
def test_a_menu_facet_or_a_consent_line_is_no_byline(menu: tuple[str, ...]) -> None:
    record = generic(header_page(*menu, *SHOP_MENU, "Nine bookkeeping habits that save a small firm money"))
    assert record["authors"] == []


@pytest.mark.parametrize("label", ["Asia | Japan | Travel Tips", "Lists / Top Picks", "Bridgestone Team | 5 min read"])
def test_a_label_stacked_between_the_headline_and_the_byline_is_no_headline(label: str) -> None:
    headline = "What to expect on your first trip to Japan"
    record = generic(header_page(*SHOP_MENU, headline, label, "By Ann Lee", "March 6, 2025"))
    assert record["title"] == headline


def test_the_date_beside_a_told_byline_outside_the_header_is_read() -> None:
    record = generic(_long_page("By Ann Lee", "Dec 18, 2025", "Ann has kept the books of small firms for years."))
    assert (record["authors"], record["published"]) == (["Ann Lee"], "2025-12-18")


LISTICLE = (
    "Ready to learn bookkeeping? This guide has you covered with the best courses for beginners, from free "
    "video lessons to paid certificates that employers know and ask for.",
    "Ledger School has taught bookkeeping online since 2008 and was among the first schools to offer its whole "
    "programme on the web, with tutors who answer within a day.",
    "Next comes a self-paced course for people who keep the books of their own small firm and want to do it "
    "right without paying an accountant every month of the year.",
)


def test_a_listicles_short_lines_between_its_paragraphs_stay_in_the_article() -> None:
    items = ("What you will learn:", "Double-entry basics", "Payroll and taxes", "Closing the year", "Pricing:",
             "Free for members", "Ten dollars a month")
    text = "\n".join(("Products", "Pricing", "", "Best bookkeeping courses for beginners", "", LISTICLE[0], "",
                      "Ledger School course", "", LISTICLE[1], "", *items, "", "Self-paced course", "", LISTICLE[2],
                      "", "What you will learn:", "Invoices that get paid", "Receipts and expenses", "",
                      "Related guides", "How to choose a bookkeeper"))
    record = generic(text.encode())
    assert record["title"] == "Best bookkeeping courses for beginners"
    for kept in (LISTICLE[0], LISTICLE[1], LISTICLE[2], "Payroll and taxes", "Ten dollars a month"):
        assert kept in record["body"]
    assert "How to choose a bookkeeper" not in record["body"]


def test_a_byline_with_a_role_no_list_knows_names_the_author_and_anchors_the_headline() -> None:
    headline = "Insurance consultant or strategy consultant: how the two careers differ"
    record = generic(header_page("Consulting Articles > Careers > Insurance consultant", headline,
                                 "By Ann Lee, CEO of Ledgerly", "Updated: December 09, 2025"))
    assert (record["title"], record["authors"]) == (headline, ["Ann Lee"])
