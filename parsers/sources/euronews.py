"""Euronews' CMS, one for every language edition: its layouts, written once.

HTML: ``h1.c-article-redesign-title`` (``og:title`` is the headline Fundus and the social cards use; on
some pages the ``h1`` is a longer variant), the lead in ``.c-article-summary`` (``p``, or ``h2`` in
French), the byline ``.c-article-contributors`` ("Von X mit AP", "By X with Agencies", "Par X"), the
body ``div.c-article-content`` of the first article of the page's swiper (the next story follows it),
with ads, related and image widgets inside.

Text dumps: the programme menu, the section, the title, the picture's caption and "Copyright …",
the byline, "Zuerst veröffentlicht am / Published on / Publié le DD/MM/YYYY - HH:MM" (Brussels time;
French adds "UTC+1"), share lines, the lead and the body, closed by "Zum selben Thema / You might also
like / À découvrir également".
"""
from __future__ import annotations

from typing import Any

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

BYLINE = lazy(r"(?:Von|By|Par)\s+(?P<names>[^\d!?]{2,120}?)(?:\s+(?:mit|with|avec)\s+(?P<agencies>[^\d!?]{2,60}))?")
# The outlet standing where a person's name would ("By Euronews with Agencies").
NOT_A_PERSON = lazy(r"(?i)euronews(?: \w+)?")
DATE_LINE = lazy(r"(?P<d>\d{2})/(?P<mo>\d{2})/(?P<y>\d{4}) - (?P<h>\d{2}):(?P<mi>\d{2})(?:\s*UTC(?P<off>[+-]\d{1,2}))?")
UPDATED_LINE = lazy(r"(?:Zuletzt aktualisiert|Updated|Mis à jour)\D{0,6}\d{2}/\d{2}/\d{4} - \d{2}:\d{2}")
CREDIT = lazy(r".{0,300}(?:Copyright|Tous droits réservés|Alle Rechte vorbehalten).{0,200}")


def share_line(text: str) -> bool:
    """The share bar's lines under the byline.

    >>> share_line("Diesen Artikel teilenKommentare"), share_line("FacebookTwitterFlipboardSend")
    (True, True)
    >>> share_line("Share this article with your MEPs, the campaign says.")
    False
    """
    return text.startswith(_EMBED_LINK) or bool(_SHARE_LABEL.fullmatch(text) or _SHARE_NAMES.fullmatch(text))


_SHARE_LABEL = lazy(r"\s*(?:Diesen Artikel teilen|Share this article|Partager)\s*"
                    r"(?:Kommentare|Comments|Discussion)?\s*")
_EMBED_LINK = ("Den Link zum Einbetten", "Copy/paste the article video embed link", "Copier le lien")
_SHARE_NAMES = lazy(r"(?:\s*(?:Facebook|Twitter|Flipboard|Send|Reddit|Messenger|Linkedin|VK|Xing|Telegram|Bluesky"
                    r"|Threads|Whatsapp|Copied)\s*)+")


def translation_note(text: str) -> bool:
    """The note that the story is a translation.

    >>> translation_note("Dieser Artikel wurde im Original veröffentlicht auf Englisch")
    True
    """
    return text.startswith(("Dieser Artikel wurde im Original veröffentlicht", "This article was originally published",
                            "Cet article a été initialement publié"))


def advert_label(text: str) -> bool:
    """The label of an ad slot.

    >>> advert_label("WERBUNG"), advert_label("PUBLICITÉ"), advert_label("Werbung wirkt.")
    (True, True, False)
    """
    return text.upper() in ("WERBUNG", "ADVERTISEMENT", "PUBLICITÉ", "PUBLICITE")


def related_heading(text: str) -> bool:
    """The related-stories heading after the story, where it ends.

    >>> related_heading("Zum selben Thema"), related_heading("You might also like")
    (True, True)
    """
    return text in ("Zum selben Thema", "You might also like", "À découvrir également", "Unsere Auswahl",
                    "Chercher dans les tags du jour",
                    "Accéder aux raccourcis d'accessibilité", "Go to accessibility shortcuts",
                    "Zu den Barrierefreiheitskürzeln springen", "Browse today's tags",
                    "Stöbern Sie in den Tags des Tages")


RULES = (
    LineRule("share_line", "share", share_line),
    LineRule("translation_note", "promo", translation_note),
    LineRule("advert_label", "ad", advert_label),
    LineRule("related_heading", "related", related_heading, ends_article=True),
)


def contributors(root: Any) -> list[str] | None:
    """The people the byline names before "mit/with/avec" (the agencies after it are no authors);
    None when the page has no byline box."""
    found = root.xpath("(//div[contains(@class, 'c-article-contributors')])[1]")
    if not found:
        return None
    match = BYLINE.fullmatch(" ".join("".join(found[0].itertext()).split()))
    names = match["names"].split(",") if match else []
    return [n.strip() for n in names if n.strip() and not NOT_A_PERSON.fullmatch(n.strip())]


HTML_2024 = HtmlLayout(
    name="2024",
    valid_until=None,
    body=(".jsArticleFirst div.c-article-content",),
    title=("meta:og:title", "h1.c-article-redesign-title"),
    subtitle=(".jsArticleFirst .c-article-summary",),
    authors=(contributors,),
    cuts=(
        Cut("ad_slot", "ad", "div.c-ad"),
        Cut("related_widget", "related", "div.widget--type-related"),
        Cut("image_widget", "caption-credit", "div.widget--type-image"),
        Cut("embed_widget", "embed", "div.widget--type-tweet"),
    ),
    block_rules=RULES,
)
# A page that holds one article, without the swiper of the next stories around it.
HTML_2024_SINGLE = HTML_2024._replace(name="2024 single", body=("div.c-article-content",),
                                      subtitle=(".c-article-summary",))
HTML_LAYOUTS = (HTML_2024, HTML_2024_SINGLE)

TEXT_2024 = HeaderTextLayout(
    name="2024",
    valid_until=None,
    header=("title", "credit*", "byline", "date"),
    date_line=DATE_LINE,
    updated_line=UPDATED_LINE,
    byline=BYLINE,
    role=NOT_A_PERSON,
    credit=CREDIT,
    caption=lazy(r"(?P<caption>.{2,300}?)\s+-\s+(?:Copyright|Tous droits réservés|Alle Rechte vorbehalten)\s+"
                 r"(?P<credit>.{2,120})"),
    rules=RULES,
    box_run=2,
)
TEXT_LAYOUTS = (TEXT_2024,)


def source(entry_id: str) -> HeaderTextSource:
    """The text parser of one Euronews edition."""
    return HeaderTextSource(BY_ID[entry_id], TEXT_LAYOUTS)
