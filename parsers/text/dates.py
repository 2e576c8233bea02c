"""The published and updated times of a generic text dump, read from its header and the lines after it."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import NamedTuple

from ..lines import Line
from ..time.header import find_times, has_yearless_date, page_day
from ..time.stamp import Stamp, TimeContext
from ..time.stamps import far_from_page
from .byline import told_byline
from .header import Header
from .line_kinds import is_date_line
from .views import LineView

FOOTER_DATE_REACH = 8  # lines after the article where a "Published on …" line may stand
BYLINE_DATE_REACH = 2  # lines around a byline found outside the header where its date may stand


class Dated(NamedTuple):
    """A time read for one field: the stamp, where it was printed, and the warnings that go with it."""

    stamp: Stamp
    where: str | None
    warnings: tuple[str, ...]


class PageTimes(NamedTuple):
    """The page's published and updated times, and the warnings for times read far from the page's dates."""

    published: Dated | None
    updated: Dated | None
    far_off: list[str]


def page_times(views: list[LineView], header: Header, end: int, ctx: TimeContext) -> PageTimes:
    """Published and updated times: the header's date lines, else the whole header, else the
    lines around the page's first told byline when it stands outside the header ("By Ann Lee /
    Dec 18, 2025" in the box under a post), else the labelled times just after the article
    ("First published on …"; an unlabelled date there belongs to a related story), else a
    labelled time anywhere on the page ("Last updated:
    November 13, 2025" in the footer, "Published on" in a side box when the headline was not
    found next to it: only the label ties a date to this page). A run that prints a date without
    its year ("Posted Nov 18, 8:19 PM") is read again with the page's own date for the year (:func:`_page_day`).

    A page that prints only an update time ("Updated 0339 GMT November 19, 2019") gets it as
    the published time too, with a warning: it is the one time the page gives for the story
    (wire pages print the time of their latest version only), and the provenance names it.
    """
    published = updated = None
    for lines, labelled_only in _runs(views, header, end):  # most pages are done after the first run
        times = find_times(lines, ctx, labelled_only)
        missing = times.published is None or times.updated is None
        if ctx.page_day is None and missing and any(has_yearless_date(line.text) for line in lines):
            ctx = ctx._replace(page_day=_page_day(views, ctx))
            times = find_times(lines, ctx, labelled_only)
        if updated is None and times.updated is not None:
            updated = Dated(times.updated, times.updated_where, ())
        if times.published is not None:
            published = Dated(times.published, times.published_where, times.warnings)
            break
    far_off = [warning for time in (published, updated) if (warning := _far_off(time, views, ctx)) is not None]
    if published is None and updated is not None:
        published = updated._replace(warnings=("no published time printed: the updated time stands in for it",))
    return PageTimes(published, updated, far_off)


def _runs(views: list[LineView], header: Header, end: int) -> Iterator[tuple[list[Line], bool]]:
    """The runs of lines :func:`page_times` reads in turn, each with whether it takes labelled times
    only: made one at a time, as most pages need the first only."""
    yield [views[i].line for i in header.date_lines], False
    yield [v.line for v in views[header.window_start:header.window_end or header.body_start]], False
    told = told_byline(views)
    if told is not None and not header.window_start <= told[0] < header.body_start:
        yield [v.line for v in views[max(0, told[0] - BYLINE_DATE_REACH):told[0] + BYLINE_DATE_REACH + 1]], False
    yield [v.line for v in views[end:end + FOOTER_DATE_REACH]], True
    yield [v.line for v in views if is_date_line(v)], True  # a label's line holds a date hint too


def _far_off(time: Dated | None, views: list[LineView], ctx: TimeContext) -> str | None:
    """The warning when ``time`` was read relative to ``now`` and lands years from the dates the page
    prints (:func:`far_from_page`); the page's dates are gathered only for such a time."""
    if time is None or "now=" not in time.stamp.zone_note:
        return None
    return far_from_page(time.stamp, page_day((v.line for v in views), ctx))


def _page_day(views: list[LineView], ctx: TimeContext) -> date | None:
    """The day that gives a year-less date its year: the middle of the page's full dates, else
    half a year before ``now`` (so the year chosen puts the date in the twelve months up to now)."""
    found = page_day((v.line for v in views), ctx)
    if found is None and ctx.now is not None:
        found = ctx.now.date() - timedelta(days=182)
    return found


def unread_date_lines(views: list[LineView], header: Header, provenance: dict[str, str]) -> frozenset[int]:
    """The header's date lines that gave the record nothing: neither the published nor the updated
    time names them ("Publish date:" above the date, a time the page prints twice; a clock line read
    with the date line above it counts as read). They are listed
    in ``removed`` (kind "date"), so every line of the page ends up in a field, the body or there.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Publish date:\\nNov 19, 2019\\n5:50 PM\\nNov 19, 2019"))
    >>> provenance = {"published": "line 2: Nov 19, 2019 5:50 PM (no zone)"}
    >>> sorted(unread_date_lines(views, Header(date_lines=[0, 1, 2, 3]), provenance))
    [0, 3]
    """
    named = " ".join(provenance.get(field_name, "") for field_name in ("published", "updated"))
    return frozenset(i for i in header.date_lines if f"line {views[i].line.no}:" not in named
                     and not (i and f"line {views[i - 1].line.no}:" in named and views[i].text in named))
