"""The people in a text dump's header: bylines that print credentials or a job title with the name, and the
headline above them.

Every page here was written for the test, modelled on how some kind of page prints the thing under
test; the expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

import pytest
from pages import ARTICLE, generic, header_page

from newsclean.parsers.lines import split_lines
from newsclean.parsers.people.bylines import credentialed_name
from newsclean.parsers.text.byline import name_over_role
from newsclean.parsers.text.views import view_lines

MENU = ("Home", "Guides", "Recipes", "Join now Sign in")
HEADLINE = "Five things we learned at the nutrition meeting"


@pytest.mark.parametrize("byline", ["Maria Ortiz, MS, RD, FAND", "Maria Ortiz CPP, PSP", "Maria Ortiz, Ph.D."])
def test_a_name_with_its_credentials_is_the_byline_under_the_headline(byline: str) -> None:
    record = generic(header_page(*MENU, HEADLINE, "Share this article", byline, "Published Jun 4, 2025"))
    assert record["title"] == HEADLINE
    assert record["authors"] == [byline]
    assert record["body"].startswith(ARTICLE[0])


@pytest.mark.parametrize("line", [
    "Protests Spread To Pittsburgh, PA",  # a place, not a credential
    "Ann Lee MD",  # one letter group and no comma: could be anything
    "Reviewed By: Tom Park, PhD",  # a label, not a name
    "ANN LEE, MD",  # in capitals: no way to tell the name from the letters
])
def test_lines_that_only_look_like_a_credentialed_name_are_not(line: str) -> None:
    assert credentialed_name(line) is None


def test_a_job_title_under_the_bare_name_is_no_headline() -> None:
    page = header_page(*MENU, HEADLINE, "Maria Ortiz", "Co-Founder & Marketing Director", "Updated on 23 Oct 2025")
    record = generic(page)
    assert record["title"] == HEADLINE
    assert record["authors"] == ["Maria Ortiz"]


@pytest.mark.parametrize("lines", [
    ("Maria Ortiz", "Who is the new editor?", "Updated on 23 Oct 2025"),  # a question, not a job title
    ("Maria Ortiz", "Marketing Director", "Read the full profile"),  # no date under them: a team list
    ("Maria Ortiz", "", "Marketing Director", "Updated on 23 Oct 2025"),  # the title not right under the name
    ("Top 10 Agencies", "Marketing Director", "Updated on 23 Oct 2025"),  # a number: no name
])
def test_lines_that_only_look_like_a_name_over_a_job_title_are_not(lines: tuple[str, ...]) -> None:
    views = view_lines(split_lines("\n".join(lines) + "\n"))
    assert name_over_role(views, 0) is None


@pytest.mark.parametrize("reviewer", ["Reviewed by Tom Park, PhD, CSCS", "Medically reviewed by Tom Park, MD"])
def test_a_reviewer_line_marks_the_header_but_names_no_author(reviewer: str) -> None:
    record = generic(header_page(*MENU, HEADLINE, "Maria Ortiz", "Maria Ortiz", "", reviewer, "",
                                 "Last Updated: August 5, 2025"))
    assert record["title"] == HEADLINE
    assert all("Tom Park" not in name for name in record["authors"])


@pytest.mark.parametrize("line", ["Maria Ortiz October 14, 2025", "Maria Ortiz July 13, 2025 — 7 minutes read"])
def test_a_name_printed_right_before_the_date_is_the_byline(line: str) -> None:
    record = generic(header_page(*MENU, HEADLINE, line))
    assert record["title"] == HEADLINE
    assert record["authors"] == ["Maria Ortiz"]


@pytest.mark.parametrize("line", ["Last Updated October 14, 2025", "Published On October 14, 2025",
                                  "New rules take effect October 14, 2025"])
def test_a_date_line_with_words_before_the_date_names_no_author(line: str) -> None:
    assert generic(header_page(*MENU, HEADLINE, line))["authors"] == []


def test_a_dot_operator_ends_the_name_as_a_bar_does() -> None:
    record = generic(header_page(*MENU, HEADLINE, "By Maria Ortiz ⋅ Review Editor ⋅ Updated March 5, 2025"))
    assert record["title"] == HEADLINE
    assert record["authors"] == ["Maria Ortiz"]


@pytest.mark.parametrize("line", ["Dec 26, 2025 • Maria Ortiz in Nutrition", "Jun 4, 2025 · 6 min read · Maria Ortiz",
                                  "0 · by Maria Ortiz · Updated on 8 January 2026"])
def test_a_name_among_the_parts_of_a_date_line_is_the_byline(line: str) -> None:
    record = generic(header_page(*MENU, HEADLINE, line))
    assert record["title"] == HEADLINE
    assert record["authors"] == ["Maria Ortiz"]


@pytest.mark.parametrize("line", ["Dec 26, 2025 • 6 min read", "Dec 26, 2025 | nutrition news",
                                  "Dec 26, 2025 | Updated"])
def test_a_date_line_of_parts_without_a_name_names_no_author(line: str) -> None:
    assert generic(header_page(*MENU, HEADLINE, line))["authors"] == []
