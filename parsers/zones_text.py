"""Where the article lies in a whole-page text dump.

Each line gets a score from cheap features — prose or not, a paragraph of its own
(a blank line on both sides, as browsers print ``<p>``), repeated elsewhere in the
page, caught by a boilerplate rule — and the article zone is the run of lines with
the largest total (Kadane's maximum-sum run: one pass, linear in the input). The
zone then ends at the first closing marker ("Related", "Comments", tags…) after
its first paragraph.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from . import captions, rules
from .lazyre import lazy
from .textdump import PROSE_WORDS, SENTENCE_END, Line, list_item_text, word_count
from .timestamps import is_embed_signature

LONG_RUN_ON = 25  # words: a line this long is running text even without a full stop (not a tag cloud)
_PUNCTUATED = lazy(r"[,.;:!?，、。]\s")
TEASER_MAX_WORDS = 40  # prose not set apart on a page that sets paragraphs apart: a teaser is shorter
UNPUNCTUATED_PARAGRAPH = 12  # words: an isolated line this long is a paragraph even without a full stop
MARKED_PARAGRAPHS = 3  # isolated prose lines that show a page sets its paragraphs apart
MARKED_SHARE = 0.3  # ... when they hold this share of the page's own prose (the rest: teasers, captions)
TRAILER_REACH = 3  # lines after the zone where the story's "Reporting by …" trailer may stand
INLINE_BOX_RATIO = 3.0  # a "Related" box is inside the article when a third as much prose follows as precedes
# A "Related" box and an ad slot may stand inside the article: they weigh less against it than other boilerplate.
_RULE_SCORES = {"related": -2.0, "ad": -1.0}
DATA_ROWS = 4  # data rows on consecutive lines that make a table inside the article
DATA_ROW_SCORE = 0.5  # a table row weighs as a typed list item: short, but the article's own (menus have no numbers)
_ROW_START = lazy(r"\S*\d|\S+\s+\S*\d")  # a number among the first two words
LIST_ITEMS = 2  # short lines under a "Key points:" label that make a list inside the article
LIST_LABEL_WORDS = 6
PARAGRAPHS_AFTER_LABEL = 2  # paragraphs right under a "Related" label that show the article goes on
BOX_LINKS = 2  # links under a "Read also" label inside the article, before a blank line and a paragraph
BLOCK_LINES = 12  # lines under a heading after the zone that may still be the article's ("Player ratings" …)
BLOCK_SENTENCES = 2  # sentences among them that name people or places the article names
_NAME_EDGES = ".,;:!?\"'()“”‘’«»"  # punctuation around a name in running text
TEASER_CARDS = 3  # prose lines, each with the same widget under it, that make a list of teasers
ENTRY_WIDGETS = 2  # times the same widget stands between the paragraphs of a page of entries (a live blog)
ENTRY_WIDGET_WORDS = 6  # words: a widget's line ("Share this post", "Copy this link") is no longer
ENTRY_REACH = 4  # lines after a widget where the next entry's prose starts (its time stamp, its heading between)


class LineView(NamedTuple):
    """One line and the features the zone finder and the header reader use (a tuple: cheap to make)."""

    line: Line
    words: int
    prose: bool
    isolated: bool  # a blank line (or the edge of the page) before and after it
    repeated: bool  # the same text stands elsewhere in the page
    rule: rules.LineRule | None

    # the line's text: a getter in C (the steps read it some 70,000 times over the corpus)
    text = property(attrgetter("line.text"), doc="The line's text.")


@dataclass(frozen=True, slots=True)
class Zone:
    """The article's lines: ``views[start:end]``; ``marked`` when the page sets paragraphs apart."""

    start: int
    end: int
    marked: bool = False


@lru_cache(maxsize=32768)
def line_features(text: str) -> tuple[str, int, bool, rules.LineRule | None]:
    """What a line's text alone says: its case-folded form (to find repeats), words, prose or
    not, and the boilerplate rule that catches it.

    Cached by text: menus, share bars and footers repeat within a page and across the
    pages of one outlet, so a batch reads each distinct line once.

    >>> line_features("Leave a Reply")[1:3], line_features("Leave a Reply")[3].kind
    ((3, False), 'comments')
    """
    words = len(text.split()) if text.isascii() else word_count(text)  # fast paths of word_count and is_prose,
    prose = words >= PROSE_WORDS and text[-1] in SENTENCE_END           # inlined: the cost is in the calls
    return text.casefold(), words, prose, rules.match_generic(text)


