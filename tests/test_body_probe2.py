"""Body and byline shapes the second generalization probe found (issue #4, round 2).

Every page here was written for the test, modelled on how some kind of news page prints
the thing under test; the expected values were worked out by reading the page, not
copied from the parser's output.
"""
from __future__ import annotations

import pytest
from test_generic_text import MENU, PARAGRAPHS, generic, page

from newsclean.parsers import rules
from newsclean.parsers.body_text import build_body
from newsclean.parsers.textdump import split_lines
from newsclean.parsers.zones_text import find_zone, view_lines

HEADLINE = "Bridge to close for two years of repairs"
DATE = "Mon 18 Nov 2019 14.02 GMT"
ENTRIES = (
    ("17:45", "Council meeting ends", "The meeting ended after four hours with the vote carried by nine votes to three.",
     "Opponents said they would ask the regional court to review the decision before work starts."),
    ("16:20", "Engineers give evidence", "The chief engineer told councillors the cracks had grown since the summer.",
     "She said the bridge could not safely carry buses for more than another year."),
    ("15:05", "Meeting under way", "Councillors have taken their seats and the public gallery is full this afternoon.",
     "The mayor opened the session by asking for calm during the debate on the bridge."),
)


def removed_kinds(record: dict) -> dict[str, str]:
    return {r["text"]: r["kind"] for r in record["removed"]}


def live_page(*widget: str) -> bytes:
    lines: list[str] = [*MENU, "Live", HEADLINE, "By Ann Lee", DATE]
    for stamp, heading, *paragraphs in ENTRIES:
        lines += [f"Posted at {stamp}", heading, *(f"P:{p}" for p in paragraphs), *widget]
    return page(*lines, "Load more", "Top Stories", "Privacy Policy")


def test_a_share_widget_after_each_live_entry_does_not_end_the_article() -> None:
    # the zone and the body alone: which header lines an entry's stamp pulls in is the header's part
    views = view_lines(split_lines(live_page("Share this post", "Copy this link").decode()))
    zone = find_zone(views)
    parts, _ = build_body(views[zone.start:zone.end], zone.marked)
    first_paragraph = ENTRIES[0][2]
    want = [text for _, *entry in ENTRIES for text in entry]
    assert [block.text for block in parts.blocks] == want[want.index(first_paragraph):]
    kinds = {r.text: r.kind for r in parts.removed}
    assert kinds["Copy this link"] == "share"
    assert kinds["Posted at 16:20"] == "timestamp"


@pytest.mark.parametrize("note", [
    "The views expressed in this article are the author's own and do not reflect those of The Valley Post.",
    "This interview has been edited and condensed for clarity.",
    "You've reached your limit of free articles. Get unlimited access for just 99 cents.",
])
def test_a_desk_note_or_a_paywall_meter_inside_the_article_leaves_the_body(note: str) -> None:
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", DATE, *PARAGRAPHS[:2], "P:" + note, PARAGRAPHS[2]))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert note in removed_kinds(record)


@pytest.mark.parametrize("byline", [
    "Interview by Ann Lee", "Edited by Ann Lee", "Words by Ann Lee", "Text by Ann Lee",
    "By Ann Lee at the Riverside Ground", "By Ann Lee in Dover",
])
def test_a_byline_with_a_prefix_or_a_place_names_the_author_and_is_not_the_headline(byline: str) -> None:
    record = generic(page(*MENU, "Local", HEADLINE, byline, DATE, *PARAGRAPHS))
    assert record["title"] == HEADLINE
    assert record["authors"] == ["Ann Lee"]


@pytest.mark.parametrize("opening, place", [
    ("Dover, Valley Post -- The city council voted", "Dover"),
    ("Jakarta (ANTARA) — Pemerintah menetapkan status siaga", "Jakarta"),
    ("Köln (dpa) — Der Stadtrat hat am Dienstag beschlossen", "Köln"),
    ("KÖLN (dpa) — Der Stadtrat hat am Dienstag beschlossen", "KÖLN"),
    ("Copenhagen, 19 November 2019 – The council voted", "Copenhagen"),
    ("COPENHAGEN, 19 November 2019 – The council voted", "COPENHAGEN"),
    ("COPENHAGEN, Nov. 19, 2019 /PRNewswire/ -- The council voted", "COPENHAGEN"),
    ("Copenhagen – The council voted", "Copenhagen"),
    ("Tuesday – The council voted", None),
    ("Update — The council voted", None),
    ("Köln. Der Stadtrat hat beschlossen", "Köln"),
    ("Bad Homburg. Die Stadt hat beschlossen", "Bad Homburg"),
    ("Nein. Der Stadtrat hat nicht beschlossen", None),
    ("Wow. The council voted", None),
])
def test_a_dateline_in_mixed_case_with_a_date_a_wire_or_a_lower_case_agency_is_read(opening: str,
                                                                                   place: str | None) -> None:
    first = f"{opening} on Tuesday to close the old river bridge for two years of repairs."
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", DATE, "P:" + first, *PARAGRAPHS[1:]))
    assert record["dateline"] == place


