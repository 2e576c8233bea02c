"""Reach plc's CMS (The Mirror, Daily Star, and the group's other titles): its layouts, written once.

HTML 2025 (``article#article-body``): ``h1``, the lead in ``[data-testid=leadtext]``, the byline box
("Section Name Role HH:MM, DD Mon YYYY Updated …"), paragraphs ``p[class^=Paragraph_]``, image buttons
("View N Images" + caption + "(Image: …)") and commercial boxes inside. HTML 2024 (the Mirror until its
redesign): ``article.article-main`` with ``h1.lead-content__title``, ``p.lead-content__sub-title`` and
``div.article-body``. Class names carry CSS-module hashes: selectors match their stable prefixes.

Text dumps: title, lead, the section tag ("News"), the author with the role glued on, then
"HH:MM, DD Mon YYYY" with "Updated …" on the same line (UK time). The 2024 dump has no time at all:
title, lead, caption lines, "By", the name and role.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

_NAME = r"(?:Mc|Mac|O'|O’)?[A-Z][a-z'’-]+"
_ROLE_WORDS = (r"(?:Writer|Reporter|Editor|Director|Correspondent|Journalist|Producer|Columnist|Critic|Presenter"
               r"|Assistant|Manager|Lead|Head|Expert|Specialist)s?")
_PERSON = rf"{_NAME}(?: {_NAME}){{1,2}}?"
# "Steffan Rhys Deputy Content Hub Director", "Emma MackenzieLifestyle Writer", "Joshua Whorms", "A and B".
BYLINE = lazy(rf"(?:By\s+)?(?P<names>{_PERSON}(?:(?:,\s*|\s+and\s+|\s*&\s*){_PERSON})*)"
              rf"(?:\s*(?:[A-Z][\w&-]*\s+)*{_ROLE_WORDS})?")
DATE_LINE = lazy(r"\d{1,2}:\d{2}, \d{1,2} [A-Z][a-z]{2} \d{4}")
UPDATED_LINE = lazy(r"Updated\s*\d{1,2}:\d{2}, \d{1,2} [A-Z][a-z]{2} \d{4}")
# A caption's credit: "(Image: Getty)" at its end, or the caption broken before "Image: …)".
CAPTION_PART = lazy(r".{2,300}\(\s*|\(?\s*Image:.{0,80}\)?|.{2,80}\)")


def image_count(text: str) -> bool:
    """The gallery button's label.

    >>> image_count("View 6 Images"), image_count("View 6 images of the house below.")
    (True, False)
    """
    return bool(_IMAGE_COUNT.fullmatch(text))


def story_tip(text: str) -> bool:
    """The closing call for readers' stories.

    >>> story_tip("Do you have a story to tell? Email: emma.mackenzie@reachplc.com")
    True
    """
    return text.startswith(("Do you have a story to tell?", "Got a story?", "ENJOYED THIS STORY?"))


def follow_block(text: str) -> bool:
    """The follow and topic block under the story, where the article ends.

    >>> follow_block("FollowMirror"), follow_block("MORE ON"), follow_block("Follow the story")
    (True, True, False)
    """
    return text in ("MORE ON", "Comment") or bool(_FOLLOW.fullmatch(text))


_IMAGE_COUNT = lazy(r"View \d+ Images?")
_FOLLOW = lazy(r"Follow ?(?:Mirror|Daily Star|Star|Express|[A-Z][a-z]+ Live):?")


def reader_promo(text: str) -> bool:
    """A promotion of the title's newsletters, apps or Google listing set into the story.

    >>> reader_promo("Article continues below")
    True
    >>> reader_promo("For the latest breaking news and stories from across the globe from the Daily Star, "
    ...              "sign up for our newsletters .")
    True
    """
    return text == "Article continues below" or bool(_READER_PROMO.match(text))


_READER_PROMO = lazy(r"(?:For the latest .{0,120}sign up for our newsletters|Choose .{2,30} as a 'Preferred Source'"
                     r"|Get email updates with|Sign up to|Join our)")

RULES = (
    LineRule("image_count", "caption-credit", image_count),
    LineRule("reader_promo", "promo", reader_promo),
    LineRule("story_tip", "promo", story_tip),
    LineRule("follow_block", "related", follow_block, ends_article=True),
)

HTML_2025 = HtmlLayout(
    name="2025",
    valid_until=None,
    body=("article#article-body",),
    title=("article#article-body h1",),
    subtitle=('[data-testid="leadtext"]',),
    cuts=(
        Cut("byline_box", "byline", '[data-testid="byline"]'),
        Cut("image_button", "caption-credit", 'button[class^="SlideViewerButton"]'),
        Cut("image_group", "caption-credit", '[data-testid="image-group"]'),
        Cut("commercial_box", "ad", 'div[class*="BoxStyles_commercial"]'),
    ),
    block_rules=RULES,
)
HTML_2024 = HtmlLayout(
    name="2024",
    valid_until="2026-01-01",
    body=("article.article-main div.article-body",),
    title=("h1.lead-content__title",),
    subtitle=("p.lead-content__sub-title",),
    cuts=(
        Cut("read_more", "related", "aside.read-more-links"),
        Cut("picture", "caption-credit", "div.image-container"),
    ),
    block_rules=RULES,
)
HTML_LAYOUTS = (HTML_2025, HTML_2024)

TEXT_2025 = HeaderTextLayout(
    name="2025",
    valid_until=None,
    header=("title", "lead", "skip", "byline", "date"),
    date_line=DATE_LINE,
    updated_line=UPDATED_LINE,
    byline=BYLINE,
    caption=lazy(r"(?P<caption>.{2,300}?)\s*\(\s*(?:Image|Picture|Photo):\s*(?P<credit>[^()]{1,80})\)"),
    rules=RULES,
    language="en",
    box_run=3,
)
TEXT_2024 = TEXT_2025._replace(name="2024", valid_until="2026-01-01", anchor="byline", credit=CAPTION_PART,
                               header=("title", "lead", "credit*", "skip?", "byline", "skip?"))
TEXT_LAYOUTS = (TEXT_2025, TEXT_2024)


def source(entry_id: str) -> HeaderTextSource:
    """The text parser of one Reach title."""
    return HeaderTextSource(BY_ID[entry_id], TEXT_LAYOUTS)
