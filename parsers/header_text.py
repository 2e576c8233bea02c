"""The header of a whole-page dump: headline, dek, section, bylines and date lines.

The headline is a short-ish line shortly before the article zone, best one followed
by a byline or a date; the dek is the sentence between it and those; the section is
the short label just above it. Everything between the headline and the first
paragraph that is a byline, a date, a caption or a widget belongs to the header.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import bylines, captions, rules
from . import patterns as pat
from .lazyre import lazy
from .textdump import list_item_text
from .timestamps import is_calendar_word
from .zones_text import LineView, Zone, is_running_text, reads_as_sentence

WINDOW = 40  # lines before the article zone where the headline may stand
BYLINE_REACH = 6  # lines into the article where a byline may stand under the lead picture
CAPTION_SENTENCES = 2  # lines of running text a lead picture's caption may take
_DATE_HINT = lazy(pat.DATE_HINT, re.IGNORECASE)
_BREADCRUMB = lazy(pat.BREADCRUMB_START, re.IGNORECASE)
_DIGITS = lazy(r"\d")
_PHOTO_CREDIT = lazy(pat.PHOTO_CREDIT_MARK, re.IGNORECASE)
_NAME_AND_DATE = lazy(pat.NAME_THEN_DATE)
_LINK = lazy(r"://|\bwww\.")
_TRAIL_SEPARATOR = lazy(r"\s[»›>]\s")
_CLOSING_CREDIT = lazy(r"([.!?])\s*\([^()]{2,60}\)$")
_AUTHOR_PAGE_LINK = lazy(pat.AUTHOR_PAGE_LINK, re.IGNORECASE)
_TIME_ZONE_NOTE = lazy(pat.TIME_ZONE_NOTE, re.IGNORECASE)
DATE_LIST = 4  # date lines in a row that make a list of dates, not a header's date lines
KEY_POINTS = 2  # short lines under a "Summary" heading that make a list under the headline
ENTRY_REACH = 40  # lines after a live page's time-only entry stamp where the next one may stand
ENTRY_HEADING = 3  # lines of an entry's heading between its time stamp and its text
SUBMENU_ITEMS = 3  # labels of a section's sub-menu that may stand between it and the headline
TEASER_RUN = 3  # dated teasers in a row that make a list of other stories, not a header


@dataclass(slots=True)
class Header:
    """Indexes (into the views) of what the header holds, and where the body starts."""

    title: int | None = None
    subtitle: int | None = None
    section: int | None = None
    authors: list[str] = field(default_factory=list)
    author_line: int | None = None
    date_lines: list[int] = field(default_factory=list)
    captions: list[int] = field(default_factory=list)
    bio: int | None = None  # a columnist's biography above the headline (:func:`columnist_box`)
    window_start: int = 0
    window_end: int | None = None  # where the header's lines end when a list of teasers, not the body, follows them
    body_start: int = 0


def is_date_line(view: LineView) -> bool:
    """A short line that is mostly a date or a time.

    >>> from .textdump import Line
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
def _has_photo_credit(text: str) -> bool:
    return _PHOTO_CREDIT.search(text) is not None


def line_authors(view: LineView) -> list[str] | None:
    """Authors named by a byline ("By …", or "Name - date" under the headline).

    >>> from .textdump import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> line_authors(v("Chris Davies - Nov 19, 2019, 10:31 pm CST"))
    ['Chris Davies']
    >>> line_authors(v("By Meg JamesStaff Writer"))
    ['Meg James']
    >>> line_authors(v("November 18, 2019")) is None
    True
    """
    found = bylines.byline_authors(view.text) or bylines.role_byline_authors(view.text) \
        or bylines.cjk_byline_authors(view.text)
    if found is not None:
        return found
    agency = bylines.agency_byline(view.text)
    if agency is not None:
        return [agency]
    linked = author_page_byline(view.text)
    if linked is not None:
        return linked
    match = _NAME_AND_DATE.fullmatch(view.text)
    if match and is_date_line(view) and not _DATE_HINT.search(match.group("names")):
        return bylines.named_people(match.group("names"))
    return None


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
    return [name] if bylines.looks_like_name(name) else None


def _name_beside_date(view: LineView) -> list[str] | None:
    """A person's name printed just before or just after the date on a date line, with no mark
    between ("Carlos Nadalim 27/09/2018 2 comments", "November 20, 2019 Emiliano Bellini").

    >>> from .textdump import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> _name_beside_date(v("Carlos Nadalim 27/09/2018 Comente! Alfabetização, Atividades, Brinquedos"))
    ['Carlos Nadalim']
    >>> _name_beside_date(v("November 20, 2019 Emiliano Bellini"))
    ['Emiliano Bellini']
    >>> _name_beside_date(v("Updated Tuesday 19 November 2019")) is None
    True
    """
    text = view.text
    digits = [m.start() for m in _DIGITS.finditer(text)] if len(text) <= 120 and is_date_line(view) else []
    if not digits:
        return None
    for part in (text[:digits[0]], text[digits[-1] + 1:]):
        name = part.strip(" ,.|-–—•·")
        words = name.split()
        if 2 <= len(words) <= 4 and bylines.looks_like_name(name) and not any(is_calendar_word(w) for w in words):
            return [name]
    return None


def is_caption_line(view: LineView) -> bool:
    """A picture credit, alone or at the end of its caption."""
    return _caption_text(view.text, view.isolated)


@lru_cache(maxsize=4096)
def _caption_text(text: str, isolated: bool) -> bool:
    return captions.credit_only(text) is not None or (not isolated and captions.split_caption_credit(text) is not None)


