"""ABC (abc.es, Vocento): its HTML layout and its text dump.

HTML: the kicker ``p.v-a-p-t``, the headline ``h1.v-a-t``, the lead ``h2.v-a-s-t``, the author box
``div.v-ath``; the body ``div.v-d`` of the ``article``: the first paragraph, then the rest of the story in a
``div.paywall`` the page serves ``hidden`` (its script shows it to subscribers; the text is the story's, so the
layout keeps it), with ad slots (``div.v-adv``) and a box of related stories (``div.v-c-cmp--ab-m``) set into
it, and the topics and share bar (``div.v-d-n``) under it. Authors and times from the JSON-LD.

Text dumps: ~170 menu lines, the breadcrumb, the kicker, the headline, the lead, "Regala esta noticia", the
picture's caption with "(Credit)" at its end, a related headline, the author, the place, "25/04/2026
Actualizado a las 15:10h." (the date, with the update's time: Madrid time) and the first paragraph only (the
rest is behind the paywall), then "Más temas".
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .common import SPANISH_AUTHOR_SEPARATORS, SPANISH_BYLINE
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "the hidden paywall block kept as the story's text; related box, ad slot and the topics under "
                     "the story cut; the lead as subtitle"),
    ("article_dump.txt", "kicker, headline and lead over the gift button; caption '… (Credit)' as a picture; "
                         "the related headline and the place skipped; a date with the update's time only: the "
                         "published date alone; 'Más temas' ends it"),
)

# "25/04/2026 Actualizado a las 15:10h.": the day of publication, and the update's clock (the date alone is
# read); "25/04/2026 a las 15:06h.", a story never updated: its clock too.
DATE_LINE = lazy(r"\A\d{2}/\d{2}/\d{4}(?: a las \d{2}:\d{2}h)?(?=[ .]|\Z)")
UPDATED_LINE = lazy(r"\A(?P<d>\d{2})/(?P<mo>\d{2})/(?P<y>\d{4}) Actualizado a las (?P<h>\d{2}):(?P<mi>\d{2})h\.?\Z")
CAPTION = lazy(r"(?P<caption>.{3,300}?)\s*\((?P<credit>[^()\d]{2,80})\)")  # not a score "(3-3)"


def more_topics(text: str) -> bool:
    """The topic list and comment buttons under the story, where it ends.

    >>> more_topics("Más temas"), more_topics("Reportar un error"), more_topics("Más temas de la Liga, hoy.")
    (True, True, False)
    """
    return text in ("Más temas", "Reportar un error", "Lo más leído")


RULES = (LineRule("more_topics", "tags", more_topics, ends_article=True),)

HTML_2026 = HtmlLayout(
    name="2026",
    valid_until=None,
    body=("article div.v-d",),
    shown=("div.paywall", "span.paywall"),
    title=("h1.v-a-t", "ld:headline"),
    subtitle=("h2.v-a-s-t",),
    cuts=(
        Cut("author_box", "byline", "div.v-ath"),
        Cut("related_box", "related", "div.v-c-cmp--ab-m"),
        Cut("ad_slot", "ad", "div.v-adv"),
        Cut("topics", "tags", "div.v-d-n"),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2026,)

TEXT_2026 = HeaderTextLayout(
    name="2026",
    valid_until=None,
    header=("kicker?", "title", "lead", "gift?", "credit?", "skip?", "byline", "skip?", "date"),
    marks=(("gift", lazy("Regala esta noticia")),),
    credit=CAPTION,  # the picture's caption, its credit in brackets at its end
    shapes=(("title", lazy(r".{20,}")),),
    date_line=DATE_LINE,
    updated_line=UPDATED_LINE,
    byline=SPANISH_BYLINE,
    author_separators=SPANISH_AUTHOR_SEPARATORS,
    caption=CAPTION,
    rules=RULES,
    language="es",
)
TEXT_LAYOUTS = (TEXT_2026,)
SOURCE = HeaderTextSource(BY_ID["abc"], TEXT_LAYOUTS)
