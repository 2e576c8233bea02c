"""n-tv.de (ntv Nachrichten): its HTML layout and its text dump.

HTML (one markup since 2023; only the JSON-LD/``meta author`` turned into the organisation in 2024): the
displayed headline is ``span.article__headline`` (the kicker ``span.article__kicker`` beside it; the
breadcrumb ``h1``, ``<title>`` and JSON-LD headline are the SEO "Kicker: Headline"); the byline
``span.article__author`` "Von Name[, Ort]"; the body ``div.article__text``, with pictures, galleries and
"Mehr zum Thema" set into it as ``div.article__aside``.

Text dumps: the dump's own clock, ~290 lines of menus and video teasers, then "Startseite <Ressort>", the
SEO headline, the ressort's menu, kicker and headline on one line, "Von Name[, Ort] DD.MM.YYYY, HH:MM Uhr"
(byline and date on one line; Berlin time), the picture's caption over "(Foto: …)", the share bar, the
read-aloud notice, the body, "Quelle: ntv.de[, agency]", "THEMEN" and the tags.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..lazyre import lazy
from ..lines import Line
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "displayed headline without the kicker; 'Von Name, Ort' gives the person, not the place; "
                     "picture, gallery and 'Mehr zum Thema' asides cut"),
    ("article_dump.txt", "kicker cut off the headline by the SEO line under 'Startseite'; byline and date on one "
                         "line; '(Foto: …)' under its caption makes a picture; share bar, read-aloud notice and "
                         "related box removed; 'Quelle: ntv.de, dpa' removed as the credit line"),
)

# "Von Name und Name, Ort": the people before the comma; after it stands the reporter's place, no person.
BYLINE = lazy(r"Von\s+(?P<names>[^,\d]{3,120}?)(?:,\s*[^\d]{2,60})?")
DATE_LINE = lazy(rf"(?:{BYLINE.pattern}\s+)?(?P<d>\d{{2}})\.(?P<mo>\d{{2}})\.(?P<y>\d{{4}}),\s+(?P<h>\d{{1,2}}):"
                 r"(?P<mi>\d{2})\s+Uhr")
# "(Foto: picture alliance/dpa)" under a caption: one picture.
PHOTO_CREDIT = lazy(r"\((?:Foto|Fotos|Bild|Grafik|Video): (?P<credit>[^()]{2,100})\)")
SOURCE_LINE = lazy(r"Quelle: ntv\.de(?:,\s*[\w/ .-]{1,60})?")
WORDS = lazy(r"\w+")


def byline_names(root: Any) -> list[str] | None:
    """The people of the byline printed under the headline ("Von A und B, Ort": not the place after the
    comma); None where the page prints none. The JSON-LD author is the organisation on pages since 2024."""
    found = root.xpath("(//article[contains(@class, 'article')]//span[contains(@class, 'article__author')])[1]")
    match = BYLINE.fullmatch(" ".join("".join(found[0].itertext()).split())) if found else None
    if match is None:
        return None
    return [name.strip() for name in re.split(r"\s+(?:und|&)\s+", match["names"]) if name.strip()]


def without_kicker(display: str, seo: str) -> str:
    """The headline of a dump line that prints the kicker glued to it, told apart by the SEO headline
    ("Kicker: Headline", worded as the page's or not): the tail of the line that shares the most words with
    the SEO headline's part after the colon and holds the fewest it lacks.

    >>> without_kicker("Neue Leipziger Schule Judy Lybke, ganz und gar nicht eigenartig",
    ...                "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig")
    'Judy Lybke, ganz und gar nicht eigenartig'
    >>> line = "Fährbetrieb gesichert Die Oker bekommt eine neue Fähre"
    >>> without_kicker(line, "Braunschweig: Neue Fähre für die Oker")
    'Die Oker bekommt eine neue Fähre'
    >>> without_kicker(line, "Wetter: Regen am Sonntag")
    'Fährbetrieb gesichert Die Oker bekommt eine neue Fähre'
    """
    seo_words = Counter(w.casefold() for w in WORDS.findall(seo.partition(": ")[2] or seo))
    starts = [m.start() for m in re.finditer(r"(?:^|(?<=\s))\S", display)]
    best, best_score = 0, 0
    for start in starts:
        tail = Counter(w.casefold() for w in WORDS.findall(display[start:]))
        shared = sum((tail & seo_words).values())
        score = shared - sum((tail - seo_words).values())
        if shared and score > best_score:
            best, best_score = start, score
    return display[best:]


def headline(text: str, above: list[Line]) -> str:
    """The dump's headline less its kicker, told by the SEO headline printed under "Startseite …"."""
    for index in range(len(above) - 2, -1, -1):
        if above[index].text.startswith("Startseite"):
            return without_kicker(text, above[index + 1].text)
    return text


def share_bar(text: str) -> bool:
    """The share bar under the picture.

    >>> share_bar("Artikel teilen"), share_bar("Facebook Twitter Whatsapp E-Mail Drucken Link kopieren")
    (True, True)
    >>> share_bar("Folgen auf:"), share_bar("Folgen auf die Krise: steigende Preise")
    (True, False)
    """
    return text in ("Artikel teilen", "Folgen auf:") or bool(_SHARE_NAMES.fullmatch(text))


_SHARE_NAMES = lazy(r"(?:(?:Facebook|Twitter|X|Whatsapp|E-Mail|Drucken|Link kopieren|Flipboard|Pocket)\s*){3,}")


def read_aloud(text: str) -> bool:
    """The read-aloud player and its notice.

    >>> read_aloud("Artikel anhören"), read_aloud("Wir freuen uns über Ihr Feedback zu diesem Angebot.")
    (True, True)
    >>> read_aloud("Diese Audioversion wurde künstlich generiert. Mehr Informationen zu unserer Vorlesefunktion.")
    True
    """
    return text == "Artikel anhören" or text.startswith(("Diese Audioversion wurde künstlich generiert",
                                                         "Wir freuen uns über Ihr Feedback zu diesem Angebot"))


def source_line(text: str) -> bool:
    """The line naming where the story came from, after the last paragraph ("Quelle: ntv.de, dpa").

    >>> source_line("Quelle: ntv.de, mau/dpa"), source_line("Quelle: ntv.de"), source_line("Quelle: eigene Recherche.")
    (True, True, False)
    """
    return bool(SOURCE_LINE.fullmatch(text))


def topics(text: str) -> bool:
    """The tag list's heading under the story, where the article ends.

    >>> topics("THEMEN"), topics("Themen der Woche")
    (True, False)
    """
    return text == "THEMEN"


RULES = (
    LineRule("share_bar", "share", share_bar),
    LineRule("read_aloud", "promo", read_aloud),
    LineRule("source_line", "credit", source_line),
    LineRule("topics", "tags", topics, ends_article=True),
)

HTML_2023 = HtmlLayout(
    name="2023",
    valid_until=None,
    body=("article.article div.article__text",),
    title=("article.article span.article__headline", "meta:og:title"),
    authors=(byline_names,),
    cuts=(
        Cut("aside", "related", "div.article__aside"),
        Cut("ad_slot", "ad", "div[data-adformat]"),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2023,)

TEXT_2023 = HeaderTextLayout(
    name="2023",
    valid_until=None,
    header=("title", "date"),
    date_line=DATE_LINE,
    byline=BYLINE,
    author_separators=lazy(r"\s+(?:und|&)\s+"),
    title_of=headline,
    caption_credit=PHOTO_CREDIT,
    rules=RULES,
    box_run=2,
    # "Mehr zum Thema" over its teasers, "44 Bilder" over a gallery's date and title, no blank line between
    marked_boxes=((lazy(r"Mehr zum Thema"), None), (lazy(r"\d+ Bilder"), None)),
)

SOURCE = HeaderTextSource(BY_ID["ntv"], (TEXT_2023,))
