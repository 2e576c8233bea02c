"""HTML layouts on invented pages: an element the layout keeps is never cut by the generic boilerplate finder
(a paywall vendor's wrapper that holds the story), a block an outlet's cut names is never its dek, and a
paragraph of the kind a layout calls text (a sentence that is mostly one link) stays."""
from __future__ import annotations

from newsclean.parsers.html.body import analyse, find_dek
from newsclean.parsers.html.dom import parse_tree
from newsclean.parsers.html.extract import parse_html
from newsclean.parsers.load import load
from newsclean.parsers.record.options import ParseOptions
from newsclean.parsers.sources.layouts import Cut, HtmlLayout

P1 = "The ferry will run every hour at weekends and every two hours on weekdays, the city said on Tuesday."
P2 = "A yard in Minden builds the boat. It runs on two batteries that charge overnight at the landing stage."
PAGE = f"""<html lang="en"><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>
<div class="carousel-slide"><p class="slide-description">A ferry crosses the river at dawn, seen from the bridge.</p>
</div>
<div class="story"><div id="piano-inline-content-wrapper"><p>{P1}</p></div><p>{P2}</p></div></article></body></html>"""
LAYOUT = HtmlLayout("t", None, ("div.story",), keep=('div[id^="piano-inline"]',),
                    cuts=(Cut("carousel", "caption-credit", "div.carousel-slide"),))


def parse_with(layout: HtmlLayout):
    from newsclean.parsers.html.layouts import Outlet

    outlet = Outlet("ledger", "The Ledger", "Europe/London", "en", (layout,))
    return parse_html(load(PAGE.encode()), ParseOptions(), lambda url: outlet)


def test_a_kept_wrapper_is_read_though_its_id_names_a_paywall() -> None:
    assert parse_with(LAYOUT).body == P1 + "\n\n" + P2
    assert P1 not in parse_with(LAYOUT._replace(keep=())).body  # the generic finder cuts "piano-…"


def test_a_block_an_outlets_cut_names_is_no_dek() -> None:
    assert parse_with(LAYOUT).subtitle is None
    body = parse_tree(PAGE).find("body")
    page = analyse(body)
    assert find_dek(page, None) == "A ferry crosses the river at dawn, seen from the bridge."
    carousel = next(el for el in body.iter("div") if el.get("class") == "carousel-slide")
    assert find_dek(page, None, frozenset({carousel})) is None


def test_a_link_dense_paragraph_stays_where_the_layout_calls_it_text() -> None:
    linked = '<p><a href="/a">The ferry that sank in 1998 was raised last spring</a> at last.</p>'
    page = PAGE.replace(f"<p>{P2}</p>", f"<p>{P2}</p>{linked}")
    from newsclean.parsers.html.layouts import Outlet

    def read(layout: HtmlLayout) -> str:
        outlet = Outlet("ledger", "The Ledger", "Europe/London", "en", (layout,))
        return parse_html(load(page.encode()), ParseOptions(), lambda url: outlet).body

    assert "sank in 1998" not in read(LAYOUT)  # the generic link-list rule takes it as a teaser
    assert read(LAYOUT._replace(text_kinds=frozenset({"related"}))).endswith(
        "The ferry that sank in 1998 was raised last spring at last.")