def is_dated_title(view: LineView) -> bool:
    """A date line that is a title carrying its own date ("Opening Bell 11.18.19"): besides the
    date it holds at least two capitalised words, none a calendar word or a label.

    >>> from .textdump import Line
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


def _is_anchor(view: LineView) -> bool:
    """A byline or a date line: the headline stands just above one (cached: asked often per line)."""
    return _anchor_view(view)


@lru_cache(maxsize=4096)
def _anchor_view(view: LineView) -> bool:
    return is_date_line(view) or bylines.is_byline_label(view.text) or line_authors(view) is not None


def bare_name_over_date(views: list[LineView], i: int) -> list[str] | None:
    """The byline of a header that prints the author's name bare, right above the date and under a
    longer line (the headline or the dek): a line that is only a name, two to four capitalised
    words or two to four Han/Hangul characters ("山田太郎"), printed nowhere else on the page.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("社会\\n都内の保育所、来年度から保育料を一部無償化へ\\n山田太郎\\n2019年11月19日 18時30分\\n"))
    >>> bare_name_over_date(views, 2), bare_name_over_date(views, 0)
    (['山田太郎'], None)
    >>> views = view_lines(split_lines("News\\nBoris Johnson Resigns\\nNov 19, 2019\\n"))
    >>> bare_name_over_date(views, 1) is None  # a short headline under a shorter label
    True
    """
    view = views[i]
    text = view.text
    if not 0 < i < len(views) - 1 or view.repeated or len(text) > 40 or views[i - 1].words <= view.words \
            or _DIGITS.search(text) or not is_date_line(views[i + 1]) or is_date_line(views[i - 1]):
        return None
    words = text.split()
    if len(words) == 1:
        name_ok = 2 <= len(text) <= 4 and not text[0].isupper() and bylines.looks_like_name(text)
    else:
        name_ok = len(words) <= 4 and bylines.looks_like_name(text) and not any(is_calendar_word(w) for w in words)
    return [text] if name_ok else None


def _anchors(views: list[LineView], i: int) -> bool:
    """Line ``i`` is a byline or a date line, a bare name over the date included (:func:`bare_name_over_date`,
    :func:`bar_byline_over_date`)."""
    return _is_anchor(views[i]) or bare_name_over_date(views, i) is not None or bar_byline_over_date(views, i) is not None


def bar_byline_over_date(views: list[LineView], i: int) -> list[str] | None:
    """The byline of a header that prints the author's name and the outlet, set apart by a bar,
    between a longer line (the headline) and the date ("Redaksi Harian Kota | Harian Kota"): the
    name before the first bar, when it looks like a name and the line holds two or three short parts.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Bridge to close for two years of repairs\\nAnn Lee | The Valley Post\\n"
    ...     "Nov 19, 2019\\nNews | Sport | Weather\\nNov 19, 2019\\n"))
    >>> bar_byline_over_date(views, 1), bar_byline_over_date(views, 3)
    (['Ann Lee'], None)
    """
    text = views[i].text
    if " | " not in text or not 0 < i < len(views) - 1 or len(text) > 80 or _DIGITS.search(text) \
            or views[i - 1].words <= views[i].words or not is_date_line(views[i + 1]):
        return None
    parts = [part.strip() for part in text.split(" | ")]
    name = parts[0]
    if len(parts) > 3 or not 2 <= len(name.split()) <= 5 or not bylines.looks_like_name(name) \
            or any(is_calendar_word(w) for w in name.split()):
        return None
    return [name]


def headline_score(views: list[LineView], i: int, zone: Zone) -> float:
    """How much line ``i`` looks like the headline (<= 0: not at all).

    Best: 5-25 words, no full stop, and the next line that counts (a dek may stand
    between) is a byline or a date.
    """
    view = views[i]
    if view.rule is not None or view.words < 3 or view.words > 40 \
            or _is_anchor(view) and not is_dated_title(view) or is_caption_line(view):
        return 0.0
    if _credit_follows(views, i) or is_cut_teaser(view.text) or bare_name_over_date(views, i) \
            or bar_byline_over_date(views, i):
        return 0.0  # a caption (its picture credit follows), a teaser cut to fit its box, or the author's name
    if in_key_points(views, i) or is_time_zone_note(view.text):
        return 0.0  # a point of the summary under the headline, or a live page's note on its times
    if i and bylines.is_byline_label(views[i - 1].text):
        return 0.0  # the author's name, under "Author:"
    if list_item_text(view.text) is not None or view.words <= 6 and _BREADCRUMB.match(view.text) \
            and all(w[0].isupper() or w == "&" for w in view.text.split()):
        return 0.0  # a menu entry, or a breadcrumb trail ("Home News Science & Astronomy")
    score = 2.0 if 5 <= view.words <= 25 else 1.0
    dek, after = _under_headline(views, i)
    if dek is not None:
        if view.text.endswith(views[dek].text):
            return 0.0  # a breadcrumb trail that ends with the headline
        if view.words >= 5:
            score += 1.0
    anchored = after is not None and _anchors(views, after) and not is_date_list(views, after) \
        and not is_entry_stamp(views, after)
    if anchored:
        score += 3.0
    elif view.isolated:  # a paragraph of its own and no byline or date under it: more likely prose
        score -= 1.0 if view.prose else 0.0
        score -= 1.0 if i >= zone.start else 0.0
    if any(_is_anchor(views[k]) and not is_entry_stamp(views, k) for k in range(max(0, i - 3), i)):
        score += 1.0
    if i and is_breadcrumb(views[i - 1].text):
        score += 1.0
    if sentence_end(view.text) in ".;,":
        score -= 1.5
    elif view.text[-1] == ":":
        score -= 2.0
    if view.repeated:
        score += 0.5
    return score - 0.05 * max(0, zone.start - i)


def is_date_list(views: list[LineView], i: int) -> bool:
    """Line ``i`` starts a list of dates (a schedule, a calendar, a timeline): DATE_LIST date lines
    in a row. A header prints one or two; a line above a list like that is a heading, not a headline.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Round 1: March 10 – Riverside\\nRound 2: April 8 – Hilltop\\n"
    ...     "Round 3: May 6 – Lakeside\\nRound 4: June 3 – Riverside\\n"
    ...     "By Jane Doe\\nMarch 3, 2020 9:15\\nUpdated 10:40\\n"))
    >>> is_date_list(views, 0), is_date_list(views, 5)
    (True, False)
    """
    return i + DATE_LIST <= len(views) and all(is_date_line(v) for v in views[i:i + DATE_LIST])


def in_date_list(views: list[LineView], i: int) -> bool:
    """Line ``i`` is one of a list of dates (:func:`is_date_list`): a schedule, not one of the
    header's date lines (those lines stay in the record, as text, not as a time).

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("By Jane Doe\\nMarch 3, 2020 9:15\\nThe race calendar\\nRound 1: March 10 – Riverside\\n"
    ...     "Round 2: April 8 – Hilltop\\nRound 3: May 6 – Lakeside\\nRound 4: June 3 – Riverside\\n"))
    >>> in_date_list(views, 1), in_date_list(views, 3), in_date_list(views, 6)
    (False, True, True)
    """
    return any(is_date_list(views, k) and k + DATE_LIST > i for k in range(max(0, i - DATE_LIST + 1), i + 1))


def _under_headline(views: list[LineView], i: int) -> tuple[int | None, int | None]:
    """The dek under line ``i`` if one stands there, and the next line that counts after the two
    (past a list of key points under the headline, :func:`key_points_end`)."""
    points_end = key_points_end(views, i + 1)
    if points_end is not None:
        return None, _next_significant(views, points_end)
    after = _next_significant(views, i + 1, reach=2, skip_rules=False)
    if after is not None and _is_dek(views, after, views[i].words) and not _label_between(views, i, after):
        return after, _next_significant(views, after + 1)
    return None, _next_significant(views, i + 1)


def key_points_end(views: list[LineView], i: int) -> int | None:
    """Where the list ends whose heading is line ``i``, when a list of key points stands there as the
    standfirst: a "Summary" / "Key points" / "Highlights" heading, then at least :data:`KEY_POINTS`
    lines of 4-40 words right under it (no blank line), none a byline, a date or a widget; else None.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Bridge to close for two years\\nSummary\\nThe council votes on Tuesday night\\n"
    ...     "Shops fear losing trade for two years\\nBy Jane Doe\\n"))
    >>> key_points_end(views, 1), key_points_end(views, 0)
    (4, None)
    >>> key_points_end(view_lines(split_lines("Summary\\nThe council votes on Tuesday night\\n\\nBy Jane Doe\\n")), 0)
    """
    if i >= len(views) or views[i].words > 5 or views[i].text.rstrip(" :").casefold() not in pat.KEY_POINTS_HEADINGS:
        return None
    end = i + 1
    while end < len(views) and views[end].line.no == views[end - 1].line.no + 1 and views[end].rule is None \
            and 4 <= views[end].words <= 40 and not _is_anchor(views[end]):
        end += 1
    return end if end - i - 1 >= KEY_POINTS else None


def in_key_points(views: list[LineView], i: int) -> bool:
    """Line ``i`` is one of the key points listed under a headline (:func:`key_points_end`): a
    summary of the story, not its headline.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Bridge to close for two years\\nSummary\\nThe council votes on Tuesday night\\n"
    ...     "Shops fear losing trade for two years\\nBy Jane Doe\\n"))
    >>> in_key_points(views, 3), in_key_points(views, 0), in_key_points(views, 4)
    (True, False, False)
    """
    for k in range(i - 1, max(-1, i - 2 - 6), -1):
        if views[k].line.no < views[k + 1].line.no - 1:
            return False
        if views[k].words <= 5 and (end := key_points_end(views, k)) is not None:
            return end > i
    return False


def is_entry_stamp(views: list[LineView], i: int) -> bool:
    """Line ``i`` is the time-only stamp a live page prints over each entry ("Posted at 20:41"): a
    time alone on its line with another such stamp within :data:`ENTRY_REACH` lines under it. It
    starts an entry of the article; it is never the page's date, nor a headline's anchor.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Posted at 21:05\\nDebate ends\\n\\nThe debate has finished.\\n"
    ...     "Posted at 20:41\\nDebate goes on\\n"))
    >>> is_entry_stamp(views, 0), is_entry_stamp(views, 3), is_entry_stamp(views, 1)
    (True, False, False)
    """
    if views[i].words > 5 or not rules.entry_time_stamp(views[i].text):
        return False
    return any(v.words <= 5 and rules.entry_time_stamp(v.text) for v in views[i + 1:i + 1 + ENTRY_REACH])


def entry_start(views: list[LineView], start: int) -> int:
    """Where the body starts when the header ran on into the first entry of a live page: at that
    entry's time stamp (:func:`is_entry_stamp`), when only its heading (short lines, no sentence)
    stands between the stamp and ``start``; else ``start``.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Posted at 21:05\\nDebate ends\\n\\nThe debate has finished.\\n"
    ...     "Posted at 20:41\\nDebate goes on\\n"))
    >>> entry_start(views, 2), entry_start(views, 3)
    (0, 3)
    """
    for k in range(start - 1, max(-1, start - 2 - ENTRY_HEADING), -1):
        if is_entry_stamp(views, k):
            return k
        view = views[k]
        if view.prose or view.rule is not None or view.words > 12 or sentence_end(view.text) in ".!?":
            break
    return start


def is_time_zone_note(text: str) -> bool:
    """A live page's note on the zone of its entries' times ("All times stated are UK"): no headline.

    >>> is_time_zone_note("All times stated are UK"), is_time_zone_note("All times ET")
    (True, True)
    >>> is_time_zone_note("All times are tough for the party")
    False
    """
    return len(text) < 40 and text[:1] in "Aa" and _TIME_ZONE_NOTE.fullmatch(text) is not None


def _label_between(views: list[LineView], i: int, j: int) -> bool:
    """A short label set apart as a paragraph of its own stands between lines ``i`` and ``j``: the
    two are teasers of a grid, each under its label ("Mobile Commerce / Sell more with mobile commerce /
    Ticketing / Sell more tickets with our software"), not a headline and its dek (which follows it
    directly, or past a caption).

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Ferries\\n\\nNew ferry service to run all winter\\n\\nBridges\\n\\n"
    ...     "Engineers find cracks in the old bridge over the river\\n"))
    >>> _label_between(views, 1, 3), _label_between(views, 0, 1)
    (True, False)
    """
    return any(v.words <= 3 and v.isolated and not is_caption_line(v) for v in views[i + 1:j])


def is_cut_teaser(text: str) -> bool:
    """A teaser cut to fit its box, ending in two dots where the cut fell ("점점 ..", "the old bri.."):
    headlines are printed whole; an ellipsis of three dots may be the headline's own.

    >>> is_cut_teaser("Council to close the old bri.."), is_cut_teaser("Council to close the bridge ..")
    (True, True)
    >>> is_cut_teaser("Only those who love themselves..."), is_cut_teaser("Only those who love themselves…")
    (False, False)
    """
    return text.endswith("..") and not text.endswith("...")


def cut_teasers_at(views: list[LineView], i: int) -> int:
    """How many cut teasers (:func:`is_cut_teaser`) stand in a row from line ``i``: a list of them
    where the article zone starts is a box of other stories, and the headline may stand under it.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Mayor to run for a third te..\\nFerry fares rise by a fif..\\n"
    ...     "Bridge to close for two years of repairs\\n"))
    >>> cut_teasers_at(views, 0), cut_teasers_at(views, 2)
    (2, 0)
    """
    n = i
    while n < len(views) and is_cut_teaser(views[n].text):
        n += 1
    return n - i


def sentence_end(text: str) -> str:
    """The last character of ``text`` before a closing bracketed credit ("… campaign. (onmeth.com)").

    >>> sentence_end("Workers inspect the bridge on Monday. (Jane Doe/Ledger)"), sentence_end("Senate passes bill")
    ('.', 'l')
    >>> sentence_end("Bridge to close (again)")
    ')'
    """
    match = _CLOSING_CREDIT.search(text)
    return match.group(1) if match else text[-1]


def is_breadcrumb(text: str) -> bool:
    """A short trail of links to where the page sits ("Home » World", "News > Nation"): the headline follows it.

    >>> is_breadcrumb("Home » Interesting"), is_breadcrumb("News >  Nation"), is_breadcrumb("Save 20% > see deals today now")
    (True, True, False)
    """
    return len(text) <= 80 and len(text.split()) <= 6 and bool(_TRAIL_SEPARATOR.search(text))


def _credit_follows(views: list[LineView], i: int) -> bool:
    """Line ``i`` is a caption (a sentence) whose bare picture credit stands on the next line, or
    on the line above it (:func:`_credit_above`)."""
    text = views[i].text
    return text[-1] in ".!?)" and _credit_below(views, i) is not None or _credit_above(views, i)


def _credit_above(views: list[LineView], i: int) -> bool:
    """Line ``i`` is a sentence under a line that holds only a picture credit: the caption of a
    picture whose credit is printed over it ("Alex Wong | Getty Images" / "Kristi Noem, pictured …").

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Alex Wong | Getty Images\\n\\nThe governor at the White House in 2018.\\n"
    ...     "Photo: Getty Images\\nBridge to close for two years\\n"))
    >>> _credit_above(views, 1), _credit_above(views, 3)
    (True, False)
    """
    above = views[i - 1].text if i else ""
    return sentence_end(views[i].text) == "." and _has_photo_credit(above) and bool(captions.credit_only(above))


def _credit_below(views: list[LineView], i: int) -> int | None:
    """The line of the bare picture credit printed right under line ``i`` ("Foto: dpa/Oliver Berg"),
    past copies of line ``i`` (a picture's alt text printed above its caption), or None.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Centro de saúde em Bragança\\nCentro de saúde em Bragança\\n"
    ...     "Foto: Nuno Ferreira/Lusa\\nA ponte\\n\\nFoto: Ana Lima\\n"))
    >>> _credit_below(views, 0), _credit_below(views, 1), _credit_below(views, 3)
    (2, 2, None)
    """
    text, j = views[i].text, i + 1
    while j < len(views) and views[j].text == text and views[j].line.no == views[j - 1].line.no + 1:
        j += 1
    if j < len(views) and views[j].line.no == views[j - 1].line.no + 1 and _has_photo_credit(views[j].text) \
            and captions.credit_only(views[j].text) is not None:
        return j
    return None


def _next_significant(views: list[LineView], i: int, reach: int = 4, skip_rules: bool = True) -> int | None:
    """The next line that is not a caption, a short label or (with ``skip_rules``) a widget, within ``reach``."""
    for j in range(i, min(i + reach, len(views))):
        view = views[j]
        if view.rule is not None and not skip_rules:
            return None
        if _is_anchor(view) or not (view.rule is not None or is_caption_line(view) or _credit_follows(views, j)
                                    or view.words <= 3):
            return j
    return None


def find_headline(views: list[LineView], zone: Zone) -> int | None:
    """The index of the headline near the zone's start, or None.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines, find_zone
    >>> views = view_lines(split_lines("Home\\nWorld\\nBridge to close for two years of repairs\\nBy Jane Doe\\n"
    ...     "\\nThe council voted on Tuesday to close the old bridge for repairs.\\n\\nWork starts in March, it said.\\n"))
    >>> views[find_headline(views, find_zone(views))].text
    'Bridge to close for two years of repairs'
    """
    best, best_score = None, 0.0
    for i in range(max(0, zone.start - WINDOW), min(zone.start + 3 + cut_teasers_at(views, zone.start), zone.end)):
        score = headline_score(views, i, zone)
        if score > best_score:
            best, best_score = i, score
        view = views[i]
        if i >= zone.start and is_running_text(view) and view.isolated:
            break  # the article has begun: no headline after its first paragraph
    return _headline_of_dek(views, best, zone)


def _headline_of_dek(views: list[LineView], i: int | None, zone: Zone) -> int | None:
    """The headline, when the line ``i`` found is the dek under it (:func:`_dek_of_line_above`,
    :func:`_dek_under_byline`); else ``i``."""
    if i is not None and i > 0 and _dek_of_line_above(views, i, zone):
        return i - 1
    if i is not None and i > 1 and _dek_under_byline(views, i, zone):
        return i - 2
    if i is not None and i > 0 and stacked_dek_over_date(views, i, zone):
        return i - 1
    return i


def stacked_dek_over_date(views: list[LineView], i: int, zone: Zone) -> bool:
    """Line ``i`` is an unpunctuated dek stacked under its headline, right above the date or byline
    ("Headline / Investment of EUR 900 million; first power expected in 2023 / 19 November 2019"):
    two headline-like lines with no blank line or other line between them and neither a sentence,
    the upper one the longer, the lower no run of items set apart by bars ("NAME | OUTLET" is a
    byline). Of two such lines the upper is the headline (a teaser of another story stands apart
    from the story's own headline, under its label or link).

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Newsroom\\nCouncil to close the old river bridge for two years of repairs\\n"
    ...     "Detours of up to 20 minutes expected\\n19 November 2019 08:00\\n\\n"
    ...     "The council voted on Tuesday to close the old bridge for repairs.\\n"))
    >>> stacked_dek_over_date(views, 2, Zone(4, 5)), stacked_dek_over_date(views, 1, Zone(4, 5))
    (True, False)
    """
    view, above = views[i], views[i - 1]
    return i + 1 < len(views) and above.line.no == view.line.no - 1 and view.words >= 5 and view.rule is None \
        and above.words > view.words and not above.text.endswith(view.text) and not _anchors(views, i) \
        and not is_caption_line(view) and sentence_end(view.text) not in ".!?:" and " | " not in view.text \
        and sentence_end(above.text) not in ".!?,;:" and _anchors(views, i + 1) and headline_score(views, i - 1, zone) > 0


def _dek_under_byline(views: list[LineView], i: int, zone: Zone) -> bool:
    """Line ``i`` is the dek printed under the byline, the headline above that byline ("Headline /
    Ann LeeView More Articles / Dek / Date"): a line right under a byline without a date, itself
    under a line that may be a headline. Headlines stand above their byline, not under it.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Home\\nBridge to close for two years of repairs\\nBy Jane Doe\\n"
    ...     "Engineers found cracks in three steel supports\\nMarch 3, 2020 9:15\\n"
    ...     "\\nThe council voted on Tuesday to close the old bridge for repairs.\\n"))
    >>> _dek_under_byline(views, 3, Zone(5, 6)), _dek_under_byline(views, 1, Zone(5, 6))
    (True, False)
    """
    byline = views[i - 1]
    return not is_date_line(byline) and line_authors(byline) is not None and headline_score(views, i - 2, zone) > 0


def _is_teaser_date(view: LineView) -> bool:
    """A short line that is only a date, with no byline: what stands under a teaser in a list of stories."""
    return view.words <= 6 and is_date_line(view) and line_authors(view) is None


def teaser_run_start(views: list[LineView], i: int) -> int | None:
    """Where the list of dated teasers that line ``i`` ends starts, or None when ``i`` is not the
    last of at least TEASER_RUN teasers in a row: each a headline over a line holding only its date,
    maybe under a short label ("AUTO NEWS"). A list like that under the header (related stories)
    may stand just above the article, so its last headline is not the article's.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("MORE LIKE THIS\\nNEWS\\nCouncil votes to close the bridge\\nMay 2, 2018\\n"
    ...     "NEWS\\nFerry service to run all winter\\nJune 8, 2017\\nFEATURES\\nThe river in ten old photographs\\n"
    ...     "July 1, 2016\\n"))
    >>> teaser_run_start(views, 8), views[1].text
    (1, 'NEWS')
    >>> teaser_run_start(views, 5) is None  # two teasers only
    True
    """
    if i + 1 >= len(views) or not _is_teaser_date(views[i + 1]):
        return None
    start, count = i, 1
    while True:
        k = start - 1
        if k >= 0 and views[k].words <= 3 and not is_date_line(views[k]):
            k -= 1  # the teaser's label
        if k < 1 or not _is_teaser_date(views[k]) or views[k - 1].words < 3 or is_date_line(views[k - 1]):
            break
        start, count = k - 1, count + 1
    if count < TEASER_RUN:
        return None
    label = start - 1
    return label if label >= 0 and views[label].words <= 3 and not is_date_line(views[label]) else start


def header_above_teasers(views: list[LineView], title: int, zone: Zone) -> tuple[int, int] | None:
    """When the headline found is the last of a list of dated teasers (:func:`teaser_run_start`),
    the article's own header stands above the list: its headline (one with a byline under it, or
    a date line longer than the teasers' bare dates; within WINDOW lines of more than three words
    above the list, menus of short lines not counted) and the list's start, where the header ends.
    None when there is no such list or no such headline above it.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines, find_zone
    >>> teasers = "".join(f"NEWS\\nCouncil story number {n} of the week\\nMay {n}, 2018\\n" for n in (2, 3, 4))
    >>> views = view_lines(split_lines("Home\\nBridge to close for two years of repairs\\nBy Jane Doe\\n"
    ...     "March 3, 2020 9:15\\nFind a car\\nAudi\\nFord\\nMORE LIKE THIS\\n" + teasers +
    ...     "\\nThe council voted on Tuesday to close the old bridge for repairs.\\n"
    ...     "\\nWork starts in March, it said.\\n"))
    >>> zone = find_zone(views)
    >>> header_above_teasers(views, zone.start - 2, zone), views[8].text
    ((1, 8), 'NEWS')
    """
    end = teaser_run_start(views, title)
    if end is None:
        return None
    best, best_score, counted = None, 0.0, 0
    for i in range(end - 1, -1, -1):
        if views[i].words > 3:
            counted += 1
            if counted > WINDOW:
                break
            score = headline_score(views, i, zone)
            after = _under_headline(views, i)[1] if score > best_score else None
            if after is not None and after < end and _is_anchor(views[after]) and not _is_teaser_date(views[after]):
                best, best_score = i, score
    return (_headline_of_dek(views, best, zone), end) if best is not None else None


def _dek_of_line_above(views: list[LineView], i: int, zone: Zone) -> bool:
    """Line ``i`` is the dek under the headline: a sentence ending with a full stop (headlines
    seldom do; a question or an exclamation may well be the headline) right under a shorter line
    without one that could be a headline itself.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Morning Brief 11.18.19\\nThe council shuts the bridge, and what a week it was ...\\n"
    ...     "By Jane Doe\\n\\nThe council voted on Tuesday to close the old bridge for repairs.\\n"))
    >>> _dek_of_line_above(views, 1, Zone(3, 4))
    True
    >>> views = view_lines(split_lines("Bridge repairs: latest news\\nWill the old bridge over the river ever reopen?\\n"
    ...     "By Jane Doe\\n\\nThe council voted on Tuesday to close the old bridge for repairs.\\n"))
    >>> _dek_of_line_above(views, 1, Zone(3, 4))
    False
    """
    above, view = views[i - 1], views[i]
    return sentence_end(view.text) == "." and sentence_end(above.text) not in ".!?,;:" \
        and above.words < view.words and _is_dek(views, i, above.words) and headline_score(views, i - 1, zone) > 0


def read_header(views: list[LineView], zone: Zone) -> Header:
    """Headline, dek, section, authors and dates around the zone's start, and where the body starts."""
    header = Header(body_start=zone.start)
    title = find_headline(views, zone)
    lo = max(0, zone.start - WINDOW)
    moved = header_above_teasers(views, title, zone) if title is not None else None
    if moved is not None:
        title, lo = moved[0], 0
    if title is not None:
        header.title = title
        _read_kicker(views, title, header)
        nxt = title + 1
        if nxt < len(views) and (_is_dek(views, nxt, views[title].words) or stacked_dek_over_date(views, nxt, zone)):
            header.subtitle = nxt
        lo = max(lo, title - 3)
    last_header_line = header.subtitle if header.subtitle is not None else title
    start = max(zone.start, (last_header_line if last_header_line is not None else -1) + 1)
    while start < zone.end and _is_header_line(views[start]):
        start += 1
    if title is not None:
        start = entry_start(views, start) if title < start - 1 else start
    header.body_start = start
    header.window_start = lo
    header.window_end = moved[1] if moved is not None else None
    told_byline = True  # the byline found so far says it is one: a bare name found later does not replace it
    for i in range(lo, start if header.window_end is None else header.window_end):
        view = views[i]
        if i in (header.title, header.subtitle) or view.rule is not None and bylines.byline_authors(view.text) is None:
            continue  # a widget (but "By Ann Lee ann@example.com" is a byline, whatever rule it meets)
        names = line_authors(view) if i > (title or 0) or not in_topic_list(views, i) else None
        if names is None and i > lo and bylines.is_byline_label(views[i - 1].text):
            names = bylines.split_authors(view.text)
        told = names is not None  # a byline that says so ("By …", "Author:"), not a name told by its place
        if names is None and title is not None and i > title:
            names = _bare_name(views, i, header) or bare_name_over_date(views, i) or _name_beside_date(view) \
                or bar_byline_over_date(views, i)
        if names and (not header.authors or _beats_byline_above(header, i) or told and not told_byline):
            header.authors, header.author_line, told_byline = names, i, told
        if title is not None and i > title and _is_header_caption(views, i):
            header.captions.append(i)
        elif title is not None and i > title and (header.section or -1) < title and category_named(view.text):
            header.section = i  # the category named under the headline beats a label above it
        elif is_date_line(view) and not in_date_list(views, i):
            header.date_lines.append(i)
    if title is not None and not header.authors:
        _byline_under_picture(views, zone, header)
    return header


