"""Links within the page (a reference's anchors, a contents list) are the page's own text; links away from it
(teasers, menus) are not. Pages written for these tests; expected values by hand."""
from __future__ import annotations

from html_pages import P1, P2, P3, page, record


def story_with(lines: str) -> bytes:
    return page("", f"<h1>Ferry timetable</h1><article><p>{P1}</p>{lines}<p>{P2}</p><p>{P3}</p></article>")


def test_line_of_in_page_links_stays(validate) -> None:
    line = '<p><a href="#departures">Departures from the new pier</a></p>'
    rec = record(story_with(line), validate)
    assert "Departures from the new pier" in rec["body"]


def test_line_linking_away_is_cut(validate) -> None:
    line = '<p><a href="/2025/05/other-story">Departures from the new pier</a></p>'
    rec = record(story_with(line), validate)
    assert "Departures from the new pier" not in rec["body"]
    assert "link_list" in {r["rule"] for r in rec["removed"]}


def test_bare_hash_link_is_a_button_not_page_text(validate) -> None:
    line = '<p><a href="#">Departures from the new pier</a></p>'
    assert "Departures from the new pier" not in record(story_with(line), validate)["body"]
