"""Layouts: how one design of an outlet prints its pages, text dumps and HTML side by side, each with
the date it stopped being valid (as in Fundus)."""
from __future__ import annotations

from typing import NamedTuple

from ..lazyre import LazyPattern, lazy
from ..rules.registry import LINE_RULES, LineRule


class TextLayout(NamedTuple):
    """How one layout of an outlet prints its header and its boilerplate."""

    name: str
    valid_until: str | None  # ISO date the outlet stopped using it; None = current
    sections: frozenset[str]  # casefolded section labels
    date_line: LazyPattern  # a header line that holds a time; groups y mo d h mi (s off) are read as they are
    byline: LazyPattern  # group "names"
    outlet_line: LazyPattern  # the outlet's own name standing alone
    extra_rules: tuple[LineRule, ...] = ()
    author_separators: LazyPattern = lazy(r"\s*(?:,|\band\b|&|、|和)\s*")
    language: str | None = None  # None: the catalog entry's language
    live_stamp: LazyPattern | None = None  # a line holding only a live-updates entry time (group "time")
    dateline: LazyPattern | None = None  # at the start of the first body line (group "place")
    credit_line: LazyPattern | None = None  # a line naming where the story came from (group "who")
    updated_label: LazyPattern | None = None  # a date line that starts with it is the update time

    @property
    def line_rules(self) -> tuple[LineRule, ...]:
        """The layout's own rules (its credit line first), then the shared ones."""
        own = self.extra_rules
        if self.credit_line is not None:
            own = (LineRule("credit_line", "credit", lambda line: bool(self.credit_line.fullmatch(line))),) + own
        return own + LINE_RULES


class HtmlLayout(NamedTuple):
    """Where one design of an outlet's pages puts the article."""

    name: str
    valid_until: str | None  # ISO date the outlet stopped using it; None = current
    body: tuple[str, ...]  # CSS selectors of the body's containers (all matches are joined)
    exclude: tuple[str, ...] = ()  # CSS selectors of boilerplate inside the body


def expired(valid_until: str | None, published: str | None) -> bool:
    """A layout valid until ``valid_until`` (ISO date; None: still in use) is out of date for a page
    published then (``published``: the record's ISO time, None when unknown).

    >>> expired("2020-01-01", "2021-03-01T10:00:00+08:00"), expired("2020-01-01", "2019-12-31")
    (True, False)
    >>> expired(None, "2021-03-01"), expired("2020-01-01", None)
    (False, False)
    """
    return bool(valid_until and published and published[:10] >= valid_until)
