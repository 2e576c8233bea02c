"""Bridges: the article zone carried over the lists, tables and code blocks between its paragraphs."""
from __future__ import annotations

from ..lazyre import lazy
from .line_kinds import is_date_line
from .views import LineView

BRIDGE_REACH = 100  # lines: the longest list, table or code block a bridge crosses
BRIDGE_WEIGHT = 5.0  # the prose beyond the gaps crossed weighs at least one paragraph of its own
ANCHOR_SCORE = 3.0  # a line scoring this much is a paragraph of the article's own (running text set apart)
TOPIC_SHARE = 0.3  # share of the gap's lines that share a word with the article around it
DATE_WORDS = 6  # words: a teaser's date line is no longer
TOPIC_REACH = 30  # lines of the zone beside the gap whose words count as the article's
_WORD = lazy(r"\w{4,}")


def bridge_forward(views: list[LineView], scores: list[float], end: int) -> int:
    """The zone's ``end`` carried past the gaps after it that are part of the article: a list, a table
    or a code block whose lines weigh against the zone (short lines, no full stops), with more of the
    article's prose after it. A gap is crossed when it holds no line a rule catches and no date line
    (a list of teasers dates its items), at least :data:`TOPIC_SHARE` of its lines share a word with the
    article around it (a footer's menu names other things), and the prose after it weighs at least
    :data:`BRIDGE_WEIGHT` (:func:`line_score <.zone.line_score>`), alone or with the prose past the next
    gaps (an article of short paragraphs, each over a list).

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> from .zone import line_score
    >>> first = ("Pack the tent first, since the tent is the heaviest thing you will carry on the trail, and "
    ...          "check that its poles, pegs and lines are all in the bag before you leave the house.")
    >>> last = ("\\n\\nWith the tent and the stove packed, fill the rest of the bag with food for three days, spare "
    ...         "socks, a warm hat and a map of the trail, and leave the heavy camera at home this time.\\n")
    >>> views = view_lines(split_lines(f"{first}\\n\\nTent and poles\\nSleeping bag\\nStove and fuel{last}"))
    >>> bridge_forward(views, [line_score(v, True) for v in views], 1)
    5
    >>> views = view_lines(split_lines(f"{first}\\n\\nCareers\\nOur Team\\nPrivacy Policy\\nContact Us{last}"))
    >>> bridge_forward(views, [line_score(v, True) for v in views], 1)
    1
    """
    reached, weight = end, 0.0
    while (step := _bridge(views, scores, reached)) is not None:
        reached, step_weight = step
        weight += step_weight
        if weight >= BRIDGE_WEIGHT:
            end, weight = reached, 0.0
    return end


def _bridge(views: list[LineView], scores: list[float], end: int) -> tuple[int, float] | None:
    """The end and the weight of the run of prose past the gap at ``end``, if the gap may be crossed."""
    anchor = next((k for k in range(end, min(end + BRIDGE_REACH, len(views)))
                   if scores[k] >= ANCHOR_SCORE and views[k].rule is None and not views[k].repeated), None)
    if anchor is None or any(view.rule is not None or _bare_date(view) for view in views[end:anchor]):
        return None
    run_end, weight = _run_from(scores, anchor)
    if not _on_topic(views[end:anchor], views[max(0, end - TOPIC_REACH):end] + views[anchor:run_end]):
        return None
    return run_end, weight


def bridge_backward(views: list[LineView], scores: list[float], start: int) -> int:
    """The zone's ``start`` carried back over the gaps before it that are part of the article, as
    :func:`bridge_forward` carries its end: a list or a table above the run's first paragraph, with
    the article's earlier paragraphs above it.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> from .zone import line_score
    >>> first = ("Pack the tent first, since the tent is the heaviest thing you will carry on the trail, and "
    ...          "check that its poles, pegs and lines are all in the bag before you leave the house.")
    >>> last = ("\\n\\nWith the tent and the stove packed, fill the rest of the bag with food for three days, spare "
    ...         "socks, a warm hat and a map of the trail, and leave the heavy camera at home this time.\\n")
    >>> views = view_lines(split_lines(f"{first}\\n\\nTent and poles\\nSleeping bag\\nStove and fuel{last}"))
    >>> bridge_backward(views, [line_score(v, True) for v in views], 4)
    0
    """
    size = len(views)
    return size - bridge_forward(views[::-1], scores[::-1], size - start)


def _run_from(scores: list[float], start: int) -> tuple[int, float]:
    """The end of the heaviest run that starts at ``start`` (it stops where its sum falls to zero), and its weight.

    >>> _run_from([4.0, -1.0, 2.0, -9.0, 8.0], 0)
    (3, 5.0)
    """
    best, best_end, total = 0.0, start, 0.0
    for i in range(start, len(scores)):
        total += scores[i]
        if total <= 0:
            break
        if total > best:
            best, best_end = total, i + 1
    return best_end, best


def _bare_date(view: LineView) -> bool:
    """A short line that is only a date, as a teaser prints under its headline (not a row that holds a figure)."""
    return view.words <= DATE_WORDS and is_date_line(view)


def _on_topic(gap: list[LineView], around: list[LineView]) -> bool:
    """At least :data:`TOPIC_SHARE` of the ``gap``'s lines with words share a word of four letters or
    more with the lines ``around`` it: an article's list speaks of what the article speaks of."""
    words = {word.casefold() for view in around for word in _WORD.findall(view.text)}
    lines = [found for view in gap if (found := _WORD.findall(view.text))]
    return sum(any(word.casefold() in words for word in found) for found in lines) >= TOPIC_SHARE * len(lines)
