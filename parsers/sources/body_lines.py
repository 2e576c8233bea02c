"""The body lines of a header text layout: up to the line that ends the article, less the byline and date
printed under the story, the pictures whose credit stands under their caption, embedded posts, boxes marked by
their own lines or by the line under their heading, and runs of box lines, then through the shared body builder;
every line taken is reported."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from ..lazyre import LazyPattern
from ..lines import Line
from ..record.article import Image, Removal
from ..rules.registry import LineRule, match_rule, rule_removal
from ..text.builder import BodyBuilder, BodyParts
from .layouts import HeaderTextLayout

BOX_LINES = 12  # a box between its opening and closing lines is at most this long: past it, no box
# A caption is a line of this length at most: a longer line above a credit is the story's, the picture
# has no caption.
CAPTION_MAX_CHARS = 300


def without_boxes(lines: list[Line], box_run: int | None,
                  rules: tuple[LineRule, ...] = ()) -> tuple[list[Line], list[Line]]:
    """The body lines less the boxes set into the story, and the boxes' lines: where a dump prints a blank
    line between paragraphs, ``box_run`` lines or more with none between them are a teaser or promo box.
    Lines a rule names are left to it (and part no run).

    >>> lines = [Line(10, "Story."), Line(12, "Teaser one"), Line(13, "Teaser two"), Line(14, "Teaser three"),
    ...          Line(16, "More story.")]
    >>> [line.no for line in without_boxes(lines, 3)[0]], [line.no for line in without_boxes(lines, None)[0]]
    ([10, 16], [10, 12, 13, 14, 16])
    """
    if box_run is None:
        return lines, []
    runs: list[list[Line]] = []
    for line in lines:
        if match_rule(line.text, rules) is not None:
            continue
        if runs and line.no == runs[-1][-1].no + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    boxed = {line.no for run in runs if len(run) >= box_run for line in run}
    return [line for line in lines if line.no not in boxed], [line for line in lines if line.no in boxed]


def until_the_end(lines: list[Line], rules: tuple[LineRule, ...]) -> tuple[list[Line], list[Removal]]:
    """The body lines before the first line a rule that ends the article names, and the removals of that line
    and every line after it.

    >>> from ..rules.registry import LineRule
    >>> end = LineRule("more_about", "related", lambda text: text == "Mehr lesen über", ends_article=True)
    >>> kept, removed = until_the_end([Line(1, "Story."), Line(3, "Mehr lesen über"), Line(4, "Hafen")], (end,))
    >>> [line.no for line in kept], [r.text for r in removed]
    ([1], ['Mehr lesen über', 'Hafen'])
    """
    for index, line in enumerate(lines):
        rule = match_rule(line.text, rules)
        if rule is not None and rule.ends_article:
            return lines[:index], [rule_removal(rule, rest.text) for rest in lines[index:]]
    return lines, []


def without_marked_boxes(lines: list[Line], marks: tuple[tuple[LazyPattern, LazyPattern | None], ...]
                         ) -> tuple[list[Line], list[Line]]:
    """The lines less the boxes that open with a line of their own and close with one (``marks``: the patterns
    of the first and the last line, each matched whole), or, with no closing pattern, end at the first blank
    line; and the boxes' lines. A box is at most ``BOX_LINES`` lines, so an opening line no closing line
    follows stays.

    >>> from ..lazyre import lazy
    >>> lines = [Line(1, "Story."), Line(3, "MORE TRENDING"), Line(5, "Teaser"), Line(7, "Read More Stories"),
    ...          Line(9, "More story.")]
    >>> kept, boxed = without_marked_boxes(lines, ((lazy("MORE TRENDING"), lazy("Read More Stories")),))
    >>> [line.no for line in kept], [line.no for line in boxed]
    ([1, 9], [3, 5, 7])
    >>> lines = [Line(1, "Story."), Line(3, "Mehr zum Thema"), Line(4, "Teaser"), Line(6, "More story.")]
    >>> [line.no for line in without_marked_boxes(lines, ((lazy("Mehr zum Thema"), None),))[1]]
    [3, 4]
    """
    boxed: set[int] = set()
    for opening, closing in marks:
        for index, line in enumerate(lines):
            if line.no in boxed or not opening.fullmatch(line.text):
                continue
            last = box_end(lines, index, closing)
            if last is not None:
                boxed.update(ln.no for ln in lines[index:last + 1])
    return [ln for ln in lines if ln.no not in boxed], [ln for ln in lines if ln.no in boxed]


def without_headed_boxes(lines: list[Line], boxes: tuple[tuple[LazyPattern, LazyPattern], ...]
                         ) -> tuple[list[Line], list[Line]]:
    """The lines less the boxes known by the line right under their heading (``boxes``: the patterns of that line
    and of the closing line, each matched whole), from the heading to the closing line, or to the last line when
    the article ends first, within ``BOX_LINES``; and the boxes' lines.

    >>> from ..lazyre import lazy
    >>> lines = [Line(1, "Story."), Line(3, "Background"), Line(4, "Foto: Anna Berg"), Line(6, "Old story."),
    ...          Line(8, "Show all"), Line(10, "More story."), Line(12, "Operation"), Line(13, "Foto: Jan Novák"),
    ...          Line(15, "The raid.")]
    >>> kept, boxed = without_headed_boxes(lines, ((lazy("Foto: .+"), lazy("Show all")),))
    >>> [line.no for line in kept], [line.no for line in boxed]
    ([1, 10], [3, 4, 6, 8, 12, 13, 15])
    """
    boxed: set[int] = set()
    for under, closing in boxes:
        for index in range(1, len(lines)):
            heading, line = lines[index - 1], lines[index]
            if heading.no in boxed or line.no != heading.no + 1 or not under.fullmatch(line.text):
                continue
            last = box_end(lines, index, closing)
            if last is None and len(lines) - index <= BOX_LINES:
                last = len(lines) - 1
            if last is not None:
                boxed.update(ln.no for ln in lines[index - 1:last + 1])
    return [ln for ln in lines if ln.no not in boxed], [ln for ln in lines if ln.no in boxed]


def box_end(lines: list[Line], start: int, closing: LazyPattern | None) -> int | None:
    """The index of a marked box's last line: the closing line within ``BOX_LINES``, or (no closing pattern)
    the last line printed with no blank line before it."""
    reach = range(start + 1, min(start + BOX_LINES, len(lines)))
    if closing is not None:
        return next((j for j in reach if closing.fullmatch(lines[j].text)), None)
    return next((j - 1 for j in reach if lines[j].no != lines[j - 1].no + 1), reach.stop - 1)


class Pair(NamedTuple):
    """A line and the line under it that names it: a caption and its credit, a post and its attribution."""

    above: Line
    below: Line
    match: re.Match[str]  # the pattern's match of the line under


def paired_lines(lines: list[Line], under: LazyPattern | None,
                 above_max: int | None = None) -> tuple[list[Line], list[Pair]]:
    """The lines less those a line matching ``under`` (whole) names, and the pairs it made with the line above
    (a line above longer than ``above_max`` is left, with the line under it, to the rules).

    >>> from ..lazyre import lazy
    >>> lines = [Line(1, "Story."), Line(3, "Der Hafen am Morgen."), Line(5, "(Foto: Anna Berg)"), Line(7, "More.")]
    >>> kept, pairs = paired_lines(lines, lazy(r"\\(Foto: (?P<credit>[^()]+)\\)"))
    >>> [line.no for line in kept], [(pair.above.no, pair.match["credit"]) for pair in pairs]
    ([1, 7], [(3, 'Anna Berg')])
    """
    if under is None:
        return lines, []
    kept: list[Line] = []
    pairs: list[Pair] = []
    for line in lines:
        above_fits = bool(kept) and (above_max is None or len(kept[-1].text) <= above_max)
        match = under.fullmatch(line.text) if above_fits else None
        if match is None:
            kept.append(line)
            continue
        pairs.append(Pair(kept.pop(), line, match))
    return kept, pairs


def picture(pair: Pair) -> Image:
    """The picture a caption and the credit under it make (the credit: group "credit", else its whole line).

    >>> import re
    >>> picture(Pair(Line(1, "Der Hafen."), Line(2, "© Anna Berg"), re.fullmatch(r"© (?P<credit>.+)", "© Anna Berg")))
    Image(caption='Der Hafen.', credit='Anna Berg', src=None)
    """
    return Image(pair.above.text, (pair.match.groupdict().get("credit") or pair.below.text).strip())


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
    >>> caption_reader(layout._replace(caption=lazy(r"(?P<caption>.*?)© (?P<credit>.+)")))("© Anna Berg")  # no caption
    Image(caption=None, credit='Anna Berg', src=None)
    """
    pattern = layout.caption

    def outlet_caption(text: str) -> Image | None:
        match = pattern.fullmatch(text) if pattern else None
        return Image(match["caption"].strip() or None, match["credit"].strip()) if match else None

    return outlet_caption


