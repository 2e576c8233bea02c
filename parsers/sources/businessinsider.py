"""Business Insider (businessinsider.com): its HTML layout and its text dump.

HTML: ``h1.post-headline`` (= ``og:title``; the JSON-LD headline is a shortened wording); ``meta author`` and
the JSON-LD Person; the summary bullets ``ul.summary-list`` (Fundus counts them as the summary); the body
``div.content-lock-content`` (a story) or, for a slideshow, ``section.slideshow-container``: the intro, then
every ``div.slide`` with its ``h2.slide-title-text`` over its paragraphs, pictures, ads ("Advertisement"),
the newsletter sign-up set into it.

Text dumps: the section, the headline, the author, the time as the raw ISO string ("2024-02-14T16:15:30Z"),
the share bar, "Save", "Read in app", the lead picture's caption over its credit line, the summary bullets,
then the story: each slide prints "Advertisement", its title, the caption and the credit, then its paragraphs;
"Read next" closes it.
"""
from __future__ import annotations

from typing import Any

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .common import ADVERTISEMENT
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "slideshow: intro and every slide's title and paragraphs; summary bullets as the subtitle; "
                     "pictures, ads and the newsletter sign-up cut"),
    ("article_dump.txt", "section over the headline, author, raw ISO time; caption over its credit line as a "
                         "picture; share bar removed; summary bullets kept; 'Read next' ends it"),
)

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
BYLINE = lazy(rf"(?P<names>{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*)")
DATE_LINE = lazy(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})")
# A picture credit alone on its line, under the caption: "Future Publishing/Getty Images", "Business Insider".
PHOTO_CREDIT = lazy(r"(?P<credit>(?=[^/]*/)[A-Z][\w.'’&-]*(?:[ /][\w.'’&-]+){1,8}"
                    r"|(?:[\w.'’&-]+ ){0,3}(?:Getty Images|Reuters|AP|AFP|Shutterstock|Insider|Business Insider)"
                    r"|Courtesy of [\w .'’&-]{2,40})")


def summary_bullets(root: Any) -> str | None:
    """The summary bullets over the story, one sentence each, as the subtitle."""
    items = [" ".join("".join(li.itertext()).split()) for li in root.xpath("(//ul[contains(@class, 'summary-list')])"
                                                                         "[1]/li")]
    return " ".join(item for item in items if item) or None


def share_bar(text: str) -> bool:
    """The share bar's lines under the byline.

    >>> share_bar("Facebook  Email  Twitter  LinkedIn  Copy Link"), share_bar("Read in app"), share_bar("Save")
    (True, True, True)
    >>> share_bar("Save the date: the sale starts in May.")
    False
    """
    return text in ("Share", "Save", "Read in app", "Saved") or bool(_SHARE_NAMES.fullmatch(text))


_SHARE_NAMES = lazy(r"(?:\s*(?:Facebook|Email|Twitter|X|LinkedIn|Copy Link|Flipboard|Reddit|WhatsApp)\s*){3,}")


def read_next(text: str) -> bool:
    """The recommendations under the story, where the article ends.

    >>> read_next("Read next"), read_next("Read next week's issue for more.")
    (True, False)
    """
    return text in ("Read next", "Read Next", "Recommended video")


RULES = (
    ADVERTISEMENT,
    LineRule("share_bar", "share", share_bar),
    LineRule("read_next", "related", read_next, ends_article=True),
)

HTML_2024 = HtmlLayout(
    name="2024",
    valid_until=None,
    body=("section.slideshow-container", "div.content-lock-content"),
    title=("h1.post-headline", "meta:og:title"),
    subtitle=(summary_bullets,),
    keep=('div[id^="piano-inline-content"]',),  # the paywall vendor's wrapper holds the intro
    cuts=(
        Cut("summary", "summary", "ul.summary-list"),
        Cut("picture", "caption-credit", "figure"),
        Cut("ad_slot", "ad", 'div[class*="ad-callout-wrapper"]'),
        Cut("newsletter", "newsletter", 'div[class*="inline-newsletter"]'),
        Cut("slide_options", "share", "div.slide-options"),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2024,)

TEXT_2024 = HeaderTextLayout(
    name="2024",
    valid_until=None,
    header=("skip", "title", "byline", "date"),
    date_line=DATE_LINE,
    byline=BYLINE,
    caption_credit=PHOTO_CREDIT,
    rules=RULES,
    language="en",
)

SOURCE = HeaderTextSource(BY_ID["businessinsider"], (TEXT_2024,))
