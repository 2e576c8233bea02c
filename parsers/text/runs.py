"""Runs inside the article that are no paragraphs: data rows, labelled lists, a live page's entry widgets."""
from __future__ import annotations

from ..lazyre import lazy
from .views import LineView, is_running_text

DATA_ROWS = 4  # data rows on consecutive lines that make a table inside the article
_ROW_START = lazy(r"\S*\d|\S+\s+\S*\d")  # a number among the first two words
LIST_ITEMS = 2  # short lines under a "Key points:" label that make a list inside the article
LIST_LABEL_WORDS = 6
ENTRY_WIDGETS = 2  # times the same widget stands between the paragraphs of a page of entries (a live blog)
ENTRY_WIDGET_WORDS = 6  # words: a widget's line ("Share this post", "Copy this link") is no longer
ENTRY_REACH = 4  # lines after a widget where the next entry's prose starts (its time stamp, its heading between)


def is_data_row(view: LineView) -> bool:
    """A row of a table or schedule printed as a line: a few words with a number among the first
    two ("June 9 – Tampa, FL @ Arena", "1 Kyle Busch 5040 5 1", "2 tbsp honey"), in a block.

    >>> from ..lines import Line
    >>> def v(text): return LineView(Line(1, text), len(text.split()), False, False, False, None)
    >>> is_data_row(v("June 9 – Tampa, FL @ Amphitheatre")), is_data_row(v("3a etapa: 22 de abril – Velopark"))
    (True, True)
    >>> is_data_row(v("World News Sport")), is_data_row(v("November 2019"))
    (False, False)
    """
    if view.rule is not None or view.isolated or view.repeated:
        return False
    return 3 <= view.words <= 25 and _ROW_START.match(view.text) is not None


def data_row_runs(views: list[LineView]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every block of at least :data:`DATA_ROWS` data rows on consecutive
    lines: a schedule, a ranking, a results table or a list of quantities inside the article. A menu
    has no numbers; a list of dated teasers puts its dates on lines of their own.

    >>> from .views import view_lines

    >>> from ..lines import split_lines
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

    >>> from .views import view_lines

    >>> from ..lines import split_lines
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

    >>> from .views import view_lines

    >>> from ..lines import split_lines
    >>> para = "The smoke drifted south from fires burning north of the city on Tuesday."
    >>> views = view_lines(split_lines(f"{para}\\n\\nKey points:\\nAir was bad\\nSchools kept pupils in\\n\\n{para}"))
    >>> labelled_list_end(views, 1), labelled_list_end(view_lines(split_lines("Menu\\nKey points:\\nA b c\\nD e f")), 1)
    (4, None)
    """
    if not 0 < i < len(views) - LIST_ITEMS - 1:
        return None
    label = views[i]
    if label.text[-1] != ":" or label.words > LIST_LABEL_WORDS or label.rule is not None:
        return None
    if not is_running_text(views[i - 1]):
        return None  # a label under running text only
    end = i + 1
    while end < len(views) and views[end].line.no == views[end - 1].line.no + 1 and _list_line(views[end]):
        end += 1
    return end if end - i - 1 >= LIST_ITEMS and end < len(views) and is_running_text(views[end]) else None


def _list_line(view: LineView) -> bool:
    return view.rule is None and 3 <= view.words <= 25 and not view.repeated and view.text[-1] != ":"


def entry_widgets(views: list[LineView]) -> list[int]:
    """The lines of a widget that a page of entries (a live blog) prints after each entry ("Share
    this post", "Copy this link"; a credit or a label printed under each block of a gallery or a
    list): short lines repeated in the page, right under a paragraph set apart, with another paragraph
    within :data:`ENTRY_REACH` lines after them (or the end of
    ``views``: the article's last entry), the same lines standing so at least :data:`ENTRY_WIDGETS`
    times. Between entries they do not end the article.

    >>> from .views import view_lines

    >>> from ..lines import split_lines
    >>> entry = ("\\n\\nThe two leaders took their places behind the lecterns in the studio.\\n\\n"
    ...          "Share this post\\nCopy link\\n")
    >>> views = view_lines(split_lines("".join(entry + f"14:0{k}" for k in range(3))))
    >>> [views[i].text for i in entry_widgets(views)]
    ['Share this post', 'Copy link', 'Share this post', 'Copy link']
    """
    places: dict[tuple[str, ...], list[int]] = {}
    # most lines: one test; then a paragraph set apart right above (a widget is under a blank line)
    for i in [i for i, view in enumerate(views) if view.repeated and i and views[i - 1].isolated]:
        if not is_entry_widget(views[i]) or not is_running_text(views[i - 1]):
            continue
        end = i + 1
        while end < len(views) and is_entry_widget(views[end]):
            end += 1
        if end == len(views) or any(is_running_text(view) for view in views[end:end + ENTRY_REACH]):
            places.setdefault(tuple(view.text for view in views[i:end]), []).append(i)
    return [k for texts, starts in places.items() if len(starts) >= ENTRY_WIDGETS
            for i in starts for k in range(i, i + len(texts))]


def is_entry_widget(view: LineView) -> bool:
    short_repeat = view.repeated and not view.isolated and view.words <= ENTRY_WIDGET_WORDS
    return short_repeat and (view.rule is None or not view.rule.ends_article)
