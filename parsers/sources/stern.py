"""stern.de: its HTML layout and its text dump.

HTML: the displayed headline is ``span.title__headline`` (the kicker ``span.title__kicker`` beside it; the
breadcrumb ``h1`` and the JSON-LD headline are the SEO wording); the lead ``div.intro__text``; the byline
``div.authors__text`` "von Name" with ``time.authors__date``; the body ``div.article__body``, with teaser
groups, ads and the tag list inside. Pages syndicated from Capital carry a canonical link to capital.de:
the page's own ``og:url`` names the outlet.

Text dumps: ~200 menu lines, the breadcrumb with the SEO headline, then "KICKER Headline" on one line (the
kicker in capitals), the picture's caption over "© Credit", "von Name", "DD.MM.YYYY, HH:MM N Min." (Berlin
time), the lead and the body; teasers set into it print as a headline over its date; "#THEMEN" closes it.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "displayed headline, not the SEO one; intro as subtitle; teaser group, ad and tag list cut; "
                     "the syndication note removed as a credit"),
    ("article_dump.txt", "kicker in capitals cut off the headline; caption over '© Credit' as a picture; "
                         "'von Name'; date with reading time; teaser boxes and the syndication note removed"),
)

BYLINE = lazy(r"[Vv]on\s+(?P<names>[^\d!?]{3,120})")
DATE_LINE = lazy(r"(?P<d>\d{2})\.(?P<mo>\d{2})\.(?P<y>\d{4}), (?P<h>\d{2}):(?P<mi>\d{2})(?: \d+ Min\.)?")
# "EUROPEAN PAYMENTS INITIATIVE Statt Paypal & Co.: …": the kicker, set in capitals, glued to the headline.
KICKED_TITLE = lazy(r"(?:[^\sa-zäöüß]+\s+)+?(?P<title>\S*[a-zäöüß].*)")
LEAD = lazy(r".{20,}[.!?:\"“”…]")
PHOTO_CREDIT = lazy(r"©\s*(?P<credit>.{2,100})")


def syndication_note(text: str) -> bool:
    """The note that the story first ran in a sister title.

    >>> syndication_note('Dieser Artikel ist zuerst bei "Capital" erschienen.')
    True
    >>> syndication_note("Dieser Artikel ist zuerst bei uns erschienen, sagt sie, und wurde oft geteilt.")
    False
    """
    return bool(_SYNDICATED.fullmatch(text))


_SYNDICATED = lazy(r"Dieser (?:Artikel|Text|Beitrag) ist zuerst (?:bei|auf|im|in der) [\"„“]?[\w .+-]{2,40}[\"“”]? "
                   r"erschienen\.?")


def topics(text: str) -> bool:
    """The tag list under the story, where the article ends.

    >>> topics("#THEMEN"), topics("#Themen"), topics("Themen des Tages")
    (True, True, False)
    """
    return text.casefold() == "#themen"


RULES = (
    LineRule("syndication_note", "credit", syndication_note),
    LineRule("topics", "tags", topics, ends_article=True),
)

HTML_2023 = HtmlLayout(
    name="2023",
    valid_until=None,
    body=("div.article__body",),
    title=("header.article__header span.title__headline", "meta:og:title"),
    subtitle=("div.article__body div.intro__text",),
    section=("ul.breadcrumb li.breadcrumb__item a",),
    cuts=(
        Cut("byline_box", "byline", "div.authors"),
        Cut("teaser_group", "related", "div.group"),
        Cut("ad_slot", "ad", "div.ad-element"),
        Cut("tag_list", "tags", "section.article__tags"),
        Cut("credits_box", "credit", "div.credits-author-source"),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2023,)

TEXT_2023 = HeaderTextLayout(
    name="2023",
    valid_until=None,
    header=("title", "caption", "credit", "byline?", "date", "lead?"),
    date_line=DATE_LINE,
    byline=BYLINE,
    shapes=(("title", KICKED_TITLE), ("lead", LEAD)),
    caption_credit=PHOTO_CREDIT,
    rules=RULES,
    box_run=2,
)
# A story whose head shows no picture: the byline under the headline.
TEXT_2023_NO_PICTURE = TEXT_2023._replace(name="2023 no picture", header=("title", "byline?", "date", "lead?"))

SOURCE = HeaderTextSource(BY_ID["stern"], (TEXT_2023, TEXT_2023_NO_PICTURE))