def _is_label(view: LineView) -> bool:
    """A short label that may name the section: at most four words with a letter among them, no
    sentence, date, byline, link or release notice ("FOR IMMEDIATE RELEASE")."""
    return view.rule is None and view.words <= 4 and not _is_anchor(view) and view.text[-1] not in ".!?:" \
        and not _LINK.search(view.text) and view.text.casefold() not in pat.RELEASE_NOTICES \
        and any(ch.isalpha() for ch in view.text)


def _read_kicker(views: list[LineView], title: int, header: Header) -> None:
    """The section label above the headline (or above the date line over it), past the buttons
    beside the headline ("Follow") and a columnist's box, whose name is the author
    (:func:`columnist_box`); a genre label gives way to the section label above it
    (:func:`label_above_genre`)."""
    k = title - 2 if title > 1 and is_date_line(views[title - 1]) else title - 1
    while k >= 0 and (views[k].text.casefold() in pat.BUTTON_LABELS
                      or views[k].rule is not None and views[k].text.casefold() in pat.GENRE_LABELS):
        k -= 1
    name = columnist_box(views, k)
    if name is not None:
        header.authors, header.author_line, header.bio = [views[name].text], name, name + 1
        k = name - 1
    trail = trail_label_over_copy(views, title, k)
    if trail is not None:
        header.section = trail
    elif k >= 0 and _is_label(views[k]) and (not in_topic_list(views, k) or kicker_under_strip(views, k)):
        header.section = submenu_head(views, menu_label_above(views, label_above_genre(views, k)))