@pytest.mark.parametrize("label", ["Read also", "Leia também", "Baca juga:"])
def test_an_inline_box_with_one_link_does_not_swallow_the_last_paragraph(label: str) -> None:
    more = ("P:The northern crossing will get a new set of traffic lights before the bridge closes in March.",
            "P:Bus routes that use the old bridge will be moved to the northern crossing for the two years.",
            "P:Shops near the bridge asked the council for help with the loss of passing trade during the works.")
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", DATE, *PARAGRAPHS[:2], *more,
                          f"P:{label}\nFerry fares to rise in the new year", PARAGRAPHS[2],
                          "Comments", "Most read", "Schools shut for a week", "Privacy Policy"))
    assert record["body"] == "\n\n".join((*PARAGRAPHS[:2], *(p[2:] for p in more), PARAGRAPHS[2]))
    assert removed_kinds(record)["Ferry fares to rise in the new year"] == "related"


def test_a_heading_over_unspaced_lines_that_name_the_article_s_people_stays_in_the_article() -> None:
    report = ("Dover Rovers beat Hythe Town 2-0 on Saturday with two late goals from Sam Kerr and Joe Pike.",
              "Hythe had the better of the first half, but their keeper Tom Webb was injured before the break.",
              "Rovers manager Ann Cole said her side had been patient and deserved the three points.")
    block = ("Player ratings",
             "Dover Rovers: Grant 6, Pike 8, Kerr 8, Moss 6, Lane 7, Hill 6, Ford 6, Shaw 7, Rice 6, Cole 6.",
             "Hythe Town: Webb 5, Dean 6, Fry 5, Hart 6, Ives 5, Judd 6, King 5, Lamb 6, Mott 5, Nash 6.",
             "Man of the match: Joe Pike", "What's next?",
             "Rovers visit Folkestone on Tuesday, while Hythe Town host Deal on Saturday.")
    record = generic(page(*MENU, "Football", HEADLINE, "By Ann Lee", DATE, *(f"P:{p}" for p in report),
                          "P:" + "\n".join(block), "League table", "Pos Team P GD Pts", "1 Deal 17 +15 36",
                          "2 Folkestone 17 +11 33", "Full table", "Related Stories", "Kerr signs new deal",
                          "Privacy Policy"))
    assert record["body"] == "\n\n".join((*report, *block))


def test_a_heading_over_teasers_about_other_stories_is_not_taken_into_the_article() -> None:
    teasers = ("Elsewhere",
               "Police in Folkestone are looking for a van stolen from a car park on the harbour front.",
               "A new cinema with eight screens will open in Canterbury at the end of the month.",
               "Farmers near Ashford say the wet autumn has cut their potato harvest by a third.")
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", DATE, *PARAGRAPHS, "P:" + "\n".join(teasers),
                          "Privacy Policy"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_listicle_s_numbered_headings_keep_their_numbers() -> None:
    items = ("P:1. The bridge closes in March", PARAGRAPHS[1], "P:2. Buses move to the northern crossing", PARAGRAPHS[2])
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", DATE, PARAGRAPHS[0], *items, "Privacy Policy"))
    assert record["body"] == "\n\n".join((PARAGRAPHS[0], "1. The bridge closes in March", PARAGRAPHS[1],
                                          "2. Buses move to the northern crossing", PARAGRAPHS[2]))
    assert [b["type"] for b in record["blocks"]][1::2] == ["heading", "heading"]


@pytest.mark.parametrize("line, kind", [
    ("Partilhar", "share"), ("Partilhe", "share"), ("Teilen", "share"), ("Aceitar cookies", "cookie"),
    ("Aceitar todos os cookies", "cookie"), ("Alle akzeptieren", "cookie"), ("Zustimmen", "cookie"),
    ("Einstellungen verwalten", "cookie"), ("Nur notwendige Cookies", "cookie"),
    ("Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.", "cookie"),
])
def test_share_and_cookie_buttons_in_more_languages_are_caught(line: str, kind: str) -> None:
    assert rules.match_generic(line).kind == kind


def test_cookies_in_a_sentence_are_no_cookie_banner() -> None:
    assert rules.match_generic("Die Bäckerei hat am Wochenende 2000 Cookies verkauft.") is None
