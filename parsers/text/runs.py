"""Runs that are no paragraphs: data rows, labelled lists, a live page's entry widgets, "Read also" boxes, teaser
cards, and a label over paragraphs that goes on with the article."""
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


PARAGRAPHS_AFTER_LABEL = 2  # paragraphs right under a "Related" label that show the article goes on
BOX_LINKS = 2  # links under a "Read also" label inside the article, before a blank line and a paragraph
TEASER_CARDS = 3  # prose lines, each with the same widget under it, that make a list of teasers


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


def heads_a_paragraph(views: list[LineView], i: int) -> bool:
    """The "Related" heading at ``i`` has no links under it but paragraphs set apart, one after
    another: a stray label (a video player's "Trending", a "Read more" button), not a box; the
    article goes on. (One paragraph under it may be a teaser.)

    >>> from .views import view_lines

    >>> from ..lines import split_lines
    >>> text = "Trending\\n\\nThe plague is still found in a few regions of the world today.\\n\\n"
    >>> more = "Doctors treat it with antibiotics when it is found early enough."
    >>> heads_a_paragraph(view_lines(split_lines(text + more)), 0), heads_a_paragraph(view_lines(split_lines(text)), 0)
    (True, False)
    >>> views = view_lines(split_lines("Trending\\nMayor opens new library\\n\\nThe plague is still "
    ...                                "found today, he said."))
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

    >>> from .views import view_lines

    >>> from ..lines import split_lines
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
    if view.line.no != above.line.no + 1 or view.rule is not None:
        return False
    return not is_running_text(view) and not view.repeated and view.words >= 2


def teaser_cards(views: list[LineView], start: int, end: int) -> bool:
    """The prose of ``views[start:end]`` is a list of teaser cards: at least :data:`TEASER_CARDS`
    lines of running text, each but the last with the same repeated line under it (the card's
    share bar or "Read more" link). An article's own paragraphs follow one another instead.

    >>> from ..lines import Line
    >>> def v(text, words): return LineView(Line(1, text), words, words > 8, True, words < 8, None)
    >>> card = [v("A teaser that runs long enough to be prose.", 30), v("Share Pin Save", 3)]
    >>> teaser_cards(card * 3, 0, 6), teaser_cards([card[0]] * 3, 0, 3)
    (True, False)
    """
    under = [views[k + 1].text if k + 1 < len(views) and views[k + 1].repeated else None
             for k in range(start, end) if is_running_text(views[k])]
    return len(under) >= TEASER_CARDS and under[0] is not None and under.count(under[0]) >= len(under) - 1
