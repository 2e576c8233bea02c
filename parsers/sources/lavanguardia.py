"""La Vanguardia (lavanguardia.com): its HTML layout and its text dump.

HTML: ``h1.title`` (the JSON-LD headline), the kicker ``h2.supra-title``, the lead ``h2.epigraph`` (LD
``alternativeHeadline``), the body ``div.article-modules`` with ad slots, pictures and "Lee también" boxes
(``span.content-related``: linked headlines with their author) set into it; authors and times from the JSON-LD.

Text dumps: ~25 menu lines, the headline, the kicker in capitals, the lead, the lead video's label "VIDEO" and
its title (where the story opens with a video), the author, "13/01/2025 10:22 Actualizado a 13/01/2025 15:43"
(Madrid time), then the body; a caption over its credit ("Name - Agency / Agency"), "Lee también" over
linked headlines and their authors, and the author's box closing the story print as lines with no blank
between them; "Mostrar comentarios" ends the story.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .common import SPANISH_AUTHOR_SEPARATORS, SPANISH_BYLINE
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "epigraph as subtitle; 'Lee también' box cut; JSON-LD author and times"),
    ("article_dump.txt", "headline over the kicker in capitals and the lead; the lead video's title skipped; "
                         "'Actualizado a' as the update; caption over 'Name / Agency' as a picture; "
                         "'Lee también' box and the author's box removed; 'Mostrar comentarios' ends it"),
    ("article_no_video_dump.txt", "the same story opening with no video: the layout without the video's lines"),
    ("article_no_lead_dump.txt", "a story with no lead: the kicker under the headline, then the author"),
)

_DATE = r"(?P<d>\d{2})/(?P<mo>\d{2})/(?P<y>\d{4}) (?P<h>\d{2}):(?P<mi>\d{2})"
DATE_LINE = lazy(rf"\A{_DATE}(?: Actualizado a .+)?\Z")
UPDATED_LINE = lazy(rf"Actualizado a {_DATE}")
# "Álex Cámara - Europa Press / Europa Press", "Dani Duch / Propias": the credit under a picture's caption.
WORDY = lazy(r"(?=.*[a-záéíóúñü])\S+(?: \S+){3,}")
PHOTO_CREDIT = lazy(r"(?P<credit>[^.!?/\n]{2,60} / [^.!?/\n]{2,40})")


def comments(text: str) -> bool:
    """The comments button under the story, where it ends.

    >>> comments("Mostrar comentarios"), comments("Mostrar comentarios ofensivos es delito, dijo.")
    (True, False)
    """
    return text == "Mostrar comentarios"


def read_also(text: str) -> bool:
    """The label of a box of links set between the paragraphs.

    >>> read_also("Lee también"), read_also("Llegeix també"), read_also("Lee también el auto del juez.")
    (True, True, False)
    """
    return text in ("Lee también", "Llegeix també")


RULES = (
    LineRule("read_also", "related", read_also),
    LineRule("comments", "comments", comments, ends_article=True),
)

HTML_2025 = HtmlLayout(
    name="2025",
    valid_until=None,
    body=("div.article-modules",),
    title=("ld:headline", "h1.title"),
    subtitle=("h2.epigraph", "ld:alternativeHeadline"),
    cuts=(Cut("read_also", "related", "span.content-related"),),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2025,)

# The story opens with a video: its label and title stand between the lead and the author.
TEXT_2025_VIDEO = HeaderTextLayout(
    name="2025 video",
    valid_until=None,
    header=("title", "kicker?", "lead", "video", "skip", "byline", "date"),
    marks=(("kicker", lazy(r"[^a-záéíóúñü]{2,60}")), ("video", lazy("VIDEO"))),
    # four words or more, in lower case: never a menu entry or the kicker
    shapes=(("title", WORDY), ("lead", WORDY)),
    date_line=DATE_LINE,
    updated_line=UPDATED_LINE,
    byline=SPANISH_BYLINE,
    author_separators=SPANISH_AUTHOR_SEPARATORS,
    caption_credit=PHOTO_CREDIT,
    rules=RULES,
    box_run=2,
    language="es",
)
TEXT_2025 = TEXT_2025_VIDEO._replace(name="2025", header=("title", "kicker?", "lead", "byline", "date"))
TEXT_2025_NO_LEAD = TEXT_2025_VIDEO._replace(name="2025 no lead", header=("title", "kicker?", "byline", "date"))
TEXT_LAYOUTS = (TEXT_2025_VIDEO, TEXT_2025, TEXT_2025_NO_LEAD)
SOURCE = HeaderTextSource(BY_ID["lavanguardia"], TEXT_LAYOUTS)
