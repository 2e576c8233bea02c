"""MDR (Mitteldeutscher Rundfunk, mdr.de/nachrichten): its HTML and text layouts.

HTML: the title is LD ``headline`` (= ``og:title`` less " | MDR.DE"); the visible ``h1`` is a kicker and a
display headline of its own. The byline ``p.author`` names the author and the station's unit ("von David
Straub, MDR THÜRINGEN"; ``meta author`` is "mdr.de"), the dates are LD and meta in Berlin time ("Stand:"
prints the publication). The header box holds the ``h1``, byline and ``p.einleitung`` (the lead); the
story is the ``div.modParagraph`` boxes after it: ``div.paragraph`` and ``h3.subtitle``, with pictures
(``div.mediaCon``), pull-quotes, the jump list ("Auf dieser Seite:") and the programme note inside;
teaser boxes ("Mehr zu …", videos) stand between them, the editors' signs ("MDR (dst)") close it.

Text dumps: "Standort:", "MDR.DE", the regions, the visible ``h1`` (kicker and headline on one line, read as
the title: the LD headline is not printed), "Hauptinhalt", "von …", "Stand: 28. April 2023, 05:00 Uhr", the
lead, then the body; captions end "Bildrechte: …"; teaser and video boxes are
lines with no blank between them, "Mehr zu …" or the editors' signs end the story.
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
     "the LD headline over the h1 with its kicker; the author without the station's unit (meta author is 'mdr.de'); "
     "jump list, pull-quote, picture and programme note cut; the teaser box outside the story; the signs end it"),
    ('article_dump.txt',
     "'Hauptinhalt' under the h1; 'von …, MDR SACHSEN'; 'Stand:' as published (Berlin time); a caption ending "
     "'Bildrechte: …' made an image; the jump list and a video teaser as boxes; the signs 'MDR (jwe)' end it"),
)

# The station's unit after the author's name: "MDR THÜRINGEN", "MDR AKTUELL", "MDR SACHSEN-ANHALT".
UNIT = lazy(r"MDR(?: [A-ZÄÖÜ][\wÄÖÜ-]*)*")


def signs(text: str) -> bool:
    """The editors' signs that close a story: "MDR (dst)", "dpa, MDR (jvo)".

    >>> signs("MDR (dst)"), signs("dpa, AFP, MDR (jvo,ala)"), signs("Das MDR (Mitteldeutscher Rundfunk) sendet.")
    (True, True, False)
    """
    return bool(_SIGNS.fullmatch(text))


_SIGNS = lazy(r"(?:[\w.-]{2,20}(?:, | / | \| ))*MDR(?: [A-ZÄÖÜ]+)? \([a-zäöü]{2,5}(?:[,/ ]+[a-zäöü]{2,5})*\)")


def teaser_line(text: str) -> bool:
    """The links and video notes a teaser box prints between blank lines (its label, picture credit and
    headlines come as lines with none between them: ``box_run``).

    >>> teaser_line("Do 27.04.2023 15:17Uhr 01:00 min"), teaser_line("Link des Videos"), teaser_line("mehr")
    (True, True, True)
    >>> teaser_line("Rechte: MITTELDEUTSCHER RUNDFUNK"), teaser_line("Mehr sagte er nicht.")
    (True, False)
    """
    return text.strip() in _TEASER_LABELS or bool(_TEASER_LINE.fullmatch(text.strip()))


_TEASER_LABELS = frozenset(("Link des Videos", "Video", "Audio", "mehr", "Auf dieser Seite:"))
_TEASER_LINE = lazy(r"\w{2} \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}\s*Uhr \d{2}:\d{2} min|Rechte: .{2,80}|https://www\.mdr\.de/\S+")


def more_on(text: str) -> bool:
    """The "Mehr zu …" box and the programme note after the story, where it ends.

    >>> more_on("Mehr zu Fleischkonsum"), more_on("Dieses Thema im Programm: MDR THÜRINGEN - Das Radio | 10:00 Uhr")
    (True, True)
    >>> more_on("Mehr zu den Hintergründen sagte der Minister nichts.")
    False
    """
    return bool(_MORE_ON.fullmatch(text))


_MORE_ON = lazy(r"Mehr (?:zu|zum|aus) [^.!?]{2,60}|Dieses Thema im Programm:.{2,160}")

RULES = (
    LineRule("teaser_line", "related", teaser_line),
    LineRule("signs", "credit", signs, ends_article=True),
    LineRule("more_on", "related", more_on, ends_article=True),
)


def byline_authors(root: Any) -> list[str] | None:
    """The people the byline names, without the station's unit ("von David Straub, MDR THÜRINGEN")."""
    found = root.xpath("(//div[contains(@class, 'authorWrapper')]//p[contains(@class, 'author')])[1]")
    if not found:
        return None
    names = " ".join("".join(found[0].itertext()).split()).removeprefix("von ")
    return [name for name in lazy(r"\s*(?:,|\bund\b)\s*").split(names) if name and not UNIT.fullmatch(name)]


HTML_2023 = HtmlLayout(
    name="2023",
    valid_until=None,
    body=("div.sectionDetailPage > div.con:not(.conDetailHeader) div.modParagraph",),
    title=("ld:headline",),
    subtitle=("div.conDetailHeader p.einleitung",),
    authors=(byline_authors,),
    cuts=(
        Cut("picture", "caption-credit", "div.mediaCon"),
        Cut("jump_list", "navigation", "div.jumpLabelList"),
        Cut("pull_quote", "quote", "div.cssCitationStyleProperties"),
        Cut("programme_note", "promo", "div.cssBroadcastHintStyleProperties"),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2023,)

TEXT_2023 = HeaderTextLayout(
    name="2023",
    valid_until=None,
    header=("title", "main?", "byline?", "date", "lead"),
    marks=(("main", lazy(r"Hauptinhalt")),),
    date_line=lazy(r"Stand: \d{1,2}\. [A-ZÄÖÜ][a-zä]+ \d{4}, \d{1,2}:\d{2} Uhr"),
    byline=lazy(r"von (?P<names>[^\d.!?]{3,120})"),
    role=UNIT,
    caption=lazy(r"(?P<caption>.{5,400}?)\s*Bildrechte: (?P<credit>.{2,80})"),
    rules=RULES,
    box_run=3,
)
TEXT_LAYOUTS = (TEXT_2023,)
SOURCE = HeaderTextSource(BY_ID["mdr"], TEXT_LAYOUTS)
