"""A reference page's own structure: links within the page (its anchors, a contents list) are its text, links away
(teasers, menus) are not; an <h1> after the headline heads a section. Pages written for these tests."""
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


def test_a_second_h1_heads_a_section_and_stays(validate) -> None:
    body = (f"<article><h1>Ferry timetable</h1><p>{P1}</p><p>{P2}</p>"
            f"<h1>Winter sailings</h1><p>{P3}</p></article>")
    rec = record(page("", body), validate)
    assert rec["title"] == "Ferry timetable"
    assert rec["body"] == "\n\n".join((P1, P2, "Winter sailings", P3))


def test_section_whose_class_says_about_stays(validate) -> None:
    body = (f"<h1>Ferry timetable</h1><article><p>{P1}</p>"
            f"<div class='about-series'><h2>About this series</h2><p>{P2}</p></div><p>{P3}</p></article>")
    assert P2 in record(page("", body), validate)["body"]


def test_about_the_author_box_is_still_cut(validate) -> None:
    bio = "Ann Poe has covered the harbour and its ferries for the paper since the spring of 2009."
    body = (f"<h1>Ferry timetable</h1><article><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
            f"<div class='about-author'><p>{bio}</p></div></article>")
    assert bio not in record(page("", body), validate)["body"]
