"""The dates a page prints by its headline, read with the time-stamp engine: what a reader sees.

Markup dates (JSON-LD, ``<meta>``) are what the site's software stored; the byline date
is what the page shows. Both are read; :func:`settle` says which fills each field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, timedelta

from ..lazyre import lazy
from ..time.stamp import Stamp, TimeContext
from ..time.stamps import parse_stamp
from ..vocab.header_labels import OTHER_DATE_LABELS, PUBLISHED_LABELS, UPDATED_LABELS
from .render import TextBlock

WINDOW_BEFORE = 3  # blocks above the headline that may carry its date (a date over the headline)
WINDOW_AFTER = 12  # blocks below it (kicker, dek, byline, date line, share bar)
LINE_MAX_CHARS = 120  # a byline or a date line; a longer block is prose that may cite any date
STAMPS_PER_LINE = 2  # "Published 3 May 2024 · Updated 5 June 2024"
LABEL_REACH = 40  # how far before a date its label may stand
OVERRIDE_REACH = 4  # a printed date this close to the headline outweighs the markup's (a forum's posts are further)
ZONE_WEST, ZONE_EAST = timedelta(hours=12), timedelta(hours=14)  # the widest offsets from UTC in use
_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d[./-]\d\d?[./-]\d\d(?!\d)")
_WORDS = lazy(r"\w+")
_DIGIT = lazy(r"\d")
_NUMERIC_DATE = lazy(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_UPDATED = lazy(r"\b(?:" + "|".join(UPDATED_LABELS) + r")\b", re.IGNORECASE)
_PUBLISHED = lazy(r"\b(?:" + "|".join(PUBLISHED_LABELS) + r")\b", re.IGNORECASE)
_OTHER = lazy(r"\b(?:" + "|".join(OTHER_DATE_LABELS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Printed:
    """A date printed by the headline, and what its label calls it ("published", "updated" or None)."""

    stamp: Stamp
    label: str | None
    distance: int = 0  # blocks between it and the headline
    place: str = "by the headline"  # where the page prints it, for ``provenance``

    def note(self, extra: str = "") -> str:
        """Where the date came from, for ``provenance``, with ``extra`` said in brackets."""
        said = [f"labelled {self.label}"] if self.label else []
        said += [extra] if extra else []
        return f"printed {self.place}" + (f" ({'; '.join(said)})" if said else "")


def printed_dates(blocks: list[TextBlock], ctx: TimeContext, head: int | None) -> list[Printed]:
    """The dates in the byline-sized blocks around the headline (``blocks[head]``, see
    :func:`headline_index`), nearest first (below before above at the same distance).

    >>> from lxml.etree import Element
    >>> lines = [TextBlock("heading", "Rates rise", Element("h1"), 0),
    ...          TextBlock("paragraph", "By Jane Doe · Published 3 May 2024 · Updated June 5, 2024", Element("p"), 0)]
    >>> [(p.stamp.iso(), p.label) for p in printed_dates(lines, TimeContext(), 0)]
    [('2024-05-03', 'published'), ('2024-06-05', 'updated')]
    """
    if head is None:
        return []
    out: list[Printed] = []
    for index in nearest_first(len(blocks), head):
        text = blocks[index].text
        if index != head and len(text) <= LINE_MAX_CHARS and _DIGIT.search(text):  # every date we read has digits
            out.extend(_stamps_in(text, ctx, abs(index - head)))
    return out


def nearest_first(count: int, head: int) -> list[int]:
    """The indexes of the blocks around the headline where bylines and dates sit, nearest first
    (below before above at the same distance).

    >>> nearest_first(20, 4)
    [4, 5, 3, 6, 2, 7, 1, 8, 9, 10, 11, 12, 13, 14, 15, 16]
    """
    window = range(max(0, head - WINDOW_BEFORE), min(count, head + WINDOW_AFTER + 1))
    return sorted(window, key=lambda i: (abs(i - head), i < head))


def headline_index(blocks: list[TextBlock], title: str | None) -> int | None:
    """Where the headline is among the blocks: a heading that reads as the title, else the first
    ``<h1>``, else any block that reads as the title (a headline set in a styled ``div``)."""
    wanted = _key(title) if title else None
    headings = [i for i, b in enumerate(blocks) if b.type == "heading"]
    found = next((i for i in headings if wanted and _key(blocks[i].text) == wanted), None)
    if found is None:
        found = next((i for i in headings if blocks[i].owner.tag == "h1"), None)
    if found is None and wanted:
        found = next((i for i, b in enumerate(blocks) if _key(b.text) == wanted), None)
    return found


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _stamps_in(text: str, ctx: TimeContext, distance: int) -> list[Printed]:
    found: list[Printed] = []
    rest = text
    while len(found) < STAMPS_PER_LINE and (stamp := parse_stamp(rest, ctx)) is not None:
        at = rest.find(stamp.text)
        if at < 0:
            break
        label = label_before(rest[:at])
        if with_year(stamp) and label != "other":
            found.append(Printed(stamp, label, distance))
        rest = rest[at + len(stamp.text):]
    return found


def with_year(stamp: Stamp) -> bool:
    """A printed date that names its year ("6 hours ago" tells only the day of the visit).

    >>> with_year(parse_stamp("May 2, 2025")), with_year(parse_stamp("03/10/23"))
    (True, True)
    """
    return bool(_YEAR.search(stamp.text))


def label_before(text: str) -> str | None:
    """What the label nearest before a date calls it: "published", "updated", "other" (a
    member's join date) or None.

    >>> label_before("By Jane Doe · Published"), label_before("Last updated on"), label_before("By Jane Doe")
    ('published', 'updated', None)
    >>> label_before("Jane Doe · Joined:")
    'other'
    """
    near = text[-LABEL_REACH:]
    ends = {name: max((m.end() for m in pattern.finditer(near)), default=-1)
            for name, pattern in (("published", _PUBLISHED), ("updated", _UPDATED), ("other", _OTHER))}
    best = max(ends, key=ends.__getitem__)
    return best if ends[best] >= 0 else None


@dataclass(frozen=True, slots=True)
class Settled:
    """The stamp a field takes from the printed dates, and the note for ``provenance``."""

    field: str
    stamp: Stamp
    note: str


def settle(published: Stamp | None, updated: Stamp | None, printed: list[Printed]) -> list[Settled]:
    """What the printed dates change: a printed publication date the markup lacks wins, and one
    that contradicts it (by its day) when it sits right by the headline; a printed update date
    fills ``updated`` when the markup has none; with no publication date anywhere, the date
    the page shows stands as ``published``.

    >>> from ..time.stamps import parse_stamp as p
    >>> [(s.field, s.stamp.iso()) for s in settle(p("2015-04-06"), None, [Printed(p("May 2, 2025"), "updated")])]
    [('updated', '2025-05-02')]
    >>> [(s.field, s.stamp.iso()) for s in settle(None, None, [Printed(p("May 2, 2025"), "updated")])]
    [('published', '2025-05-02'), ('updated', '2025-05-02')]
    """
    out: list[Settled] = []
    shown_published = next((p for p in printed if p.label != "updated"), None)
    shown_updated = next((p for p in printed if p.label == "updated"), None)
    if shown_published is not None and _wins(shown_published, published, updated):
        note = shown_published.note(f"the markup says {published.text!r}" if published else "")
        out.append(Settled("published", shown_published.stamp, note))
    elif published is None and shown_updated is not None:
        out.append(Settled("published", shown_updated.stamp, shown_updated.note("no publication date shown")))
    if shown_updated is not None and updated is None:
        out.append(Settled("updated", shown_updated.stamp, shown_updated.note()))
    return out


def _wins(shown: Printed, published: Stamp | None, updated: Stamp | None) -> bool:
    """A printed date fills ``published``: the markup has none, or a different day that is not its update's."""
    if published is None:
        return True
    close = shown.distance <= OVERRIDE_REACH
    return close and not _same_day(published, shown.stamp) and not _same_day(updated, shown.stamp)


def _same_day(markup: Stamp | None, shown: Stamp) -> bool:
    """The printed day can be the markup's: the same day in some zone of the world when the
    markup gives an instant (sites store UTC and print local time), or the same day with day
    and month read the other way round when the page prints them as numbers ("03/10/2023").

    >>> from ..time.stamps import parse_stamp as p
    >>> _same_day(p("2019-11-20T02:59:46+00:00"), p("November 19, 2019")), _same_day(p("2023-10-03"), p("03/10/2023"))
    (True, True)
    >>> _same_day(p("2019-11-20T02:59:46+00:00"), p("November 17, 2019"))
    False
    """
    if markup is None:
        return False
    day = shown.value.date()
    if markup.has_time and markup.value.tzinfo is not None:
        utc = markup.value.astimezone(UTC)
        if (utc - ZONE_WEST).date() <= day <= (utc + ZONE_EAST).date():
            return True
    if _NUMERIC_DATE.search(shown.text) and day.day <= 12:
        return markup.value.date() in (day, day.replace(month=day.day, day=day.month))
    return markup.value.date() == day
