"""BR24 (Bayerischer Rundfunk, br.de/nachrichten): its HTML and text layouts.

HTML (Next.js; CSS-module class names, ``ArticleModuleText_content__xeMdj`` until 2025, then
``ArticleModuleText-module-scss-module__…``: selectors match the stable part): the headline is LD
``headline`` (= ``og:title``, and the ``h2`` of the header's teaser), the lead the teaser's
``…TeaserText`` paragraph, the authors LD ``author``; the body is ``section#articlebody``, text modules of
paragraphs and ``h2`` with in-text link lists ("Zum Artikel: …"), the "Europäische Perspektive" note and
the newsletter blurb. The header's second time is the radio broadcast ("Über dieses Thema berichtet: …").

Text dumps: the hero picture's caption and "Bildrechte: …", the tags, then the date line
"22.04.2024, 17:26 Uhr" (Berlin time), "Bildbeitrag"/"Audiobeitrag", ">", the headline printed twice (the
page's ``h1`` and the teaser's ``h2``), the lead, "Von" and one author per line, the broadcast note, the
body; "Das könnte Sie auch interessieren" ends it.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article.html',
     "CSS-module class names of 2025; LD headline and author; the teaser text as lead; the in-text 'Zum Artikel' "
     "link, the series note and the newsletter blurb removed by name"),
    ('article_dump.txt',
     "hero caption and tags above; the date line (Berlin time), 'Audiobeitrag', '>', the headline printed twice; "
     "'Von' and one author a line; the broadcast note dropped; 'Das könnte Sie auch interessieren' ends it"),
)

_NAME_WORD = r"(?:[A-ZÄÖÜ][\w'.-]+|von|van|de|der|di|da|du|le|la)"


def article_link(text: str) -> bool:
    """A link to another story set between the paragraphs.

    >>> article_link("Zum Artikel: Tarifrunde im ÖPNV: Das wird verhandelt"), article_link("Zum Artikel kam es nie.")
    (True, False)
    """
    return text.startswith(("Zum Artikel: ", "Zum Video: ", "Zum Audio: "))


def station_note(text: str) -> bool:
    """BR24's notes under the story: the series it belongs to, its newsletter, the broadcast it came from.

    >>> station_note("Das ist die Europäische Perspektive bei BR24.")
    True
    >>> station_note('"Hier ist Bayern": Der BR24 Newsletter informiert Sie immer montags bis freitags …')
    True
    >>> station_note("Über dieses Thema berichtet: BR24 Radio am 14.04.2026 um 17:50 Uhr.")
    True
    >>> station_note("BR24 berichtete zuerst über den Fall.")
    False
    """
    return bool(_STATION_NOTE.match(text))


_STATION_NOTE = lazy(r"Das ist die .{2,60} bei BR24\.$|.{0,40}Der BR24 Newsletter informiert"
                     r"|Über dieses Thema berichtet: ")


def related_heading(text: str) -> bool:
    """The related stories after the story, where it ends.

    >>> related_heading("Das könnte Sie auch interessieren"), related_heading("Schlagwörter")
    (True, True)
    """
    return text in ("Das könnte Sie auch interessieren", "Schlagwörter")


def picture_rights(text: str) -> bool:
    """A picture's credit line.

    >>> picture_rights("Bildrechte: picture alliance/dpa | Daniel Vogl"), picture_rights("Bildrechte sind teuer.")
    (True, False)
    """
    return text.startswith("Bildrechte: ")


RULES = (
    LineRule("article_link", "related", article_link),
    LineRule("station_note", "promo", station_note),
    LineRule("picture_rights", "caption-credit", picture_rights),
    LineRule("related_heading", "related", related_heading, ends_article=True),
)

HTML_2024 = HtmlLayout(
    name="2024",
    valid_until=None,
    body=("section#articlebody",),
    title=("ld:headline", "meta:og:title"),
    subtitle=('article header p[class*="TeaserText"]',),
    authors=("ld:author",),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2024,)

TEXT_2024 = HeaderTextLayout(
    name="2024",
    valid_until=None,
    header=("date", "kind?", "crumb?", "title", "skip", "lead", "by?", "name*", "broadcast?"),
    marks=(("kind", lazy(r"(?:Bild|Audio|Video)beitrag")), ("crumb", lazy(r"\s*>")), ("by", lazy(r"Von")),
           ("broadcast", lazy(r"Über dieses Thema berichtet: .{5,120}"))),
    date_line=lazy(r"(?P<d>\d{2})\.(?P<mo>\d{2})\.(?P<y>\d{4}), (?P<h>\d{2}):(?P<mi>\d{2}) Uhr"),
    byline=lazy(r"Von (?P<names>[^\d.!?]{3,80})"),
    name_line=lazy(rf"(?P<names>[A-ZÄÖÜ][\w'.-]+(?: {_NAME_WORD}){{1,4}})"),
    rules=RULES,
)
TEXT_LAYOUTS = (TEXT_2024,)
SOURCE = HeaderTextSource(BY_ID["br"], TEXT_LAYOUTS)
