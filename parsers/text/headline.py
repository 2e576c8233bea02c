"""The headline: which line above the article is its title, and the dek that stands with it."""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..lines import list_item_text
from ..people.bylines import is_byline_label
from ..people.datelines import dateline_of
from ..vocab.header_labels import KEY_POINTS_HEADINGS
from ..vocab.navigation import BREADCRUMB_START
from .byline import anchors_header, bar_byline_over_date, bare_name_over_date, is_role_under_name, name_over_role
from .line_kinds import is_anchor, is_caption_line, is_date_line, is_dated_title, line_authors
from .live import (
    dated_caption,
    in_key_points,
    is_date_list,
    is_entry_stamp,
    is_time_zone_note,
    key_points_end,
    under_headline,
)
from .nearby import WINDOW, credit_follows, is_dek, sentence_end
from .teasers import cut_teasers_at, is_cut_teaser, is_running_time, is_video_title
from .trail import ends_trail_above, is_breadcrumb
from .views import LineView, is_running_text
from .zone import Zone

_BREADCRUMB = lazy(BREADCRUMB_START, re.IGNORECASE)
SUMMARY_REACH = 8  # lines under the headline where a "Summary:" label over the standfirst may stand
TRAIL_BONUS = 2.0
LABEL_WORDS = 4  # words of a label stacked under the headline ("in Festivals & Events")


def headline_score(views: list[LineView], i: int, zone: Zone) -> float:
    """How much line ``i`` looks like the headline (<= 0: not at all).

    Best: 5-25 words, no full stop, and the next line that counts (a dek may stand
    between) is a byline or a date.
    """
    view = views[i]
    if view.rule is not None or view.words < 3 or view.words > 40:
        return 0.0
    if is_anchor(view) and not is_dated_title(view) or is_caption_line(view):
        return 0.0  # a byline or a date line (unless the headline carries its date), a caption
    if credit_follows(views, i) or is_cut_teaser(view.text):
        return 0.0  # a caption (its picture credit follows), or a teaser cut to fit its box
    if bare_name_over_date(views, i) or bar_byline_over_date(views, i) or name_over_role(views, i):
        return 0.0  # the author's name
    if is_role_under_name(views, i):
        return 0.0  # the author's job title under the name
    if in_key_points(views, i) or is_time_zone_note(view.text) or is_video_title(views, i):
        return 0.0  # a point of the summary under the headline, a live page's note on its times, a video's title
    if i and is_byline_label(views[i - 1].text):
        return 0.0  # the author's name, under "Author:"
    if list_item_text(view.text) is not None:
        return 0.0  # a menu entry
    if view.words <= 6 and _BREADCRUMB.match(view.text) and all(w[0].isupper() or w == "&" for w in view.text.split()):
        return 0.0  # a breadcrumb trail ("Home News Science & Astronomy")
    score = 2.0 if 5 <= view.words <= 25 else 1.0
    dek, after = under_headline(views, i)
    if dek is not None:
        if view.text.endswith(views[dek].text):
            return 0.0  # a breadcrumb trail that ends with the headline
        if view.words >= 5:
            score += 1.0
    anchored = after is not None and anchors_header(views, after)
    if anchored:  # unless it is one of a list of dates, a live page's entry stamp or a video's running time
        anchored = not (is_date_list(views, after) or is_entry_stamp(views, after)
                        or is_running_time(views[after].text))
    if anchored:
        score += 3.0
    elif view.isolated:  # a paragraph of its own and no byline or date under it: more likely prose
        score -= 1.0 if view.prose else 0.0
        score -= 1.0 if i >= zone.start else 0.0
    if any(is_anchor(views[k]) and not is_entry_stamp(views, k) for k in range(max(0, i - 3), i)):
        score += 1.0
        if not anchored and _anchor_right_above(views, i):
            score += 1.0  # the date or byline right over it, none under it: a header printed date first
    if i and is_breadcrumb(views[i - 1].text):
        score += 1.0
    if sentence_end(view.text) in ".;,":
        score -= 1.5
    elif view.text[-1] == ":":
        score -= 2.0
    if view.repeated:
        score += 0.5
    if ends_trail_above(views, i):
        score += TRAIL_BONUS
    return score - 0.05 * max(0, zone.start - i)


