"""The header reader on hand-written dumps whose article zone is given, to pin the header's
own rules apart from the zone finder (the zone a page gets is the zone finder's business).

Every page here was written for the test; the expected lines were worked out by reading it.
"""
from __future__ import annotations

from newsclean.parsers.lines import split_lines
from newsclean.parsers.text.header import read_header
from newsclean.parsers.text.headline import find_headline
from newsclean.parsers.text.views import view_lines
from newsclean.parsers.text.zone import Zone

CUT_TEASERS = (
    "The mayor says she will not run for a third term, and the race to follow her is wide open with five n..",
    "Ferry fares are to rise by a fifth in May as fuel costs climb, the operator said, and season tickets w..",
    "The market hall will open on Sundays from April, with a farmers' market and food stalls on the groun..",
)
ARTICLE = (
    "The city council voted on Tuesday to close the old river bridge for two years of repairs.",
    "Engineers found cracks in three of the bridge's steel supports during an inspection in June.",
)


def test_a_zone_that_starts_at_teasers_cut_short_still_reaches_the_headline_under_them() -> None:
    """The zone starts at a box of cut teasers ("… n.."): they are no headline, and the headline
    under them (with its date line) is still within reach though it stands past the usual three lines."""
    text = "\n".join(("Home", "News", "Top stories", *CUT_TEASERS, "Bridge to close for two years of repairs",
                      "March 3, 2020 9:15 AM", "", ARTICLE[0], "", ARTICLE[1], ""))
    views = view_lines(split_lines(text))
    zone = Zone(3, len(views), True)  # the zone as a finder fooled by the teasers' length gives it
    title = find_headline(views, zone)
    assert title is not None and views[title].text == "Bridge to close for two years of repairs"
    header = read_header(views, zone)
    assert [views[i].text for i in header.date_lines] == ["March 3, 2020 9:15 AM"]
    assert views[header.body_start].text == ARTICLE[0]
