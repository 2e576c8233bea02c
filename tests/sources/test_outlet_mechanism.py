"""The outlet mechanism on invented pages: an HTML layout's named fields and cuts, a page that fits no layout
(read as generic, with a warning naming the outlet), the canonical-URL trap, and header-slot text layouts."""
from __future__ import annotations

from newsclean.parsers import parse

PARA1 = "Die Fähre soll an den Wochenenden stündlich fahren, unter der Woche alle zwei Stunden, teilte die Stadt mit."
PARA2 = "Gebaut wird das Boot von einer Werft in Minden. Es fährt mit Strom aus zwei Akkus, die nachts laden."


def funke_page(body_class: str, og_url: str = "https://www.waz.de/essen/article1/x.html") -> bytes:
    return f"""<html lang="de"><head><meta property="og:title" content="SEO-Titel: Fähre kommt">
<meta property="og:url" content="{og_url}">
<link rel="canonical" href="https://www.morgenpost.de/region/article1/x.html">
<meta name="date" content="2025-10-14T07:30:00.000Z"></head><body>
<nav><h1 class="whitespace-nowrap">SEO-Titel: Fähre kommt</h1></nav>
<article><hgroup><div>Nahverkehr</div><h2>Eine Fähre für die Oker</h2></hgroup>
<div class="{body_class}"><p>{PARA1}</p><p>&gt;&gt; Lesen Sie auch: Der neue Radweg</p>
<aside class="h-ad-280+text">Anzeige</aside><p>{PARA2}</p></div></article></body></html>""".encode()


def test_an_html_layout_names_the_title_and_cuts_its_boilerplate_by_name() -> None:
    record = parse(funke_page("article-body relative")).to_dict(explain=True)
    assert record["source"] == {"id": "waz", "name": "WAZ", "parser": "waz"}
    assert record["title"] == "Eine Fähre für die Oker"  # hgroup h2, not og:title or the breadcrumb h1
    assert record["provenance"]["title"] == "layout 2025: article hgroup h2"
    assert record["body"] == PARA1 + "\n\n" + PARA2
    assert "waz.link_promo" in {r["rule"] for r in record["removed"]}


def test_the_pages_own_url_names_the_outlet_not_the_canonical_sister_site() -> None:
    assert parse(funke_page("article-body relative")).source.id == "waz"
    generic = parse(funke_page("article-body", og_url="https://www.example.org/x.html"))
    assert generic.source.id is None and generic.source.parser == "generic"


def test_a_page_no_layout_fits_is_read_as_generic_with_a_warning() -> None:
    article = parse(funke_page("story-text"))  # a redesign none of the layouts knows
    assert article.source.id == "waz" and article.source.parser == "generic"
    assert article.warnings == ["no WAZ layout fits this page: read by the generic parser"]
    assert PARA1 in article.body and PARA2 in article.body


DUMP = """Home
Politik
SEO-Titel: Fähre kommt
 Nahverkehr
Eine Fähre für die Oker
Braunschweig. Die Stadt stellt den Fahrplan der neuen Fähre vor.
Von Lena Hartmann und Jan Otto, Redakteur
14.10.2025, 09:30 Uhr

{p1}

{p2}

Mehr lesen über
Nahverkehr
Eine Webseite der FUNKE Mediengruppe © 2025 FUNKE Mediengruppe
Jetzt BZ-WN  testen
"""


def test_a_text_layout_reads_the_header_by_its_slots() -> None:
    article = parse(DUMP.format(p1=PARA1, p2=PARA2).encode())
    assert (article.source.id, article.source.parser, article.provenance["layout"]) == ("bsz", "bsz", "bsz 2025")
    assert article.title == "Eine Fähre für die Oker"
    assert article.subtitle == "Braunschweig. Die Stadt stellt den Fahrplan der neuen Fähre vor."
    assert article.authors == ["Lena Hartmann", "Jan Otto"]  # "Redakteur" is a role
    assert article.published == "2025-10-14T09:30:00+02:00"
    assert article.body == PARA1 + "\n\n" + PARA2
    assert article.provenance["recognised"].startswith("text signatures: score 5")


def test_a_dump_no_text_layout_fits_is_read_as_generic_with_a_warning() -> None:
    dump = DUMP.replace("14.10.2025, 09:30 Uhr", "Dienstag").format(p1=PARA1, p2=PARA2)
    article = parse(dump.encode())
    assert (article.source.id, article.source.parser) == ("bsz", "generic")
    assert article.warnings[-1] == "no Braunschweiger Zeitung text layout fits this page: read by the generic parser"
    assert PARA1 in article.body


def test_reach_bylines_give_the_names_without_the_role() -> None:
    from newsclean.parsers.sources import reach
    from newsclean.parsers.sources.header_text import byline_people

    def names(line: str) -> list[str]:
        return byline_people(reach.TEXT_2025, reach.BYLINE.fullmatch(line)["names"])[0]

    assert names("Steffan Rhys Deputy Content Hub Director") == ["Steffan Rhys"]
    assert names("Emma MackenzieLifestyle Writer") == ["Emma Mackenzie"]
    assert names("Ann Lee and Tom Park") == ["Ann Lee", "Tom Park"]
    assert reach.BYLINE.fullmatch("Neighbours said there was a smell") is None


def test_a_euronews_page_without_the_swiper_gets_its_single_article_layout() -> None:
    page = f"""<html lang="en"><head><meta property="og:url" content="https://www.euronews.com/2025/01/02/x">
<meta property="og:title" content="Ferry strike ends"></head><body><article>
<h1 class="c-article-redesign-title">Ferry strike ends</h1><p class="c-article-summary">Boats sail again.</p>
<div class="c-article-content"><p>{PARA1}</p><div class="c-ad">ADVERTISEMENT</div><p>{PARA2}</p></div>
</article></body></html>""".encode()
    article = parse(page)
    assert article.provenance["layout"] == "euronews_en 2024 single"
    assert (article.title, article.subtitle) == ("Ferry strike ends", "Boats sail again.")
    assert article.body == PARA1 + "\n\n" + PARA2
