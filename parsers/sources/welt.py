"""WELT (welt.de): its HTML and text layouts.

HTML: the title is the SEO headline (LD ``headline``, the breadcrumb's ``h1.c-breadcrumb__title``, ``og:title``
less " - WELT"); the page displays a kicker and LD ``alternativeHeadline`` in ``.c-article-header``. The
authors are LD ``author``; the dates LD/meta in UTC (the page prints only "Stand: 10:49 Uhr", the update).
The lead is ``div.c-article-page__intro``; the body is every ``div.c-rich-text-renderer--article`` of
``div.c-article-page__text``, between which stand ads, "Lesen Sie auch" teasers and media; an italic
note on the author closes it ("Korrespondent Ulrich Exner ist bei WELT für …").

Text dumps: "Pfadnavigation", the breadcrumb in capitals, the SEO headline, the ressort menu in capitals
(and a comment count), the kicker in capitals, the displayed headline, "Von …", the role, "Stand: HH:MM
UhrLesedauer: N Minuten" (a time without a date, or a date: the update, not the publication), then the
picture's caption and "Quelle: …" (where the story has a picture), the lead and the body. Teasers ("LESEN SIE
AUCH", "RESSORT:") and captions are lines with no blank between them; "MEHR AUS DEM WEB" ends the article.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article.html',
     "the SEO headline (LD, breadcrumb h1) over the displayed one; the intro as lead; the text renderers joined, "
     "the ad and the 'Lesen Sie auch' teaser between them and the author's note after them cut"),
    ('article_dump.txt',
     "anchored on the 'Stand:' line (the update, no date: no published); breadcrumb, ressorts and kicker in capitals "
     "skipped; role dropped; the picture in the header; teaser box, author note, 'MEHR AUS DEM WEB' end"),
)

ROLE = lazy(r"[\w -]{0,30}(?:[Rr]edakteur|[Kk]orrespondent|[Rr]eporter|[Aa]utor|[Ll]eiter|[Cc]hef|[Hh]erausgeber"
            r"|[Vv]olontär|[Mm]itarbeiter|[Kk]olumnist|[Ee]ditor)\w*[\w ,()-]{0,40}")


def author_note(text: str) -> bool:
    """The note on the author that closes a story.

    >>> author_note("Korrespondent Ulrich Exner ist bei WELT für landespolitische Themen zuständig.")
    True
    >>> author_note("Anna Berg schreibt für WELT über Verkehrspolitik.")
    True
    >>> author_note("Der Minister ist bei WELT TV zu Gast gewesen, sagte er.")
    False
    """
    return len(text) <= 500 and bool(_AUTHOR_NOTE.match(text))


_AUTHOR_NOTE = lazy(r"(?!(?:Der|Die|Das|Ein|Eine|Dieser|Diese) )(?:[A-ZÄÖÜ][\w-]+ )?[A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+ "
                    r"(?:ist|schreibt|berichtet|arbeitet)\b[^.]{0,60}\b(?:bei|für|von) (?:der )?WELT\b(?! TV)")


def teaser_label(text: str) -> bool:
    """The label of a teaser set between the paragraphs.

    >>> teaser_label("LESEN SIE AUCH"), teaser_label("Lesen Sie auch, was der Minister sagt.")
    (True, False)
    """
    return text in ("LESEN SIE AUCH", "RESSORT:", "ARTIKELTYP:")


def article_end(text: str) -> bool:
    """The recommendations after the story, where it ends.

    >>> article_end("MEHR AUS DEM WEB"), article_end("NEUES AUS DER REDAKTION"), article_end("Mehr aus dem Web")
    (True, True, False)
    """
    return text in ("MEHR AUS DEM WEB", "NEUES AUS DER REDAKTION", "AUCH INTERESSANT", "MEHR ZUM THEMA")


RULES = (
    LineRule("teaser_label", "related", teaser_label),
    LineRule("author_note", "bio", author_note),
    LineRule("article_end", "related", article_end, ends_article=True),
)

HTML_2024 = HtmlLayout(
    name="2024",
    valid_until=None,
    body=("div.c-article-page__text div.c-rich-text-renderer--article",),
    title=("ld:headline", "h1.c-breadcrumb__title"),
    subtitle=("div.c-article-page__intro",),
    authors=("ld:author",),
    cuts=(Cut("inline_element", "related", "div.c-article-page__text div.u-inline-element"),),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2024,)

# The header down to the lead, with the picture's caption and "Quelle: …" over it, and without a picture.
TEXT_2024 = HeaderTextLayout(
    name="2024",
    valid_until=None,
    header=("crumbs", "caps*", "title", "caps*", "skip", "byline?", "role?", "stand", "skip", "credit", "lead"),
    anchor="stand",
    marks=(("crumbs", lazy(r"Pfadnavigation")), ("caps", lazy(r"[^a-zäöüß]{1,60}")),
           ("stand", lazy(r"Stand: [\d.:, ]{4,30}(?:Uhr)?\s*(?:Lesedauer: \d+ Minuten?)?"))),
    date_line=lazy(r"\d{2}\.\d{2}\.\d{4}"),
    byline=lazy(r"Von (?P<names>[^\d.!?]{3,120})"),
    role=ROLE,
    credit=lazy(r"Quelle: .{2,80}"),
    rules=RULES,
    box_run=2,
)
TEXT_2024_NO_PICTURE = TEXT_2024._replace(
    name="2024 no picture", header=("crumbs", "caps*", "title", "caps*", "skip", "byline?", "role?", "stand", "lead"))
TEXT_LAYOUTS = (TEXT_2024, TEXT_2024_NO_PICTURE)
SOURCE = HeaderTextSource(BY_ID["welt"], TEXT_LAYOUTS)