def columnist_box(views: list[LineView], i: int) -> int | None:
    """The index of the columnist's name when line ``i`` is the biography under it, the box a
    column prints above its headline: a name line, then a sentence that opens with that name and a
    verb ("Rebecca Lyall / Rebecca Lyall is a former deputy governor of …"); else None.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Opinion\\nAnn Lee\\nAnn Lee is a former mayor of the city and writes "
    ...     "a monthly column.\\nFollow\\nThe bridge must close\\n"))
    >>> columnist_box(views, 2), columnist_box(views, 1)
    (1, None)
    """
    if i < 1 or not views[i].prose:
        return None
    name = views[i - 1].text
    if not 2 <= views[i - 1].words <= 4 or not bylines.looks_like_name(name):
        return None
    rest = views[i].text[len(name):len(name) + 10] if views[i].text.startswith(name) else ""
    return i - 1 if rest.startswith(pat.AUTHOR_BIO_VERBS) else None


def label_above_genre(views: list[LineView], i: int) -> int:
    """The section label when line ``i`` is a genre label ("Match report", "Interviews", "Analysis":
    the kind of story, not where it sits) right under another label, no blank line between: that
    one; else ``i``.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Championship\\nMatch report\\nHosts win 3-1\\n"))
    >>> label_above_genre(views, 1), label_above_genre(views, 0)
    (0, 0)
    >>> views = view_lines(split_lines("Analysis\\nHosts win 3-1\\n"))
    >>> label_above_genre(views, 0)
    0
    """
    if i < 1 or views[i].text.casefold() not in pat.GENRE_LABELS:
        return i
    upper = views[i - 1]
    return i - 1 if upper.line.no == views[i].line.no - 1 and _is_label(upper) \
        and upper.text.casefold() not in pat.GENRE_LABELS \
        and not in_topic_list(views, i - 1) else i


