"""AP News (apnews.com): its HTML layout and its text dump.

HTML: the title is the JSON-LD headline (``h1.Page-headline`` and ``og:title`` carry a later wording when
the story is updated); the authors are the JSON-LD Persons, in capitals as the byline prints them; the body
``div.RichTextStoryBody`` opens with the dateline "CITY, State (AP) — " and holds related-coverage and
"What to know" boxes, ad slots and embeds (``div.Enhancement``, ``div.Infobox``, ``div.HTMLModuleEnhancement``);
"___" and the contributors' line close the story.

Text dumps: the menu, the trending topics, the section, the headline (printed twice), the photo carousel
("N of M |", caption, "Read More" for every picture), "By A, B and C", the share buttons, the story, the
authors' bios. The dump prints no date.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.page import separator_line
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "JSON-LD headline, not the updated h1; related-coverage box, info box, ad slot and embed cut; "
                     "'___' and the contributors' line removed; the (AP) dateline kept in the text"),
    ("article_dump.txt", "headline printed twice over the photo carousel; 'By A, B and C' gives the authors as "
                         "printed; no date in the dump; related-coverage box and share buttons removed"),
)

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
BYLINE = lazy(rf"By\s+(?P<names>{_NAME}(?:(?:,\s*|\s+and\s+|,\s+and\s+){_NAME})*)")
# A wire desk's role after a comma ("By A, AP Economics Writer") names no one.
ROLE = lazy(r"AP(?: [A-Z][\w-]*)* (?:Writer|Correspondent|Editor|Reporter)s?")
# The photo carousel: "3 of 12 |", the caption ending in its credit "(AP Photo/…)", "Read More".
CAROUSEL = lazy(r"\d+ of \d+ \||Read More|.{10,600}\((?:AP|AP Photo|AP Video|Photo|Video)\b[^()]{0,80}\)")
TITLE = lazy(r"\S+(?:\s+\S+){3,}")  # a headline, not a section label
# A related-coverage box and a "What to know" box print their label over their links, no blank line between.
RELATED_BOX = lazy(r"RELATED COVERAGE|MORE COVERAGE")
WHAT_TO_KNOW = lazy(r"What to know(?: about| of)? [^.!?,]{2,60}")
CAPTION = lazy(r"(?P<caption>.{10,600}?)\s*\((?P<credit>(?:AP|AP Photo|AP Video|Photo|Video)\b[^()]{0,80})\)")


def contributors(text: str) -> bool:
    """The closing line naming where the authors reported from and who contributed.

    >>> contributors("Peoples reported from New York. Associated Press writer Bill Barrow contributed to this report.")
    True
    >>> contributors("Associated Press writers Will Weissert in Johnstown, Pennsylvania, contributed.")
    True
    >>> contributors("The governor said she contributed to the campaign.")
    False
    """
    return bool(_CONTRIBUTORS.search(text)) and len(text) < 600


_CONTRIBUTORS = lazy(r"^(?:[A-Z][\w'’-]+ reported from|(?:The )?Associated Press (?:writers?|reporters?|journalists?)"
                     r"|This story has been (?:updated|corrected))"
                     r"|(?:Associated Press|AP) .{0,200}contributed(?: to this (?:report|story))?\.$")


def share_line(text: str) -> bool:
    """The share buttons under the byline.

    >>> share_line("Link copied"), share_line("Flipboard"), share_line("Copy the link to the report.")
    (True, True, False)
    """
    return text in _SHARE


_SHARE = frozenset(("Share", "Copy", "Link copied", "Email", "Facebook", "X", "Reddit", "LinkedIn", "Pinterest",
                    "Flipboard", "Print", "Bluesky", "Threads", "WhatsApp"))


RULES = (
    LineRule("separator", "separator", separator_line),  # the rule of underscores before the contributors
    LineRule("contributors", "credit", contributors),
    LineRule("share_line", "share", share_line),
)

HTML_2024 = HtmlLayout(
    name="2024",
    valid_until=None,
    body=("div.RichTextStoryBody",),
    title=("ld:headline", "h1.Page-headline"),
    published=("ld:datePublished",),  # a caption's "Monday, May 19" by the headline is the picture's day
    cuts=(
        Cut("byline", "byline", "div.Page-authors"),
        Cut("enhancement", "related", "div.Enhancement"),
        Cut("info_box", "related", "div.Infobox"),
        Cut("embed", "embed", "div.HTMLModuleEnhancement"),
        Cut("ad_slot", "ad", "div.Advertisement"),
        Cut("photo_carousel", "caption-credit", 'div[class^="Carousel"]'),  # its captions are no dek
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2024,)

TEXT_2024 = HeaderTextLayout(
    name="2024",
    valid_until=None,
    header=("title", "skip", "credit*", "byline"),
    anchor="byline",
    date_line=lazy(r"(?!)"),  # the dump prints no date
    byline=BYLINE,
    role=ROLE,
    credit=CAROUSEL,
    caption=CAPTION,
    shapes=(("title", TITLE),),
    rules=RULES,
    box_run=3,
    marked_boxes=((RELATED_BOX, None), (WHAT_TO_KNOW, None)),
    language="en",
)
# A headline printed once.
TEXT_2024_ONE_HEADLINE = TEXT_2024._replace(name="2024 one headline", header=("title", "credit*", "byline"))

SOURCE = HeaderTextSource(BY_ID["apnews"], (TEXT_2024, TEXT_2024_ONE_HEADLINE))
