"""The byline a page prints by its headline: who wrote the story, as the reader sees it.

Read with the byline rules the text path uses (:mod:`newsclean.parsers.bylines`): a
"By …" line, a labelled or dated one ("Posted on … by …"), a name in an element that a
class calls the author's, or the name a link to the author's page shows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ..lazyre import lazy
from ..people.bylines import byline_authors, cjk_byline_authors, is_byline_label, looks_like_name, named_people
from ..time.header import is_calendar_word
from .dom import class_words, collapse, text_of
from .printed import nearest_first
from .render import TextBlock
from .vocab import AUTHOR_CLASS_WORDS, AUTHOR_PATHS

LINE_MAX_CHARS = 160  # a byline; a longer block is prose that may name anyone
PAGE_BYLINE_MAX_CHARS = 60  # "Written by Jane Doe and John Roe"
FULL_NAME_WORDS = 2  # a given name and a family name
NAME_MAX_CHARS = 80  # the line under a byline label: one or a few names
OWNER_DEPTH = 3  # how far above a block an author class may sit (name > link > author box)
_NOT_NAME_SIGN = lazy(r"[:™®©]")
_GLUED_BY = lazy(r"^By(?=[A-Z][a-z])")  # "ByTrevor Jones": a line break lost between label and name
_DATE_THEN_BY = lazy(r"(?=[^\n]{0,50}\d)[^\n]{4,50}?\s(?:by|By|BY)\s+(?P<names>[^\n]{2,80})")
_AUTHOR_PATH = lazy(r"/(?:" + "|".join(AUTHOR_PATHS) + r")/[^/?#]+/?(?:[?#]|$)", re.IGNORECASE)


def _people(names: list[str]) -> list[str]:
    """Names without a month or weekday glued after them ("Ann Lee Monday"); a "name" that is
    only such words ("June" of "By June 5") or a label ("Author", "By") is none.

    >>> _people(["Ann Lee Monday", "June", "Tom Park", "Written By"])
    ['Ann Lee', 'Tom Park']
    """
    out = []
    for name in names:
        words = name.split()
        while words and is_calendar_word(words[-1]):
            words.pop()
        if words and not is_byline_label(" ".join(words)):
            out.append(" ".join(words))
    return out


def _after_date(text: str) -> list[str] | None:
    """The names after "by" in a line that starts with a date ("September 1st, 2023 By Emily Norwood").

    >>> _after_date("September 1st, 2023 By Emily Norwood"), _after_date("Crowds grew by Tuesday")
    (['Emily Norwood'], None)
    """
    match = _DATE_THEN_BY.fullmatch(text)
    return named_people(match.group("names")) if match else None


@dataclass(frozen=True, slots=True)
class PrintedByline:
    """The names a byline prints, and how they were told from the rest of the page."""

    names: list[str]
    how: str


def printed_byline(blocks: list[TextBlock], head: int | None) -> PrintedByline | None:
    """The nearest byline around the headline (``blocks[head]``).

    >>> from lxml.etree import Element
    >>> lines = [TextBlock("heading", "Rates rise", Element("h1"), 0),
    ...          TextBlock("paragraph", "Markets fell on the news, traders said.", Element("p"), 0),
    ...          TextBlock("paragraph", "By Jane Doe and John Roe · May 3, 2024", Element("p"), 0)]
    >>> printed_byline(lines, 0)
    PrintedByline(names=['Jane Doe', 'John Roe'], how='byline line')
    """
    if head is None:
        return None
    for index in nearest_first(len(blocks), head):
        block = blocks[index]
        if index == head or len(block.text) > LINE_MAX_CHARS:
            continue
        found = byline_in(block) or name_under_label(blocks, index)
        if found is not None:
            return found
    return None


def page_byline(blocks: list[TextBlock]) -> PrintedByline | None:
    """A byline elsewhere on an article's page, for one that names no author by its headline: the
    first "By …"/"Written by …" line, or a name under a byline label (an author box below the story).
    Full names only, as a name is written: a one-word "name" here is a filter ("By Gender") or a
    user name, one with a colon or a trademark sign a label or a product.

    >>> from lxml.etree import Element
    >>> lines = [TextBlock("paragraph", "The harbour opened in May.", Element("p"), 0),
    ...          TextBlock("heading", "Written by Ann Poe", Element("h3"), 0)]
    >>> page_byline(lines)
    PrintedByline(names=['Ann Poe'], how='byline line')
    """
    for index, block in enumerate(blocks):
        if len(block.text) > PAGE_BYLINE_MAX_CHARS:
            continue  # away from the headline, a longer "By …" line is a sentence ("By clicking Join you agree …")
        found = name_under_label(blocks, index)
        if found is None and (names := _people(byline_authors(block.text) or [])):
            found = PrintedByline(names, "byline line")
        if found is not None and all(_full_name(name) for name in found.names):
            return found
    return None


def _full_name(name: str) -> bool:
    """A name of two words or more that reads as a name (no colon, no trademark sign, capitalised).

    >>> _full_name("Ann Poe"), _full_name("Gender"), _full_name("Toolkit: Recommendations"), _full_name("Lark Manor™")
    (True, False, False, False)
    """
    return len(name.split()) >= FULL_NAME_WORDS and not _NOT_NAME_SIGN.search(name) and looks_like_name(name)


def name_under_label(blocks: list[TextBlock], index: int) -> PrintedByline | None:
    """The name in the block after one that is only a byline label ("Written by", then "Jane Doe").

    >>> from lxml.etree import Element
    >>> lines = [TextBlock("paragraph", "Written by", Element("p"), 0),
    ...          TextBlock("paragraph", "Jane Doe", Element("p"), 0)]
    >>> name_under_label(lines, 0)
    PrintedByline(names=['Jane Doe'], how='name under a byline label')
    >>> name_under_label(lines, 1) is None
    True
    """
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None or not is_byline_label(blocks[index].text) or len(following.text) > NAME_MAX_CHARS:
        return None
    names = _people(named_people(collapse(following.text)) or [])
    return PrintedByline(names, "name under a byline label") if names else None


def byline_in(block: TextBlock) -> PrintedByline | None:
    """The byline one block prints, if it is one.

    >>> from lxml.etree import fromstring
    >>> el = fromstring('<div class="post-meta"><a href="/author/jane-doe/">Jane Doe</a> · 3 min read</div>')
    >>> byline_in(TextBlock("paragraph", "Jane Doe · 3 min read", el, 8))
    PrintedByline(names=['Jane Doe'], how='link to an author page')
    """
    text = _GLUED_BY.sub("By ", block.text)
    names = _people(byline_authors(text) or cjk_byline_authors(text) or _after_date(text) or [])
    if names:
        return PrintedByline(names, "byline line")
    linked = _people([name for a in block.owner.iter("a") if _AUTHOR_PATH.search(a.get("href") or "")
                      for name in named_people(text_of(a)) or ()])
    if linked:
        return PrintedByline(list(dict.fromkeys(linked)), "link to an author page")
    if _author_element(block.owner) and (names := _people(named_people(collapse(text)) or [])):
        return PrintedByline(names, "author element")
    return None


def _author_element(el: etree._Element) -> bool:
    """The block's element or one of its nearest parents has a class that names the author."""
    for _ in range(OWNER_DEPTH):
        if class_words(el) & AUTHOR_CLASS_WORDS:
            return True
        parent = el.getparent()
        if parent is None:
            return False
        el = parent
    return False
