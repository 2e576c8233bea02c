"""What an HTML page prints by its headline: the headline itself, its date and its byline,
weighed against the page's markup. Pages written for these tests; expected values by hand."""
from __future__ import annotations

from html_pages import P1, P2, P3, P4, article_body, jsonld, page, record

HEADLINE = "<h1>New pier to open in spring</h1>"


def story(*lines: str) -> str:
    """The headline, the lines under it, then the story."""
    return HEADLINE + "".join(f"<div class='meta'>{line}</div>" for line in lines) + article_body(P1, P2, P3)


def test_printed_date_fills_a_page_without_markup_dates(validate) -> None:
    rec = record(page("", story("By Ann Poe", "Published on March 3, 2024")), validate)
    assert rec["published"] == "2024-03-03"
    assert rec["provenance"]["published"].startswith("printed by the headline (labelled published)")
    assert rec["authors"] == ["Ann Poe"]


def test_printed_update_keeps_the_markup_publication_date(validate) -> None:
    head = jsonld({"@type": "NewsArticle", "datePublished": "2015-04-06T13:52:00-04:00"})
    rec = record(page(head, story("Updated September 28, 2025")), validate)
    assert rec["published"] == "2015-04-06T13:52:00-04:00"
    assert rec["updated"] == "2025-09-28"


def test_printed_update_alone_dates_the_page(validate) -> None:
    rec = record(page("", story("Last updated: May 2, 2025")), validate)
    assert rec["published"] == rec["updated"] == "2025-05-02"
    assert "no publication date shown" in rec["provenance"]["published"]


def test_printed_date_wins_over_a_markup_date_of_another_day(validate) -> None:
    head = '<meta property="article:published_time" content="2025-06-24T08:00:00+00:00">'
    rec = record(page(head, story("August 25, 2024")), validate)
    assert rec["published"] == "2024-08-25"
    assert "the markup says" in rec["provenance"]["published"]


def test_markup_instant_of_the_same_local_day_stays(validate) -> None:
    # 02:00 UTC on 4 March is still 3 March in the Americas, where the page prints its date.
    head = '<meta property="article:published_time" content="2024-03-04T02:00:00+00:00">'
    rec = record(page(head, story("March 3, 2024")), validate)
    assert rec["published"] == "2024-03-04T02:00:00+00:00"


def test_relative_and_join_dates_are_not_the_story_date(validate) -> None:
    rec = record(page("", story("Posted 3 hours ago", "Joined: January 5, 2012")), validate)
    assert rec["published"] is None


