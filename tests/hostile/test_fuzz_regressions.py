"""Inputs the coverage-guided fuzzer (bench/fuzz.py) made crash, rewritten small: each must now parse or be refused."""
from __future__ import annotations

from html_pages import P1, P2, article_body, page

from newsclean.parsers import parse


def test_a_malformed_page_url_is_no_crash() -> None:
    # urlsplit raises "Invalid IPv6 URL" on an unclosed "[": the page's og:url was read for its outlet.
    data = page('<meta property="og:url" content="http://[news.example/story">', article_body(P1, P2))
    article = parse(data)
    assert [b.text for b in article.blocks] == [P1, P2]
    assert article.source.parser == "generic"


def test_a_malformed_url_option_is_no_crash() -> None:
    assert parse(page("", article_body(P1, P2)), url="https://[::1/story").blocks


def test_a_run_of_digits_glued_to_a_word_is_no_share_line() -> None:
    # "88…8news": the share-line pattern split the digits every way (exponential: 17 s for 22 digits).
    lines = ["Harbour pier to open in spring", "", P1, "", "8" * 60 + "news", "", P2]
    article = parse("\n".join(lines).encode())
    assert [b.text for b in article.blocks][:1] == [P1]
