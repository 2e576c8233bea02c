"""Rzeczpospolita (rp.pl): its HTML layout and its text dump.

HTML: the headline ``h1.article--title`` (= JSON-LD ``headline``; ``og:title`` is a shorter social one), the lead
``div.article--lead``, "Aktualizacja: … Publikacja: DD.MM.YYYY HH:MM" in ``p.article--meta`` (Warsaw time), the
authors ``div.author p.name`` (and JSON-LD), the body ``div.articleBody``: its blocks (``articleBodyBlock``:
paragraphs, ``h2`` headings) with "Czytaj więcej" teasers (``block--content--excerpt``), pictures
(``block--media--…``), embeds, video ads and marketing boxes between them. The JSON-LD ``datePublished`` is the
last update's time (= ``dateModified``); the time the page prints as "Publikacja" is its ``dateCreated``.

Text dumps: the menu, the section in capitals, the headline, the lead, "Aktualizacja: DD.MM.YYYY HH:MM Publikacja:
DD.MM.YYYY HH:MM" (or "Publikacja: …" alone), the picture's caption over "Foto: …", the authors one a line, the
body with "Czytaj więcej" teasers (label, section, headline, an excerpt cut with "..."), "© Licencja na
publikację" where the story ends.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .common import POLISH_CAPITALS, name_pattern
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "h1 headline, not og:title; 'Publikacja' as published and 'Aktualizacja' as updated (the "
                     "JSON-LD datePublished is the update); 'Czytaj więcej' teaser, picture, video ad cut"),
    ("article_dump.txt", "anchored on 'Aktualizacja: … Publikacja: …' (Warsaw); caption over 'Foto: …' in the "
                         "header; two authors one a line; 'Czytaj więcej' teasers removed to their '...' "
                         "excerpt; '© Licencja na publikację' ends it"),
)

BYLINE = lazy(rf"(?P<names>{name_pattern(POLISH_CAPITALS)})")
_CLOCK = r"(?P<d>\d{2})\.(?P<mo>\d{2})\.(?P<y>\d{4}) (?P<h>\d{2}):(?P<mi>\d{2})"
DATE_LINE = lazy(rf"Publikacja: {_CLOCK}")
UPDATED_LINE = lazy(rf"Aktualizacja: {_CLOCK}")
PHOTO_CREDIT = lazy(r"(?:Foto|Fot\.|Źródło|Ilustracja|Grafika): (?P<credit>.{2,100})")
# A "Czytaj więcej" teaser: its label, the linked story's section and headline, and its excerpt cut off with "...".
READ_MORE_BOX = (lazy(r"Czytaj (?:więcej|też|także)"), lazy(r".{10,400}(?:\.\.\.|…)"))


def article_end(text: str) -> bool:
    """The licence lines under the story, where it ends.

    >>> article_end("© Licencja na publikację"), article_end("© ℗ Wszystkie prawa zastrzeżone")
    (True, True)
    >>> article_end("Licencja na publikację wygasa w maju, powiedział.")
    False
    """
    return text in ("© Licencja na publikację", "© ℗ Wszystkie prawa zastrzeżone")


RULES = (LineRule("article_end", "copyright", article_end, ends_article=True),)

HTML_2026 = HtmlLayout(
    name="2026",
    valid_until=None,
    body=("div.articleBody",),
    title=("h1.article--title", "ld:headline"),
    subtitle=("div.article--lead",),
    authors=("div.author p.name", "ld:author"),
    published=("span#livePublishedAtContainer", "ld:dateCreated"),
    updated=("span#liveRetainAtContainerInner", "ld:dateModified"),
    # Each block's id is random ("block-id-n1AuAdJlVL"), and may read as an ad's: paragraphs and headings stay.
    keep=("div.articleBody p.articleBodyBlock", "div.articleBody h2.articleBodyBlock"),
    cuts=(
        Cut("read_more", "related", "div.block--content--excerpt"),
        Cut("picture", "caption-credit", 'div[class*="block--media"]'),
        Cut("video_ad", "ad", "div.intext--video"),
        Cut("ad_slot", "ad", "div.normalAdvert"),
        Cut("marketing_box", "promo", "div.marketingComponent"),
        Cut("embed", "embed", "div.block--inner--code"),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2026,)

# The caption is the line over "Foto: …" (it may be a name: "Donald Trump"); a story without a picture prints the
# authors right under the date line.
TEXT_2026 = HeaderTextLayout(
    name="2026",
    valid_until=None,
    header=("title", "lead", "date", "caption", "credit", "byline*"),
    date_line=DATE_LINE,
    updated_line=UPDATED_LINE,
    byline=BYLINE,
    caption_credit=PHOTO_CREDIT,
    rules=RULES,
    marked_boxes=(READ_MORE_BOX,),
)
TEXT_2026_NO_PICTURE = TEXT_2026._replace(name="2026 no picture", header=("title", "lead", "date", "byline*"))

SOURCE = HeaderTextSource(BY_ID["rzeczpospolita"], (TEXT_2026, TEXT_2026_NO_PICTURE))