def kicker_under_strip(views: list[LineView], i: int) -> bool:
    """Line ``i``, right above the headline, is its kicker although a strip of site-wide links
    ("Trending: Holiday Guide / High School Football") runs on into it: such a strip lists other
    stories, not this one's topics, and it ends where the headline's block begins, with a label
    the menu prints too (a strip may also run into the headline with no kicker at all).

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> menu = "Home\\nLocal News\\nSports\\n"
    >>> views = view_lines(split_lines(menu + "Trending:\\nHoliday Guide\\nWater rates\\nLocal News\\nCounty approves the plan\\n"))
    >>> kicker_under_strip(views, 6), kicker_under_strip(views, 5)
    (True, False)
    >>> views = view_lines(split_lines(menu + "Related topics\\nBridges\\nTransport\\nLocal News\\nCounty approves the plan\\n"))
    >>> kicker_under_strip(views, 6)
    False
    """
    k = topic_list_heading(views, i) if views[i].repeated else None
    return k is not None and any(word in views[k].text.casefold() for word in pat.SITE_WIDE_LIST_WORDS)


def menu_label_above(views: list[LineView], i: int) -> int:
    """Of two short labels above the headline, the section is the one the menu or the breadcrumb
    trail names too (the other is the story's topic label, printed only there): ``i - 1`` when
    it repeats a line of the page and starts its block (after a blank line, or under a trail
    that names it) while ``i`` repeats nothing; else ``i``.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Politik\\nWirtschaft\\n\\nStart › Politik\\nPolitik\\nGrundsteuer-Reform\\n"
    ...     "Länder streiten über die Reform\\n"))
    >>> views[menu_label_above(views, 4)].text
    'Politik'
    >>> views = view_lines(split_lines("Politik\\nWirtschaft\\nGrundsteuer-Reform\\nLänder streiten über die Reform\\n"))
    >>> views[menu_label_above(views, 2)].text  # the menu's last entry stands above the label
    'Grundsteuer-Reform'
    """
    label, upper = views[i], views[i - 1] if i > 0 else None
    if upper is None or label.repeated or not upper.repeated or not _is_label(upper):
        return i
    top = views[i - 2] if i > 1 else None
    starts_block = top is None or top.line.no < upper.line.no - 1 or upper.text in top.text
    return i - 1 if starts_block else i


