"""The article zone: the densest run of the page's own prose, widened over what belongs to it."""
from __future__ import annotations

from typing import NamedTuple

from ..lines import list_item_text
from ..people.credits import agency_credit
from ..rules.closing import reporting_trailer
from ..time.header import is_embed_signature
from .bridges import bridge_backward, bridge_forward
from .runs import (
    LIST_LABEL_WORDS,
    data_row_runs,
    entry_widgets,
    heads_a_paragraph,
    inline_link_box,
    is_entry_widget,
    labelled_list_end,
    teaser_cards,
)
from .views import LineView, is_running_text

TEASER_MAX_WORDS = 40  # prose not set apart on a page that sets paragraphs apart: a teaser is shorter
UNPUNCTUATED_PARAGRAPH = 12  # words: an isolated line this long is a paragraph even without a full stop
MARKED_PARAGRAPHS = 3  # isolated prose lines that show a page sets its paragraphs apart
MARKED_SHARE = 0.3  # ... when they hold this share of the page's own prose (the rest: teasers, captions)
TRAILER_REACH = 3  # lines after the zone where the story's "Reporting by …" trailer may stand
INLINE_BOX_RATIO = 3.0  # a "Related" box is inside the article when a third as much prose follows as precedes
# A "Related" box and an ad slot may stand inside the article: they weigh less against it than other boilerplate.
_RULE_SCORES = {"related": -2.0, "ad": -1.0}
DATA_ROW_SCORE = 0.5  # a table row weighs as a typed list item: short, but the article's own (menus have no numbers)
BLOCK_LINES = 12  # lines under a heading after the zone that may still be the article's ("Player ratings" …)
BLOCK_SENTENCES = 2  # sentences among them that name people or places the article names
_NAME_EDGES = ".,;:!?\"'()“”‘’«»"  # punctuation around a name in running text
class Zone(NamedTuple):
    """The article's lines: ``views[start:end]``; ``marked`` when the page sets paragraphs apart."""

    start: int
    end: int
    marked: bool = False


def line_score(view: LineView, paragraphs_marked: bool = False) -> float:
    """How much a line speaks for being inside the article (negative: against).

    When the page sets its paragraphs apart with blank lines (``paragraphs_marked``),
    prose that is not set apart (teasers, captions, widgets) counts for little, unless
    it runs longer than a teaser does (paragraphs glued together by the page's markup).

    >>> from ..lines import Line
    >>> prose = LineView(Line(1, "x"), words=30, prose=True, isolated=True, repeated=False, rule=None)
    >>> teaser = LineView(Line(1, "x"), words=30, prose=True, isolated=False, repeated=False, rule=None)
    >>> link = LineView(Line(2, "Opinion"), words=1, prose=False, isolated=False, repeated=False, rule=None)
    >>> line_score(prose) > 0 > line_score(link)
    True
    >>> line_score(teaser) > line_score(teaser, paragraphs_marked=True)
    True
    >>> glued = teaser._replace(words=60)
    >>> line_score(glued, paragraphs_marked=True) > line_score(teaser, paragraphs_marked=True)
    True
    """
    if view.rule is not None:
        return _RULE_SCORES.get(view.rule.kind, -4.0)
    bonus = 1.0 if view.isolated else 0.0
    if is_running_text(view):
        if view.repeated:
            return 0.25  # a pull quote or a caption shown twice
        if paragraphs_marked and not view.isolated:
            # a teaser or a caption: prose, but not the article's own run; teasers are not this long
            return 1.0 if view.words >= TEASER_MAX_WORDS else 0.25
        return 1.0 + min(view.words, 50) / 10 + bonus
    if view.repeated:
        return -2.0
    if view.words >= 3 and list_item_text(view.text) is not None:
        return 0.5
    if view.isolated and view.words >= UNPUNCTUATED_PARAGRAPH:
        return 0.5  # a paragraph of its own that lost its full stop
    if view.words >= 4 and view.text[-1] in ".!?":
        return 0.25  # a short sentence
    if view.isolated and view.words >= 3:
        return -0.25 if view.text[-1] in "\"”’:" else -0.75
    return -1.5


