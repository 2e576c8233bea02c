"""Shared line rules opened to the HTML path: a block inside the article that one of them names goes.
Pages written for these tests; expected values by hand."""
from __future__ import annotations

import pytest
from html_pages import P1, P2, P3, page, record

BLOCKS = {
    "comments_heading": "<h3>3 Comments</h3>",
    "cookie_notice": "<p>We use cookies to improve your experience on our site.</p>",
    "advertisement": "<div>Continue reading the main story</div>",
    "separator_line": "<p>* * *</p>",
    "paywall_meter": "<p>You have 3 free articles left this month.</p>",
    "entry_time_stamp": "<p>10:32 AM</p>",
}


@pytest.mark.parametrize("rule", sorted(BLOCKS))
def test_shared_rule_cuts_its_block_from_an_html_story(rule: str, validate) -> None:
    body = f'<h1>Ferries return</h1><article><p>{P1}</p>{BLOCKS[rule]}<p>{P2}</p><p>{P3}</p></article>'
    rec = record(page("", body), validate)
    assert rec["body"] == "\n\n".join((P1, P2, P3))
    assert rule in {r["rule"] for r in rec["removed"]}


def test_prose_that_mentions_comments_and_cookies_stays(validate) -> None:
    line = "Residents left comments about the cookies sold at the pier, the council said."
    body = f'<h1>Ferries return</h1><article><p>{P1}</p><p>{line}</p><p>{P2}</p></article>'
    assert line in record(page("", body), validate)["body"]
