"""FUNKE Mediengruppe's CMS (Braunschweiger Zeitung, Berliner Morgenpost, Hamburger Abendblatt, WAZ…):
its layouts, written once for every paper of the group.

HTML: the displayed headline is ``article hgroup h2`` (the SEO headline sits in a breadcrumb ``h1``,
``og:title`` and ``<title>``); the kicker is the other child of ``hgroup``; the lead opens the body
(2024) or stands in the header (2025); the body is ``div.article-body`` with ads, newsletter boxes,
info boxes, ">> " link promos and the dpa trailer inside it. The 2023 design (WAZ until early 2024) used
``div.article__body`` and a breadcrumb headline, which Fundus takes as the title there.

Text dumps: after ~150 menu lines, the breadcrumb (``Home``, ressort), the SEO headline, the kicker, the
displayed headline, then (2025) lead, "Von A und B, Rolle", "DD.MM.YYYY, HH:MM Uhr", or (2024) the date
line "… • Lesezeit: N Minuten" and "Von …". The body ends at "Mehr lesen über" (tags) or "zur Startseite".
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

# "Von A und B, dpa", "Von A, Redakteurin für Finanzen", "Von A, Volontär (Sport)"; the 2023 design
# prints the name alone.
BYLINE = lazy(r"Von\s+(?P<names>[^\d.!?]{3,120})")
BYLINE_2023 = lazy(r"(?:Von\s+)?(?P<names>[A-ZÄÖÜ][\w'-]+(?: [A-ZÄÖÜ][\w'-]+){1,3}(?:(?:,| und) [^\d.!?]{3,60})?)")
ROLE = lazy(
    r"(?:[\w-]*(?:[Rr]edakteur|[Vv]olontär|[Kk]orrespondent|[Rr]eporter|[Aa]utor|[Ll]eiter|[Cc]hef|[Ff]otograf"
    r"|[Ee]ditor|[Kk]olumnist|[Mm]itarbeiter|[Rr]essort)\w*\b.{0,40})",
)
# "06.11.2025, 21:00 Uhr" (2025); "16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten" (2024); "29.06.2023, 15:04 |
# Lesedauer: 7 Minuten" (2023): each design's date line tells it from the others.
DATE_LINE = lazy(r"(?P<d>\d{2})\.(?P<mo>\d{2})\.(?P<y>\d{4}),\s+(?P<h>\d{1,2}):(?P<mi>\d{2})\s+Uhr(?!\s*•)")
DATE_LINE_2024 = lazy(r"(?P<d>\d{2})\.(?P<mo>\d{2})\.(?P<y>\d{4}),\s+(?P<h>\d{1,2}):(?P<mi>\d{2})\s+Uhr(?=\s*•)")
DATE_LINE_2023 = lazy(r"(?P<d>\d{2})\.(?P<mo>\d{2})\.(?P<y>\d{4}),\s+(?P<h>\d{1,2}):(?P<mi>\d{2})\s+\|\s+Lesedauer")
# A picture caption ends with "© Credit" (2024+) or stands over "Foto: Credit" (2023).
CAPTION_CREDIT = lazy(r".{2,400}\s©\s[^©.]{2,60}|Fotos?:\s.{2,80}")
CAPTION = lazy(r"(?P<caption>.{2,400}?)\s+©\s+(?P<credit>[^©.]{2,60})")


def link_promo(text: str) -> bool:
    """A link to another story set in the body, after ">>" or as "Lesen Sie auch".

    >>> link_promo(">> Hier finden Sie alle Ergebnisse des Spieltags"), link_promo("Lesen Sie auch: Die Bilanz")
    (True, True)
    >>> link_promo("Lesen Sie, was der Trainer sagt, im Interview unten.")
    False
    """
    return text.startswith((">>", "»", "Lesen Sie auch:", "Auch interessant:", "Mehr zum Thema"))


def info_box(text: str) -> bool:
    """The "Bitte beachten" box of finance stories: its label and its risk notice.

    >>> info_box("Bitte beachten:"), info_box("Bitte beachten Sie die Öffnungszeiten.")
    (True, False)
    """
    return text == "Bitte beachten:" or text.startswith("Aktien, Immobilien und andere Investments sind grundsätzlich")


def more_about(text: str) -> bool:
    """The tag list and the home-page link that close the article.

    >>> more_about("Mehr lesen über"), more_about("ZUR STARTSEITE"), more_about("Mehr lesen über die Stadt")
    (True, True, False)
    """
    return text.casefold() in ("mehr lesen über", "zur startseite", "weitere themen")


def dpa_trailer(text: str) -> bool:
    """The dpa-infocom trailer under agency copy.

    >>> dpa_trailer("© dpa-infocom, dpa:240516-99-50123/4 (dpa)"), dpa_trailer("© dpa, sagte er.")
    (True, False)
    """
    return bool(_DPA_TRAILER.fullmatch(text))


_DPA_TRAILER = lazy(r"©\s*dpa-infocom,\s*dpa:[\w/-]+(?:\s*\(dpa\))?", re.IGNORECASE)


def newsletter_box(text: str) -> bool:
    """A line of the newsletter sign-up box set into the story.

    >>> newsletter_box("Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.")
    True
    >>> newsletter_box("WAZ-Newsletter: Jetzt kostenlos anmelden!"), newsletter_box("Jetzt Anmelden!")
    (True, True)
    >>> newsletter_box("Der Newsletter der Stadt erscheint künftig wöchentlich.")
    False
    """
    return (text.casefold() in _SIGN_UP or text.startswith(("Mit meiner Anmeldung zum Newsletter", "Ein FUNKE "))
            or text.endswith("-Newsletter: Jetzt kostenlos anmelden!"))


_SIGN_UP = frozenset(("jetzt anmelden!", "jetzt anmelden", "e-mail*", "autoplay", "weitere videos"))


def photo_credit(text: str) -> bool:
    """The credit line under a picture of the 2023 design.

    >>> photo_credit("Foto: iStock"), photo_credit("Foto: Der Hafen am Morgen, als die Fähre anlegte.")
    (True, False)
    """
    return bool(_PHOTO_CREDIT.fullmatch(text))


_PHOTO_CREDIT = lazy(r"Fotos?:\s[^.!?]{2,80}")

RULES = (
    LineRule("link_promo", "related", link_promo),
    LineRule("newsletter_box", "newsletter", newsletter_box),
    LineRule("info_box", "promo", info_box),
    LineRule("photo_credit", "caption-credit", photo_credit),
    LineRule("dpa_trailer", "credit", dpa_trailer),
    LineRule("more_about", "related", more_about, ends_article=True),
)

HTML_2024 = HtmlLayout(
    name="2024",
    valid_until=None,
    body=("article div.article-body",),
    title=("article hgroup h2",),
    subtitle=("article div.article-body > p.font-sans.font-medium",),
    cuts=(
        Cut("ad_slot", "ad", 'aside[class*="h-ad-"]'),
        Cut("paywall_box", "promo", 'div[id^="piano-"]'),
        Cut("picture", "caption-credit", "figure"),
        Cut("info_box", "related", "article.article-body-infobox"),
        Cut("teaser_box", "related", "div.not-prose"),
        Cut("app_promos", "promo", 'ul[class*="[data-group=summary]"]'),
        Cut("dpa_trailer", "credit", "p.text-highlight"),
    ),
    block_rules=RULES,
)
HTML_2025 = HTML_2024._replace(
    name="2025",
    body=("article div.article-body.relative",),
    subtitle=("article div.expressive-copy-lg",),
)
HTML_2023 = HtmlLayout(
    name="2023",
    valid_until="2024-03-01",
    body=("article div.article__body",),
    title=("ld:headline",),
    subtitle=("p.article__header__intro__text",),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2025, HTML_2024, HTML_2023)

TEXT_2025 = HeaderTextLayout(
    name="2025",
    valid_until=None,
    header=("title", "lead", "byline?", "date", "credit?"),
    date_line=DATE_LINE,
    byline=BYLINE,
    role=ROLE,
    credit=CAPTION_CREDIT,
    caption=CAPTION,
    rules=RULES,
    box_run=3,
)
TEXT_2024 = TEXT_2025._replace(name="2024", date_line=DATE_LINE_2024,
                               header=("title", "date", "byline?", "role?", "credit?"))
TEXT_2023 = TEXT_2024._replace(name="2023", valid_until="2024-03-01", byline=BYLINE_2023, date_line=DATE_LINE_2023,
                               header=("title", "date", "byline?", "credit*"))
TEXT_LAYOUTS = (TEXT_2025, TEXT_2024, TEXT_2023)


def source(entry_id: str) -> HeaderTextSource:
    """The text parser of one FUNKE paper."""
    return HeaderTextSource(BY_ID[entry_id], TEXT_LAYOUTS)