def densest_run(scores: list[float]) -> tuple[int, int]:
    """The ``(start, end)`` of the run with the largest sum (Kadane), ``end`` exclusive.

    >>> densest_run([-1, 3, -1, 4, -9, 2])
    (1, 4)
    >>> densest_run([-1, -2])
    (0, 0)
    """
    best, best_run = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_run = total, (start, i + 1)
    return best_run


def paragraphs_marked(views: list[LineView]) -> bool:
    """The page sets its paragraphs apart with blank lines: several prose lines stand alone, and
    either some of them follow one another (an article's paragraphs) or they hold a fair share of
    the page's prose that is not repeated or caught by a rule.

    A page that runs its paragraphs together may still set apart its dek and a tweet or two:
    those few, scattered, do not make its other prose (the article itself) look like teasers.

    >>> from ..lines import Line
    >>> def v(words, isolated): return LineView(Line(1, "x"), words, True, isolated, False, None)
    >>> run_together = [v(30, False)] * 10
    >>> paragraphs_marked([v(30, True), *run_together, v(30, True), *run_together, v(30, True)])
    False
    >>> paragraphs_marked([v(30, True)] * 3 + run_together * 2)
    True
    """
    apart = [i for i, view in enumerate(views) if view.prose and view.isolated]
    if len(apart) < MARKED_PARAGRAPHS:
        return False
    run = MARKED_PARAGRAPHS - 1
    if any(apart[k + run] == apart[k] + run for k in range(len(apart) - run)):
        return True  # that many set-apart paragraphs one after another
    apart_words = sum(views[i].words for i in apart)
    together = sum(v.words for v in views if v.prose and not v.isolated and not v.repeated and v.rule is None)
    return apart_words >= MARKED_SHARE * (apart_words + together)


def find_zone(views: list[LineView]) -> Zone:
    """The article zone: the densest run, carried over the lists and tables between the article's
    paragraphs (:mod:`.bridges`), closed at its first end marker after the first paragraph.

    A "Related" box inside the article does not close it when at least a third as much of
    the run's prose follows it as precedes it; comment and tag markers always do. A run stopped
    by a list without bullets ("Key points:" and short lines) is found again with the list's lines
    weighed as list items (:func:`labelled_list_end`), so the paragraphs after the list stay; the
    run is then carried over the lists, tables and code between it and the story's other paragraphs
    (a listicle's items and labels: :mod:`.bridges`).

    >>> from .views import view_lines

    >>> from ..lines import split_lines
    >>> text = ("Home\\nNews\\nSport\\n\\nThe council voted on Tuesday to close the old bridge for repairs.\\n\\n"
    ...         "Work will start in March and should last until the end of the year.\\n\\n"
    ...         "Drivers will use the northern crossing while the repairs go on.\\n\\n"
    ...         "Related stories\\n\\nA long teaser about another matter entirely that goes on and on.")
    >>> views = view_lines(split_lines(text))
    >>> zone = find_zone(views)
    >>> [v.text[:12] for v in views[zone.start:zone.end]]
    ['The council ', 'Work will st', 'Drivers will']
    """
    marked = paragraphs_marked(views)
    scores = [line_score(v, marked) for v in views]
    for first, last in data_row_runs(views):
        scores[first:last] = [max(score, DATA_ROW_SCORE) for score in scores[first:last]]
    widgets = entry_widgets(views)
    for i in widgets:
        scores[i] = max(scores[i], 0.0)
    start, end = densest_run(scores)
    list_end = labelled_list_end(views, end) if end < len(views) else None
    if list_end is not None:  # a list without bullets stopped the run: its items weigh as list items
        scores[end:list_end] = [max(score, DATA_ROW_SCORE) for score in scores[end:list_end]]
        start, end = densest_run(scores)
    if start < end:  # lists, tables and code between the article's paragraphs
        end = bridge_forward(views, scores, end)
        start = bridge_backward(views, scores, start)
    total = sum(s for s in scores[start:end] if s > 0)
    before = 0.0
    for i in range(start, end):
        if _closes_zone(views, i, before, total, end):
            return Zone(start, _with_trailer(views, i), marked)
        before += max(scores[i], 0.0)
    end = block_under_heading(views, start, end)
    if widgets:  # the widget under the last entry: the body builder takes it out with the others
        texts = {views[i].text for i in widgets}
        while end < len(views) and views[end].text in texts and is_entry_widget(views[end]):
            end += 1
    return Zone(start, _with_trailer(views, end), marked)



