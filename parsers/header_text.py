"""The header of a whole-page dump: headline, dek, section, bylines and date lines.

The headline is a short-ish line shortly before the article zone, best one followed
by a byline or a date; the dek is the sentence between it and those; the section is
the short label just above it. Everything between the headline and the first
paragraph that is a byline, a date, a caption or a widget belongs to the header.
What one header line is (a date line, a byline, a caption) is :mod:`header_lines`'s
business; which label is the section, :mod:`header_sections`'s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import bylines, captions, rules
from . import patterns as pat
from .header_lines import (has_photo_credit, is_anchor, is_caption_line, is_date_line, is_dated_title, line_authors,
                           name_beside_date)
from .header_sections import category_named, in_topic_list, read_kicker
from .lazyre import lazy
from .textdump import list_item_text
from .timestamps import is_calendar_word
from .zones_text import LineView, Zone, is_running_text, reads_as_sentence

_DIGITS = lazy(r"\d")
_BREADCRUMB = lazy(pat.BREADCRUMB_START, re.IGNORECASE)
WINDOW = 40  # lines before the article zone where the headline may stand
CAPTION_MIN_WORDS = 8  # a dated caption is a sentence; a date line with a credit mark ("9:14 AM / Updated") is shorter
SUMMARY_REACH = 8  # lines under the headline where a "Summary:" label over the standfirst may stand
BYLINE_REACH = 6  # lines into the article where a byline may stand under the lead picture
CAPTION_SENTENCES = 2  # lines of running text a lead picture's caption may take
_TRAIL_SEPARATOR = lazy(r"\s[»›>]\s")
_CLOSING_CREDIT = lazy(r"([.!?])\s*\([^()]{2,60}\)$")
_TIME_ZONE_NOTE = lazy(pat.TIME_ZONE_NOTE, re.IGNORECASE)
_RUNNING_TIME = lazy(pat.RUNNING_TIME)
DATE_LIST = 4  # date lines in a row that make a list of dates, not a header's date lines
KEY_POINTS = 2  # short lines under a "Summary" heading that make a list under the headline
ENTRY_REACH = 40  # lines after a live page's time-only entry stamp where the next one may stand
ENTRY_HEADING = 3  # lines of an entry's heading between its time stamp and its text
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
    return is_anchor(views[i]) or bare_name_over_date(views, i) is not None or bar_byline_over_date(views, i) is not None


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
            or is_anchor(view) and not is_dated_title(view) or is_caption_line(view):
        return 0.0
    if _credit_follows(views, i) or is_cut_teaser(view.text) or bare_name_over_date(views, i) \
            or bar_byline_over_date(views, i):
        return 0.0  # a caption (its picture credit follows), a teaser cut to fit its box, or the author's name
    if in_key_points(views, i) or is_time_zone_note(view.text) or is_video_title(views, i):
        return 0.0  # a point of the summary under the headline, a live page's note on its times, a video's title
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
        and not is_entry_stamp(views, after) and not is_running_time(views[after].text)
    if anchored:
        score += 3.0
    elif view.isolated:  # a paragraph of its own and no byline or date under it: more likely prose
        score -= 1.0 if view.prose else 0.0
        score -= 1.0 if i >= zone.start else 0.0
    if any(is_anchor(views[k]) and not is_entry_stamp(views, k) for k in range(max(0, i - 3), i)):
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
            and 4 <= views[end].words <= 40 and not is_anchor(views[end]):
        end += 1
    return end if end - i - 1 >= KEY_POINTS else None


def summary_dek(views: list[LineView], title: int, zone: Zone) -> int | None:
    """The index of the standfirst printed under a "Summary:" label between the headline and the
    article (science and research news sites): the label, then one paragraph of prose right
    under it, no second point (a list of points is :func:`key_points_end`'s); else None.

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Kelp forests move into deeper water\\nNovember 19, 2019\\nSummary:\\n"
    ...     "Heat waves have driven kelp forests into deeper water, a 15-year survey shows.\\nShare:\\n\\n"
    ...     "Marine heat waves have driven kelp forests to retreat, a survey shows.\\n"))
    >>> summary_dek(views, 0, Zone(5, 6))
    3
    """
    for i in range(title + 1, min(zone.start, title + SUMMARY_REACH) - 1):
        if views[i].words <= 3 and views[i].text.rstrip(" :").casefold() in pat.KEY_POINTS_HEADINGS:
            dek = views[i + 1]
            return i + 1 if dek.line.no == views[i].line.no + 1 and dek.prose and dek.rule is None \
                and key_points_end(views, i) is None else None
    return None


def wire_lead_above(views: list[LineView], title: int, start: int) -> int:
    """Where the story starts when its first paragraph, opening with a wire dateline, is printed
    among the header's lines above the lead picture ("Headline / Byline / AMSTERDAM (Reuters) - …
    / caption", no blank line between): that line; else ``start``. Not the line under the headline
    (a dek that repeats the lead), nor one with a date or byline under it (the header goes on).

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Brewer cuts 800 jobs as sales go flat\\nAnna van Dijk\\n"
    ...     "AMSTERDAM (Reuters) - Dutch brewer Hollandia said on Tuesday it would cut 800 jobs.\\n"
    ...     "Bottles on a line at the brewery. REUTERS/Piet Jansen\\n\\nThe cuts fall at its head office.\\n"))
    >>> wire_lead_above(views, 0, 4)
    2
    """
    for i in range(title + 2, start):
        view = views[i]
        if view.rule is None and view.prose and view.words >= 12 and not is_anchor(view) \
                and bylines.dateline_of(view.text) is not None:
            return start if any(is_anchor(views[k]) and not _dated_caption(views[k]) for k in range(i + 1, start)) \
                else i
    return start


def video_blurb(views: list[LineView], i: int) -> bool:
    """Line ``i`` is the blurb of the video player that heads the story: a "Video" label, the
    clip's title and one sentence describing it, printed together with no blank line between, and
    the story after a blank line ("close / Video / Dog rescued from storm drain / Firefighters …").

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("close\\nVideo\\nDog rescued from storm drain\\n"
    ...     "Firefighters pulled a terrier out of a storm drain after a three-day search.\\n\\n"
    ...     "A small terrier that went missing during a storm last week was pulled from a drain.\\n"))
    >>> video_blurb(views, 3), video_blurb(views, 4)
    (True, False)
    """
    if not 2 <= i < len(views) - 1 or views[i - 2].text.casefold() not in pat.VIDEO_LABELS:
        return False
    label, title, blurb = views[i - 2], views[i - 1], views[i]
    return title.line.no == label.line.no + 1 and blurb.line.no == title.line.no + 1 \
        and views[i + 1].line.no > blurb.line.no + 1 and title.words <= 12 and sentence_end(title.text) not in ".!?" \
        and blurb.words <= 40 and blurb.text.count(". ") == 0


def _dated_caption(view: LineView) -> bool:
    """A picture's caption that holds a date ("… in Amsterdam, March 3, 2019. REUTERS/Piet Jansen"):
    a sentence of :data:`CAPTION_MIN_WORDS` words or more with a picture credit's mark, not a date line.

    >>> from .textdump import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> _dated_caption(v("Bottles on a line in Amsterdam, March 3, 2019. REUTERS/Piet Jansen"))
    True
    >>> _dated_caption(v("November 19, 2019 / 9:14 AM")), _dated_caption(v("The brewer said on March 3, 2019 it would cut jobs."))
    (False, False)
    """
    return view.words >= CAPTION_MIN_WORDS and has_photo_credit(view.text)


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


def is_running_time(text: str) -> bool:
    """A video's running time, printed under its title in a player or a playlist ("Now Playing",
    "Up next", "Autoplay"), alone or with the clip's source.

    >>> is_running_time("02:14 - Source: CNN"), is_running_time("1:02:14"), is_running_time("15:23 | 19.11.2019")
    (True, True, False)
    """
    return text[:1].isdigit() and len(text) <= 60 and _RUNNING_TIME.fullmatch(text) is not None


def is_video_title(views: list[LineView], i: int) -> bool:
    """Line ``i`` is the title of a video in a player or a playlist: the clip's running time
    stands right under it (:func:`is_running_time`), with its source, or bare and not followed by
    a date or a byline (a headline over the time, then the date: "Headline / 15:23 / 19 November 2019").

    >>> from .textdump import split_lines
    >>> from .zones_text import view_lines
    >>> views = view_lines(split_lines("Why the town is betting on batteries\\n02:14 - Source: CNN\\n"
    ...     "Town lands battery plant\\n15:23\\nNov 19, 2019\\nFerry passengers speak out\\n01:48\\nUp next\\n"))
    >>> is_video_title(views, 0), is_video_title(views, 2), is_video_title(views, 5)
    (True, False, True)
    """
    if i + 1 >= len(views) or not is_running_time(views[i + 1].text):
        return False
    return _RUNNING_TIME.fullmatch(views[i + 1].text)["source"] is not None \
        or i + 2 >= len(views) or not is_anchor(views[i + 2])


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
    return sentence_end(views[i].text) == "." and has_photo_credit(above) and bool(captions.credit_only(above))


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
    if j < len(views) and views[j].line.no == views[j - 1].line.no + 1 and has_photo_credit(views[j].text) \
            and captions.credit_only(views[j].text) is not None:
        return j
    return None


def _next_significant(views: list[LineView], i: int, reach: int = 4, skip_rules: bool = True) -> int | None:
    """The next line that is not a caption, a short label or (with ``skip_rules``) a widget, within ``reach``."""
    for j in range(i, min(i + reach, len(views))):
        view = views[j]
        if view.rule is not None and not skip_rules:
            return None
        if is_anchor(view) or not (view.rule is not None or is_caption_line(view) or _credit_follows(views, j)
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
            if after is not None and after < end and is_anchor(views[after]) and not _is_teaser_date(views[after]):
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
        read_kicker(views, title, header)
        nxt = title + 1
        if nxt < len(views) and (_is_dek(views, nxt, views[title].words) or stacked_dek_over_date(views, nxt, zone)):
            header.subtitle = nxt
        else:
            header.subtitle = summary_dek(views, title, zone)
        lo = max(lo, title - 3)
    last_header_line = header.subtitle if header.subtitle is not None else title
    start = max(zone.start, (last_header_line if last_header_line is not None else -1) + 1)
    while start < zone.end and _is_header_line(views[start]):
        start += 1
    if title is not None:
        start = entry_start(views, start) if title < start - 1 else start
        start = wire_lead_above(views, title, start)
        if video_blurb(views, start):
            start += 1  # the player's blurb is no part of the story
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
            names = _bare_name(views, i, header) or bare_name_over_date(views, i) or name_beside_date(view) \
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
    return has_photo_credit(view.text) and (not is_anchor(view) or view.prose and line_authors(view) is None) \
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
    return view.rule is None and view.words >= 2 and not is_anchor(view) and not is_caption_line(view) \
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
    if view.rule is not None or view.words < 6 or view.words > 80 or is_anchor(view) or is_caption_line(view) \
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
    return (view.rule is not None or is_anchor(view) or is_caption_line(view)
            or (view.words <= 3 and view.text[-1] not in ".!?\"”"))
