"""Pages whose markup lxml splits into more than one tree. Pages written for these tests."""
from __future__ import annotations

from html_pages import P1, P2, P3, record


def test_story_after_an_early_closing_html_tag_is_read(validate) -> None:
    data = ("<!DOCTYPE html><html><head><title>Ferries return</title></head><body><header><p>Menu</p></header>"
            f"</body></html><div class='blog-content'><h1>Ferries return</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>")
    rec = record(data.encode(), validate)
    assert rec["title"] == "Ferries return"
    assert P2 in rec["body"] and P3 in rec["body"]
