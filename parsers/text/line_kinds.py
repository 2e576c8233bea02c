"""Kinds of header lines: date lines, caption lines, dated titles, anchors."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lazyre import lazy
from ..people.bylines import (
    agency_byline,
    byline_authors,
    cjk_byline_authors,
    is_byline_label,
    looks_like_name,
    named_people,
    role_byline_authors,
)
from ..people.credits import credit_only, split_caption_credit
from ..time.formats import normalize
from ..time.header import is_calendar_word
from ..vocab.captions import PHOTO_CREDIT_MARK
from ..vocab.header_labels import DATE_HINT
from ..vocab.people import AUTHOR_PAGE_LINK, NAME_THEN_DATE, REVIEWER_LINE
from .views import LineView

_DATE_HINT = lazy(DATE_HINT, re.IGNORECASE)
_DIGITS = lazy(r"\d")
_PHOTO_CREDIT = lazy(PHOTO_CREDIT_MARK, re.IGNORECASE)
_NAME_AND_DATE = lazy(NAME_THEN_DATE)
_AUTHOR_PAGE_LINK = lazy(AUTHOR_PAGE_LINK, re.IGNORECASE)
_REVIEWER = lazy(REVIEWER_LINE)
_PLAIN_NAME = lazy(r"[^\W\d_][\w.'’ -]*")  # no bracket, bar, colon or comma: a name as it stands before a date
_PART_MARK = lazy(r"(?<!\s)\s*[·•|⋅]\s*")  # what sets apart the parts of a date line ("Dec 26, 2025 • Ann Lee")
NAME_DATE_REST = 40  # characters of the date (and reading time) after a name
_GLUED_BY = lazy(r"^(By|BY)(?=[A-Z][a-z])")
_NAME_THEN_ROLE = lazy(r"(?i:(?:written |posted )?by):?\s+(?P<name>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}),\s+\S.{1,100}")
_GLUE_SIGN = lazy(r"[^\W\d_][A-Z]|\d[^\W\d_]|[^\W\d_]\d")  # "LeeNovember", "MILLERPUBLISHED", "2024December"


def is_date_line(view: LineView) -> bool:
    """A short line that is mostly a date or a time.

    >>> from ..lines import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> is_date_line(v("Nov. 19, 2019 8:03 am ET")), is_date_line(v("PUBLISHED: November 19, 2019 at 8:59 pm"))
    (True, True)
    >>> is_date_line(v("Zach Parise heating up, scores twice as Wild beat Sabres 4-1"))
    False
    """
    return view.words <= 20 and len(view.text) < 160 and _has_date_hint(view.text)


@lru_cache(maxsize=8192)  # the header reader asks again and again about the same few lines
def _has_date_hint(text: str) -> bool:
    return _DATE_HINT.search(text) is not None


@lru_cache(maxsize=8192)
def has_photo_credit(text: str) -> bool:
    return _PHOTO_CREDIT.search(text) is not None


def is_caption_line(view: LineView) -> bool:
    """A picture credit, alone or at the end of its caption."""
    return _caption_text(view.text, view.isolated)


@lru_cache(maxsize=4096)
def _caption_text(text: str, isolated: bool) -> bool:
    return credit_only(text) is not None or (not isolated and split_caption_credit(text) is not None)


def is_dated_title(view: LineView) -> bool:
    """A date line that is a title carrying its own date ("Opening Bell 11.18.19"): besides the
    date it holds at least two capitalised words, none a calendar word or a label.

    >>> from ..lines import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> is_dated_title(v("Opening Bell 11.18.19")), is_dated_title(v("Daily Dawg Chow (11/19/19)"))
    (True, True)
    >>> is_dated_title(v("Nov. 19, 2019 8:03 am EST")), is_dated_title(v("Last modified on November 19, 2019"))
    (False, False)
    >>> is_dated_title(v("Published: Nov 18, 2019 Opening Bell"))
    False
    """
    if not is_date_line(view):
        return False
    rest = _DATE_HINT.sub(" ", view.text)
    if ":" in rest:
        return False  # a label ("Publish date:")
    words = [w.strip("()[],.|-–—•·") for w in rest.split()]
    words = [w for w in words if w and not _DIGITS.search(w) and not is_calendar_word(w)]
    return len(words) >= 2 and all(len(w) >= 3 and w[0].isupper() and not w.isupper() for w in words)


def is_anchor(view: LineView) -> bool:
    """A byline or a date line: the headline stands just above one (cached: asked often per line)."""
    return _anchor_view(view)


@lru_cache(maxsize=4096)
def _anchor_view(view: LineView) -> bool:
    text = view.text
    return is_date_line(view) or is_byline_label(text) or line_authors(view) is not None or is_reviewer_line(text)


def is_reviewer_line(text: str) -> bool:
    """A line naming who reviewed or checked the story: it stands in the header with the byline,
    but names no author.

    >>> is_reviewer_line("Medically reviewed by Kim Rose, RDN, CDCES"), is_reviewer_line("Reviewed By: Tom Park, PhD")
    (True, True)
    >>> is_reviewer_line("Reviewed by the board in March, the plan was dropped.")
    False
    """
    if len(text) > 120 or "by" not in text.casefold():
        return False
    match = _REVIEWER.fullmatch(text.strip())
    return match is not None and named_people(match.group("names")) is not None


def line_authors(view: LineView) -> list[str] | None:
    """Authors named by a byline ("By …", or "Name - date" under the headline).

    >>> from ..lines import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> line_authors(v("Chris Davies - Nov 19, 2019, 10:31 pm CST"))
    ['Chris Davies']
    >>> line_authors(v("By Meg JamesStaff Writer"))
    ['Meg James']
    >>> line_authors(v("November 18, 2019")) is None
    True
    >>> line_authors(v("BY ANN LEEPUBLISHED: JAN 29, 2025")), line_authors(v("ByNina Patel"))
    (['Ann Lee'], ['Nina Patel'])
    """
    text = unglued(view.text)
    found = byline_authors(text) or role_byline_authors(text) or cjk_byline_authors(text) or _name_then_role(text)
    if found is not None:
        return found
    agency = agency_byline(view.text)
    if agency is not None:
        return [agency]
    linked = author_page_byline(view.text)
    if linked is not None:
        return linked
    match = _NAME_AND_DATE.fullmatch(view.text)
    if match and is_date_line(view) and not _DATE_HINT.search(match.group("names")):
        return named_people(match.group("names"))
    return name_before_date(view) or name_after_date(view)


def name_after_date(view: LineView) -> list[str] | None:
    """The author of a date line that prints the date first, then the name among parts set apart by
    dots, bullets or bars ("Dec 26, 2025 • Ann Lee in Project Management", "December 15, 2025 · 30 min
    · Ann Lee", "0 · by Ann Lee · Updated on 8 January 2026"): the first later part that is a name of
    two to four words, "By" or what follows the name taken off.

    >>> from ..lines import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> name_after_date(v("Dec 26, 2025 • Ann Lee in Project Management"))
    ['Ann Lee']
    >>> name_after_date(v("December 15, 2025 · 30 min · 6279 words · Tom Park"))
    ['Tom Park']
    >>> name_after_date(v("Dec 26, 2025 • Product news")) is None
    True
    """
    parts = _PART_MARK.split(view.text)
    if len(parts) < 2 or not is_date_line(view):
        return None
    for part in parts[1:]:
        if _DIGITS.search(part) or _DATE_HINT.search(part):
            continue
        names = byline_authors(part) or named_people(part)
        if names and len(names) == 1 and 2 <= len(names[0].split()) <= 4:
            return names
    return None


def name_before_date(view: LineView) -> list[str] | None:
    """The author of a line that prints the name, then the date with no mark between ("Tom Park
    October 14, 2025", "Ann Lee July 13, 2025 — 7 minutes read"): two to four capitalised words
    before the first month, weekday or number, no date label ("Last Updated"), a short date after.

    >>> from ..lines import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> name_before_date(v("Tom Park October 14, 2025")), name_before_date(v("Last Updated October 14, 2025"))
    (['Tom Park'], None)
    >>> name_before_date(v("Oct 14, 2025")), name_before_date(v("New rules from October 14, 2025 on"))
    (None, None)
    """
    words = view.text.split()
    first = next((k for k, word in enumerate(words) if word[0].isdigit() or is_calendar_word(word)), 0)
    if not 2 <= first <= 4 or len(" ".join(words[first:])) > NAME_DATE_REST:
        return None
    names = " ".join(words[:first])
    if _DATE_HINT.search(names) or not looks_like_name(names) or not _PLAIN_NAME.fullmatch(names):
        return None
    return [names] if is_date_line(view) else None


def _name_then_role(text: str) -> list[str] | None:
    """The name of a "By NAME, ROLE" byline whose role no list of roles knows ("By Ann Lee, CEO of Ledgerly").

    >>> _name_then_role("By Ann Lee, CEO of Ledgerly"), _name_then_role("By the end of May, prices rose")
    (['Ann Lee'], None)
    """
    match = _NAME_THEN_ROLE.fullmatch(text) if len(text) < 160 else None
    return [match["name"]] if match and looks_like_name(match["name"]) else None


def unglued(text: str) -> str:
    """A byline with the pieces a browser copy glues together set apart again: "By" and the name, the
    name and the time's label or date after it (:func:`..time.formats.normalize`).

    >>> unglued("ByNina Patel"), unglued("by Ann LeeNovember 20, 2007"), unglued("Byline")
    ('By Nina Patel', 'by Ann Lee November 20, 2007', 'Byline')
    """
    if _GLUE_SIGN.search(text) is None:
        return text  # most lines: nothing glued (a cheap test before the time engine's normalizing)
    return _GLUED_BY.sub(r"\1 ", normalize(text))


def author_page_byline(text: str) -> list[str] | None:
    """The author named just before the link to their other stories, glued or not
    ("Ann LeeView More Articles"): the link tells the name is a byline.

    >>> author_page_byline("Ann LeeView More Articles"), author_page_byline("Tom Ruiz See all stories ›")
    (['Ann Lee'], ['Tom Ruiz'])
    >>> author_page_byline("View more articles") is None, author_page_byline("Dogs that bark See all posts") is None
    (True, True)
    """
    match = _AUTHOR_PAGE_LINK.fullmatch(text) if len(text) <= 100 else None
    if match is None:
        return None
    name = match.group("names").strip()
    return [name] if looks_like_name(name) else None


def name_beside_date(view: LineView) -> list[str] | None:
    """A person's name printed just before or just after the date on a date line, with no mark
    between ("Carlos Nadalim 27/09/2018 2 comments", "November 20, 2019 Emiliano Bellini").

    >>> from ..lines import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> name_beside_date(v("Carlos Nadalim 27/09/2018 Comente! Alfabetização, Atividades, Brinquedos"))
    ['Carlos Nadalim']
    >>> name_beside_date(v("November 20, 2019 Emiliano Bellini"))
    ['Emiliano Bellini']
    >>> name_beside_date(v("Updated Tuesday 19 November 2019")) is None
    True
    """
    text = view.text
    digits = [m.start() for m in _DIGITS.finditer(text)] if len(text) <= 120 and is_date_line(view) else []
    if not digits:
        return None
    for part in (text[:digits[0]], text[digits[-1] + 1:]):
        name = part.strip(" ,.|-–—•·")
        words = name.split()
        if 2 <= len(words) <= 4 and looks_like_name(name) and not any(is_calendar_word(w) for w in words):
            return [name]
    return None
