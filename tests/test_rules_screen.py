"""The rules' cheap screen lets through every line a footer rule catches, whatever its case."""
from __future__ import annotations

import pytest
from newsclean.parsers.rules.registry import GENERIC_RULES, match_generic, match_rule
from newsclean.parsers.rules.screen import might_be_boilerplate
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
