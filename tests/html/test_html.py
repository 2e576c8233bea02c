"""HTML input: small pages written for these tests, expected values worked out by hand."""
from __future__ import annotations

import sys
import types

import pytest
from conftest import CORPUS
from html_pages import P1, P2, P3, P4, article_body, jsonld, page, record

from newsclean.parsers import parse
from newsclean.parsers.record.errors import NewscleanError
from newsclean.parsers.sources import registry
from newsclean.parsers.sources.catalog import SourceEntry
from newsclean.parsers.sources.layouts import Cut, HtmlLayout


def test_jsonld_news_article(validate) -> None:
    head = jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "New pier to open in spring",
        "author": [{"@type": "Person", "name": "Ann Poe"}, {"@type": "Person", "name": "Bo Lind"}],
        "datePublished": "2021-03-01T09:30:00+01:00", "dateModified": "2021-03-01T11:00:00+01:00",
        "articleSection": "Local", "publisher": {"@type": "Organization", "name": "Harbour Herald"},
        "inLanguage": "en-GB",
    }) + '<link rel="canonical" href="https://herald.example/local/pier">'
    rec = record(page(head, "<h1>New pier to open in spring</h1>" + article_body(P1, P2, P3)), validate)
    assert rec["title"] == "New pier to open in spring"
    assert rec["authors"] == ["Ann Poe", "Bo Lind"]
    assert rec["published"] == "2021-03-01T09:30:00+01:00"
    assert rec["published_utc"] == "2021-03-01T08:30:00Z"
    assert rec["updated_utc"] == "2021-03-01T10:00:00Z"
    assert rec["section"] == "Local"
    assert rec["source"] == {"id": None, "name": "Harbour Herald", "parser": "generic"}
    assert rec["url"] == "https://herald.example/local/pier"
    assert rec["language"] == "en"  # html[lang] comes first
    assert rec["body"] == "\n\n".join([P1, P2, P3])
    assert rec["provenance"]["published"].startswith("jsonld:datePublished")


def test_jsonld_graph_with_author_reference_and_page_date(validate) -> None:
    head = jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "#page", "datePublished": "2021-05-02T06:15:00Z"},
        {"@type": "Person", "@id": "#ann", "name": "Ann Poe"},
        {"@type": "BlogPosting", "headline": "Pier diary", "author": {"@id": "#ann"}, "datePublished": "2021-05-02"},
    ]})
    rec = record(page(head, article_body(P1, P2)), validate)
    assert rec["title"] == "Pier diary"
    assert rec["authors"] == ["Ann Poe"]
    # The blog post gives only a day; the page object gives the time of that day.
    assert rec["published"] == "2021-05-02T06:15:00+00:00"


def test_broken_jsonld_still_read(validate) -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Pier "finally" opens",'
            ' "datePublished": "2021-06-03T10:00:00Z",}</script>')
    rec = record(page(head, article_body(P1, P2)), validate)
    assert rec["title"] == 'Pier "finally" opens'
    assert rec["published_utc"] == "2021-06-03T10:00:00Z"


def test_opengraph_only(validate) -> None:
    head = ('<meta property="og:title" content="Ferries return to the old port | Coast Times">'
            '<meta property="og:site_name" content="Coast Times">'
            '<meta property="article:published_time" content="2020-07-04T18:05:00-04:00">'
            '<meta name="author" content="By Cara Diaz and Dev Patel">'
            '<meta property="og:url" content="https://coast.example/ferries">')
    rec = record(page(head, article_body(P1, P2, P3)), validate)
    assert rec["title"] == "Ferries return to the old port"
    assert rec["source"] == {"id": None, "name": "Coast Times", "parser": "generic"}
    assert rec["published_utc"] == "2020-07-04T22:05:00Z"
    assert rec["authors"] == ["Cara Diaz", "Dev Patel"]
    assert rec["url"] == "https://coast.example/ferries"


def test_url_option_wins(validate) -> None:
    head = '<link rel="canonical" href="https://coast.example/a">'
    rec = record(page(head, article_body(P1, P2)), validate, url="https://mirror.example/b")
    assert rec["url"] == "https://mirror.example/b"


def test_time_element_only(validate) -> None:
    body = ('<article><h1>Harbour news</h1><p class="byline">By Ann Poe</p>'
            '<time datetime="2019-11-19T12:48:14Z">Nov 19, 2019</time>'
            f'<div class="story-body"><p>{P1}</p><p>{P2}</p></div></article>')
    rec = record(page("", body), validate)
    assert rec["published_utc"] == "2019-11-19T12:48:14Z"
    assert rec["title"] == "Harbour news"
    assert rec["body"] == P1 + "\n\n" + P2  # no headline, byline or date line in the body


