"""20 Minuten (20min.ch): its HTML and text layouts.

HTML (Next.js; class names carry build hashes, matched by their ``Article_…`` prefixes): the headline is
the page's ``h1`` (= ``og:title`` = LD ``headline``); the header's ``h2`` is a second, longer headline with a
kicker (LD ``alternativeHeadline``). The lead is ``Article_elementLead``, the authors LD ``author`` (agencies
spelled out: "Deutsche Presse-Agentur"), the body ``section.Article_body…`` of text blocks, crossheads and
info boxes: the "Darum gehts" bullets (the summary, kept without their label), a channel promo; polls,
pictures, slideshows and ads sit between them.

Text dumps: "Front | Ressort |", the headline, "Publiziert17. Dezember 2024, 12:17" (no space), the kicker,
":", the second headline, the lead, "von" and one author per line ("Konstantin Furrer,"), then the body.
A picture's credit stands on a line of its own under its caption ("Philipp von Ditfurth/dpa"); a poll's
answers are lines with no blank between them.
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..rules.registry import LineRule
from ..vocab.captions import PHOTO_AGENCIES
from ..vocab.people import WIRE_AGENCIES
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article.html',
     "LD headline over the h2 with its kicker; lead from the header; agencies among the LD authors; the 'Darum "
     "gehts' bullets kept without their label; poll, ad and channel promo cut by name"),
    ('article_dump.txt',
     "'Publiziert' glued to the date (Zurich time); kicker, ':' and second headline skipped; 'von' and one author a "
     "line; a credit under its caption makes an image; the poll's answers a box; the comments end it"),
)

_NAME_WORD = r"(?:[A-ZÄÖÜ][\w'.-]+|von|van|de|der|di|da|du|le|la)"
# One author per line under "von": "Konstantin Furrer,", "Deutsche Presse-Agentur", "Keystone-SDA", "AFP".
NAME_LINE = lazy(rf"(?P<names>[A-ZÄÖÜ][\w'.-]+(?: {_NAME_WORD}){{1,4}}|[A-ZÄÖÜ][\w.]*-[A-ZÄÖÜ][\w.-]*"
                 rf"|{'|'.join(re.escape(agency) for agency in WIRE_AGENCIES)}),?")
# A picture's credit: "Philipp von Ditfurth/dpa", "20min/Michael Scherrer", or an agency alone ("Getty Images").
CREDIT = lazy(rf"[\wÄÖÜ][\w'.-]*(?: {_NAME_WORD}){{0,4}}/[\w.-]+(?: [\w.-]+){{0,3}}(?<![.!?])"
              rf"|{'|'.join(re.escape(agency) for agency in PHOTO_AGENCIES)}")


def summary_label(text: str) -> bool:
    """The label over the summary's bullets.

    >>> summary_label("Darum gehts"), summary_label("Darum gehts es im Prozess")
    (True, False)
    """
    return text in ("Darum gehts", "Darum geht's")


def channel_promo(text: str) -> bool:
    """The box that asks readers to follow 20 Minuten on a messenger or social channel.

    >>> channel_promo("Folgst du schon 20 Minuten auf Whatsapp?")
    True
    >>> channel_promo("Eine Newsübersicht am Morgen: Abonniere den Whatsapp-Kanal von 20 Minuten und du bekommst …")
    True
    >>> channel_promo("Der Kanal wurde nach 20 Minuten wieder geöffnet.")
    False
    """
    return text.startswith("Folgst du schon 20 Minuten") or "-Kanal von 20 Minuten" in text


def picture_credit(text: str) -> bool:
    """A picture's credit on a line of its own (under its caption, or alone where the picture has none).

    >>> picture_credit("Philipp von Ditfurth/dpa"), picture_credit("20min/Michael Scherrer")
    (True, True)
    >>> picture_credit("Getty Images")
    True
    >>> picture_credit("Die EU/USA-Gespräche gehen weiter.")
    False
    """
    return len(text) <= 70 and bool(CREDIT.fullmatch(text))


def readers_say(text: str) -> bool:
    """The comments after the story, where it ends.

    >>> readers_say("DEINE MEINUNG ZÄHLT"), readers_say("30 Kommentare"), readers_say("Deine Meinung zählt, sagt sie.")
    (True, True, False)
    """
    return text == "DEINE MEINUNG ZÄHLT" or bool(_COMMENTS.fullmatch(text))


_COMMENTS = lazy(r"\d+ Kommentare?")

RULES = (
    LineRule("summary_label", "label", summary_label),
    LineRule("channel_promo", "promo", channel_promo),
    LineRule("picture_credit", "caption-credit", picture_credit),
    LineRule("readers_say", "comments", readers_say, ends_article=True),
)

HTML_2024 = HtmlLayout(
    name="2024",
    valid_until=None,
    body=('article section[class*="Article_body"]',),
    title=("ld:headline", "meta:og:title"),
    subtitle=('article header [class*="Article_elementLead"]',),
    authors=("ld:author",),
    cuts=(
        Cut("picture", "caption-credit", '[class*="Article_elementImage"]'),
        Cut("slideshow", "caption-credit", '[class*="Article_elementSlideshow"]'),
        Cut("poll", "poll", '[class*="Article_elementPoll"]'),
        Cut("ad_slot", "ad", '[class*="Article_elementAd"]'),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2024,)

TEXT_2024 = HeaderTextLayout(
    name="2024",
    valid_until=None,
    header=("title", "date", "updated?", "skip", "colon", "skip", "lead", "by?", "name*"),
    marks=(("colon", lazy(r":")), ("by", lazy(r"[Vv]on")), ("updated", lazy(r"Aktualisiert\s*\d.{8,30}"))),
    date_line=lazy(r"Publiziert\s*\d{1,2}\. [A-ZÄ][a-zä]+ \d{4}, \d{1,2}:\d{2}"),
    updated_line=lazy(r"Aktualisiert\s*\d{1,2}\. [A-ZÄ][a-zä]+ \d{4}, \d{1,2}:\d{2}"),
    byline=lazy(r"[Vv]on (?P<names>[^\d.!?]{3,80})"),
    name_line=NAME_LINE,
    caption_credit=CREDIT,
    rules=RULES,
    box_run=3,
)
TEXT_2024_NO_KICKER = TEXT_2024._replace(
    name="2024 no kicker", header=("title", "date", "updated?", "skip", "lead", "by?", "name*"))
TEXT_LAYOUTS = (TEXT_2024, TEXT_2024_NO_KICKER)
SOURCE = HeaderTextSource(BY_ID["20min"], TEXT_LAYOUTS)