def view_lines(lines: list[Line]) -> list[LineView]:
    """Features of every line, in one pass (plus one pass to count repeats).

    >>> from .textdump import split_lines
    >>> v = view_lines(split_lines("Menu\\n\\nA first paragraph of the story that runs long enough.\\n\\nMenu"))
    >>> [(x.prose, x.isolated, x.repeated, x.rule and x.rule.kind) for x in v]
    [(False, True, True, 'navigation'), (True, True, False, None), (False, True, True, 'navigation')]
    """
    features = [line_features(line.text) for line in lines]
    counts = Counter([folded for folded, _, _, _ in features])
    numbers = [-1, *[line.no for line in lines], float("inf")]  # the page's edges count as blank lines
    make = tuple.__new__  # LineView(...) without the Python-level __new__ of a NamedTuple: a page has thousands
    return [make(LineView, (line, words, prose, numbers[i] < line.no - 1 and numbers[i + 2] > line.no + 1,
                            counts[folded] > 1, rule))
            for i, (line, (folded, words, prose, rule)) in enumerate(zip(lines, features))]


def is_running_text(view: LineView) -> bool:
    """Prose, or a long punctuated line without a full stop at its end (not a tag cloud).

    >>> from .textdump import Line
    >>> text = "Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida, e gostar é sentir " * 2
    >>> is_running_text(LineView(Line(1, text), 34, False, True, False, None))
    True
    """
    return view.prose or view.words >= LONG_RUN_ON and (bool(_PUNCTUATED.search(view.text))
                                                        or reads_as_sentence(view.text))


def reads_as_sentence(text: str) -> bool:
    """Most words start in lower case, as in a sentence that lost its full stop; a run of
    headlines, names or tags (title case, capitals) does not.

    >>> reads_as_sentence("Chelsea have this morning paid the fee to secure the signing of the keeper")
    True
    >>> reads_as_sentence("Home World Business Tech Science Health Sports Arts Travel Opinion Video")
    False
    """
    words = text.split()
    return sum(w[0].islower() for w in words) * 2 > len(words)


def line_score(view: LineView, paragraphs_marked: bool = False) -> float:
    """How much a line speaks for being inside the article (negative: against).

    When the page sets its paragraphs apart with blank lines (``paragraphs_marked``),
    prose that is not set apart (teasers, captions, widgets) counts for little, unless
    it runs longer than a teaser does (paragraphs glued together by the page's markup).

    >>> from .textdump import Line
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

    >>> from .textdump import Line
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


def is_data_row(view: LineView) -> bool:
    """A row of a table or schedule printed as a line: a few words with a number among the first
    two ("June 9 – Tampa, FL @ Arena", "1 Kyle Busch 5040 5 1", "2 tbsp honey"), in a block.

    >>> from .textdump import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> is_data_row(v("June 9 – Tampa, FL @ Amphitheatre")), is_data_row(v("3a etapa: 22 de abril – Velopark"))
    (True, True)
    >>> is_data_row(v("World News Sport")), is_data_row(v("November 2019"))
    (False, False)
    """
    return view.rule is None and 3 <= view.words <= 25 and not view.isolated and not view.repeated \
        and _ROW_START.match(view.text) is not None


def data_row_runs(views: list[LineView]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every block of at least :data:`DATA_ROWS` data rows on consecutive
    lines: a schedule, a ranking, a results table or a list of quantities inside the article. A menu
    has no numbers; a list of dated teasers puts its dates on lines of their own.

    >>> from .textdump import split_lines
    >>> rows = "\\n".join(f"June {d} – Tampa, FL @ Arena" for d in range(1, 5))
    >>> data_row_runs(view_lines(split_lines(f"Tour dates\\n{rows}\\n\\nMenu")))
    [(1, 5)]
    """
    rows = [i for i, view in enumerate(views) if 3 <= view.words <= 25 and is_data_row(view)]  # most lines: one test
    runs: list[tuple[int, int]] = []
    start = 0
    for k in range(1, len(rows) + 1):
        if k == len(rows) or rows[k] != rows[k - 1] + 1 or views[rows[k]].line.no != views[rows[k - 1]].line.no + 1:
            if k - start >= DATA_ROWS:
                runs.append((rows[start], rows[k - 1] + 1))
            start = k
    return runs


