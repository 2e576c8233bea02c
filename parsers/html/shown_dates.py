"""Dates the page prints in its date elements (``<time>``, a class naming a date, a byline or a post time)."""
from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from ..time.stamp import Stamp, TimeContext
from ..time.stamps import parse_stamp
from .dom import text_of
from .printed import Printed, label_before, with_year
from .vocab import DATE_CLASS_HINTS

_DATE_TEST = " or ".join(["self::time", *(f"contains(@class, '{hint}')" for hint in DATE_CLASS_HINTS)])
# The byline's date follows the headline; dates in menus and teaser lists above it do not count.
_DATES_AFTER_HEADLINE = etree.XPath(f"(//body//h1)[1]/following::*[{_DATE_TEST}]")
_DATES_ANYWHERE = etree.XPath(f"//body//*[{_DATE_TEST}]")
VISIBLE_DATE_MAX_CHARS = 80  # a date line; a longer element is prose or a whole teaser
VISIBLE_DATE_LIMIT = 3


def _date_texts(root: etree._Element) -> Iterator[str]:
    """The short texts of the date elements after the headline (anywhere when none follows it)."""
    for el in _DATES_AFTER_HEADLINE(root) or _DATES_ANYWHERE(root):
        text = text_of(el)
        if text and len(text) <= VISIBLE_DATE_MAX_CHARS:
            yield text


def visible_dates(root: etree._Element, ctx: TimeContext) -> list[Stamp]:
    """The first times printed where bylines and date lines sit, after the headline."""
    out: list[Stamp] = []
    for text in _date_texts(root):
        if stamp := parse_stamp(text, ctx):
            out.append(stamp)
            if len(out) >= VISIBLE_DATE_LIMIT:
                break
    return out


def page_date(root: etree._Element, ctx: TimeContext) -> Printed | None:
    """The first full date (with its year) a date element prints, and its label, for a page that
    nothing else dates: a date set apart from the headline ("Posted on April 13, 2023" in a side
    column, "Published" over the date at the foot of the story). A member's join date is none.

    >>> from .dom import parse_tree
    >>> page = parse_tree('<body><h1>Rates rise</h1><p>Text.</p><span class="post-date">Posted on April 13, 2023'
    ...                   '</span><span class="date">Joined: May 2, 2011</span></body>')
    >>> found = page_date(page, TimeContext())
    >>> found.stamp.iso(), found.label
    ('2023-04-13', 'published')
    """
    for text in _date_texts(root):
        stamp = parse_stamp(text, ctx)
        if stamp is None or not with_year(stamp):
            continue
        label = label_before(text[: text.find(stamp.text)] if stamp.text in text else "")
        if label != "other":
            return Printed(stamp, label, place="in a date element")
    return None
