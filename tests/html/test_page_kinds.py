"""Pages that are no single story: a forum thread keeps its posts, a story keeps its comments
out, a page of teasers is read as a list instead of refused. Pages written for these tests."""
from __future__ import annotations

from html_pages import P1, P2, P3, P4, article_body, jsonld, page, record

REPLY = ("I moor my boat at the old quay and I would gladly move to the new berths if the fees stay "
         "as they are now, but nobody at the office could tell me what they will be next year.")


def posts(*texts: str) -> str:
    return "".join(f'<article class="comment"><div class="comment-author">member{i}</div><p>{t}</p></article>'
                   for i, t in enumerate(texts))


def test_forum_thread_keeps_its_posts(validate) -> None:
    body = f'<h1>When does the new pier open?</h1><div class="comments">{posts(P1 + " " + P2, REPLY)}</div>'
    rec = record(page("", body), validate)
    assert f"{P1} {P2}" in rec["body"] and REPLY in rec["body"]


def test_story_keeps_its_comments_out(validate) -> None:
    paragraphs = [f"{n}. {P1} {P2} {P3} {P4}" for n in range(1, 9)]  # a story of about 3,000 chars
    replies = posts(*(f"{REPLY} ({n})" for n in range(24)))  # more text than the story
    body = f'<h1>New pier to open in spring</h1>{article_body(*paragraphs)}<div class="comments">{replies}</div>'
    rec = record(page("", body), validate)
    assert rec["body"] == "\n\n".join(paragraphs)


def test_page_of_teasers_is_read_as_a_list(validate) -> None:
    cards = "".join(
        f'<div class="card"><h3><a href="/story/{i}">Harbour story number {i} of the week</a></h3>'
        f'<p><a href="/story/{i}">A short summary of harbour story {i}, in one line.</a></p></div>'
        for i in range(8))
    body = f'<nav><a href="/">Home</a> <a href="/local">Local</a></nav><main><h1>Local news</h1>{cards}</main>'
    rec = record(page("", body), validate)
    assert "Harbour story number 0 of the week" in rec["body"]
    assert "A short summary of harbour story 7, in one line." in rec["body"]
    assert "Home" not in rec["body"]
    assert rec["provenance"]["body"].startswith("the page's main region, read as a list")


def test_product_page_leaves_customer_reviews_out(validate) -> None:
    head = jsonld({"@type": "Product", "name": "Harbour bench"})
    details = ("The Harbour bench seats three and is made of oiled oak from sustainably managed forests, "
               "with stainless steel fittings that stand up to salt air for years.")
    reviews = ('<section class="product-reviews"><h2>Customer reviews</h2>'
               f'<div class="review"><p>{REPLY}</p></div><div class="review"><p>{REPLY} Again.</p></div></section>')
    body = f"<main><h1>Harbour bench</h1><div class='description'><p>{details}</p><p>{P1}</p></div>{reviews}</main>"
    rec = record(page(head, body), validate)
    assert rec["body"] == f"{details}\n\n{P1}"


def test_landing_page_is_read_whole_not_by_its_testimonials(validate) -> None:
    features = "".join(f"<section><h2>Feature {n}</h2><p>Berth booking feature {n} in one short line.</p></section>"
                       for n in range(1, 9))
    quote = f"<blockquote><p>{P1} {P2} {P3}</p></blockquote>"
    body = (f"<main><h1>Book a berth in minutes</h1><p>One place for every berth on the coast.</p>{features}"
            f'<div class="quotes"><div class="quote-card">{quote}</div><p>Harbour master, Portside</p></div></main>')
    rec = record(page("", body), validate)
    assert "Berth booking feature 8 in one short line." in rec["body"] and P1 in rec["body"]