def test_author_and_time_lines_inside_the_body_are_dropped(validate) -> None:
    head = '<meta name="author" content="Ann Poe">'
    body = ('<article><div class="story-body"><div>ANN POE, Harbour Reporter</div><div>Updated at 1:23 p.m.</div>'
            f'<p>{P1}</p><p>{P2}</p></div></article>')
    rec = record(page(head, body), validate)
    assert rec["body"] == P1 + "\n\n" + P2
    rules = {r["rule"] for r in rec["removed"]}
    assert "author_line" in rules
    assert rules & {"date_line", "entry_time_stamp"}  # the shared time-stamp rule reaches the HTML path first


def test_disagreeing_dates_follow_the_byline(validate) -> None:
    head = (jsonld({"@type": "NewsArticle", "headline": "Pier", "datePublished": "2020-03-01T10:00:00Z"})
            + '<meta property="article:published_time" content="2020-03-01T12:00:00Z">')
    body = '<h1>Pier</h1><div class="date">March 1, 2020 12:00 PM UTC</div>' + article_body(P1, P2)
    rec = record(page(head, body), validate)
    assert rec["published_utc"] == "2020-03-01T12:00:00Z"
    assert "byline date" in rec["provenance"]["published"]


def test_figure_becomes_image_not_body(validate) -> None:
    body = ('<article><div class="story-body">'
            f'<p>{P1}</p>'
            '<figure><img src="data:image/gif;base64,AA" data-src="/img/pier.jpg">'
            '<figcaption>The new pier at dawn. <span class="credit">Photo: Ann Poe</span></figcaption></figure>'
            f'<p>{P2}</p></div></article>')
    rec = record(page("", body), validate)
    assert rec["images"] == [{"caption": "The new pier at dawn.", "credit": "Photo: Ann Poe", "src": "/img/pier.jpg"}]
    assert rec["body"] == P1 + "\n\n" + P2


def test_hidden_copies_are_dropped(validate) -> None:
    body = (article_body(P1, P2)
            + f'<div style="display:none"><p>{P1}</p></div>'
            + f'<div aria-hidden="true"><p>{P3}</p></div>'
            + f'<p hidden>{P4}</p>')
    rec = record(page("", body), validate)
    assert rec["body"] == P1 + "\n\n" + P2
    assert {r["kind"] for r in rec["removed"]} >= {"hidden"}


def test_related_and_share_blocks_are_dropped(validate) -> None:
    teasers = "".join(f'<li><a href="/s{i}">Other story number {i} about the coast</a></li>' for i in range(6))
    body = ('<article><div class="story-body">'
            f'<p>{P1}</p><div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>'
            f'<p>{P2}</p><p>{P3}</p>'
            f'<div class="related-articles"><h3>Related</h3><ul>{teasers}</ul></div>'
            '<div class="newsletter-signup"><p>Sign up for our daily newsletter to get every story first.</p></div>'
            '</div></article><footer><p>Copyright 2021 Coast Times. All rights reserved.</p></footer>')
    rec = record(page("", body), validate)
    assert rec["body"] == "\n\n".join([P1, P2, P3])
    kinds = {r["kind"] for r in rec["removed"]}
    assert {"share", "related", "newsletter"} <= kinds


def test_body_split_by_ad_rows_is_joined(validate) -> None:
    body = ('<div class="page"><nav><a href="/">Home</a> <a href="/local">Local</a></nav><main>'
            f'<div class="article-body-part"><p>{P1}</p><p>{P2}</p></div>'
            '<div class="ad-row"><div class="adslot">Advertisement</div></div>'
            f'<div class="article-body-part"><p>{P3}</p><p>{P4}</p></div>'
            '</main></div>')
    rec = record(page("", body), validate)
    assert rec["body"] == "\n\n".join([P1, P2, P3, P4])


