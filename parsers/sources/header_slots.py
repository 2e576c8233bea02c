"""Where a :class:`~.layouts.HeaderTextLayout`'s header sits on a dump: its slots, the lines that fill them,
and the anchor line they are matched around."""
from __future__ import annotations

from typing import NamedTuple

from ..lines import Line
from .layouts import HeaderTextLayout

ANCHORS_TRIED = 3  # lines of the anchor's shape tried, from the top, before a layout is said not to fit


class Slot(NamedTuple):
    """One header slot: its name, and whether the page may leave it out (``?``) or repeat it (``*``)."""

    name: str
    optional: bool
    repeats: bool


def slots_of(header: tuple[str, ...]) -> list[Slot]:
    """The header's slots, read from their marks.

    >>> slots_of(("title", "credit*", "byline?"))
    [Slot(name='title', optional=False, repeats=False), Slot(name='credit', optional=True, repeats=True), \
Slot(name='byline', optional=True, repeats=False)]
    """
    return [Slot(s.rstrip("?*"), s[-1] in "?*", s.endswith("*")) for s in header]


def fits(layout: HeaderTextLayout, slot: str, text: str) -> bool:
    """Whether a line can fill a slot: dates, bylines, names, credits and the layout's marks by their
    patterns; a title, lead or skipped line is any line that is no date, byline or mark (a caption may be
    byline-shaped: the credit slot next to it tells it apart); a slot the layout gives a shape must match it too.

    >>> from ..lazyre import lazy
    >>> layout = HeaderTextLayout("t", None, ("skip", "dash", "title"), lazy(r"\\d{4}"), lazy("Von (?P<names>.+)"),
    ...                           anchor="dash", marks=(("dash", lazy("-")),), shapes=(("lead", lazy(r".+[.!?]")),))
    >>> fits(layout, "dash", "-"), fits(layout, "title", "-"), fits(layout, "title", "Von Anna Berg")
    (True, False, False)
    >>> fits(layout, "lead", "Die Stadt baut eine Brücke."), fits(layout, "lead", "Wirtschaft")
    (True, False)
    >>> fits(layout, "caption", "Von Anna Berg")  # a caption naming the person pictured
    True
    """
    shape = layout.shape(slot)
    if shape is not None and not shape.fullmatch(text):
        return False
    marks = dict(layout.marks)
    if slot in marks:
        return bool(marks[slot].fullmatch(text))
    if slot == "date":
        return bool(layout.date_line.search(text))
    if slot == "byline":
        return bool(layout.byline.fullmatch(text))
    if slot == "name":
        return bool(layout.name_line and layout.name_line.fullmatch(text))
    if slot == "credit":
        return any(pattern and pattern.fullmatch(text) for pattern in (layout.credit, layout.caption_credit))
    if slot == "role":
        return bool(layout.role and layout.role.fullmatch(text))
    # A caption may read as a byline (it names the person pictured): the credit slot beside it says it is one.
    looks_like_byline = slot != "caption" and bool(layout.byline.fullmatch(text))
    return not (layout.date_line.search(text) or looks_like_byline
                or any(pattern.fullmatch(text) for pattern in marks.values()))


def match_slots(layout: HeaderTextLayout, slots: list[Slot], lines: list[Line]) -> list[tuple[str, Line]] | None:
    """The lines that fill the slots in order (``lines`` runs away from the anchor), or None when a slot
    the page must print is not there."""
    filled: list[tuple[str, Line]] = []
    at = 0
    for slot in slots:
        taken = 0
        while at < len(lines) and fits(layout, slot.name, lines[at].text) and (slot.repeats or not taken):
            filled.append((slot.name, lines[at]))
            at, taken = at + 1, taken + 1
        if not taken and not slot.optional:
            return None
    return filled


class Header(NamedTuple):
    """The header's lines by slot, where it starts and where the body starts (indices into the lines)."""

    slots: list[tuple[str, Line]]
    start: int
    body_start: int


def find_header(layout: HeaderTextLayout, lines: list[Line]) -> Header | None:
    """The header around the first anchor line whose neighbours fill the layout's slots."""
    slots = slots_of(layout.header)
    at = next(i for i, s in enumerate(slots) if s.name == layout.anchor)
    anchors = [i for i, line in enumerate(lines) if fits(layout, layout.anchor, line.text)][:ANCHORS_TRIED]
    for index in anchors:
        above = match_slots(layout, slots[:at][::-1], lines[:index][::-1])
        below = match_slots(layout, slots[at + 1:], lines[index + 1:])
        if above is not None and below is not None:
            filled = above[::-1] + [(layout.anchor, lines[index])] + below
            return Header(filled, index - len(above), index + 1 + len(below))
    return None
