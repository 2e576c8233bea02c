"""Source layouts: the text layout that fits a page best, unless the page is dated past its ``valid_until``."""
from __future__ import annotations

import pytest

from newsclean.parsers.lazyre import lazy
from newsclean.parsers.load import load
from newsclean.parsers.record.options import ParseOptions
from newsclean.parsers.sources.catalog import BY_ID
from newsclean.parsers.sources.layouts import TextLayout
from newsclean.parsers.sources.text_source import TextSource

DATE_LINE = lazy(r"(?P<y>\d{4})\.(?P<mo>\d{2})\.(?P<d>\d{2}) (?P<h>\d{2}):(?P<mi>\d{2})")
# An invented outlet that printed its section over the date until 2020, then dropped it and wrote "Words by".
OLD = TextLayout("2019", "2020-01-01", frozenset({"world"}), DATE_LINE, lazy(r"By (?P<names>.+)"), lazy("The Ledger"))
NEW = TextLayout("2020", None, frozenset(), DATE_LINE, lazy(r"Words by (?P<names>.+)"), lazy("The Ledger"))
SOURCE = TextSource(BY_ID["cgtn"], (NEW, OLD))


def _page(date: str) -> bytes:
    return "\n".join((
        "World", date, "Council closes the old river bridge for repairs", "Words by Ann Lee",
        "The city council voted on Tuesday to close the old river bridge for two years of repairs.",
        "Engineers found cracks in three of the bridge's steel supports during an inspection in June.",
    )).encode()


@pytest.mark.parametrize(("date", "layout", "authors"), [
    ("2019.11.19 10:00", "cgtn 2019", []),  # the old layout fits best, still in use: its byline wants "By"
    ("2021.03.01 10:00", "cgtn 2020", ["Ann Lee"]),  # past the old one's valid_until: the newer one that fits
])
def test_a_page_dated_past_a_layouts_valid_until_gets_the_newer_layout(date: str, layout: str,
                                                                       authors: list[str]) -> None:
    article = SOURCE.parse(load(_page(date)), ParseOptions())
    assert article.provenance["layout"] == layout
    assert article.authors == authors
    assert article.title == "Council closes the old river bridge for repairs"


def test_an_expired_layout_stays_when_no_newer_one_fits() -> None:
    source = TextSource(BY_ID["cgtn"], (NEW._replace(date_line=lazy(r"\d{2}/\d{2}/\d{4}")), OLD))
    article = source.parse(load(_page("2021.03.01 10:00")), ParseOptions())
    assert article.provenance["layout"] == "cgtn 2019"