def _anchor_right_above(views: list[LineView], i: int) -> bool:
    """A date or byline (not a live page's entry stamp) stands right over line ``i``, no blank line between."""
    above = views[i - 1]
    return above.line.no == views[i].line.no - 1 and is_anchor(above) and not is_entry_stamp(views, i - 1)


def summary_dek(views: list[LineView], title: int, zone: Zone) -> int | None:
    """The index of the standfirst printed under a "Summary:" label between the headline and the
    article (science and research news sites): the label, then one paragraph of prose right
    under it, no second point (a list of points is :func:`key_points_end`'s); else None.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Kelp forests move into deeper water\\nNovember 19, 2019\\nSummary:\\n"
    ...     "Heat waves have driven kelp forests into deeper water, a 15-year survey shows.\\nShare:\\n\\n"
    ...     "Marine heat waves have driven kelp forests to retreat, a survey shows.\\n"))
    >>> summary_dek(views, 0, Zone(5, 6))
    3
    """
    for i in range(title + 1, min(zone.start, title + SUMMARY_REACH) - 1):
        if views[i].words <= 3 and views[i].text.rstrip(" :").casefold() in KEY_POINTS_HEADINGS:
            dek = views[i + 1]
            right_under = dek.line.no == views[i].line.no + 1
            is_summary = right_under and dek.prose and dek.rule is None
            return i + 1 if is_summary and key_points_end(views, i) is None else None
    return None


def wire_lead_above(views: list[LineView], title: int, start: int) -> int:
    """Where the story starts when its first paragraph, opening with a wire dateline, is printed
    among the header's lines above the lead picture ("Headline / Byline / AMSTERDAM (Reuters) - …
    / caption", no blank line between): that line; else ``start``. Not the line under the headline
    (a dek that repeats the lead), nor one with a date or byline under it (the header goes on).

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Brewer cuts 800 jobs as sales go flat\\nAnna van Dijk\\n"
    ...     "AMSTERDAM (Reuters) - Dutch brewer Hollandia said on Tuesday it would cut 800 jobs.\\n"
    ...     "Bottles on a line at the brewery. REUTERS/Piet Jansen\\n\\nThe cuts fall at its head office.\\n"))
    >>> wire_lead_above(views, 0, 4)
    2
    """
    for i in range(title + 2, start):
        view = views[i]
        if view.rule is not None or not view.prose or view.words < 12 or is_anchor(view):
            continue
        if dateline_of(view.text) is not None:
            pictured = any(is_anchor(views[k]) and not dated_caption(views[k]) for k in range(i + 1, start))
            return start if pictured else i
    return start


