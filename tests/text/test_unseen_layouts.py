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
    "What are you looking for?", "New to Ledgerly? Join now", "Start your free trial", "Find a location",
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
