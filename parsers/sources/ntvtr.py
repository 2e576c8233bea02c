"""NTV (ntv.com.tr, Türkiye; Next.js with Tailwind classes): its HTML layout and its text dump.

HTML: the breadcrumb, the ``h1`` (= JSON-LD ``headline``; ``og:title`` adds " | NTV Haber"), "DD.MM.YYYY HH:MM"
(Istanbul time; JSON-LD and meta carry the offset), the picture with its credit over it, then a bar holding the
story's source ("AA", "DHA", a reporter's name, or the outlet) and the share button, the spot in
``div.info-text-card h2``, the body ``div.ck-content``, the app promo and the tags. JSON-LD names the
organisation as author and meta ``articleAuthor`` the site ("ntv.com.tr"): the source bar is the byline.

Text dumps: the menu, the breadcrumb with the headline, the headline, the date line, the picture's credit (where
there is a picture), the source line, "Paylaş", the spot, the body, "NTV uygulamasını indirin…" where it ends.
"""
from __future__ import annotations

from typing import Any

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .common import TURKISH_CAPITALS, name_pattern
from .header_text import HeaderTextSource
from .layouts import HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "the source bar's agency as the author, not the JSON-LD organisation; the spot as subtitle; "
                     "time with its offset; the app promo and tags outside the body"),
    ("article_dump.txt", "anchored on 'DD.MM.YYYY HH:MM' (Istanbul); the picture credit and 'Paylaş' dropped; the "
                         "source line 'NTV' names no author; the app promo ends it"),
)

DATE_LINE = lazy(r"(?P<d>\d{2})\.(?P<mo>\d{2})\.(?P<y>\d{4}) (?P<h>\d{2}):(?P<mi>\d{2})")
_NAME = name_pattern(TURKISH_CAPITALS)
# The source line: an agency's letters (AA, DHA, İHA), the outlet, or reporters' names (never a headline, which is
# in sentence case).
SOURCE_LINE = lazy(rf"(?P<names>[{TURKISH_CAPITALS}]{{2,6}}|NTV Haber|ntv\.com\.tr"
                   rf"|{_NAME}(?:\s*(?:,|-|/|ve)\s*{_NAME})*)")
PICTURE_CREDIT = lazy(r"[^.!?:]{2,60}")
# The outlet itself in the source bar: no author.
OUTLET = lazy(r"NTV(?: Haber| Türkiye)?|ntv\.com\.tr|NTV\.com\.tr")


def source_bar(root: Any) -> list[str] | None:
    """The source the bar under the picture names (an agency, a reporter), none where it names the outlet;
    None where the page has no such bar.

    >>> from lxml import html
    >>> bar = '<div class="ck-content-area"><div class="border-y"><p>%s </p><div>Paylaş</div></div></div>'
    >>> source_bar(html.fromstring(bar % "DHA")), source_bar(html.fromstring(bar % "ntv.com.tr"))
    (['DHA'], [])
    """
    found = root.xpath("(//div[contains(@class, 'ck-content-area')]//div[contains(@class, 'border-y')]//p)[1]")
    if not found:
        return None
    text = " ".join("".join(found[0].itertext()).split())
    return [] if not text or OUTLET.fullmatch(text) else [text]


def app_promo(text: str) -> bool:
    """The app promo under the story, where it ends.

    >>> app_promo("NTV uygulamasını indirin, gelişmelerden haberdar olun")
    True
    >>> app_promo("NTV uygulamasını indirenlerin sayısı arttı.")
    False
    """
    return text.startswith("NTV uygulamasını indirin")


def share_label(text: str) -> bool:
    """The share button between the source line and the spot.

    >>> share_label("Paylaş"), share_label("Paylaşılan videolar yayıldı.")
    (True, False)
    """
    return text == "Paylaş"


RULES = (
    LineRule("share_label", "share", share_label),
    LineRule("app_promo", "promo", app_promo, ends_article=True),
)

HTML_2025 = HtmlLayout(
    name="2025",
    valid_until=None,
    body=("div.ck-content-area div.ck-content",),
    title=("ld:headline", "h1"),
    subtitle=("div.ck-content-area div.info-text-card h2",),
    authors=(source_bar,),
    published=("ld:datePublished", "meta:datePublished"),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2025,)

# The header with the picture's credit (a line on its own over the source line) and without a picture.
TEXT_2025 = HeaderTextLayout(
    name="2025",
    valid_until=None,
    header=("title", "date", "credit", "byline", "share", "lead"),
    date_line=DATE_LINE,
    byline=SOURCE_LINE,
    credit=PICTURE_CREDIT,
    role=OUTLET,
    author_separators=lazy(r"\s*(?:,|\bve\b|/| - )\s*"),
    marks=(("share", lazy(r"Paylaş")),),
    rules=RULES,
)
TEXT_2025_NO_PICTURE = TEXT_2025._replace(name="2025 no picture", header=("title", "date", "byline", "share", "lead"))

SOURCE = HeaderTextSource(BY_ID["ntvtr"], (TEXT_2025, TEXT_2025_NO_PICTURE))