def test_lead_in_its_own_wrapper_is_kept(validate) -> None:
    lead = "Kelso Bay finally has its pier."
    more = [
        "Engineers had to rebuild the southern arm twice after winter storms tore away the first piles.",
        "The ferry company said it would move its evening boat to the new berth from next week.",
        "Shopkeepers on the quay expect more visitors once the summer timetable starts in May.",
        "A small exhibition about the old wooden jetty opens in the harbour office on Saturday.",
    ]
    body = (f'<div class="story"><div class="intro"><strong>{lead}</strong></div><div class="story-body">'
            + "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4, *more)) + "</div></div>")
    rec = record(page("", body), validate)
    assert rec["blocks"][0]["text"] == lead
    assert len(rec["blocks"]) == 9


def test_lead_outside_p_headings_lists_and_tweets(validate) -> None:
    tweet = ('<blockquote class="twitter-tweet"><p>The pier is open at last!</p>'
             '&mdash; Harbour Authority (@harbour) <a href="https://x.example/1">March 1, 2021</a></blockquote>')
    body = (f'<article><div class="story-body">{P1}<p>{P2}</p><h2>What changes for ferries</h2>'
            '<ul><li>Two more daily sailings to the island.</li><li>A covered waiting room.</li></ul>'
            f'{tweet}<p>{P3}</p></div></article>')
    rec = record(page("", body), validate)
    assert [(b["type"], b["text"][:25]) for b in rec["blocks"]] == [
        ("paragraph", P1[:25]),
        ("paragraph", P2[:25]),
        ("heading", "What changes for ferries"),
        ("list_item", "Two more daily sailings t"),
        ("list_item", "A covered waiting room."),
        ("quote", "The pier is open at last!"),
        ("quote", "— Harbour Authority (@har"),
        ("paragraph", P3[:25]),
    ]


def test_tweet_in_a_widget_wrapper_and_meta_line(validate) -> None:
    body = ('<article><div class="story-body">'
            '<p>05/10/2018 - Posted by Ann Poe - Category: Local - Tags: pier, ferries</p>'
            f'<p>{P1}</p><div class="social-embed widget"><blockquote class="twitter-tweet">'
            '<p>Opening day at the pier, finally.</p></blockquote></div>'
            f'<p>{P2}</p></div></article>')
    rec = record(page("", body), validate)
    assert [b["text"] for b in rec["blocks"]] == [P1, "Opening day at the pier, finally.", P2]
    assert {"kind": "byline", "rule": "meta_line"} in [{k: r[k] for k in ("kind", "rule")} for r in rec["removed"]]


def test_wire_dateline_and_credits(validate) -> None:
    lead = "GENEVA (Reuters) - Talks on the harbour treaty resumed on Monday after a pause of two months."
    body = article_body(lead, P2, "(With input from AFP)")
    rec = record(page("", body), validate)
    assert rec["dateline"] == "GENEVA"
    assert rec["credits"] == ["Reuters", "AFP"]
    assert rec["body"] == lead + "\n\n" + P2


def test_dek_becomes_subtitle(validate) -> None:
    dek = "A long-awaited pier will change how the island gets its ferries."
    head = f'<meta name="description" content="{dek}">'
    body = f'<header><h1>New pier</h1><p class="standfirst">{dek}</p></header>' + article_body(P1, P2)
    rec = record(page(head, body), validate)
    assert rec["subtitle"] == dek
    assert dek not in rec["body"]


def test_description_that_is_the_lead_is_not_a_dek(validate) -> None:
    head = f'<meta name="description" content="{P1}">'
    rec = record(page(head, "<h1>New pier</h1>" + article_body(P1, P2)), validate)
    assert rec["subtitle"] is None
    assert rec["body"].startswith(P1)


def test_page_without_text_is_an_error() -> None:
    with pytest.raises(NewscleanError):
        parse(page("", "<div><img src='/a.png'></div>"))


def test_source_layout_selectors(monkeypatch, validate) -> None:
    """A source module's HTML_LAYOUTS pick the body; the record names the source and layout."""
    entry = SourceEntry(id="pierpost", name="Pier Post", module="pierpost", domains=("pierpost.example",),
                        text_signatures=(), source_tz="Europe/London", languages=("en",))
    module = types.ModuleType("newsclean.parsers.sources.pierpost")
    module.HTML_LAYOUTS = (
        HtmlLayout("2021", None, body=("div.pp-text",), cuts=(Cut("app_promo", "promo", "p.pp-promo"),)),
        HtmlLayout("2018", "2021-01-01", body=("td.story",)),
    )
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(registry, "CATALOG", (*registry.CATALOG, entry))
    body = (f'<div class="pp-text"><p>{P1}</p><p class="pp-promo">Read the Pier Post app.</p></div>'
            f'<div class="box"><p>{P3}</p></div><div class="pp-text"><p>{P2}</p></div>')
    head = '<meta property="article:published_time" content="2021-04-01T08:00:00">'
    rec = record(page(head, body), validate, url="https://www.pierpost.example/a")
    assert rec["source"] == {"id": "pierpost", "name": "Pier Post", "parser": "pierpost"}
    assert rec["provenance"]["layout"] == "pierpost 2021"
    assert rec["body"] == P1 + "\n\n" + P2
    assert rec["published"] == "2021-04-01T08:00:00+01:00"  # the source's zone (BST on that day)


@pytest.mark.skipif(not (CORPUS / "pages").is_dir(), reason="../shared/corpus is not here")
def test_corpus_smoke(validate) -> None:
    pages = sorted((CORPUS / "pages").glob("*.html"))[:15]
    for path in pages:
        rec = validate(parse(path.read_bytes(), path=str(path)).to_dict())
        assert rec["input"]["format"] == "html"
        assert rec["word_count"] > 0 or rec["title"], path.name
