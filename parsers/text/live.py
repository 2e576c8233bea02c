"""Live pages: entry time stamps, key-point lists and date lists under the headline, time-zone notes."""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..rules.page import entry_time_stamp
from ..vocab.header_labels import KEY_POINTS_HEADINGS, TIME_ZONE_NOTE
from .line_kinds import has_photo_credit, is_anchor, is_date_line
from .nearby import CAPTION_MIN_WORDS, is_dek, label_between, next_significant, sentence_end
from .views import LineView

_TIME_ZONE_NOTE = lazy(TIME_ZONE_NOTE, re.IGNORECASE)
DATE_LIST = 4  # date lines in a row that make a list of dates, not a header's date lines
KEY_POINTS = 2  # short lines under a "Summary" heading that make a list under the headline
ENTRY_REACH = 40  # lines after a live page's time-only entry stamp where the next one may stand
ENTRY_HEADING = 3  # lines of an entry's heading between its time stamp and its text


def is_date_list(views: list[LineView], i: int) -> bool:
    """Line ``i`` starts a list of dates (a schedule, a calendar, a timeline): DATE_LIST date lines
    in a row. A header prints one or two; a line above a list like that is a heading, not a headline.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
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

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("By Jane Doe\\nMarch 3, 2020 9:15\\nThe race calendar\\nRound 1: March "
    ...                                "10 – Riverside\\n"
    ...     "Round 2: April 8 – Hilltop\\nRound 3: May 6 – Lakeside\\nRound 4: June 3 – Riverside\\n"))
    >>> in_date_list(views, 1), in_date_list(views, 3), in_date_list(views, 6)
    (False, True, True)
    """
    return any(is_date_list(views, k) and k + DATE_LIST > i for k in range(max(0, i - DATE_LIST + 1), i + 1))


def under_headline(views: list[LineView], i: int) -> tuple[int | None, int | None]:
    """The dek under line ``i`` if one stands there, and the next line that counts after the two
    (past a list of key points under the headline, :func:`key_points_end`)."""
    points_end = key_points_end(views, i + 1)
    if points_end is not None:
        return None, next_significant(views, points_end)
    after = next_significant(views, i + 1, reach=2, skip_rules=False)
    if after is not None and is_dek(views, after, views[i].words) and not label_between(views, i, after):
        return after, next_significant(views, after + 1)
    return None, next_significant(views, i + 1)


def key_points_end(views: list[LineView], i: int) -> int | None:
    """Where the list ends whose heading is line ``i``, when a list of key points stands there as the
    standfirst: a "Summary" / "Key points" / "Highlights" heading, then at least :data:`KEY_POINTS`
    lines of 4-40 words right under it (no blank line), none a byline, a date or a widget; else None.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Bridge to close for two years\\nSummary\\nThe council votes on Tuesday night\\n"
    ...     "Shops fear losing trade for two years\\nBy Jane Doe\\n"))
    >>> key_points_end(views, 1), key_points_end(views, 0)
    (4, None)
    >>> key_points_end(view_lines(split_lines("Summary\\nThe council votes on Tuesday night\\n\\nBy Jane Doe\\n")), 0)
    """
    if i >= len(views) or views[i].words > 5 or views[i].text.rstrip(" :").casefold() not in KEY_POINTS_HEADINGS:
        return None
    end = i + 1
    while end < len(views) and _goes_on_listing(views, end):
        end += 1
    return end if end - i - 1 >= KEY_POINTS else None



def _goes_on_listing(views: list[LineView], k: int) -> bool:
    """Line ``k`` may be the next key point: right under the line before, no widget, a short sentence, no byline
    or date."""
    view = views[k]
    if view.line.no != views[k - 1].line.no + 1 or view.rule is not None:
        return False
    return 4 <= view.words <= 40 and not is_anchor(view)

def dated_caption(view: LineView) -> bool:
    """A picture's caption that holds a date ("… in Amsterdam, March 3, 2019. REUTERS/Piet Jansen"):
    a sentence of :data:`CAPTION_MIN_WORDS` words or more with a picture credit's mark, not a date line.

    >>> from ..lines import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> dated_caption(v("Bottles on a line in Amsterdam, March 3, 2019. REUTERS/Piet Jansen"))
    True
    >>> dated_caption(v("November 19, 2019 / 9:14 AM")), dated_caption(v("The brewer said on March 3, 2019 "
    ...                                                                    "it would cut jobs."))
    (False, False)
    """
    return view.words >= CAPTION_MIN_WORDS and has_photo_credit(view.text)


def in_key_points(views: list[LineView], i: int) -> bool:
    """Line ``i`` is one of the key points listed under a headline (:func:`key_points_end`): a
    summary of the story, not its headline.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
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

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Posted at 21:05\\nDebate ends\\n\\nThe debate has finished.\\n"
    ...     "Posted at 20:41\\nDebate goes on\\n"))
    >>> is_entry_stamp(views, 0), is_entry_stamp(views, 3), is_entry_stamp(views, 1)
    (True, False, False)
    """
    if views[i].words > 5 or not entry_time_stamp(views[i].text):
        return False
    return any(v.words <= 5 and entry_time_stamp(v.text) for v in views[i + 1:i + 1 + ENTRY_REACH])


def entry_start(views: list[LineView], start: int) -> int:
    """Where the body starts when the header ran on into the first entry of a live page: at that
    entry's time stamp (:func:`is_entry_stamp`), when only its heading (short lines, no sentence)
    stands between the stamp and ``start``; else ``start``.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
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
