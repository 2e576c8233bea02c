"""9News (nine.com.au): its HTML layout and its text dump.

HTML (styled-components: hashed classes, stable ``data-ui-testid`` hooks): the breadcrumbs
``header-breadcrumbs``, the headline ``headline``, the byline and time ``header-byline`` ("A and AP",
people with profile links in the JSON-LD, an agency as a Person too), the body ``body-content-all`` with
pictures, ad slots ("Advertisement"), "Read more" link boxes and the share count inside (the ad labels and
link boxes carry only hashed classes: the generic path's label and related-heading rules take them).

Text dumps: the menu, the breadcrumbs (World / USA / Politics), the headline, "A and B", "Month D, YYYY -
h.mmam" (the page renders the time in the reader's clock: UTC in these dumps, as in the saved pages' HTML),
"Powered by", "Share article", the body with captions ending in their credit ("… AP Photo/Jane Doe"), the
topic tags, "Most viewed in …".
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .common import ADVERTISEMENT
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "data-ui-testid hooks: headline, breadcrumb section, body less pictures, ads and 'Read more' "
                     "boxes; the agency in the JSON-LD authors stays an author"),
    ("article_dump.txt", "'A and AP' byline, 'Month D, YYYY - h.mmpm' in UTC; captions ending in their credit as "
                         "pictures; 'Read more' boxes and topic tags removed; 'Most viewed in' ends it"),
)

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
_AGENCY = r"(?:AP|AAP|AFP|Reuters|CNN|Bloomberg|9News|Nine|Wide World of Sports)"
_PERSON = rf"(?:{_NAME}|{_AGENCY})"
BYLINE = lazy(rf"(?:By\s+)?(?P<names>{_PERSON}(?:(?:,\s*|\s+and\s+|\s*&\s*){_PERSON})*)")
DATE_LINE = lazy(r"[A-Z][a-z]+ \d{1,2}, \d{4} - \d{1,2}[.:]\d{2}\s*[ap]m", )
# "… at the White House. AP Photo/Jane Doe, File", "… in Sydney Supplied": the caption ends in its credit (the
# last one named), never in a full stop as a paragraph does.
CAPTION = lazy(rf"(?!.*[.!?\"”’)]$)(?P<caption>.{{10,400}})\s+(?P<credit>(?:{_AGENCY}|Getty(?: Images)?|Supplied"
               r"|Instagram|Facebook|TikTok|YouTube|EPA|NewsCorp)(?:[ /,][^!?]{0,60})?)")


def share_label(text: str) -> bool:
    """The share bar's labels under the byline.

    >>> share_label("Share article"), share_label("Powered by"), share_label("Powered by the sun, it runs all day.")
    (True, True, False)
    """
    return text in ("Share article", "Powered by", "shares")


def most_viewed(text: str) -> bool:
    """The list of most-read stories under the story, where the article ends.

    >>> most_viewed("Most viewed in USA"), most_viewed("Most viewed"), most_viewed("Most viewed stories are free")
    (True, True, False)
    """
    return bool(_MOST_VIEWED.fullmatch(text))


_MOST_VIEWED = lazy(r"Most viewed(?: in [\w &+-]{2,30})?|More to explore")

# A "Read more" box prints its label over the linked headline, no blank line between: the layout's box_run.
RULES = (
    ADVERTISEMENT,
    LineRule("share_label", "share", share_label),
    LineRule("most_viewed", "related", most_viewed, ends_article=True),
)

HTML_2026 = HtmlLayout(
    name="2026",
    valid_until=None,
    body=('[data-ui-testid="body-content-all"]',),
    title=('[data-ui-testid="headline"]', "ld:headline"),
    section=('[data-ui-testid="header-breadcrumbs"] li',),
    cuts=(Cut("picture", "caption-credit", "figure"),),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2026,)

TEXT_2026 = HeaderTextLayout(
    name="2026",
    valid_until=None,
    header=("title", "byline", "date"),
    date_line=DATE_LINE,
    byline=BYLINE,
    author_separators=lazy(r"\s*(?:,|\band\b|&)\s*"),
    caption=CAPTION,
    rules=RULES,
    box_run=2,
    language="en",
)

SOURCE = HeaderTextSource(BY_ID["ninenews"], (TEXT_2026,))
