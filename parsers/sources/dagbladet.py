"""Dagbladet (dagbladet.no, Labrador CMS): its HTML layout and its text dump.

HTML: the story is ``article#mainArticleSection`` (the page appends the next story as
``article#second-article``, and teasers are ``article`` elements too): the header ``div.articleHeader`` (``h1``
headline, ``h2.subtitle`` lead, picture, ``div.meta`` with one ``div.byline`` a person and "Publisert
DD.MM.YYYY - HH:MM"), the body ``div.bodytext`` with fact boxes (``div.factbox``: the "Kort fortalt" AI summary with its
``p.ai-disclaimer``, "Fakta: …"), video players, pictures, native ads and story teasers (``article.preview-link``) set
into it. Meta ``article:published_time`` is UTC; ``article:author`` names only the first person.

Text dumps: the menu, the consent line, the headline, the lead, the picture's caption ending in "Foto: …",
one author a line, "Publisert DD.MM.YYYY - HH:MM" (Oslo time), "Sist oppdatert …", the "Kort fortalt" box
down to "Vis mer Vis mindre", the body (ads open with "ANNONSØRINNHOLD"), "DEL ARTIKKEL" where it ends (the
next story follows).
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .common import NORWEGIAN_CAPITALS, name_pattern
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "the main story only (not the next one appended under it); the AI summary's fact box, video, "
                     "native ad and story teaser cut; meta time in UTC"),
    ("article_dump.txt", "one author a line over 'Publisert DD.MM.YYYY - HH:MM' (Oslo); caption ending in "
                         "'Foto: …' in the header; the 'Kort fortalt' box and the ad removed; 'DEL ARTIKKEL' ends it"),
)

_NAME = name_pattern(NORWEGIAN_CAPITALS, ("de", "van", "von"))
BYLINE = lazy(rf"(?P<names>{_NAME}|[{NORWEGIAN_CAPITALS}]{{2,5}})")  # a person, or an agency's letters (NTB)
_CLOCK = r"(?P<d>\d{2})\.(?P<mo>\d{2})\.(?P<y>\d{4}) - (?P<h>\d{2}):(?P<mi>\d{2})"
DATE_LINE = lazy(rf"Publisert {_CLOCK}")
UPDATED_LINE = lazy(rf"Sist oppdatert {_CLOCK}")
# "STRESS: Sørkoreansk ekspert tror … Foto: KCNA/Reuters": the credit closes the caption.
CAPTION = lazy(r"(?P<caption>.{10,400}?)\s+(?:Foto|Video|Illustrasjon|Grafikk): (?P<credit>[^:]{2,80}?)\.?")
# The "Kort fortalt" box (an AI summary, its bullets and its disclaimer) down to its toggle.
SUMMARY_BOX = (lazy(r"Kort fortalt"), lazy(r"Vis mer Vis mindre"))
# A native ad: its label over the advertiser's lines, to the first blank line.
AD_BOX = (lazy(r"ANNONSØRINNHOLD|Annonsørinnhold"), None)


def article_end(text: str) -> bool:
    """The share button under the story, where it ends (the next story follows in the dump).

    >>> article_end("DEL ARTIKKEL"), article_end("Del artikkel"), article_end("Del artikkelen med en venn, sa han.")
    (True, True, False)
    """
    return text in ("DEL ARTIKKEL", "Del artikkel")


def ai_disclaimer(text: str) -> bool:
    """The note under the AI summary.

    >>> ai_disclaimer("Sammendraget er laget av ChatGPT og godkjent av Dagbladet.")
    True
    >>> ai_disclaimer("Sammendraget av rapporten ble lagt fram mandag.")
    False
    """
    return bool(_AI_DISCLAIMER.fullmatch(text))


_AI_DISCLAIMER = lazy(r"Sammendraget er laget av [\w ]{2,30} og godkjent av Dagbladet\.")

RULES = (
    LineRule("ai_disclaimer", "notice", ai_disclaimer),
    LineRule("article_end", "share", article_end, ends_article=True),
)

HTML_2026 = HtmlLayout(
    name="2026",
    valid_until=None,
    body=("article#mainArticleSection div.bodytext",),
    title=("article#mainArticleSection h1.headline", "meta:og:title"),
    subtitle=("article#mainArticleSection h2.subtitle",),
    # one span a person ("firstname"/"lastname" spans beside it print the name again); the meta names only the first
    authors=("article#mainArticleSection div.byline span.lab-hidden-byline-name", "meta:article:author"),
    published=("meta:article:published_time",),
    cuts=(
        Cut("fact_box", "related", "div.factbox"),  # the "Kort fortalt" AI summary, "Fakta: …" boxes
        Cut("video", "embed", "div.jwplayer"),
        Cut("native_ad", "ad", "div.xrow"),
        Cut("teaser", "related", "article.preview-link"),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2026,)

TEXT_2026 = HeaderTextLayout(
    name="2026",
    valid_until=None,
    header=("title", "lead", "credit?", "byline*", "date", "updated?"),
    date_line=DATE_LINE,
    updated_line=UPDATED_LINE,
    byline=BYLINE,
    role=lazy(r"Dagbladet(?: TV| Pluss)?|DB"),  # the paper itself on a byline line: no person
    credit=CAPTION,
    caption=CAPTION,
    marks=(("updated", UPDATED_LINE),),
    shapes=(("lead", lazy(r".{20,}")),),
    rules=RULES,
    marked_boxes=(SUMMARY_BOX, AD_BOX),
)

SOURCE = HeaderTextSource(BY_ID["dagbladet"], (TEXT_2026,))
