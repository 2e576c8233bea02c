"""The section label of a page's header: the short label above the headline, read past buttons,
columnists' boxes, genre labels, trending strips, sub-menus and topic lists, in the menu's
spelling; or the category a blog names under its headline.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..lazyre import lazy
from ..people.bylines import looks_like_name
from ..vocab.header_labels import (
    AUTHOR_BIO_VERBS,
    BUTTON_LABELS,
    CATEGORY_LEADS,
    GENRE_LABELS,
    RELEASE_NOTICES,
    SITE_WIDE_LIST_WORDS,
)
from ..vocab.navigation import BREADCRUMB_START
from .line_kinds import is_anchor, is_date_line
from .views import LineView

_DIGITS = lazy(r"\d")
SUBMENU_ITEMS = 3  # labels of a section's sub-menu that may stand between it and the headline
_BREADCRUMB = lazy(BREADCRUMB_START, re.IGNORECASE)
_LINK = lazy(r"://|\bwww\.")


def is_label(view: LineView) -> bool:
    """A short label that may name the section: at most four words with a letter among them, no
    sentence, date, byline, link or release notice ("FOR IMMEDIATE RELEASE")."""
    if view.rule is not None or view.words > 4 or is_anchor(view) or view.text[-1] in ".!?:":
        return False
    if _LINK.search(view.text) or view.text.casefold() in RELEASE_NOTICES:
        return False
    return any(ch.isalpha() for ch in view.text)


class Kicker(NamedTuple):
    """What stands above a headline: the section label's line, and a columnist's name line (the author)."""

    section: int | None = None
    columnist: int | None = None


def read_kicker(views: list[LineView], title: int) -> Kicker:
    """The section label above the headline (or above the date line over it), past the buttons
    beside the headline ("Follow") and a columnist's box, whose name is the author
    (:func:`columnist_box`); a genre label gives way to the section label above it
    (:func:`label_above_genre`)."""
    k = title - 2 if title > 1 and is_date_line(views[title - 1]) else title - 1
    while k >= 0 and (views[k].text.casefold() in BUTTON_LABELS
                      or views[k].rule is not None and views[k].text.casefold() in GENRE_LABELS):
        k -= 1
    name = columnist_box(views, k)
    if name is not None:
        k = name - 1
    trail = trail_label_over_copy(views, title, k)
    if trail is not None:
        return Kicker(trail, name)
    if k >= 0 and is_label(views[k]) and (not in_topic_list(views, k) or kicker_under_strip(views, k)):
        return Kicker(submenu_head(views, menu_label_above(views, label_above_genre(views, k))), name)
    return Kicker(None, name)


def columnist_box(views: list[LineView], i: int) -> int | None:
    """The index of the columnist's name when line ``i`` is the biography under it, the box a
    column prints above its headline: a name line, then a sentence that opens with that name and a
    verb ("Rebecca Lyall / Rebecca Lyall is a former deputy governor of …"); else None.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Opinion\\nAnn Lee\\nAnn Lee is a former mayor of the city and writes "
    ...     "a monthly column.\\nFollow\\nThe bridge must close\\n"))
    >>> columnist_box(views, 2), columnist_box(views, 1)
    (1, None)
    """
    if i < 1 or not views[i].prose:
        return None
    name = views[i - 1].text
    if not 2 <= views[i - 1].words <= 4 or not looks_like_name(name):
        return None
    rest = views[i].text[len(name):len(name) + 10] if views[i].text.startswith(name) else ""
    return i - 1 if rest.startswith(AUTHOR_BIO_VERBS) else None


def label_above_genre(views: list[LineView], i: int) -> int:
    """The section label when line ``i`` is a genre label ("Match report", "Interviews", "Analysis":
    the kind of story, not where it sits) right under another label, no blank line between: that
    one; else ``i``.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Championship\\nMatch report\\nHosts win 3-1\\n"))
    >>> label_above_genre(views, 1), label_above_genre(views, 0)
    (0, 0)
    >>> views = view_lines(split_lines("Analysis\\nHosts win 3-1\\n"))
    >>> label_above_genre(views, 0)
    0
    """
    if i < 1 or views[i].text.casefold() not in GENRE_LABELS:
        return i
    upper = views[i - 1]
    if upper.line.no != views[i].line.no - 1 or not is_label(upper) or upper.text.casefold() in GENRE_LABELS:
        return i
    return i if in_topic_list(views, i - 1) else i - 1


def kicker_under_strip(views: list[LineView], i: int) -> bool:
    """Line ``i``, right above the headline, is its kicker although a strip of site-wide links
    ("Trending: Holiday Guide / High School Football") runs on into it: such a strip lists other
    stories, not this one's topics, and it ends where the headline's block begins, with a label
    the menu prints too (a strip may also run into the headline with no kicker at all).

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> menu = "Home\\nLocal News\\nSports\\n"
    >>> views = view_lines(split_lines(menu + "Trending:\\nHoliday Guide\\nWater rates\\nLocal News\\nCounty "
    ...                                       "approves the plan\\n"))
    >>> kicker_under_strip(views, 6), kicker_under_strip(views, 5)
    (True, False)
    >>> views = view_lines(split_lines(menu + "Related topics\\nBridges\\nTransport\\nLocal News\\nCounty "
    ...                                       "approves the plan\\n"))
    >>> kicker_under_strip(views, 6)
    False
    """
    k = topic_list_heading(views, i) if views[i].repeated else None
    return k is not None and any(word in views[k].text.casefold() for word in SITE_WIDE_LIST_WORDS)


def menu_label_above(views: list[LineView], i: int) -> int:
    """Of two short labels above the headline, the section is the one the menu or the breadcrumb
    trail names too (the other is the story's topic label, printed only there): ``i - 1`` when
    it repeats a line of the page and starts its block (after a blank line, or under a trail
    that names it) while ``i`` repeats nothing; else ``i``.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Politik\\nWirtschaft\\n\\nStart › Politik\\nPolitik\\nGrundsteuer-Reform\\n"
    ...     "Länder streiten über die Reform\\n"))
    >>> views[menu_label_above(views, 4)].text
    'Politik'
    >>> views = view_lines(split_lines("Politik\\nWirtschaft\\nGrundsteuer-Reform\\n"
    ...                                "Länder streiten über die Reform\\n"))
    >>> views[menu_label_above(views, 2)].text  # the menu's last entry stands above the label
    'Grundsteuer-Reform'
    """
    label, upper = views[i], views[i - 1] if i > 0 else None
    if upper is None or label.repeated or not upper.repeated or not is_label(upper):
        return i
    top = views[i - 2] if i > 1 else None
    starts_block = top is None or top.line.no < upper.line.no - 1 or upper.text in top.text
    return i - 1 if starts_block else i


def trail_label_over_copy(views: list[LineView], title: int, k: int) -> int | None:
    """The section a breadcrumb trail printed one item a line names, when the trail ends with a copy
    of the headline just above the topic label ``k`` over the headline ("Startseite / Region / Köln
    / HEADLINE / Verkehr / HEADLINE"): the trail's last label, like the menu's label beats the topic
    label (:func:`menu_label_above`). None when no such trail stands there.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Home\\nRegion\\nCologne\\nCity bans cars from the old town\\nTraffic\\n"
    ...     "City bans cars from the old town\\n"))
    >>> views[trail_label_over_copy(views, 5, 4)].text
    'Cologne'
    >>> trail_label_over_copy(views, 3, 2) is None
    True
    """
    copy = k - 1
    if copy < 1 or views[copy].text != views[title].text or not is_label(views[k]):
        return None
    for j in range(copy - 1, max(-1, copy - 1 - SUBMENU_ITEMS - 1), -1):
        if views[j].line.no != views[j + 1].line.no - 1:
            return None
        if _BREADCRUMB.match(views[j].text):
            return copy - 1 if j < copy - 1 else None
        if not is_label(views[j]):
            return None
    return None


def submenu_head(views: list[LineView], i: int) -> int:
    """The section when the label ``i`` above the headline ends a section's sub-menu printed right
    above it: the first line above ``i`` that the main menu above prints too, capitalised, past at
    most :data:`SUBMENU_ITEMS` labels printed nowhere else ("Nasional / Politik / Hukum / Peristiwa /
    headline", "Nasional" in the main menu as well); else ``i``.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Home\\nNational\\nWorld\\nNational\\nPolitics\\nCrime\\nFloods hit "
    ...                                "three provinces\\n"))
    >>> views[submenu_head(views, 5)].text
    'National'
    >>> views = view_lines(split_lines("Home\\nNational\\nWorld\\n\\nNational\\nPolitics\\nCrime\\nFloods hit "
    ...                                "three provinces\\n"))
    >>> views[submenu_head(views, 5)].text
    'National'
    """
    k = i
    while k > 0 and i - k < SUBMENU_ITEMS and not views[k].repeated:
        if not is_label(views[k]) or views[k - 1].line.no != views[k].line.no - 1:
            return i
        k -= 1
    head = views[k]
    if k == i or not head.repeated or not is_label(head) or head.text[0].islower():
        return i
    folded = head.text.casefold()
    return k if any(v.text.casefold() == folded for v in views[:k]) else i


def category_named(text: str) -> str | None:
    """The category a blog prints under its headline ("Posted in Databases", "Publicado en
    Deportes, Fútbol"): the first one named, or None when the line names none.

    >>> category_named("Posted in Databases"), category_named("Publicado en Deportes, Fútbol")
    ('Databases', 'Deportes')
    >>> category_named("Posted in 2019 by Sam"), category_named("Posted in the middle of the night") is None
    (None, True)
    """
    if len(text) > 80 or not text.lower().startswith(CATEGORY_LEADS):
        return None
    name = text.split(" ", 2)[2].split(",")[0].strip(" .:")
    words = name.split()
    return name if 0 < len(words) <= 4 and looks_like_name(name) and not _DIGITS.search(name) else None


def section_text(views: list[LineView], i: int) -> str:
    """The section's name on line ``i``: the category a "Posted in …" line names
    (:func:`category_named`), else the label as the menu spells it (:func:`menu_spelling`)."""
    return category_named(views[i].text) or menu_spelling(views, i)


def menu_spelling(views: list[LineView], i: int) -> str:
    """The section label of line ``i`` as the menu spells it: a label printed in capitals
    ("LOCAL NEWS", a style of the page) takes the spelling of the menu entry it repeats.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("News\\nLocal News\\nSports\\n\\nLOCAL NEWS\\nFamily escapes house fire\\n"))
    >>> menu_spelling(views, 3), menu_spelling(views, 2)
    ('Local News', 'Sports')
    """
    text = views[i].text
    if not (views[i].repeated and text.isupper()):
        return text
    folded = text.casefold()
    return next((v.text for v in views if not v.text.isupper() and v.text.casefold() == folded), text)


def in_topic_list(views: list[LineView], i: int, reach: int = 8) -> bool:
    """Line ``i`` is an item of a list of tags or related links under its heading ("Tags:", or
    "Related topics" with two items or more above this one, one short line each): a tag, not the
    section label and not a byline. One short line under a "Related" heading may be a link back
    ("Previous articles") with the section under it; a blank line ends the list.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Related topics\\nCalifornia\\nWildfires\\nAP Top News\\nFires\\n"
    ...     "Crews gain ground on wildfire north of Los Angeles\\n"))
    >>> in_topic_list(views, 3), in_topic_list(views, 4), in_topic_list(views, 5), in_topic_list(views, 1)
    (True, True, False, False)
    >>> views = view_lines(split_lines("Trending\\nDelhi\\nMumbai\\nChennai\\n\\n"
    ...                                "India\\nParliament clears the bill\\n"))
    >>> in_topic_list(views, 3), in_topic_list(views, 4)
    (True, False)
    """
    k = topic_list_heading(views, i, reach)
    if k is None:
        return False
    heading = views[k]
    return heading.words <= 3 and (heading.rule.kind == "tags" or heading.rule.kind == "related" and i - k > 2)


def topic_list_heading(views: list[LineView], i: int, reach: int = 8) -> int | None:
    """The index of the widget line (a heading) over the run of short lines, one to four words
    each, that line ``i`` ends; None when a blank line or a longer line comes first.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Related topics\\nCalifornia\\nWildfires\\n\\nFires\\n"))
    >>> topic_list_heading(views, 2), topic_list_heading(views, 3)
    (0, None)
    """
    if views[i].words > 4:
        return None
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        view = views[k]
        if view.line.no < views[k + 1].line.no - 1:
            return None  # a blank line ends the list
        if view.rule is not None:
            return k
        if view.words > 4:
            return None
    return None
