"""Unlucky pages: nested past the parser's limit, huge attributes, control characters, odd JSON-LD, no text."""
from __future__ import annotations

import json

import pytest
from html_pages import jsonld, page

from newsclean.parsers import NewscleanError, parse

HEADLINE = "Harbour bridge reopens after two years of repairs"
# Distinct paragraphs: the body drops a paragraph it has already kept, so only distinct ones prove none was lost.
PARAGRAPHS = [f"Paragraph {word} of the harbour story: the council heard a different witness on the bridge repairs."
              for word in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")]


def _paragraphs(part: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in part)


def _story(body: str, head: str = "") -> bytes:
    return page(f"<title>{HEADLINE}</title>{head}", f"<article><h1>{HEADLINE}</h1>{body}</article>")


def _texts(data: bytes) -> list[str]:
    return [b.text for b in parse(data).blocks]


@pytest.mark.parametrize("depth", [300, 3000, 200_000])
def test_nesting_past_the_parsers_limit_keeps_every_paragraph(depth: int) -> None:
    body = "<div>" * depth + _paragraphs(PARAGRAPHS[:5]) + "</div>" * depth + _paragraphs(PARAGRAPHS[5:])
    assert _texts(_story(body)) == PARAGRAPHS


def test_unclosed_nesting_200000_deep_ends() -> None:
    body = "<div><span>" * 100_000 + _paragraphs(PARAGRAPHS)
    assert _texts(_story(body)) == PARAGRAPHS


@pytest.mark.parametrize("where", ["<img src='data:image/png;base64,{}'>", "<div data-state='{}'></div>",
                                   "<script>var s = '{}';</script>"])
def test_an_attribute_or_script_over_10_mb_keeps_the_rest_of_the_page(where: str) -> None:
    huge = where.format("A" * 12_000_000)
    assert _texts(_story(_paragraphs(PARAGRAPHS[:3]) + huge + _paragraphs(PARAGRAPHS[3:]))) == PARAGRAPHS


@pytest.mark.parametrize("control", ["\x0b", "\x01", "\x00", "\x1f"])
def test_a_control_character_after_a_removed_hidden_element(control: str) -> None:
    hidden = f'<div style="display:none">Hidden</div>{control}'
    body = _paragraphs(PARAGRAPHS[:3]) + hidden + _paragraphs(PARAGRAPHS[3:])
    article = parse(_story(body))
    assert [b.text for b in article.blocks] == PARAGRAPHS
    assert "1 control character dropped" in article.warnings


def _nested_json(depth: int) -> str:
    return '<script type="application/ld+json">' + '{"a":' * depth + "1" + "}" * depth + "</script>"


@pytest.mark.parametrize("depth", [1_000, 10_000])
def test_json_ld_nested_too_deep_is_ignored_not_the_page(depth: int) -> None:
    article = parse(_story(_paragraphs(PARAGRAPHS), head=_nested_json(depth)))
    assert article.title == HEADLINE
    assert [b.text for b in article.blocks] == PARAGRAPHS


def test_json_ld_of_5_mb() -> None:
    obj = {"@type": "NewsArticle", "headline": HEADLINE, "articleBody": "word " * 1_000_000}
    article = parse(_story(_paragraphs(PARAGRAPHS), head=jsonld(obj)))
    assert article.title == HEADLINE
    assert [b.text for b in article.blocks] == PARAGRAPHS


@pytest.mark.parametrize("block", [
    '{"@type": "NewsArticle", "headline": }{{ var x = "<b>Click to copy</b>";',
    '{"@type": "NewsArticle", "headline": "' + HEADLINE + '", "datePublished": 2020-',
    '{"headline": "x' + ', "headline": "y' * 20_000,  # a broken line the field reader must cross in linear time
])
def test_broken_json_ld_leaves_the_headline_and_body(block: str) -> None:
    head = f'<script type="application/ld+json">{block}</script>'
    article = parse(_story(_paragraphs(PARAGRAPHS), head=head))
    assert article.title == HEADLINE
    assert [b.text for b in article.blocks] == PARAGRAPHS


def test_a_headline_list_with_an_object_gives_its_string() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": [HEADLINE, {"@type": "Thing", "name": None}]})
    assert parse(_story(_paragraphs(PARAGRAPHS), head=head)).title == HEADLINE


def test_a_frameset_page_says_so() -> None:
    data = b'<html><head><title>News</title></head><frameset><frame src="menu.html"><frame src="story.html">'
    with pytest.raises(NewscleanError, match=r"^a frameset page: its text is in its frames \(menu.html, story.html\)"):
        parse(data + b"</frameset></html>")


def test_a_script_only_page_says_so() -> None:
    script = "<script>" + json.dumps({"story": PARAGRAPHS}) + ";render(document.body)</script>"
    with pytest.raises(NewscleanError, match="^no text outside scripts: the page is built by JavaScript"):
        parse(page("<title>News</title>", script))


def test_malformed_and_unclosed_tags() -> None:
    body = "".join(f"<p class='x>{p}<b><i>" for p in PARAGRAPHS[:2]) + "<<p>>" + _paragraphs(PARAGRAPHS[2:]) + "<div"
    texts = _texts(_story(body))
    assert texts[-8:] == PARAGRAPHS[2:]


def test_a_5_mb_single_line_of_text() -> None:
    sentence = "The harbour authority said on Monday that the new pier would open to ferries in the spring. "
    line = (sentence * 55_000)[:5_000_000].strip()
    article = parse(f"Harbour pier to open in spring\n\n{line}\n".encode())
    assert article.title == "Harbour pier to open in spring"
    assert [b.text for b in article.blocks] == [line]
