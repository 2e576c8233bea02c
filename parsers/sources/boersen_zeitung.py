"""Börsen-Zeitung (boersen-zeitung.de): its HTML and text layouts.

HTML: the article header (custom ``storefront-*`` elements until 2025, then ``div.pxp-*``; the ids
stayed) holds the kicker, the ``h1``, the ``.excerpt`` lead, the date line and ``#authors`` ("Reuters,
Thorsten Kramer"); ``meta author`` is an e-mail address. The body ``#sprylab_purple_content`` opens with
the print edition's block (a repeated ``h1``, the print headline and standfirst, "Von Anna Sleegers,
Frankfurt"); paragraphs are ``div.no-tts``, crossheads ``p.…onlineinterline``.

Text dumps: the kicker, the headline, the lead, "Frankfurt, December 16, 2024, 12:30 Uhr", the authors,
the picture's caption and credit, the body; "BZ+" (the paywall), "MEHR ZUM THEMA" or "Themen des Artikels"
end it. The time is the first five characters of an en-US 12-hour clock ("5:09:17 PM" gives "5:09:"), so
its hour is not known: the date alone is read.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article.html',
     "2025 markup (div.pxp-*): the header's h1 and excerpt, '#authors' with an agency (meta author is an e-mail); "
     "the print edition's headline, standfirst and bylines cut by name"),
    ('article_dump.txt',
     "kicker, headline, lead, the date line whose 12-hour time is cut before PM (the date alone), the authors, the "
     "picture's caption and credit in the header; 'MEHR ZUM THEMA' ends it"),
)

# "Anna Sleegers", "Reuters, Thorsten Kramer", "dpa-AFX, Carsten Steevens": the authors under the date line.
_AUTHOR = r"(?:[A-ZÄÖÜ][\w'.-]+(?: [A-ZÄÖÜ][\w'.-]+){0,3}|dpa(?:-AFX)?)"
AUTHORS = lazy(rf"(?:Von )?(?P<names>{_AUTHOR}(?:(?:,| und) {_AUTHOR}){{0,4}})")


def article_end(text: str) -> bool:
    """The paywall, the related stories or the topics after the story, where it ends.

    >>> article_end("BZ+"), article_end("MEHR ZUM THEMA"), article_end("Themen des Artikels")
    (True, True, True)
    >>> article_end("Mehr zum Zins")
    False
    """
    return text in ("BZ+", "Jetzt weiterlesen mit BZ+", "MEHR ZUM THEMA", "Themen des Artikels", "ZUM UNTERNEHMEN >")


def picture_credit(text: str) -> bool:
    """A picture's credit on a line of its own: an agency, a slash or a bar, the photographer.

    >>> picture_credit("picture alliance/dpa | Jan Woitas"), picture_credit("Bloomberg/Benjamin Girette")
    (True, True)
    >>> picture_credit("Die Zinsen/Renditen steigen weiter.")
    False
    """
    return len(text) <= 80 and bool(_CREDIT.fullmatch(text))


_CREDIT = lazy(r"[\w .-]{2,40}/[\w .-]{2,40}(?: \| [\w .-]{2,40})?(?<![.!?])")

RULES = (
    LineRule("picture_credit", "caption-credit", picture_credit),
    LineRule("article_end", "related", article_end, ends_article=True),
)

HTML_2024 = HtmlLayout(
    name="2024",
    valid_until=None,
    body=("#sprylab_purple_content",),
    title=(".article-header h1",),
    subtitle=(".article-header .excerpt",),
    authors=("#authors",),
    cuts=(
        Cut("repeated_title", "header", "h1.entry-title"),
        Cut("print_edition", "print-edition", '[class*="wp-block-ppi-print"], [class*="wp-block-ppi-subheading"]'),
        Cut("print_byline", "byline", '[class*="wp-block-ppi-author"]'),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2024,)

# The header with the picture's caption and credit under the authors, and without a picture.
TEXT_2024 = HeaderTextLayout(
    name="2024",
    valid_until=None,
    header=("skip", "title", "lead", "date", "name?", "skip", "credit"),
    date_line=lazy(r"[A-Z][a-z]+ \d{1,2}, \d{4}(?=, \d{1,2}:\d{2}:? ?Uhr)"),
    byline=lazy(r"Von (?P<names>[^\d.!?]{3,80})"),
    name_line=AUTHORS,
    credit=_CREDIT,
    rules=RULES,
)
TEXT_2024_NO_PICTURE = TEXT_2024._replace(name="2024 no picture", header=("skip", "title", "lead", "date", "name?"))
TEXT_LAYOUTS = (TEXT_2024, TEXT_2024_NO_PICTURE)
SOURCE = HeaderTextSource(BY_ID["boersen_zeitung"], TEXT_LAYOUTS)
