"""Runs of dated teasers above the article: where the real header stands beneath them."""
from __future__ import annotations

from .headline import headline_of_dek, headline_score
from .line_kinds import is_anchor, is_date_line, line_authors
from .live import under_headline
from .nearby import WINDOW
from .views import LineView
from .zone import Zone

TEASER_RUN = 3  # dated teasers in a row that make a list of other stories, not a header


def _is_teaser_date(view: LineView) -> bool:
    """A short line that is only a date, with no byline: what stands under a teaser in a list of stories."""
    return view.words <= 6 and is_date_line(view) and line_authors(view) is None


def teaser_run_start(views: list[LineView], i: int) -> int | None:
    """Where the list of dated teasers that line ``i`` ends starts, or None when ``i`` is not the
    last of at least TEASER_RUN teasers in a row: each a headline over a line holding only its date,
    maybe under a short label ("AUTO NEWS"). A list like that under the header (related stories)
    may stand just above the article, so its last headline is not the article's.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
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

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> from .zone import find_zone
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
            after = under_headline(views, i)[1] if score > best_score else None
            if after is not None and after < end and is_anchor(views[after]) and not _is_teaser_date(views[after]):
                best, best_score = i, score
    return (headline_of_dek(views, best, zone), end) if best is not None else None