def test_byline_names_the_author_the_markup_gives_as_the_site(validate) -> None:
    head = ('<meta property="og:site_name" content="Harbour Herald">'
            + jsonld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Harbour Herald"}}))
    rec = record(page(head, story("By Ann Poe and Bo Lind · March 3, 2024")), validate)
    assert rec["authors"] == ["Ann Poe", "Bo Lind"]
    assert rec["provenance"]["authors"] == "printed by the headline (byline line)"


def test_byline_from_an_author_link_and_an_author_element(validate) -> None:
    linked = story('<a href="/author/ann-poe/">Ann Poe</a> · 4 min read')
    assert record(page("", linked), validate)["authors"] == ["Ann Poe"]
    labelled = HEADLINE + '<div>Written By</div><div class="author-name">Bo Lind</div>' + article_body(P1, P2)
    assert record(page("", labelled), validate)["authors"] == ["Bo Lind"]


def test_markup_author_loses_label_entity_and_job_title(validate) -> None:
    head = '<meta name="author" content="Author: Ann Poe &amp;amp; Bo Lind, Harbour Correspondent">'
    assert record(page(head, article_body(P1, P2)), validate)["authors"] == ["Ann Poe", "Bo Lind"]


def test_visible_headline_before_an_seo_title(validate) -> None:
    head = '<meta property="og:title" content="New pier opens in spring: berths, ferries and dates | Harbour Herald">'
    body = "<h1>New pier opens in spring with more ferry berths</h1>" + article_body(P1, P2)
    rec = record(page(head, body), validate)
    assert rec["title"] == "New pier opens in spring with more ferry berths"
    assert rec["provenance"]["title"] == "h1"


def test_section_name_in_h1_is_no_headline(validate) -> None:
    head = '<meta property="og:title" content="New pier to open in spring">'
    rec = record(page(head, "<h1>Local news</h1>" + article_body(P1, P2)), validate)
    assert rec["title"] == "New pier to open in spring"


def test_kicker_inside_the_h1_is_not_the_title(validate) -> None:
    body = '<h1><span class="kicker">Harbour</span> <span>New pier to open in spring</span></h1>' + article_body(P1, P2)
    head = '<meta property="og:title" content="Harbour: New pier to open in spring">'
    assert record(page(head, body), validate)["title"] == "New pier to open in spring"


def test_date_element_away_from_the_headline_dates_an_undated_page(validate) -> None:
    # The date sits after a long story (beyond the byline's reach of the headline), in an element whose class
    # names a date: no markup date, none by the headline.
    body = HEADLINE + article_body(*[P1, P2, P3, P4] * 4) + "<div class='post-date'>Posted on April 13, 2023</div>"
    rec = record(page("", body), validate)
    assert rec["published"] == "2023-04-13"
    assert rec["provenance"]["published"].startswith("printed in a date element (labelled published)")


def test_date_element_without_a_year_or_a_join_date_dates_nothing(validate) -> None:
    body = (HEADLINE + article_body(P1, P2, P3) + "<span class='date'>Joined: May 2, 2011</span>"
            + "<span class='post-time'>6 hours ago</span>")
    assert record(page("", body), validate)["published"] is None


def test_meta_named_published_is_read(validate) -> None:
    rec = record(page('<meta name="published" content="July 17, 2025">', story()), validate)
    assert rec["published"] == "2025-07-17"
    assert rec["provenance"]["published"].startswith("meta[published]")


def test_name_under_a_byline_label_is_the_author(validate) -> None:
    rec = record(page("", story("<p>Written by</p>", "<p>Ann Poe</p>")), validate)
    assert rec["authors"] == ["Ann Poe"]
    assert rec["provenance"]["authors"] == "printed by the headline (name under a byline label)"


def test_sentence_under_a_byline_label_is_no_name(validate) -> None:
    rec = record(page("", story("<p>Author</p>", "<p>the harbour desk reports daily on ferries</p>")), validate)
    assert rec["authors"] == []


def test_author_names_split_at_og_and_lose_initials_in_parentheses(validate) -> None:
    head = '<meta name="author" content="Kari Nordmann og Ola Nordmann (kn)">'
    assert record(page(head, story()), validate)["authors"] == ["Kari Nordmann", "Ola Nordmann"]


def test_a_handle_in_parentheses_is_not_initials(validate) -> None:
    head = '<meta name="author" content="Jean Dupont (HarbourWatch)">'
    assert record(page(head, story()), validate)["authors"] == ["Jean Dupont (HarbourWatch)"]


ARTICLE_TYPE = jsonld({"@type": "BlogPosting", "headline": "New pier to open in spring"})


def test_author_box_below_the_story_names_the_author(validate) -> None:
    body = HEADLINE + article_body(*[P1, P2, P3, P4] * 4) + "<h3>Written by Ann Poe</h3><p>Ann covers ports.</p>"
    rec = record(page(ARTICLE_TYPE, body), validate)
    assert rec["authors"] == ["Ann Poe"]
    assert rec["provenance"]["authors"] == "printed in the story (byline line)"


def test_far_by_lines_that_are_no_full_name_or_a_sentence_name_nobody(validate) -> None:
    body = (HEADLINE + article_body(*[P1, P2, P3, P4] * 4) + "<p>Sort by Gender</p>"
            + '<p>By clicking "Join" you agree to our Terms of Service and Privacy Policy</p>')
    assert record(page(ARTICLE_TYPE, body), validate)["authors"] == []


def test_a_page_that_is_no_article_takes_no_far_byline(validate) -> None:
    body = HEADLINE + article_body(*[P1, P2, P3, P4] * 4) + "<h3>Written by Ann Poe</h3>"
    assert record(page("", body), validate)["authors"] == []


def test_author_box_replaces_the_site_named_as_author(validate) -> None:
    head = ('<meta property="og:site_name" content="Harbour Herald">'
            + jsonld({"@type": "BlogPosting", "author": {"@type": "Organization", "name": "Harbour Herald"}}))
    body = HEADLINE + article_body(*[P1, P2, P3, P4] * 4) + "<h3>Written by Ann Poe</h3>"
    assert record(page(head, body), validate)["authors"] == ["Ann Poe"]
