"""Teasers: video players and lists of other stories that stand above a headline and are no header."""
from __future__ import annotations

from ..lazyre import lazy
from ..vocab.header_labels import RUNNING_TIME, VIDEO_LABELS
from .line_kinds import is_anchor
from .nearby import sentence_end
from .views import LineView

_RUNNING_TIME = lazy(RUNNING_TIME)


def video_blurb(views: list[LineView], i: int) -> bool:
    """Line ``i`` is the blurb of the video player that heads the story: a "Video" label, the
    clip's title and one sentence describing it, printed together with no blank line between, and
    the story after a blank line ("close / Video / Dog rescued from storm drain / Firefighters …").

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("close\\nVideo\\nDog rescued from storm drain\\n"
    ...     "Firefighters pulled a terrier out of a storm drain after a three-day search.\\n\\n"
    ...     "A small terrier that went missing during a storm last week was pulled from a drain.\\n"))
    >>> video_blurb(views, 3), video_blurb(views, 4)
    (True, False)
    """
    if not 2 <= i < len(views) - 1 or views[i - 2].text.casefold() not in VIDEO_LABELS:
        return False
    label, title, blurb = views[i - 2], views[i - 1], views[i]
    if title.line.no != label.line.no + 1 or blurb.line.no != title.line.no + 1:
        return False  # label, title and blurb stand on three lines in a row ...
    if views[i + 1].line.no <= blurb.line.no + 1:
        return False  # ... set apart from what follows
    short_title = title.words <= 12 and sentence_end(title.text) not in ".!?"
    return short_title and blurb.words <= 40 and ". " not in blurb.text


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

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Why the town is betting on batteries\\n02:14 - Source: CNN\\n"
    ...     "Town lands battery plant\\n15:23\\nNov 19, 2019\\nFerry passengers speak out\\n01:48\\nUp next\\n"))
    >>> is_video_title(views, 0), is_video_title(views, 2), is_video_title(views, 5)
    (True, False, True)
    """
    if i + 1 >= len(views) or not is_running_time(views[i + 1].text):
        return False
    if _RUNNING_TIME.fullmatch(views[i + 1].text)["source"] is not None:
        return True
    return i + 2 >= len(views) or not is_anchor(views[i + 2])


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

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Mayor to run for a third te..\\nFerry fares rise by a fif..\\n"
    ...     "Bridge to close for two years of repairs\\n"))
    >>> cut_teasers_at(views, 0), cut_teasers_at(views, 2)
    (2, 0)
    """
    n = i
    while n < len(views) and is_cut_teaser(views[n].text):
        n += 1
    return n - i
