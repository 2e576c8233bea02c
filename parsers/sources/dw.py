"""Deutsche Welle (dw.com, German edition): its HTML and text layouts, the React site of 2023 and the
classic one before it.

HTML 2023 (React; styled-components hashes beside stable class words): ``article header`` with the
kicker, the ``h1``, ``.author-details`` ("Julia Vergin | Clare Roth"), ``.time-area`` (relative: "vor 3
Stunden") and ``p.teaser-text``; LD ``author`` and ``datePublished`` (UTC); the body ``div.rich-text``
with video players (``div.vjs-wrapper``) and ad slots inside. ``og:title`` ends " – DW – DD.MM.YYYY".
Classic (until mid-2023): ``div.col3`` with ``h1``, ``p.intro`` and ``div.longText`` (picture boxes
inside); no LD, ``meta author`` is the broadcaster; the date (a day, no time) and the author stand in the
fact list under the story (``ul.smallList``: "Datum", "Autorin/Autor").

Text dumps 2023: the kicker in capitals, the headline, "A | B", the relative time twice, the lead, the
permalink ("https://p.dw.com/p/…"), the picture's caption and "Bild: …" (lines with no blank between
them: ``box_run``), "ANZEIGE", the body;
"Schicken Sie uns Ihr Feedback!" ends it. Classic: "THEMEN / Welt / Europa", "Anzeige", the kicker,
the headline, the lead, the body (the pictures' captions print as lines of their own between the paragraphs,
and stay); "Datum DD.MM.YYYY" and "Autorin/Autor …" follow the related links.
"""
from __future__ import annotations

from typing import Any

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article.html',
     "2023 React page: the header's h1 (og:title carries ' – DW – date'), LD authors and UTC time, the teaser text as "
     "lead; the video player cut by name; meta author (the broadcaster) not taken"),
    ('article_dump.txt',
     "2023 dump: kicker in capitals, 'A | B' byline, 'vor 2 Stunden' giving no time, permalink, caption and credit "
     "as a box, 'ANZEIGE'; the feedback prompt ends it"),
    ('classic_dump.txt',
     "classic dump: anchored on 'THEMEN / Welt / Europa'; the date and the author printed under the story give "
     "published (a day) and authors, and leave the body"),
)

_NAME = r"[A-ZÄÖÜ][\w'.-]+(?: (?:[A-ZÄÖÜ][\w'.-]+|von|van|de|der|al|el|bin|ibn)){1,3}"
# "Julia Vergin | Clare Roth": the authors under the headline, set apart by bars.
BYLINE = lazy(rf"(?P<names>{_NAME}(?: \| {_NAME})*)")
# "vor 3 Stunden" (no date: no time is read), or a date where the page is older.
DATE_LINE = lazy(r"^(?:vor \d+ (?:Sekunden?|Minuten?|Stunden?|Tagen?)|\d{1,2}\. [A-ZÄÖÜ][a-zä]+ \d{4}"
                 r"|\d{2}\.\d{2}\.\d{4})$")


def permalink(text: str) -> bool:
    """The story's short link under the lead.

    >>> permalink("https://p.dw.com/p/4SUrv"), permalink("Permalink https://p.dw.com/p/4QgGF")
    (True, True)
    """
    return bool(_PERMALINK.fullmatch(text))


_PERMALINK = lazy(r"(?:Permalink )?https://p\.dw\.com/p/\w+")


def advert_label(text: str) -> bool:
    """The label of an ad slot.

    >>> advert_label("ANZEIGE"), advert_label("Anzeige"), advert_label("Anzeige erstattet")
    (True, True, False)
    """
    return text.casefold() == "anzeige"


def article_end(text: str) -> bool:
    """The feedback prompt and the recommendations after the story, where it ends.

    >>> article_end("Schicken Sie uns Ihr Feedback!"), article_end("Die Redaktion empfiehlt")
    (True, True)
    """
    return text in ("Schicken Sie uns Ihr Feedback!", "Die Redaktion empfiehlt", "Audio und Video zum Thema",
                    "Mehr zum Thema", "MEHR ZUM THEMA")


RULES = (
    LineRule("permalink", "share", permalink),
    LineRule("advert_label", "ad", advert_label),
    LineRule("article_end", "related", article_end, ends_article=True),
)


def _fact(root: Any, label: str) -> str | None:
    """The value of one entry of the classic page's fact list ("Datum", "Autorin/Autor")."""
    for item in root.xpath("//ul[contains(@class, 'smallList')]/li[strong]"):
        if " ".join("".join(item.find("strong").itertext()).split()) == label:
            return " ".join("".join(item.itertext()).split()).removeprefix(label).strip() or None
    return None


def classic_authors(root: Any) -> str | None:
    """The authors the classic page names in its fact list ("Autorin/Autor Roman Goncharenko")."""
    return _fact(root, "Autorin/Autor")


def classic_date(root: Any) -> str | None:
    """The day the classic page gives in its fact list ("Datum 28.04.2023"): a date, no time."""
    return _fact(root, "Datum")


HTML_2023 = HtmlLayout(
    name="2023",
    valid_until=None,
    body=("article div.rich-text",),
    title=("article header h1", "ld:headline"),
    subtitle=("article header p.teaser-text",),
    authors=("ld:author",),
    cuts=(
        Cut("video", "embed", "div.vjs-wrapper"),
        Cut("ad_slot", "ad", "span.rich-text-ad"),
    ),
    block_rules=RULES,
)
HTML_CLASSIC = HtmlLayout(
    name="classic",
    valid_until="2023-06-13",
    body=("div.col3 div.longText",),
    title=("div.col3 > h1",),
    subtitle=("div.col3 > p.intro",),
    authors=(classic_authors,),
    published=(classic_date,),
    cuts=(Cut("picture", "caption-credit", "div.picBox"),),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2023, HTML_CLASSIC)

TEXT_2023 = HeaderTextLayout(
    name="2023",
    valid_until=None,
    header=("skip?", "title", "byline?", "date", "date?", "lead"),
    date_line=DATE_LINE,
    byline=BYLINE,
    author_separators=lazy(r"\s*(?:,|\||\bund\b)\s*"),
    rules=RULES,
    box_run=2,
)
TEXT_CLASSIC = TEXT_2023._replace(
    name="classic",
    valid_until="2023-06-13",
    header=("crumbs", "advert?", "skip", "title", "lead"),
    anchor="crumbs",
    marks=(("crumbs", lazy(r"THEMEN(?: / [^/]{2,40}){1,4}")), ("advert", lazy(r"Anzeige"))),
    footer_byline=lazy(r"Autorin/Autor (?P<names>[^\d.!?]{3,120})"),
    footer_date=lazy(r"Datum \d{2}\.\d{2}\.\d{4}"),
)
TEXT_LAYOUTS = (TEXT_2023, TEXT_CLASSIC)
SOURCE = HeaderTextSource(BY_ID["dw"], TEXT_LAYOUTS)
