"""Widening the article zone over the lists, tables and headings that split a long story's paragraphs."""
from __future__ import annotations

from .line_kinds import is_anchor
from .views import LineView, is_running_text

BRIDGE_GAP = 12  # lines of lists, labels and headings between two of the story's paragraphs
PARAGRAPH_SCORE = 4.0  # a line's zone score (:func:`.zone.line_score`): a paragraph of some twenty words or more


def bridged(views: list[LineView], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of the densest run ``views[start:end]`` moved, down and then up, over each run of
    at most :data:`BRIDGE_GAP` lines with a paragraph of the story past it: a listicle's items under
    each entry, a "What you'll learn:" label, a table of prices, which weigh against the zone but
    belong to it. A gap holding a widget, a byline or a date (teaser cards, comments) or a short line
    the page repeats ("Reply") ends the widening, and so does a paragraph too short or not set apart.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> para = "The guide goes on with the next course, who teaches it, what it costs and how long it takes to finish."
    >>> views = view_lines(split_lines(f"Menu\\n\\n{para}\\n\\nPricing:\\nFree\\nTen dollars a month\\n\\n"
    ...                                f"{para} Really.\\n\\nBy Ann Lee\\n\\n{para} Again.\\n"))
    >>> scores = [-1.5, 7.0, -2.0, -1.5, -1.5, 7.0, -1.5, 7.0]
    >>> bridged(views, scores, 5, 6)
    (1, 6)
    """
    while (below := _paragraph_along(views, scores, range(end, min(end + BRIDGE_GAP + 1, len(views))))) is not None:
        end = below + 1
    while (above := _paragraph_along(views, scores, range(start - 1, max(start - BRIDGE_GAP - 2, -1), -1))) is not None:
        start = above
    return start, end


def _paragraph_along(views: list[LineView], scores: list[float], reach: range) -> int | None:
    """The first of the story's paragraphs along ``reach``, when no line before it ends the widening; else None."""
    for k in reach:
        view = views[k]
        if view.rule is not None or _foreign(view):
            return None
        if scores[k] >= PARAGRAPH_SCORE and view.isolated and is_running_text(view):
            return k
    return None


def _foreign(view: LineView) -> bool:
    """A line no story's list or heading is: a date or a byline (teaser cards and comments carry them),
    a short line the page repeats ("Reply", "Share") unless it is a label ("Pricing:")."""
    if view.repeated and view.words <= 3 and not view.text.endswith(":"):
        return True
    return is_anchor(view)
