"""National Post (nationalpost.com, Postmedia): its HTML layout and its text dump.

HTML (Postmedia's "story-v2"): ``h1#articleTitle``, the dek ``p.article-subtitle``, authors in the JSON-LD
(wire copy: the agency as a Person, kept as the byline names it), and the story cut into many
``section.article-content__content-group--story`` blocks, one paragraph each, with ad groups, pictures,
the featured video, newsletter and "Read More" widgets and embedded posts between them; the standard
closing promo and "With reporting by …" end it.

Text dumps: "Share this Story : <headline>" and the share buttons, the headline, the dek, "Author of the
article:", the names, "Published Mon DD, YYYY" (a date, no time), "Last updated …", "N minute read", the
lead picture's caption with "Photo by …", then the story, every block introduced by "Article content",
the subscription box and ad labels between them.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .common import ADVERTISEMENT, POST_ATTRIBUTION
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "story blocks joined across ad groups; dek as subtitle; picture, newsletter, 'Read More' and "
                     "embedded post cut; the closing promo and 'With reporting by' removed"),
    ("article_dump.txt", "'Author of the article:' over the name; 'Published Mon DD, YYYY' gives a date only; "
                         "'Article content' markers, subscription box and ad labels removed; caption with "
                         "'Photo by' as a picture"),
)

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
BYLINE = lazy(rf"(?P<names>{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*)")
DATE_LINE = lazy(r"Published\s+(?P<date>[A-Z][a-z]{2} \d{1,2}, \d{4})")
UPDATED_LINE = lazy(r"Last updated\s+[A-Z][a-z]{2} \d{1,2}, \d{4}")
LEAD = lazy(r".{20,}[.!?\"”’]")
# "… in Srinagar on May 7, 2025. Photo by Jane Doe /AFP via Getty Images"
CAPTION = lazy(r"(?P<caption>.{10,600}?[.!?\"”’)]?)\s+(?:Photo|Photos|File photo) by\s+(?P<credit>[^!?]{2,120}\S)")


def block_marker(text: str) -> bool:
    """The hidden label every story block of the dump opens with, and the subscription box's lines.

    >>> block_marker("Article content"), block_marker("THIS CONTENT IS RESERVED FOR SUBSCRIBERS")
    (True, True)
    >>> block_marker("Article content moderation is hard, the minister said.")
    False
    """
    return text in _MARKERS or text.startswith(_BOX_STARTS) or text.endswith(" Back to video")


_MARKERS = frozenset(("Article content", "Author of the article:", "Authors of the article:", "Join the conversation",
                      "Story continues below", "Play Video", "Back to video", "Sign In or Create an Account",
                      "Email Address", "Continue", "or", "View more offers", "SUBSCRIBE FOR MORE ARTICLES",
                      "REGISTER / SIGN IN TO UNLOCK MORE ARTICLES", "THIS CONTENT IS RESERVED FOR SUBSCRIBERS",
                      "THIS ARTICLE IS FREE TO READ REGISTER TO UNLOCK.", "Sign Up"))
_BOX_STARTS = ("Advertisement ", "This advertisement has not loaded yet", "We apologize, but this video has failed",
               "Try refreshing your browser", "tap here to see other videos", "Enjoy the latest local, national",
               "Create an account or sign in", "If you are a Home delivery print subscriber",
               "By signing up you consent to receive", "Interested in more newsletters?")


def reading_time(text: str) -> bool:
    """The reading time under the date, and an update time the dump prints relative to the visit.

    >>> reading_time("17 minute read"), reading_time("Last updated 21 hours ago"), reading_time("17 minutes read aloud")
    (True, True, False)
    """
    return bool(_READING_TIME.fullmatch(text))


_READING_TIME = lazy(r"\d+ minute read|Last updated \d+ (?:minutes?|hours?|days?) ago")


def reporting_credit(text: str) -> bool:
    """The closing line naming who else reported ("With reporting by …", "— With files from …").

    >>> reporting_credit("With reporting by Associated Press writer Sheikh Saaliq")
    True
    >>> reporting_credit("With files from The Canadian Press"), reporting_credit("With reporting like this, who needs.")
    (True, False)
    """
    return bool(_REPORTING.fullmatch(text))


_REPORTING = lazy(r"[—–-]?\s*(?:With (?:reporting|files) (?:by|from)|Additional reporting by) [^.!?]{3,120}\.?")


def closing_promo(text: str) -> bool:
    """The standard promo under every story, where the article ends.

    >>> closing_promo("Our website is the place for the latest breaking news, exclusive scoops, longreads and more.")
    True
    """
    return text.startswith("Our website is the place for the latest breaking news")


RULES = (
    ADVERTISEMENT,
    LineRule("block_marker", "navigation", block_marker),
    LineRule("reading_time", "date", reading_time),
    LineRule("reporting_credit", "credit", reporting_credit),
    LineRule("closing_promo", "promo", closing_promo, ends_article=True),
)

HTML_2025 = HtmlLayout(
    name="2025",
    valid_until=None,
    body=("section.article-content__content-group--story div.story-v2-content-element-inline",),
    title=("h1#articleTitle", "h1.article-title"),
    subtitle=("p.article-subtitle",),
    section=("meta:parsely-section",),
    cuts=(
        Cut("picture", "caption-credit", "figure"),
        Cut("video", "embed", "div.featured-video"),
        Cut("widget", "promo", "div.article-content__widget-group"),
        Cut("read_more", "related", "section.more-topic"),
        Cut("embedded_post", "embed", "div.oembed"),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2025,)

TEXT_2025 = HeaderTextLayout(
    name="2025",
    valid_until=None,
    header=("title", "lead", "skip", "byline*", "date"),
    date_line=DATE_LINE,
    updated_line=UPDATED_LINE,
    byline=BYLINE,
    shapes=(("lead", LEAD),),
    caption=CAPTION,
    post_attribution=POST_ATTRIBUTION,
    rules=RULES,
    box_run=3,
    marked_boxes=((lazy(r"Read More"), None),),  # the "Read More" links set into the story, one to three
    language="en",
)
# A story without a dek: "Author of the article:" right under the headline.
TEXT_2025_NO_DEK = TEXT_2025._replace(name="2025 no dek", header=("title", "skip", "byline*", "date"))

SOURCE = HeaderTextSource(BY_ID["nationalpost"], (TEXT_2025, TEXT_2025_NO_DEK))
