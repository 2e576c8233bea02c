"""Anadolu Ajansı (aa.com.tr, Turkish edition; Next.js with Tailwind classes): its HTML layout and a text layout.

HTML: the category pill, the ``h1``, the spot in the ``span`` right after it, the author, "20 Nisan 2026 •
Güncelleme: 20 Nisan 2026" (dates only), the dateline's place ("Ankara") over the body ``div.prose`` (``p``,
``h2`` headings, ``figure``s captioned "Fotoğraf : Name/AA"), then the topics, the share bar and the HAS notice.
JSON-LD ``datePublished`` is Istanbul wall-clock time without an offset; its ``author`` is the person.

Text dumps: the saved pages' dumps are blank (the page's scripts clear it without the network); where a dump
prints the page, it prints it in the markup's order: the category, headline, spot, author, the date line(s), the
place, the body with the captions as lines of their own, "İlgili Konular:" where the story ends.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .common import TURKISH_CAPITALS, name_pattern
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "the spot after the h1 as subtitle; the JSON-LD time read in Istanbul time; the place and the "
                     "date line outside the body; the picture with its 'Fotoğraf : …/AA' caption cut"),
    ("article_dump.txt", "author over 'D Month YYYY' (a date without a time) and 'Güncelleme: …'; the place line "
                         "dropped; 'Fotoğraf : Name/AA' captions as pictures; 'İlgili Konular:' ends it"),
)

_MONTHS = r"(?:Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)"
DATE_LINE = lazy(rf"^\d{{1,2}} {_MONTHS} \d{{4}}(?: \d{{2}}:\d{{2}})?")
UPDATED_LINE = lazy(rf"Güncelleme: \d{{1,2}} {_MONTHS} \d{{4}}(?: \d{{2}}:\d{{2}})?")
_NAME = name_pattern(TURKISH_CAPITALS)
BYLINE = lazy(rf"(?P<names>{_NAME}(?:\s*(?:,|\bve\b)\s*{_NAME})*)")
# "Fotoğraf : Didem Mente/AA": the photographer and the agency.
# The dateline's place on a line of its own under the date ("Ankara", "New York").
PLACE = lazy(rf"[{TURKISH_CAPITALS}][\w'’-]+(?: [{TURKISH_CAPITALS}][\w'’-]+)?")
CAPTION = lazy(r"(?P<caption>(?:.{5,300}?\s+)?)(?:Fotoğraf|Foto) ?: (?P<credit>[^:]{2,80})")


def article_end(text: str) -> bool:
    """The topics under the story, where it ends.

    >>> article_end("İlgili Konular:"), article_end("İlgili Konular:vekaletkurban"), article_end("Haberi Paylaş")
    (True, True, True)
    >>> article_end("İlgili kurumlar toplantıya katıldı.")
    False
    """
    return text.startswith("İlgili Konular:") or text == "Haberi Paylaş"


RULES = (LineRule("article_end", "related", article_end, ends_article=True),)

HTML_2026 = HtmlLayout(
    name="2026",
    valid_until=None,
    body=("div.embed-responsive.prose",),
    title=("ld:headline", "h1"),
    subtitle=("h1 + span",),
    cuts=(Cut("picture", "caption-credit", "div.prose figure"),),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2026,)

TEXT_2026 = HeaderTextLayout(
    name="2026",
    valid_until=None,
    header=("title", "lead", "byline?", "date", "dot?", "updated?", "place?"),
    date_line=DATE_LINE,
    updated_line=UPDATED_LINE,
    byline=BYLINE,
    caption=CAPTION,
    marks=(("dot", lazy(r"•")), ("updated", UPDATED_LINE), ("place", PLACE)),
    shapes=(("lead", lazy(r".{20,}")),),
    rules=RULES,
)

SOURCE = HeaderTextSource(BY_ID["anadolu"], (TEXT_2026,))