def trail_label_over_copy(views: list[LineView], title: int, k: int) -> int | None:
    """The section a breadcrumb trail printed one item a line names, when the trail ends with a copy
    of the headline just above the topic label ``k`` over the headline ("Startseite / Region / Köln
    / HEADLINE / Verkehr / HEADLINE"): the trail's last label, like the menu's label beats the topic
    label (:func:`menu_label_above`). None when no such trail stands there.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Home\\nRegion\\nCologne\\nCity bans cars from the old town\\nTraffic\\n"
    ...     "City bans cars from the old town\\n"))
    >>> views[trail_label_over_copy(views, 5, 4)].text
    'Cologne'
    >>> trail_label_over_copy(views, 3, 2) is None
    True
    """
    copy = k - 1
    if copy < 1 or views[copy].text != views[title].text or not _is_label(views[k]):
        return None
    for j in range(copy - 1, max(-1, copy - 1 - SUBMENU_ITEMS - 1), -1):
        if views[j].line.no != views[j + 1].line.no - 1:
            return None
        if _BREADCRUMB.match(views[j].text):
            return copy - 1 if j < copy - 1 else None
        if not _is_label(views[j]):
            return None
    return None


def submenu_head(views: list[LineView], i: int) -> int:
    """The section when the label ``i`` above the headline ends a section's sub-menu printed right
    above it: the first line above ``i`` that the main menu above prints too, capitalised, past at
    most :data:`SUBMENU_ITEMS` labels printed nowhere else ("Nasional / Politik / Hukum / Peristiwa /
    headline", "Nasional" in the main menu as well); else ``i``.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Home\\nNational\\nWorld\\nNational\\nPolitics\\nCrime\\nFloods hit three provinces\\n"))
    >>> views[submenu_head(views, 5)].text
    'National'
    >>> views = view_lines(split_lines("Home\\nNational\\nWorld\\n\\nNational\\nPolitics\\nCrime\\nFloods hit three provinces\\n"))
    >>> views[submenu_head(views, 5)].text
    'National'
    """
    k = i
    while k > 0 and i - k < SUBMENU_ITEMS and not views[k].repeated:
        if not _is_label(views[k]) or views[k - 1].line.no != views[k].line.no - 1:
            return i
        k -= 1
    head = views[k]
    if k == i or not head.repeated or not _is_label(head) or head.text[0].islower():
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
    if len(text) > 80 or not text.lower().startswith(pat.CATEGORY_LEADS):
        return None
    name = text.split(" ", 2)[2].split(",")[0].strip(" .:")
    words = name.split()
    return name if 0 < len(words) <= 4 and bylines.looks_like_name(name) and not _DIGITS.search(name) else None


