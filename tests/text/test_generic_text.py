"""The generic text parser end to end: languages, errors, removals named, every dev-corpus dump valid.

Every page here was written for the test, modelled on how some kind of news page prints the thing under
test; the expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

import pytest
from conftest import CORPUS
from pages import PARAGRAPHS, VALLEY_MENU, generic, page

from newsclean.parsers import parse
from newsclean.parsers.record.errors import NewscleanError


def test_every_removal_is_named_with_its_kind() -> None:
    record = generic(page(
        "We use cookies to improve your experience. By using this site you agree to our cookie policy.",
        *VALLEY_MENU, "Bridge to close for two years of repairs", "Facebook Twitter Email", *PARAGRAPHS,
        "ADVERTISEMENT", "Sign up for our daily newsletter", "12 Comments", "Great news!", "Tags: roads, city",
        "© 2020 The Valley Post. All rights reserved."))
    kinds = {r["text"]: r["kind"] for r in record["removed"]}
    assert kinds["We use cookies to improve your experience. By using this site you agree to our cookie policy."] \
        == "cookie"
    assert kinds["Facebook Twitter Email"] == "share"
    assert kinds["Sign up for our daily newsletter"] == "newsletter"
    assert kinds["12 Comments"] == "comments"
    assert kinds["Great news!"] == "comments"
    assert kinds["© 2020 The Valley Post. All rights reserved."] == "copyright"
    assert all(r["rule"] for r in record["removed"])
    assert record["body"] == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(("paragraph", "language"), [
    ("O conselho da cidade votou na terça-feira para fechar a ponte velha para reformas que vão durar dois anos.",
     "pt"),
    ("Il consiglio comunale ha votato martedì per chiudere il vecchio ponte per due anni di lavori.", "it"),
    ("Dewan kota memutuskan pada hari Selasa untuk menutup jembatan tua itu selama dua tahun untuk perbaikan.",
     "id"),
    ("Городской совет во вторник проголосовал за закрытие старого моста на ремонт на два года.", "ru"),
    ("시의회는 화요일에 낡은 다리를 2년 동안 보수하기 위해 폐쇄하기로 의결했다고 밝혔다.", "ko"),
    # "de", "la", "se", "que", "en" are as frequent in Spanish and French as in Portuguese: they decide nothing
    ("La empresa anunció que cerrará dos de sus fábricas en el norte del país y despedirá a cientos de trabajadores.",
     "es"),
    ("Les élèves de la région pourront désormais se rendre à l'école en bus gratuitement, a annoncé le conseil.", "fr"),
])


def test_language_is_guessed_from_the_body(paragraph: str, language: str) -> None:
    record = generic(f"Home\nNews\n\n{paragraph}\n\n{paragraph}\n".encode())
    assert record["language"] == language


def test_a_page_without_prose_is_an_error() -> None:
    with pytest.raises(NewscleanError):
        parse(b"Home\nNews\nSport\nWeather\n", source="generic")


def test_every_dev_corpus_dump_parses_to_a_valid_record(validate) -> None:
    """Smoke test over the real dumps in ../shared (skipped in a fresh clone)."""
    folder = CORPUS / "text"
    if not folder.is_dir():
        pytest.skip("../shared/corpus is not here")
    dumps = sorted(folder.glob("*.txt"))
    empty = 0
    for path in dumps:
        record = validate(parse(path.read_bytes(), path=str(path), source="generic").to_dict(explain=True))
        empty += not record["body"]
    assert empty <= len(dumps) // 20
