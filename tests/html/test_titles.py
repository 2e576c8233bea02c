"""The title of an HTML page: the headline in <h1> weighed against og:title, JSON-LD and <title>.
Pages written for these tests; expected values by hand."""
from __future__ import annotations

from html_pages import P1, P2, P3, article_body, page, record

SITE = '<meta property="og:site_name" content="Harbour Herald">'


def titled(og: str, h1_html: str) -> bytes:
    return page(SITE + f'<meta property="og:title" content="{og}">', h1_html + article_body(P1, P2, P3))


def test_long_headline_beats_a_reworded_seo_title(validate) -> None:
    # Shares 3 of the 8 words of the shorter title (37%): an SEO rewording of the same story.
    rec = record(titled("Harbour pier: spring opening date and ferry timetable",
                        "<h1>New harbour pier to open to the ferries in the spring</h1>"), validate)
    assert rec["title"] == "New harbour pier to open to the ferries in the spring"
    assert rec["provenance"]["title"] == "h1"


def test_short_section_label_in_h1_is_not_the_title(validate) -> None:
    rec = record(titled("New harbour pier to open in spring", "<h1>Local news</h1>"), validate)
    assert rec["title"] == "New harbour pier to open in spring"


def test_logo_h1_linking_home_is_skipped_for_the_next_h1(validate) -> None:
    # Without the skip, "Pier Notes" would pass: it shares half its words with the og:title.
    rec = record(titled("Ferries run every hour from the pier | Harbour Herald",
                        '<h1><a href="https://harbour.example/">Pier Notes</a></h1>'
                        "<h1>The ferries will run every hour from the new pier</h1>"), validate)
    assert rec["title"] == "The ferries will run every hour from the new pier"


def test_kicker_before_the_headline_is_dropped(validate) -> None:
    rec = record(titled("Ferries return to the harbour after two years",
                        "<h1>Opinion: Ferries return to the harbour after two years</h1>"), validate)
    assert rec["title"] == "Ferries return to the harbour after two years"
    assert rec["provenance"]["title"] == "h1 (kicker dropped)"


def test_h1_link_to_the_story_itself_stays(validate) -> None:
    rec = record(titled("Ferries return to the old harbour",
                        '<h1><a href="/2025/05/ferries-return">Ferries return to the harbour</a></h1>'), validate)
    assert rec["title"] == "Ferries return to the harbour"
    assert rec["provenance"]["title"] == "h1"


def test_site_name_glued_to_the_h1_goes(validate) -> None:
    rec = record(titled("Ferries return to the harbour | Harbour Herald",
                        "<h1>Ferries return to the harbour – Harbour Herald</h1>"), validate)
    assert rec["title"] == "Ferries return to the harbour"
