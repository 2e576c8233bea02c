"""Seznam Zprávy (seznamzpravy.cz): its HTML layout and its text dump.

HTML: the page's blocks carry ``data-dot`` names that survive the hashed classes: the perex
``p[data-dot="ogm-article-perex"]``, the body ``div[data-dot="ogm-article-content"]`` with the links to the
outlet's other stories (``mol-document-links``) and its info boxes
(``div.mol-post-card__body``: a heading, a picture and a background text, collapsed behind "Zobrazit vše")
set into it. The JSON-LD gives title, authors and the time in UTC.

Text dumps: ~30 menu lines, "Drobečková navigace" over the breadcrumb glued to the headline, the headline,
the authors, the read-aloud notice (since 2025), "Foto: credit" over the caption, the time ("5:00", or "8. 4.
2025 5:00" on older stories: Prague time; today's stories print the clock only), "aktualizováno • 12:56", the
perex, "Článek" and the body. Related stories print as their title over their date; an info box as its heading
over "Foto: …", its picture's caption and text, and "Zobrazit vše" where it is collapsed; "Diskuze" ends the story.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "perex as subtitle; links to other stories and the info box set into the body cut; "
                     "JSON-LD time in UTC"),
    ("article_dump.txt", "anchored on 'Článek'; authors over 'Foto:' and the caption; a dated time in Prague time; "
                         "related cards (title over date) removed; the info box (heading over 'Foto:', to 'Zobrazit "
                         "vše') removed; 'Diskuze' ends it"),
)

_NAME = r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w'-]+(?: [A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w'-]+){1,3}"
BYLINE = lazy(rf"(?P<names>{_NAME}(?:(?:,\s*|\s+a\s+){_NAME})*)")
# "5:00" (today's stories: the clock only, no published time) or "8. 4. 2025 5:00".
DATE_LINE = lazy(r"\A(?:(?P<d>\d{1,2})\. (?P<mo>\d{1,2})\. (?P<y>\d{4}) )?(?P<h>\d{1,2}):(?P<mi>\d{2})\Z")
UPDATED_LINE = lazy(r"aktualizováno • (?:\d{1,2}\. \d{1,2}\. \d{4} )?\d{1,2}:\d{2}")
PHOTO = lazy(r"(?:Foto|Video|Ilustrace|Grafika): (?P<credit>.{2,120})")


def article_end(text: str) -> bool:
    """The discussion link, the share bar and the topic list under the story, where it ends.

    >>> article_end("Diskuze"), article_end("Související témata:"), article_end("Diskuze o rozpočtu pokračuje.")
    (True, True, False)
    """
    return text in ("Diskuze", "Sdílejte článek", "Související témata:")


def show_all(text: str) -> bool:
    """The toggle that opens a collapsed info box.

    >>> show_all("Zobrazit vše"), show_all("Zobrazit všechny komentáře k článku o vládě")
    (True, False)
    """
    return text == "Zobrazit vše"


RULES = (
    LineRule("show_all", "related", show_all),
    LineRule("article_end", "comments", article_end, ends_article=True),
)

HTML_2025 = HtmlLayout(
    name="2025",
    valid_until=None,
    body=('div[data-dot="ogm-article-content"]',),
    subtitle=('p[data-dot="ogm-article-perex"]',),
    title=("ld:headline", "h1"),
    published=("ld:datePublished",),
    cuts=(
        Cut("info_box", "related", "div.mol-post-card__body"),
        Cut("document_links", "related", 'div[data-dot="mol-document-links"]'),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2025,)

TEXT_2025 = HeaderTextLayout(
    name="2025",
    valid_until=None,
    header=("title", "byline", "listen?", "credit?", "skip?", "date", "updated?", "lead", "article"),
    anchor="article",
    marks=(("article", lazy("Článek")), ("listen", lazy(r"Chcete-li článek poslouchat, přihlaste se")),
           ("updated", UPDATED_LINE)),
    date_line=DATE_LINE,
    updated_line=UPDATED_LINE,
    byline=BYLINE,
    author_separators=lazy(r"\s*(?:,|\ba\b)\s*"),
    credit=PHOTO,
    rules=RULES,
    box_run=2,
    # an info box: its heading over "Foto: …", to the "Zobrazit vše" toggle of a collapsed box or the story's end
    headed_boxes=((PHOTO, lazy("Zobrazit vše")),),
    language="cs",
)
TEXT_LAYOUTS = (TEXT_2025,)
SOURCE = HeaderTextSource(BY_ID["seznamzpravy"], TEXT_LAYOUTS)
