"""The body lines of a header text layout: the boxes set into the story, the pictures whose credit stands under
their caption, the byline and date printed under the story, each set apart from the paragraphs."""
from __future__ import annotations

from collections.abc import Callable

from ..lazyre import LazyPattern
from ..lines import Line
from ..record.article import Image
from ..rules.registry import LineRule, match_rule
from .layouts import HeaderTextLayout

# A caption is a line of this length at most: a longer line above a credit is the story's, the picture
# has no caption.
CAPTION_MAX_CHARS = 300


def without_boxes(lines: list[Line], box_run: int | None,
                  rules: tuple[LineRule, ...] = ()) -> tuple[list[Line], list[Line]]:
    """The body lines less the boxes set into the story, and the boxes' lines: where a dump prints a blank
    line between paragraphs, ``box_run`` lines or more with none between them are a teaser or promo box.
    Lines a rule names are left to it (and part no run); the article ends at a rule that ends it.

    >>> lines = [Line(10, "Story."), Line(12, "Teaser one"), Line(13, "Teaser two"), Line(14, "Teaser three"),
    ...          Line(16, "More story.")]
    >>> [line.no for line in without_boxes(lines, 3)[0]], [line.no for line in without_boxes(lines, None)[0]]
    ([10, 16], [10, 12, 13, 14, 16])
    """
    if box_run is None:
        return lines, []
    runs: list[list[Line]] = []
    ruled: set[int] = set()
    for index, line in enumerate(lines):
        rule = match_rule(line.text, rules)
        if rule is not None and rule.ends_article:
            lines = lines[:index]
            break
        if rule is not None:
            ruled.add(line.no)
        elif runs and line.no == runs[-1][-1].no + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    boxed = {line.no for run in runs if len(run) >= box_run for line in run}
    return [line for line in lines if line.no not in boxed], [line for line in lines if line.no in boxed]


def footer_lines(layout: HeaderTextLayout, lines: list[Line]) -> dict[str, Line]:
    """The first line the layout's footer byline, and the first its footer date, match in full.

    >>> from ..lazyre import lazy
    >>> layout = HeaderTextLayout("t", None, ("title",), lazy("x"), lazy("x"), footer_date=lazy(r"Datum (.+)"),
    ...                           footer_byline=lazy(r"Autor (?P<names>.+)"))
    >>> footer_lines(layout, [Line(9, "Story."), Line(12, "Datum 28.04.2023"), Line(13, "Autor Anna Berg")])
    {'byline': Line(no=13, text='Autor Anna Berg'), 'date': Line(no=12, text='Datum 28.04.2023')}
    """
    found = {}
    for slot, pattern in (("byline", layout.footer_byline), ("date", layout.footer_date)):
        line = next((line for line in lines if pattern.fullmatch(line.text)), None) if pattern else None
        if line is not None:
            found[slot] = line
    return found


def caption_reader(layout: HeaderTextLayout) -> Callable[[str], Image | None]:
    """The layout's caption pattern as the body builder's caption reader.

    >>> from ..lazyre import lazy
    >>> layout = HeaderTextLayout("t", None, ("title", "date"), lazy("x"), lazy("x"),
    ...                           caption=lazy(r"(?P<caption>.+?) © (?P<credit>.+)"))
    >>> caption_reader(layout)("Der Hafen am Morgen. © Anna Berg")
    Image(caption='Der Hafen am Morgen.', credit='Anna Berg', src=None)
    """
    pattern = layout.caption

    def outlet_caption(text: str) -> Image | None:
        match = pattern.fullmatch(text) if pattern else None
        return Image(match["caption"].strip(), match["credit"].strip()) if match else None

    return outlet_caption


def credited_captions(lines: list[Line], credit: LazyPattern | None) -> tuple[list[Line], list[Image]]:
    """The lines less the pictures whose credit stands on a line of its own under the caption, and those
    pictures (a credit under a line too long for a caption is left to the rules).

    >>> from ..lazyre import lazy
    >>> lines = [Line(3, "Story."), Line(5, "Der Hafen am Morgen."), Line(7, "Anna Berg/dpa"), Line(9, "More.")]
    >>> kept, images = credited_captions(lines, lazy(r"[\\w ]+/dpa"))
    >>> [line.no for line in kept], images
    ([3, 9], [Image(caption='Der Hafen am Morgen.', credit='Anna Berg/dpa', src=None)])
    """
    if credit is None:
        return lines, []
    kept: list[Line] = []
    images: list[Image] = []
    for line in lines:
        if kept and len(kept[-1].text) <= CAPTION_MAX_CHARS and credit.fullmatch(line.text):
            images.append(Image(kept.pop().text, line.text))
        else:
            kept.append(line)
    return kept, images