def labelled_list_runs(views: list[LineView]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every list printed without bullets among ``views`` (see
    :func:`labelled_list_end`): the label, then its items.

    >>> from .textdump import split_lines
    >>> para = "The smoke drifted south from fires burning north of the city on Tuesday."
    >>> text = f"{para}\\n\\nKey points:\\nAir quality was hazardous\\nSchools kept pupils inside\\n\\n{para}"
    >>> labelled_list_runs(view_lines(split_lines(text)))
    [(1, 4)]
    """
    return [(i, end) for i in [i for i, view in enumerate(views) if view.line.text[-1] == ":"]  # most: one test
            if (end := labelled_list_end(views, i)) is not None]


def labelled_list_end(views: list[LineView], i: int) -> int | None:
    """Where the list ends whose label is ``views[i]``, if a list printed without bullets starts there:
    a short label ending in a colon ("Key points:", "What we know:"), then at least :data:`LIST_ITEMS`
    lines of 3-25 words on the lines right under it, with running text just above the label and just
    below the list. Its lines weigh as typed list items, so the paragraph after it stays in the article.

    >>> from .textdump import split_lines
    >>> para = "The smoke drifted south from fires burning north of the city on Tuesday."
    >>> views = view_lines(split_lines(f"{para}\\n\\nKey points:\\nAir was bad\\nSchools kept pupils in\\n\\n{para}"))
    >>> labelled_list_end(views, 1), labelled_list_end(view_lines(split_lines("Menu\\nKey points:\\nA b c\\nD e f")), 1)
    (4, None)
    """
    if not 0 < i < len(views) - LIST_ITEMS - 1:
        return None
    label = views[i]
    if label.text[-1] != ":" or label.words > LIST_LABEL_WORDS or label.rule is not None \
            or not is_running_text(views[i - 1]):
        return None
    end = i + 1
    while end < len(views) and views[end].line.no == views[end - 1].line.no + 1 and _list_line(views[end]):
        end += 1
    return end if end - i - 1 >= LIST_ITEMS and end < len(views) and is_running_text(views[end]) else None


def _list_line(view: LineView) -> bool:
    return view.rule is None and 3 <= view.words <= 25 and not view.repeated and view.text[-1] != ":"


def find_zone(views: list[LineView]) -> Zone:
    """The article zone: the densest run, closed at its first end marker after the first paragraph.

    A "Related" box inside the article does not close it when at least a third as much of
    the run's prose follows it as precedes it; comment and tag markers always do. A run stopped
    by a list without bullets ("Key points:" and short lines) is found again with the list's lines
    weighed as list items (:func:`labelled_list_end`), so the paragraphs after the list stay.

    >>> from .textdump import split_lines
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
    total = sum(s for s in scores[start:end] if s > 0)
    before = 0.0
    for i in range(start, end):
        view = views[i]
        if before > 0 and view.rule is not None and view.rule.ends_article and not heads_a_paragraph(views, i) \
                and not inline_link_box(views, i):
            if view.rule.kind != "related" or before >= INLINE_BOX_RATIO * (total - before) \
                    or teaser_cards(views, i + 1, end):
                return Zone(start, _with_trailer(views, i), marked)
        before += max(scores[i], 0.0)
    end = block_under_heading(views, start, end)
    if widgets:  # the widget under the last entry: the body builder takes it out with the others
        texts = {views[i].text for i in widgets}
        while end < len(views) and views[end].text in texts and _entry_widget(views[end]):
            end += 1
    return Zone(start, _with_trailer(views, end), marked)


def block_under_heading(views: list[LineView], start: int, end: int) -> int:
    """The end of the zone ``views[start:end]`` moved past a block the article closes with: a short
    heading, then lines with no blank line between them ("Player ratings", a line per team, "What's
    next?", a sentence), at least :data:`BLOCK_SENTENCES` of them sentences that name people or places
    the article names. A list of teasers under a heading names other stories' people.

    >>> from .textdump import split_lines
    >>> text = ("Okoro scored twice as Ashford beat ten-man Kingsbridge at home on Saturday.\\n\\nRatings\\n"
    ...         "Ashford: Parker 6, Cole 7, Okoro 9, Grant 6 and the rest of the side.\\nMan of the match: Okoro\\n"
    ...         "Ashford travel to Deanfield on Tuesday, while Kingsbridge host Marlow.\\nTable\\nFull table")
    >>> block_under_heading(view_lines(split_lines(text)), 0, 1)
    5
    """
    if end >= len(views) - BLOCK_SENTENCES or not _block_heading(views[end]):
        return end
    last, sentences = end + 1, []
    while last < len(views) and last - end <= BLOCK_LINES and views[last].line.no == views[last - 1].line.no + 1 \
            and views[last].rule is None and not views[last].repeated:
        if views[last].prose:
            sentences.append(last)
        last += 1
    if len(sentences) < BLOCK_SENTENCES:
        return end
    names = {word.strip(_NAME_EDGES) for view in views[start:end] for word in view.text.split()[1:] if word[:1].isupper()}
    named = [k for k in sentences if any(word.strip(_NAME_EDGES) in names for word in views[k].text.split())]
    return sentences[-1] + 1 if len(named) * 2 >= len(sentences) and len(named) >= BLOCK_SENTENCES else end


def _block_heading(view: LineView) -> bool:
    return view.rule is None and not view.repeated and 1 <= view.words <= LIST_LABEL_WORDS \
        and view.text[-1] not in ".:!,;"


def entry_widgets(views: list[LineView]) -> list[int]:
    """The lines of a widget that a page of entries (a live blog) prints after each entry ("Share
    this post", "Copy this link"; a credit or a label printed under each block of a gallery or a
    list): short lines repeated in the page, right under a paragraph set apart, with another paragraph within :data:`ENTRY_REACH` lines after them (or the end of
    ``views``: the article's last entry), the same lines standing so at least :data:`ENTRY_WIDGETS`
    times. Between entries they do not end the article.

    >>> from .textdump import split_lines
    >>> entry = "\\n\\nThe two leaders took their places behind the lecterns in the studio.\\n\\nShare this post\\nCopy link\\n"
    >>> views = view_lines(split_lines("".join(entry + f"14:0{k}" for k in range(3))))
    >>> [views[i].text for i in entry_widgets(views)]
    ['Share this post', 'Copy link', 'Share this post', 'Copy link']
    """
    places: dict[tuple[str, ...], list[int]] = {}
    # most lines: one test; then a paragraph set apart right above (a widget is under a blank line)
    for i in [i for i, view in enumerate(views) if view.repeated and i and views[i - 1].isolated]:
        if not _entry_widget(views[i]) or not is_running_text(views[i - 1]):
            continue
        end = i + 1
        while end < len(views) and _entry_widget(views[end]):
            end += 1
        if end == len(views) or any(is_running_text(view) for view in views[end:end + ENTRY_REACH]):
            places.setdefault(tuple(view.text for view in views[i:end]), []).append(i)
    return [k for texts, starts in places.items() if len(starts) >= ENTRY_WIDGETS
            for i in starts for k in range(i, i + len(texts))]


def _entry_widget(view: LineView) -> bool:
    return view.repeated and not view.isolated and view.words <= ENTRY_WIDGET_WORDS \
        and (view.rule is None or not view.rule.ends_article)


def heads_a_paragraph(views: list[LineView], i: int) -> bool:
    """The "Related" heading at ``i`` has no links under it but paragraphs set apart, one after
    another: a stray label (a video player's "Trending", a "Read more" button), not a box; the
    article goes on. (One paragraph under it may be a teaser.)

    >>> from .textdump import split_lines
    >>> text = "Trending\\n\\nThe plague is still found in a few regions of the world today.\\n\\n"
    >>> more = "Doctors treat it with antibiotics when it is found early enough."
    >>> heads_a_paragraph(view_lines(split_lines(text + more)), 0), heads_a_paragraph(view_lines(split_lines(text)), 0)
    (True, False)
    >>> views = view_lines(split_lines("Trending\\nMayor opens new library\\n\\nThe plague is still found today, he said."))
    >>> heads_a_paragraph(views, 0)
    False
    """
    return views[i].rule.kind == "related" and i + PARAGRAPHS_AFTER_LABEL < len(views) and all(
        view.rule is None and view.isolated and is_running_text(view)
        for view in views[i + 1:i + 1 + PARAGRAPHS_AFTER_LABEL])


def inline_link_box(views: list[LineView], i: int) -> bool:
    """The "Related" heading at ``i`` opens a box inside the article: one or :data:`BOX_LINKS` links
    right under it, then a blank line and a paragraph set apart ("Leia também" / one headline / the
    story's next paragraph). A box of related stories after the article lists more links.

    >>> from .textdump import split_lines
    >>> para = "The smoke drifted south from fires burning north of the city on Tuesday.\\n\\nRead also\\n"
    >>> last = "\\n\\nDoctors told people with asthma to stay inside until the wind turns."
    >>> inline_link_box(view_lines(split_lines(para + "Fires close the coast road" + last)), 1)
    True
    >>> links = "\\n".join(["Fires close the coast road", "Schools shut for a week", "Mayor visits"])
    >>> inline_link_box(view_lines(split_lines(para + links + last)), 1)
    False
    """
    if views[i].rule.kind != "related":
        return False
    end = i + 1
    while end < len(views) and end - i <= BOX_LINKS and _box_link(views[end], views[end - 1]):
        end += 1
    if end == i + 1 or end >= len(views):
        return False
    after = views[end]
    return after.rule is None and after.isolated and not after.repeated and is_running_text(after)


def _box_link(view: LineView, above: LineView) -> bool:
    return view.line.no == above.line.no + 1 and view.rule is None and not is_running_text(view) \
        and not view.repeated and view.words >= 2


def teaser_cards(views: list[LineView], start: int, end: int) -> bool:
    """The prose of ``views[start:end]`` is a list of teaser cards: at least :data:`TEASER_CARDS`
    lines of running text, each but the last with the same repeated line under it (the card's
    share bar or "Read more" link). An article's own paragraphs follow one another instead.

    >>> from .textdump import Line
    >>> def v(text, words): return LineView(Line(1, text), words, words > 8, True, words < 8, None)
    >>> card = [v("A teaser that runs long enough to be prose.", 30), v("Share Pin Save", 3)]
    >>> teaser_cards(card * 3, 0, 6), teaser_cards([card[0]] * 3, 0, 3)
    (True, False)
    """
    under = [views[k + 1].text if k + 1 < len(views) and views[k + 1].repeated else None
             for k in range(start, end) if is_running_text(views[k])]
    return len(under) >= TEASER_CARDS and under[0] is not None and under.count(under[0]) >= len(under) - 1


def _with_trailer(views: list[LineView], end: int) -> int:
    """Move the end past the signature of an embedded post that closes the article ("— Name
    (@handle) November 18, 2019") and the story's own credit line ("Reporting by …", "(with input
    from agencies)") standing within a few lines after it.

    >>> from .textdump import split_lines
    >>> views = view_lines(split_lines("The bridge is shut, she wrote.\\n— Ann Lee (@annlee) May 2, 2020\\nMenu"))
    >>> _with_trailer(views, 1)
    2
    """
    if end < len(views) and views[end].rule is None and is_embed_signature(views[end].text):
        end += 1
    for i in range(end, min(end + TRAILER_REACH, len(views))):
        if views[i].rule is not None:
            break
        if rules.reporting_trailer(views[i].text) or captions.agency_credit(views[i].text) is not None:
            return i + 1
    return end
