"""Bylines: a name standing over a date line, or beside it behind a bar; the first byline that says it is one."""
from __future__ import annotations

from ..lazyre import lazy
from ..people.bylines import byline_authors, looks_like_name
from ..time.header import is_calendar_word
from ..vocab.people import JOB_WORDS
from .line_kinds import is_anchor, is_date_line, unglued
from .views import LineView

_DIGITS = lazy(r"\d")
BYLINE_MAX = 160  # characters: a longer line is prose, whatever its first word
ROLE_WORDS = 8  # words of a job title printed under the author's name
DATE_REACH = 2  # lines under the job title where the date may stand (a label may come first)


def bare_name_over_date(views: list[LineView], i: int) -> list[str] | None:
    """The byline of a header that prints the author's name bare, right above the date and under a
    longer line (the headline or the dek): a line that is only a name, two to four capitalised
    words or two to four Han/Hangul characters ("山田太郎"), printed nowhere else on the page.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("社会\\n都内の保育所、来年度から保育料を一部無償化へ\\n山田太郎\\n"
    ...                                "2019年11月19日 18時30分\\n"))
    >>> bare_name_over_date(views, 2), bare_name_over_date(views, 0)
    (['山田太郎'], None)
    >>> views = view_lines(split_lines("News\\nBoris Johnson Resigns\\nNov 19, 2019\\n"))
    >>> bare_name_over_date(views, 1) is None  # a short headline under a shorter label
    True
    """
    view = views[i]
    text = view.text
    if not 0 < i < len(views) - 1 or view.repeated or len(text) > 40:
        return None
    if views[i - 1].words <= view.words or _DIGITS.search(text):
        return None  # not under a longer line (a headline), or holding a number
    if not is_date_line(views[i + 1]) or is_date_line(views[i - 1]):
        return None
    words = text.split()
    if len(words) == 1:
        name_ok = 2 <= len(text) <= 4 and not text[0].isupper() and looks_like_name(text)
    else:
        name_ok = len(words) <= 4 and looks_like_name(text) and not any(is_calendar_word(w) for w in words)
    return [text] if name_ok else None


def anchors_header(views: list[LineView], i: int) -> bool:
    """Line ``i`` is a byline or a date line, a bare name over the date included (:func:`bare_name_over_date`,
    :func:`bar_byline_over_date`)."""
    if is_anchor(views[i]):
        return True
    named = bare_name_over_date(views, i) or bar_byline_over_date(views, i) or name_over_role(views, i)
    return named is not None


def name_over_role(views: list[LineView], i: int) -> list[str] | None:
    """The byline of a header that prints the author's name bare, the job title right under it,
    then the date (a label may stand between): "Headline / Jack Lane / Co-Founder & Marketing
    Director / Updated on 23 Oct 2025". The name is two to four capitalised words; the title a
    short line with a job's word (:data:`JOB_WORDS`), no sentence, no number.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Ten live streaming platforms compared\\nKendra Brett\\n"
    ...     "Social Media & Community Expert\\nLast Updated:\\nDecember 3, 2025\\n"))
    >>> name_over_role(views, 1), name_over_role(views, 0), is_role_under_name(views, 2)
    (['Kendra Brett'], None, True)
    """
    if i + 2 >= len(views) or not is_role_under_name(views, i + 1):
        return None
    dated = any(is_date_line(view) for view in views[i + 2:i + 2 + DATE_REACH])
    return [views[i].text] if dated else None


def is_role_under_name(views: list[LineView], i: int) -> bool:
    """Line ``i`` is a job title printed right under a bare name (:func:`name_over_role`), with or without the date."""
    if i < 1:
        return False
    view, name = views[i], views[i - 1]
    if name.line.no != view.line.no - 1 or view.words > ROLE_WORDS or _DIGITS.search(view.text):
        return False
    if not 2 <= name.words <= 4 or len(name.text) > 40 or _DIGITS.search(name.text) or not looks_like_name(name.text):
        return False
    if view.text[-1] in ".!?:" or any(is_calendar_word(w) for w in name.text.split()):
        return False
    return not JOB_WORDS.isdisjoint(word.strip(",&()").casefold() for word in view.text.split())


def bar_byline_over_date(views: list[LineView], i: int) -> list[str] | None:
    """The byline of a header that prints the author's name and the outlet, set apart by a bar,
    between a longer line (the headline) and the date ("Redaksi Harian Kota | Harian Kota"): the
    name before the first bar, when it looks like a name and the line holds two or three short parts.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Bridge to close for two years of repairs\\nAnn Lee | The Valley Post\\n"
    ...     "Nov 19, 2019\\nNews | Sport | Weather\\nNov 19, 2019\\n"))
    >>> bar_byline_over_date(views, 1), bar_byline_over_date(views, 3)
    (['Ann Lee'], None)
    """
    text = views[i].text
    if " | " not in text or not 0 < i < len(views) - 1:
        return None
    if len(text) > 80 or _DIGITS.search(text):
        return None
    if views[i - 1].words <= views[i].words or not is_date_line(views[i + 1]):
        return None  # not between a longer line (a headline) and a date line
    parts = [part.strip() for part in text.split(" | ")]
    name = parts[0]
    if len(parts) > 3 or not 2 <= len(name.split()) <= 5:
        return None
    if not looks_like_name(name) or any(is_calendar_word(w) for w in name.split()):
        return None
    return [name]


def told_byline(views: list[LineView]) -> tuple[int, list[str]] | None:
    """The first byline on the page that says it is one ("By Ann Lee", "Written by Ann Lee", "Author:
    Ann Lee"), with its index: a blog prints it in the box about the author under the post, or far
    from a headline that could not be found. No line a rule catches ("By clicking Join you agree …",
    a menu's "By Industry").

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> told_byline(view_lines(split_lines("By Industry\\nThe post\\nWritten by Ann Lee\\nBy Tom Park\\n")))
    (2, ['Ann Lee'])
    """
    for i, view in enumerate(views):
        if view.rule is not None or len(view.text) >= BYLINE_MAX:
            continue  # "By clicking Continue you agree to …", "By Industry"
        names = byline_authors(unglued(view.text))
        if names:
            return i, names
    return None
