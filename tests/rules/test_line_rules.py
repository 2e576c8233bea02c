"""Line rules on whole pages and alone: widgets, cookie banners and prompts in many languages.

Every page here was written for the test, modelled on how some kind of news page prints the thing under
test; the expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

import pytest
from pages import BRIDGE_HEADLINE, LONG, PARAGRAPHS, VALLEY_MENU, generic, page

from newsclean.parsers.rules.screen import match_generic


@pytest.mark.parametrize("line, kind", [
    ("Partilhar", "share"), ("Partilhe", "share"), ("Teilen", "share"), ("Aceitar cookies", "cookie"),
    ("Aceitar todos os cookies", "cookie"), ("Alle akzeptieren", "cookie"), ("Zustimmen", "cookie"),
    ("Einstellungen verwalten", "cookie"), ("Nur notwendige Cookies", "cookie"),
    ("Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.", "cookie"),
])


def test_share_and_cookie_buttons_in_more_languages_are_caught(line: str, kind: str) -> None:
    assert match_generic(line).kind == kind


def test_cookies_in_a_sentence_are_no_cookie_banner() -> None:
    assert match_generic("Die Bäckerei hat am Wochenende 2000 Cookies verkauft.") is None


@pytest.mark.parametrize("prompt", ["Receba nossa newsletter", "Подпишитесь на нашу рассылку", "구독하기"])
def test_newsletter_prompts_in_other_languages_are_caught(prompt: str) -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS, prompt, "P:" + LONG))
    assert ("newsletter", prompt) in {(r["kind"], r["text"]) for r in record["removed"]}
