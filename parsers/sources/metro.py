"""Metro (metro.co.uk, WordPress): its HTML layout and its text dump.

HTML: the title is the JSON-LD headline (the SEO wording ``<title>`` carries; ``h1.post-title`` and
``og:title`` are the social headline); the published time is the JSON-LD one (``article:published_time``
prints the London wall clock with "+0000"); the body ``article div.article-body`` holds the story with fact
boxes (``div.metro-factbox``: a full transcript, a list of "what else"), video players, pictures, trending
strips, ad slots, the e-mail sign-up and "MORE : …" links set into it, and the closing promos.

Text dumps: "Home › News › Politics", the social headline, the author, "Published Mon D, YYYY, h:mmam" and
"|Updated …" (London time), the share bar, the story (fact boxes print as paragraphs: nothing tells them
apart), the closing promos, "MORE : …", the newsletter sign-up.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .common import ADVERTISEMENT
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "JSON-LD headline and time, not og:title and the +0000 meta; fact box, video, picture, "
                     "trending strip, 'MORE :' links and closing promos cut; a paragraph that is mostly a link kept"),
    ("article_dump.txt", "author over 'Published …' and '|Updated …' in London time; share bar removed; "
                         "closing promos and 'MORE :' links removed; the sign-up box ends it"),
)

_NAME = r"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|de|van|von|da)){1,3}"
BYLINE = lazy(rf"(?P<names>{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*)")
DATE_LINE = lazy(r"Published\s+[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s*[ap]m")
UPDATED_LINE = lazy(r"\|?\s*Updated\s+[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s*[ap]m")


def reader_promo(text: str) -> bool:
    """The promos under the story: the tip-off call, the news page, the social accounts.

    >>> reader_promo("Got a story? Get in touch with our news team by emailing us at webnews@metro.co.uk.")
    True
    >>> reader_promo("Follow Metro.co.uk on Twitter and Facebook for the latest news updates.")
    True
    >>> reader_promo("Got a story, he asked the reporter, and we said no.")
    False
    """
    return text.startswith(_PROMO_STARTS)


_PROMO_STARTS = ("Got a story?", "For more stories like this", "Follow Metro.co.uk on", "Follow Metro on",
                 "Get in touch with our news team", "Share your views in the comments", "Do you have a story")


def more_link(text: str) -> bool:
    """A "MORE : …" link to another story, set anywhere in the story.

    >>> more_link("MORE : The Metro daily cartoon by Guy Venables"), more_link("MORE than 200 people came.")
    (True, False)
    """
    return text.startswith(("MORE : ", "MORE: "))


def video_label(text: str) -> bool:
    """The video player's label.

    >>> video_label("Up Next"), video_label("Up next: the weather")
    (True, False)
    """
    return text == "Up Next"


def sign_up(text: str) -> bool:
    """The newsletter sign-up under the story, where the article ends.

    >>> sign_up("SIGN UP FOR"), sign_up("Sign Up for News Updates"), sign_up("Sign up for the race opened today.")
    (True, True, False)
    """
    return text in ("SIGN UP FOR", "Sign Up for News Updates")


RULES = (
    ADVERTISEMENT,
    LineRule("reader_promo", "promo", reader_promo),
    LineRule("more_link", "related", more_link),
    LineRule("video_label", "embed", video_label),
    LineRule("sign_up", "newsletter", sign_up, ends_article=True),
)

HTML_2024 = HtmlLayout(
    name="2024",
    valid_until=None,
    body=("article div.article-body",),
    title=("ld:headline", "h1.post-title"),
    published=("ld:datePublished",),
    text_kinds=frozenset({"related"}),  # Metro links whole phrases: a link-dense paragraph is still prose
    cuts=(
        Cut("fact_box", "related", "div.metro-factbox"),
        Cut("video", "embed", "div.metro-video-player"),
        Cut("picture", "caption-credit", "figure"),
        Cut("trending_strip", "related", "aside.post-strip"),
        Cut("ad_slot", "ad", 'div[class^="ad-slot"]'),
        Cut("email_signup", "newsletter", "div.metro-email-signup"),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2024,)

TEXT_2024 = HeaderTextLayout(
    name="2024",
    valid_until=None,
    header=("title", "byline", "date", "updated?"),
    date_line=DATE_LINE,
    updated_line=UPDATED_LINE,
    byline=BYLINE,
    marks=(("updated", UPDATED_LINE),),
    shapes=(("title", lazy(r"[^›]+")),),  # not the breadcrumb "Home › News › UK"
    rules=RULES,
    box_run=3,
    marked_boxes=((lazy(r"MORE TRENDING|More Trending"), lazy(r"Read More Stories")),),
    language="en",
)

# A story with no author named over the date.
TEXT_2024_NO_AUTHOR = TEXT_2024._replace(name="2024 no author", header=("title", "date", "updated?"))

SOURCE = HeaderTextSource(BY_ID["metro"], (TEXT_2024, TEXT_2024_NO_AUTHOR))
