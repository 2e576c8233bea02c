"""Frankfurter Allgemeine Zeitung (faz.net): its HTML and text layouts, the 2024 design and the Tailwind
design of 2025.

HTML: the title is the SEO headline (LD ``headline`` = ``og:title`` = the breadcrumb's ``h1``); the page
displays a kicker and a headline of its own. The authors are LD ``author`` (the visible "Von X, Zürich"
adds the correspondent's city; ``article:author`` is a Facebook URL), the dates LD in UTC. 2024: the lead
``div.header-teaser``, the body two ``div.body-elements`` (the free part and ``.walled-content``) with the
"Mehr zum Thema" box inside. 2025: the lead is the header's ``p1-intro`` paragraph, the body
``div.walled-content`` (one ``div`` a paragraph), boxes marked ``data-external-selector``.

Text dumps: "ZEITUNG", "MEHR F.A.Z.", "Abo", the ressorts, the SEO headline, the kicker in capitals, ":",
the displayed headline, "Von …", "17.04.2024, 12:24Lesezeit: 5 Min." (Berlin time), the lead; the tool
bar, the related box and the body; "Quelle: F.A.Z." ends it.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article.html',
     "2025 design: the SEO headline (LD) over the kicker and display headline; LD author, not the Facebook URL; the "
     "intro as lead; the related box and the picture cut by their data-external-selector"),
    ('article_dump.txt',
     "SEO headline, kicker in capitals, ':', display headline; 'Von …, Wiesbaden' (the city dropped); the date line in "
     "Berlin time; the tool bar and the related box cut; 'Quelle: F.A.Z.' ends it"),
)


def source_line(text: str) -> bool:
    """The source line under the story, where it ends ("Quelle: F.A.Z.", "Quelle: dpa").

    >>> source_line("Quelle: F.A.Z."), source_line("Quelle: dpa/AFP")
    (True, True)
    >>> source_line("Quelle: Der Bericht des Amtes nennt …")
    False
    """
    return bool(_SOURCE_LINE.fullmatch(text))


_SOURCE_LINE = lazy(r"Quelle: [\w.,/ -]{2,40}(?<![.!?] )")


def tool_bar(text: str) -> bool:
    """The article's tool bar.

    >>> tool_bar("Merken"), tool_bar("Zusammenfassung"), tool_bar("Teilen Sie uns Ihre Meinung mit.")
    (True, True, False)
    """
    return text in ("Teilen", "Merken", "Drucken", "Anhören", "Zusammenfassung", "Verschenken", "Zur App")


RULES = (
    LineRule("tool_bar", "share", tool_bar),
    LineRule("source_line", "credit", source_line, ends_article=True),
)

HTML_2025 = HtmlLayout(
    name="2025",
    valid_until=None,
    body=("article div.walled-content:not(.body-elements)",),
    title=("ld:headline", "meta:og:title"),
    subtitle=('article header p[class*="p1-intro"]',),
    authors=("ld:author",),
    cuts=(
        Cut("related", "related", '[data-external-selector="related-articles"]'),
        Cut("picture", "caption-credit", '[data-external-selector="image"]'),
    ),
    block_rules=RULES,
)
HTML_2024 = HtmlLayout(
    name="2024",
    valid_until="2025-04-15",
    body=("article div.body-elements",),
    title=("ld:headline", "meta:og:title"),
    subtitle=("article div.header-teaser",),
    authors=("ld:author",),
    cuts=(Cut("related", "related", "div.related-articles"),),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2025, HTML_2024)

TEXT_2024 = HeaderTextLayout(
    name="2024",
    valid_until=None,
    header=("title", "skip", "colon", "skip", "byline?", "date", "lead"),
    marks=(("colon", lazy(r":")),),
    date_line=lazy(r"(?P<d>\d{2})\.(?P<mo>\d{2})\.(?P<y>\d{4}), (?P<h>\d{2}):(?P<mi>\d{2})(?=Lesezeit|$)"),
    byline=lazy(r"Von (?P<names>[^\d.!?]{3,150})"),
    role=lazy(r"[A-ZÄÖÜ][\w.-]+"),  # the correspondent's city after the name: "Von Johannes Ritter, Zürich"
    rules=RULES,
    box_run=3,
)
TEXT_LAYOUTS = (TEXT_2024,)
SOURCE = HeaderTextSource(BY_ID["faz"], TEXT_LAYOUTS)
