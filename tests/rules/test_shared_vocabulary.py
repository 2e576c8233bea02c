"""One vocabulary for every reader: a related-stories heading of vocab/closing.py (RELATED_HEADINGS) ends the
article in a text dump of any outlet, in a source's text layout (CGTN) and in an HTML page alike.

Adding the heading of a new language is one line in vocab/closing.py and one line in HEADINGS below.
"""
from __future__ import annotations

import pytest
from pages import BRIDGE_HEADLINE, PARAGRAPHS, VALLEY_MENU, generic, page

from newsclean.parsers import parse

HEADINGS = (
    "Related stories",  # en
    "Leia também",  # pt
    "Leggi anche",  # it
    "Читайте также",  # ru
    "Baca juga",  # id
    "관련 기사",  # ko
    "相关新闻",  # zh
)
TEASER = "Ferry fares to rise in May as the council looks for savings"


def _removed(record: dict) -> set[tuple[str, str]]:
    return {(r["text"], r["kind"]) for r in record["removed"]}


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_related_heading_ends_a_text_dump(heading: str) -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS, heading, TEASER))
    assert {(heading, "related"), (TEASER, "related")} <= _removed(record)
    assert record["body"] == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_related_heading_ends_a_cgtn_text_page(heading: str) -> None:
    text = "\n".join(("World", "2020.02.28 07:03 GMT+8", BRIDGE_HEADLINE, "CGTN", *PARAGRAPHS, heading, TEASER))
    record = parse(text.encode()).to_dict(explain=True)
    assert record["source"]["id"] == "cgtn"
    assert {(heading, "related"), (TEASER, "related")} <= _removed(record)
    assert record["body"] == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_related_heading_leaves_an_html_page(heading: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (f"<html><head><title>{BRIDGE_HEADLINE}</title></head><body><article><h1>{BRIDGE_HEADLINE}</h1>"
            f"{paragraphs}<h3>{heading}</h3><ul><li><a href='/ferry'>{TEASER}</a></li></ul></article></body></html>")
    record = parse(html.encode()).to_dict(explain=True)
    assert (heading, "related") in _removed(record)
    assert record["body"] == "\n\n".join(PARAGRAPHS)