def find_headline(views: list[LineView], zone: Zone) -> int | None:
    """The index of the headline near the zone's start, or None.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> from .zone import find_zone
    >>> views = view_lines(split_lines("Home\\nWorld\\nBridge to close for two years of repairs\\nBy Jane Doe\\n"
    ...     "\\nThe council voted on Tuesday to close the old bridge for repairs.\\n\\nWork starts in "
    ...     "March, it said.\\n"))
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
    return headline_of_dek(views, best, zone)


def headline_of_dek(views: list[LineView], i: int | None, zone: Zone) -> int | None:
    """The headline, when the line ``i`` found is the dek under it (:func:`_dek_of_line_above`,
    :func:`_dek_under_byline`); else ``i``."""
    if i is not None and i > 0 and _dek_of_line_above(views, i, zone):
        return i - 1
    if i is not None and i > 1 and _dek_under_byline(views, i, zone):
        return i - 2
    if i is not None and i > 0 and stacked_dek_over_date(views, i, zone):
        return i - 1
    if i is not None and i > 0 and label_under_headline(views, i, zone):
        return i - 1
    return i


def label_under_headline(views: list[LineView], i: int, zone: Zone) -> bool:
    """Line ``i`` is a short label or a trail of categories stacked right under the headline, over
    the byline or the date ("Headline / Asia | Travel Tips / By Ann Lee"): at most
    :data:`LABEL_WORDS` words or parts set apart by bars or slashes, no sentence, under a longer
    line that may be a headline itself.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Menu\\nWhat to expect on a first trip to Japan\\nAsia | Japan | Travel Tips\\n"
    ...     "By Ann Lee\\n\\nThe first paragraph of the guide tells what it covers and why it matters.\\n"))
    >>> label_under_headline(views, 2, Zone(5, 6)), label_under_headline(views, 1, Zone(5, 6))
    (True, False)
    """
    view, above = views[i], views[i - 1]
    if above.line.no != view.line.no - 1 or above.words <= view.words or above.rule is not None:
        return False
    if above.text.endswith(view.text):
        return False  # a breadcrumb trail over the headline it ends with
    if view.words > LABEL_WORDS and " | " not in view.text and " / " not in view.text:
        return False
    return sentence_end(view.text) not in ".!?" and headline_score(views, i - 1, zone) > 0


def stacked_dek_over_date(views: list[LineView], i: int, zone: Zone) -> bool:
    """Line ``i`` is an unpunctuated dek stacked under its headline, right above the date or byline
    ("Headline / Investment of EUR 900 million; first power expected in 2023 / 19 November 2019"):
    two headline-like lines with no blank line or other line between them and neither a sentence,
    the upper one the longer, the lower no run of items set apart by bars ("NAME | OUTLET" is a
    byline). Of two such lines the upper is the headline (a teaser of another story stands apart
    from the story's own headline, under its label or link).

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Newsroom\\nCouncil to close the old river bridge for two years of repairs\\n"
    ...     "Detours of up to 20 minutes expected\\n19 November 2019 08:00\\n\\n"
    ...     "The council voted on Tuesday to close the old bridge for repairs.\\n"))
    >>> stacked_dek_over_date(views, 2, Zone(4, 5)), stacked_dek_over_date(views, 1, Zone(4, 5))
    (True, False)
    """
    view, above = views[i], views[i - 1]
    if i + 1 >= len(views) or above.line.no != view.line.no - 1 or view.rule is not None:
        return False  # not right under the line above
    if view.words < 5 or above.words <= view.words or above.text.endswith(view.text):
        return False  # not a shorter line of its own under the headline
    if anchors_header(views, i) or is_caption_line(view) or " | " in view.text:
        return False
    if sentence_end(view.text) in ".!?:" or sentence_end(above.text) in ".!?,;:":
        return False  # a sentence, or under one
    return anchors_header(views, i + 1) and headline_score(views, i - 1, zone) > 0


def _dek_under_byline(views: list[LineView], i: int, zone: Zone) -> bool:
    """Line ``i`` is the dek printed under the byline, the headline above that byline ("Headline /
    Ann LeeView More Articles / Dek / Date"): a line right under a byline without a date, itself
    under a line that may be a headline. Headlines stand above their byline, not under it.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Home\\nBridge to close for two years of repairs\\nBy Jane Doe\\n"
    ...     "Engineers found cracks in three steel supports\\nMarch 3, 2020 9:15\\n"
    ...     "\\nThe council voted on Tuesday to close the old bridge for repairs.\\n"))
    >>> _dek_under_byline(views, 3, Zone(5, 6)), _dek_under_byline(views, 1, Zone(5, 6))
    (True, False)
    """
    byline = views[i - 1]
    return not is_date_line(byline) and line_authors(byline) is not None and headline_score(views, i - 2, zone) > 0


def _dek_of_line_above(views: list[LineView], i: int, zone: Zone) -> bool:
    """Line ``i`` is the dek under the headline: a sentence ending with a full stop (headlines
    seldom do; a question or an exclamation may well be the headline) right under a shorter line
    without one that could be a headline itself.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Morning Brief 11.18.19\\nThe council shuts the bridge, and what a "
    ...                                "week it was ...\\n"
    ...     "By Jane Doe\\n\\nThe council voted on Tuesday to close the old bridge for repairs.\\n"))
    >>> _dek_of_line_above(views, 1, Zone(3, 4))
    True
    >>> views = view_lines(split_lines("Bridge repairs: latest news\\nWill the old bridge over the "
    ...                                "river ever reopen?\\n"
    ...     "By Jane Doe\\n\\nThe council voted on Tuesday to close the old bridge for repairs.\\n"))
    >>> _dek_of_line_above(views, 1, Zone(3, 4))
    False
    """
    above, view = views[i - 1], views[i]
    if sentence_end(view.text) != "." or sentence_end(above.text) in ".!?,;:" or above.words >= view.words:
        return False  # not a sentence under a shorter, unpunctuated line
    return is_dek(views, i, above.words) and headline_score(views, i - 1, zone) > 0