def _closes_zone(views: list[LineView], i: int, before: float, total: float, end: int) -> bool:
    """Line ``i`` ends the article, the run's prose weighing ``before`` above it out of ``total``: a closing
    marker under some prose, heading no paragraph and no inline box of links; a "Related" marker only with
    most of the prose above it or a list of teaser cards under it (else it is a box inside the article)."""
    rule = views[i].rule
    if before <= 0 or rule is None or not rule.ends_article:
        return False
    if heads_a_paragraph(views, i) or inline_link_box(views, i):
        return False
    return rule.kind != "related" or before >= INLINE_BOX_RATIO * (total - before) or teaser_cards(views, i + 1, end)

def block_under_heading(views: list[LineView], start: int, end: int) -> int:
    """The end of the zone ``views[start:end]`` moved past a block the article closes with: a short
    heading, then lines with no blank line between them ("Player ratings", a line per team, "What's
    next?", a sentence), at least :data:`BLOCK_SENTENCES` of them sentences that name people or places
    the article names. A list of teasers under a heading names other stories' people.

    >>> from .views import view_lines

    >>> from ..lines import split_lines
    >>> text = ("Okoro scored twice as Ashford beat ten-man Kingsbridge at home on Saturday.\\n\\nRatings\\n"
    ...         "Ashford: Parker 6, Cole 7, Okoro 9, Grant 6 and the rest of the side.\\nMan of the match: Okoro\\n"
    ...         "Ashford travel to Deanfield on Tuesday, while Kingsbridge host Marlow.\\nTable\\nFull table")
    >>> block_under_heading(view_lines(split_lines(text)), 0, 1)
    5
    """
    if end >= len(views) - BLOCK_SENTENCES or not _block_heading(views[end]):
        return end
    last, sentences = end + 1, []
    while last < len(views) and last - end <= BLOCK_LINES and _runs_on(views, last):
        if views[last].prose:
            sentences.append(last)
        last += 1
    if len(sentences) < BLOCK_SENTENCES:
        return end
    names = {word.strip(_NAME_EDGES) for view in views[start:end] for word in view.text.split()[1:]
             if word[:1].isupper()}
    named = [k for k in sentences if any(word.strip(_NAME_EDGES) in names for word in views[k].text.split())]
    return sentences[-1] + 1 if len(named) * 2 >= len(sentences) and len(named) >= BLOCK_SENTENCES else end


def _runs_on(views: list[LineView], k: int) -> bool:
    """Line ``k`` stands right under the line before it, and is no widget and no repeated line."""
    view = views[k]
    return view.line.no == views[k - 1].line.no + 1 and view.rule is None and not view.repeated


def _block_heading(view: LineView) -> bool:
    if view.rule is not None or view.repeated:
        return False
    return 1 <= view.words <= LIST_LABEL_WORDS and view.text[-1] not in ".:!,;"


def _with_trailer(views: list[LineView], end: int) -> int:
    """Move the end past the signature of an embedded post that closes the article ("— Name
    (@handle) November 18, 2019") and the story's own credit line ("Reporting by …", "(with input
    from agencies)") standing within a few lines after it.

    >>> from .views import view_lines

    >>> from ..lines import split_lines
    >>> views = view_lines(split_lines("The bridge is shut, she wrote.\\n— Ann Lee (@annlee) May 2, 2020\\nMenu"))
    >>> _with_trailer(views, 1)
    2
    """
    if end < len(views) and views[end].rule is None and is_embed_signature(views[end].text):
        end += 1
    for i in range(end, min(end + TRAILER_REACH, len(views))):
        if views[i].rule is not None:
            break
        if reporting_trailer(views[i].text) or agency_credit(views[i].text) is not None:
            return i + 1
    return end