def read_body(layout: HeaderTextLayout, lines: list[Line], source_id: str) -> BodyParts:
    """The body under the header: up to the line that ends the article, less the pictures credited under
    their captions, embedded posts, marked boxes and runs of box lines, then through the body builder; every
    line taken is in ``removed``, named after the source."""
    lines, ending = until_the_end(lines, layout.rules)
    lines, credited = paired_lines(lines, layout.caption_credit, CAPTION_MAX_CHARS)
    lines, posts = paired_lines(lines, layout.post_attribution)
    lines, marked = without_marked_boxes(lines, layout.marked_boxes)
    lines, headed = without_headed_boxes(lines, layout.headed_boxes)
    lines, boxes = without_boxes(lines, layout.box_run, layout.rules)
    parts = BodyBuilder(layout.line_rules, caption_of=caption_reader(layout)).feed(lines)
    removed = [Removal("caption-credit", f"{pair.above.text} {pair.below.text}", f"{source_id}.caption")
               for pair in credited]
    removed += [Removal("embed", ln.text, f"{source_id}.post_attribution") for pair in posts
                for ln in (pair.above, pair.below)]
    removed += [Removal("related", line.text, f"{source_id}.marked_box") for line in marked]
    removed += [Removal("related", line.text, f"{source_id}.headed_box") for line in headed]
    removed += [Removal("related", line.text, f"{source_id}.box_run") for line in boxes]
    return BodyParts(parts.blocks, [picture(pair) for pair in credited] + parts.images, parts.credits,
                     removed + parts.removed + ending)
