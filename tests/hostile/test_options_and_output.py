"""Options that do not fit the input, and output that must not be read as markup: language case, image URLs,
a forced outlet on another outlet's page, Markdown specials."""
from __future__ import annotations

import pytest
from html_pages import P1, P2, P3, article_body, page

from newsclean.cli.render import to_markdown
from newsclean.parsers import parse

FIGURE = '<figure><img src="/img/pier.jpg"><figcaption>The new pier at dawn in the harbour.</figcaption></figure>'


@pytest.mark.parametrize(("lang", "expected"), [("en-gb", "en-GB"), ("EN-us", "en-US"), ("zh-hant-tw", "zh-Hant-TW")])
def test_language_codes_come_out_in_bcp47_case(lang: str, expected: str) -> None:
    assert parse(page("<title>Pier</title>", article_body(P1, P2, P3), lang=lang)).language == expected


def test_image_src_is_made_absolute_against_the_page_url() -> None:
    body = '<article><div class="story-body">' + f"<p>{P1}</p>{FIGURE}<p>{P2}</p><p>{P3}</p></div></article>"
    article = parse(page("<title>Pier</title>", body), url="https://news.example.com/2020/harbour/pier.html")
    assert [image.src for image in article.images] == ["https://news.example.com/img/pier.jpg"]


def test_a_forced_source_that_does_not_fit_a_page_warns() -> None:
    article = parse(page("<title>Pier</title>", article_body(P1, P2, P3)), source="cgtn")
    assert "no CGTN layout fits this page: read by the generic parser" in article.warnings
    assert article.title == "Pier" and [b.text for b in article.blocks] == [P1, P2, P3]


def test_a_forced_source_that_does_not_fit_a_text_warns() -> None:
    article = parse(f"Pier opens\n\n{P1}\n\n{P2}\n\n{P3}\n".encode(), source="cgtn")
    assert "no CGTN text layout fits this page: read by the generic parser" in article.warnings


@pytest.mark.parametrize(("text", "markdown"), [
    ("AT&T and R&D", "AT\\&T and R\\&D"),
    ("a *starred* word and snake_case_name", "a \\*starred\\* word and snake\\_case\\_name"),
    ("[not a link](x)", "\\[not a link\\](x)"),
    ("# not a heading", "\\# not a heading"),
    ("- not a list item", "\\- not a list item"),
    ("1. not a numbered item", "1\\. not a numbered item"),
    ("> not a quote", "\\> not a quote"),
    ("Costs rose where a &lt;b&gt; c, officials said.", "Costs rose where a \\<b\\> c, officials said."),
])
def test_markdown_escapes_specials_in_the_body(text: str, markdown: str) -> None:
    article = parse(page("<title>Pier</title>", article_body(P1, text, P2)))
    assert f"\n{markdown}\n" in to_markdown(article.to_dict())
