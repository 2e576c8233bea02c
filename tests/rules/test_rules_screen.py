"""The rules' cheap screen lets through every line a rule catches (footers whatever their case, prompts in
every language, every line of the dev corpus)."""
from __future__ import annotations

import pytest
from conftest import CORPUS

from newsclean.parsers.lines import split_lines
from newsclean.parsers.rules.registry import GENERIC_RULES, match_rule
from newsclean.parsers.rules.screen import match_generic, might_be_boilerplate
from newsclean.parsers.rules.widgets import subscription_prompt

# Company and tax numbers printed in page footers (hand-written; the rule's patterns are upper case).
TAX_ID_FOOTERS = (
    "CNPJ: 12.345.678/0001-90",
    "Editora Exemplo Ltda. CNPJ 00.000.000/0001-00",
    "P.IVA 01234567890",
    "Partita IVA 01234567890",
    "ИНН 7701234567",
    "ОГРН 1027700000000",
    "NPWP 01.234.567.8-901.000",
)


SCREENED_SAMPLES = (
    "Cookies policy", "Подписаться", "購読", "Share", "Leave a Reply", "12 Comments", "Tags: roads, city",
    "Copyright 2020 The Valley Post, a division of The Valley Media Group of Riverside County and Lakeside Holdings "
    "Incorporated of Delaware",
    "As you comment, please be respectful of other commenters and other viewpoints. " * 2,
    "We use cookies to improve your experience. " * 10,
    "Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik.",
)


@pytest.mark.parametrize("line", TAX_ID_FOOTERS)
def test_a_tax_number_footer_passes_the_screen_and_is_a_footer(line: str) -> None:
    assert might_be_boilerplate(line)
    assert match_generic(line) is match_rule(line, GENERIC_RULES)
    assert match_generic(line).kind == "footer"


# Subscription prompts in the languages of the vocabulary (hand-written): each must pass the screen.
SUBSCRIPTION_PROMPTS = (
    "Jetzt abonnieren",
    "Sign up for our daily newsletter",
    "Assine a newsletter",
    "Iscriviti alla newsletter",
    "Подпишитесь на рассылку",
    "Suscríbete a nuestro boletín",
    "Abonnez-vous à la newsletter",
    "뉴스레터 구독하기",
)


@pytest.mark.parametrize("line", SUBSCRIPTION_PROMPTS)
def test_a_subscription_prompt_passes_the_screen(line: str) -> None:
    assert subscription_prompt(line), line  # the rule itself catches it ...
    assert match_generic(line) is not None  # ... and the screen lets it reach the rule


def test_the_cheap_screen_never_hides_a_rule() -> None:
    """Every line a generic rule catches passes the screen (on hand-written lines and, when present,
    on every line of the dev corpus)."""
    lines = list(SCREENED_SAMPLES)
    if (CORPUS / "text").is_dir():
        lines += [line.text for path in sorted((CORPUS / "text").glob("*.txt"))
                  for line in split_lines(path.read_text("utf-8"))]
    hidden = [line for line in lines
              if match_rule(line, GENERIC_RULES) is not None and not might_be_boilerplate(line)]
    assert hidden == []
    assert all(match_rule(line, GENERIC_RULES) is not None for line in SCREENED_SAMPLES)