def section_text(views: list[LineView], i: int) -> str:
    """The section's name on line ``i``: the category a "Posted in …" line names
    (:func:`category_named`), else the label as the menu spells it (:func:`menu_spelling`)."""
    return category_named(views[i].text) or menu_spelling(views, i)


def menu_spelling(views: list[LineView], i: int) -> str:
    """The section label of line ``i`` as the menu spells it: a label printed in capitals
    ("LOCAL NEWS", a style of the page) takes the spelling of the menu entry it repeats.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
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

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Related topics\\nCalifornia\\nWildfires\\nAP Top News\\nFires\\n"
    ...     "Crews gain ground on wildfire north of Los Angeles\\n"))
    >>> in_topic_list(views, 3), in_topic_list(views, 4), in_topic_list(views, 5), in_topic_list(views, 1)
    (True, True, False, False)
    >>> views = view_lines(split_lines("Trending\\nDelhi\\nMumbai\\nChennai\\n\\nIndia\\nParliament clears the bill\\n"))
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

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
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


def _beats_byline_above(header: Header, i: int) -> bool:
    """A byline found on line ``i``, under the headline, beats one found above the headline: the
    header prints its byline under the headline; a name above it belongs to a menu or a list."""
    title, found = header.title, header.author_line
    return title is not None and found is not None and found < title < i


def _is_header_caption(views: list[LineView], i: int) -> bool:
    """A picture's caption with its credit among the header's lines: not a date line or a byline,
    unless it is a sentence that merely holds a date ("… on Tuesday, Nov. 19, 2019. (AP Photo/…)");
    or a caption whose bare credit stands alone on the next line (:func:`_caption_over_credit`).

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Crews set a backfire above the town on Tuesday, Nov. 19, 2019. (AP Photo/Luis Romero)"
    ...     "\\nPublished 3:42 PM EST, November 19, 2019\\nBlick auf die Hohe Straße.\\nFoto: dpa/Oliver Berg\\n"))
    >>> [_is_header_caption(views, i) for i in range(4)]
    [True, False, True, True]
    """
    view = views[i]
    return _has_photo_credit(view.text) and (not _is_anchor(view) or view.prose and line_authors(view) is None) \
        and is_caption_line(view) or _caption_over_credit(views, i)


def _caption_over_credit(views: list[LineView], i: int) -> bool:
    """Line ``i`` is a caption printed bare, its credit alone on the next line (:func:`_credit_below`)
    or right above it, in the same block (:func:`_credit_above`): a sentence (a teaser's title-case headline over
    a "Photos: …" link is not), not a widget, a byline, a date line or a credit itself.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Центр рассчитан на 60 детей\\nФото: Алексей Громов\\n"
    ...     "By Jane Doe\\nPhoto: Getty Images\\nBest of the Capital Region: Pizza\\nPhotos: The mall through the years\\n"))
    >>> [_caption_over_credit(views, i) for i in (0, 1, 2, 4)]
    [True, False, False, False]
    """
    view = views[i]
    return view.rule is None and view.words >= 2 and not _is_anchor(view) and not is_caption_line(view) \
        and (view.text[-1] in ".!?)" or reads_as_sentence(view.text)) \
        and (_credit_below(views, i) is not None
             or _credit_above(views, i) and views[i - 1].line.no == view.line.no - 1)


def _byline_under_picture(views: list[LineView], zone: Zone, header: Header) -> None:
    """A "By …" line a few lines into the article, below the lead picture's caption and credit:
    it is the header's byline, and the article starts after it (the caption lines leave the body).

    Only a byline with "By" counts, behind at most two sentences (a caption is one or two).
    """
    start = header.body_start
    for j in range(start, min(start + BYLINE_REACH, zone.end)):
        names = bylines.byline_authors(views[j].text)
        if names is not None:
            break
    else:
        return
    if sum(is_running_text(v) for v in views[start:j]) > CAPTION_SENTENCES:
        return
    header.authors, header.author_line = names, j
    header.captions.extend(i for i in range(start, j) if captions.split_caption_credit(views[i].text)
                           or captions.credit_only(views[i].text))
    body = j + 1
    while body < zone.end and _is_header_line(views[body]):
        body += 1
    header.body_start = body


_SITE_SUFFIX = lazy(pat.SITE_SUFFIX)


def split_site_suffix(title: str, page_lines: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """The headline and the site's name when the title ends with " | Site" (or " - Site" when the
    page names the site alone on a line); the site is None when there is no suffix.

    >>> split_site_suffix("Senate passes bridge bill | The Riverside Ledger")
    ('Senate passes bridge bill', 'The Riverside Ledger')
    >>> split_site_suffix("Senate passes bridge bill - Ledger", frozenset({"ledger"}))
    ('Senate passes bridge bill', 'Ledger')
    >>> split_site_suffix("Milan Design Week 2018 | Anastassiades' light installation for FLOS")[1] is None
    True
    >>> split_site_suffix("Tesla - the carmaker's bet")
    ("Tesla - the carmaker's bet", None)
    """
    match = _SITE_SUFFIX.fullmatch(title)
    if not match:
        return title, None
    site = match.group("site")
    if site.casefold() in page_lines or "|" in title and len(site.split()) <= 4 and site[0].isupper() \
            and title.rindex("|") > len(title) // 2:
        return match.group("title"), site
    return title, None


def _bare_name(views: list[LineView], i: int, header: Header) -> list[str] | None:
    """A byline that is only a person's name, told by where it stands: just under the headline
    or the dek, or just above the author's @handle."""
    view = views[i]
    if not 2 <= view.words <= 6 or _DIGITS.search(view.text) or is_caption_line(view):
        return None
    names = [n for n in bylines.split_authors(view.text) if 2 <= len(n.split()) <= 4 and bylines.looks_like_name(n)]
    if not names or len(names) > 2:
        return None
    if i - 1 in (header.title, header.subtitle) or i + 1 < len(views) and views[i + 1].text.startswith("@"):
        return names
    return None


def _is_dek(views: list[LineView], i: int, headline_words: int) -> bool:
    """A sentence under the headline with a byline, date, caption or widget (not the article) after
    it. A line there that is shorter than the headline and ends without a full stop is another
    headline (a teaser above the story's own), not a dek."""
    view = views[i]
    if view.rule is not None or view.words < 6 or view.words > 80 or _is_anchor(view) or is_caption_line(view) \
            or view.words < headline_words and sentence_end(view.text) not in ".!?":
        return False
    after = views[i + 1] if i + 1 < len(views) else None
    return after is None or _anchors(views, i + 1) or after.rule is not None or is_caption_line(after) \
        or _credit_follows(views, i + 1) \
        or after.words <= 3 and (not after.isolated or bylines.looks_like_name(after.text))


def _is_header_line(view: LineView) -> bool:
    """A line between the headline and the first paragraph that is not article text."""
    if view.prose and view.isolated:
        return False
    return (view.rule is not None or _is_anchor(view) or is_caption_line(view)
            or (view.words <= 3 and view.text[-1] not in ".!?\"”"))
