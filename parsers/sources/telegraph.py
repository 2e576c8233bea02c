"""The Telegraph (telegraph.co.uk): its HTML layout and its text dump.

HTML: ``h1.e-headline`` (``og:title``; the JSON-LD headline is an SEO wording), the standfirst
``p.e-standfirst``, the byline ``span.e-byline__author`` with the author's role beside it (the JSON-LD gives
``jobTitle``), ``time.e-published-date`` (London time, "+0100"), the body ``div[itemprop=articleBody]``: the
story in several ``div.articleBodyText`` sections, pictures (``figure.article-body-image``), embedded posts
(``div.html-embed``) and the mobile copy of the byline between them.

Text dumps: ~200 menu lines, the headline, the standfirst, "Name Role", "D Month YYYY h:mmpm", the topic
links, the byline and date again round the lead picture's caption (its credit at its end, "… Jane Doe/PA"),
the story with captions and embedded posts, "Join the conversation" and the comment rules.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .common import ADVERTISEMENT, POST_ATTRIBUTION
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "h1 headline, standfirst as subtitle, body across its articleBodyText sections; pictures, "
                     "embedded post and the mobile byline copy cut"),
    ("article_dump.txt", "'Name Role' byline gives the person; date in London time; topic links and the repeated "
                         "byline removed; captions ending in their credit as pictures; embedded post removed; "
                         "'Join the conversation' ends it"),
)

_NAME = r"(?:Sir |Dame |Lord |Lady |Dr )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}?"
_ROLE = (r"(?:[A-Z][\w&'’-]*\s+){0,5}(?:Correspondent|Editor|Reporter|Writer|Columnist|Critic|Commentator|Journalist"
         r"|Producer|Contributor|Analyst|Presenter|Chief|Director|Associate|Fellow|Expert)s?"
         r"(?:\s+(?:in|for|at|of)\s+[A-Z][\w'’ -]{1,40})?")
# "Amy Gibbons Political Correspondent", "Ben Riley-Smith US Editor and Tom Cotterill": the names before the role.
BYLINE = lazy(rf"(?:By\s+)?(?P<names>{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*)(?:\s+{_ROLE})?")
DATE_LINE = lazy(r"\d{1,2} [A-Z][a-z]+ \d{4} \d{1,2}:\d{2}\s*[ap]m")
LEAD = lazy(r"[^\n]{30,}")
# "Lady Starmer on the front row Nicky J Sims/Getty Images Europe": the credit is the last "Name/Agency" words.
CAPTION = lazy(r"(?!.*[.!?\"”’]$)(?P<caption>.{10,400}?)\s+(?P<credit>(?:[A-Z][\w.'’-]*\s+){0,4}[\w.'’-]*/[^/]{2,60}"
               r"|(?:Getty Images|Reuters|AP|AFP|PA|Alamy|EPA|Shutterstock|Bloomberg)(?: [A-Z]\w+)?)")


def topics_line(text: str) -> bool:
    """The "Related Topics" label, and the topic links under it ("Keir Starmer,").

    >>> topics_line("Related Topics"), topics_line("Labour Party,"), topics_line("Labour Party, he said, is split.")
    (True, True, False)
    """
    return text == "Related Topics" or bool(_TOPIC.fullmatch(text))


_TOPIC = lazy(r"[A-Z][\w'’&-]*(?: [\w'’&-]+){0,4},")


def comments(text: str) -> bool:
    """The comments box under the story, where the article ends.

    >>> comments("Join the conversation"), comments("Join the conversation about the budget.")
    (True, False)
    """
    return text in ("Join the conversation", "Show comments")


RULES = (
    ADVERTISEMENT,
    LineRule("topics_line", "tags", topics_line),
    LineRule("comments", "comments", comments, ends_article=True),
)

HTML_2024 = HtmlLayout(
    name="2024",
    valid_until=None,
    body=('div[itemprop="articleBody"]',),
    title=("h1.e-headline", "meta:og:title"),
    subtitle=("p.e-standfirst",),
    published=("time.e-published-date@datetime",),
    cuts=(
        Cut("mobile_byline", "byline", "div.tpl-layout__mobile"),
        Cut("picture", "caption-credit", "figure"),
        Cut("embedded_post", "embed", "div.html-embed"),
        Cut("related_links", "related", "div.related-links"),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2024,)

TEXT_2024 = HeaderTextLayout(
    name="2024",
    valid_until=None,
    header=("title", "lead", "byline", "date"),
    date_line=DATE_LINE,
    byline=BYLINE,
    shapes=(("lead", LEAD),),
    caption=CAPTION,
    post_attribution=POST_ATTRIBUTION,
    rules=RULES,
    box_run=3,
    language="en",
)
# A story without a standfirst: the byline right under the headline.
TEXT_2024_NO_LEAD = TEXT_2024._replace(name="2024 no standfirst", header=("title", "byline", "date"))

SOURCE = HeaderTextSource(BY_ID["telegraph"], (TEXT_2024, TEXT_2024_NO_LEAD))
