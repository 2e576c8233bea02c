"""The article zone: where the article starts and ends on a whole-page dump, and what inside it does not end it.

Every page here was written for the test, modelled on how some kind of news page prints the thing under
test; the expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

import pytest
from pages import BRIDGE_HEADLINE, DATE, LONG, PARAGRAPHS, VALLEY_MENU, generic, page, removed_kinds

from newsclean.parsers.lines import split_lines
from newsclean.parsers.text.body import build_body
from newsclean.parsers.text.views import view_lines
from newsclean.parsers.text.zone import find_zone

ENTRIES = (
    ("17:45", "Council meeting ends",
     "The meeting ended after four hours with the vote carried by nine votes to three.",
     "Opponents said they would ask the regional court to review the decision before work starts."),
    ("16:20", "Engineers give evidence", "The chief engineer told councillors the cracks had grown since the summer.",
     "She said the bridge could not safely carry buses for more than another year."),
    ("15:05", "Meeting under way", "Councillors have taken their seats and the public gallery is full this afternoon.",
     "The mayor opened the session by asking for calm during the debate on the bridge."),
)


def live_page(*widget: str) -> bytes:
    lines: list[str] = [*VALLEY_MENU, "Live", BRIDGE_HEADLINE, "By Ann Lee", DATE]
    for stamp, heading, *paragraphs in ENTRIES:
        lines += [f"Posted at {stamp}", heading, *(f"P:{p}" for p in paragraphs), *widget]
    return page(*lines, "Load more", "Top Stories", "Privacy Policy")


def test_related_box_inside_the_article_goes_but_the_article_goes_on() -> None:
    more = ("Work will start in March, and the city hopes to reopen the bridge before the winter of 2022 arrives.",
            "The council will hold a public meeting next week to answer questions from people who live nearby.")
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", *PARAGRAPHS, "Related",
                          "Budget vote set for Friday", "Mayor opens new library", *("P:" + p for p in more)))
    assert record["body"] == "\n\n".join(PARAGRAPHS + more)
    kinds = {(r["kind"], r["text"]) for r in record["removed"]}
    assert ("related", "Related") in kinds and ("related", "Budget vote set for Friday") in kinds


def test_teasers_under_a_related_heading_inside_the_article_go_until_a_paragraph() -> None:
    more = "Work will start in March, and the city hopes to reopen the bridge before the winter of 2022 arrives."
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", *PARAGRAPHS, "Most read",
                          "Mayor 'will not run again'", "Budget vote set for Friday after long debate.", "P:" + more))
    assert record["body"] == "\n\n".join(PARAGRAPHS + (more,))


def test_a_plain_copy_without_blank_lines_keeps_its_short_last_sentence() -> None:
    text = "\n".join(("Bridge to close for two years of repairs", *PARAGRAPHS, "Work starts in March."))
    record = generic(text.encode())
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["body"] == "\n\n".join((*PARAGRAPHS, "Work starts in March."))


def test_a_run_together_article_is_kept_when_only_its_dek_and_a_quoted_post_stand_apart() -> None:
    """Paragraphs and subheads printed without blank lines; only the dek, a quoted post and a promo
    stand apart: those few do not make the article's own paragraphs look like teasers."""
    dek = "P:The city says the work cannot wait after inspectors found cracks in the supports."
    post = "P:Our bridge closes on Monday and we are sorry for the trouble, wrote the mayor on her page last night."
    later = ("Shops near the bridge say they fear losing custom while the crossing is shut for so long.",
             "The council promised a fund to help them, and said it would meet traders next week to talk it over.",
             "Bus routes that use the bridge will move to the northern crossing from Monday, the transit office said.",
             "A ferry that last ran in the 1960s could come back for people on foot, a council member suggested.",
             "Work is due to finish in the spring of 2022 if the weather holds, officials said.")
    promo = "P:Get the morning's news from the valley in your inbox every day, free of charge, when you sign up."
    text = "\n".join((*VALLEY_MENU, "Bridge to close for two years of repairs", "", dek[2:], "", "By Ann Lee",
                      *PARAGRAPHS, "", post[2:], "", "What shops say", *later[:4], "When it reopens", later[4],
                      "", promo[2:], "", "Privacy Policy"))
    record = generic(text.encode())
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["authors"] == ["Ann Lee"]
    for paragraph in PARAGRAPHS + later:
        assert paragraph in record["body"]
    assert promo[2:] not in record["body"]


def test_a_blog_comment_section_under_its_thoughts_on_heading_stays_out_of_the_body() -> None:
    comments = ("\nMaria Gomez\nNovember 19, 2019 at 9:14 am\n\n"
                "P:I drive over that bridge every day and the cracks have been visible from the footpath for years.",
                "Reply", "\nTom Becker\nNovember 19, 2019 at 11:02 am\n\n"
                "P:The northern crossing is already full at rush hour, so I hope they add more buses while it is shut.",
                "Reply")
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", "By Ann Lee", "November 19, 2019",
                          *PARAGRAPHS, "2 thoughts on “Bridge to close for two years of repairs”", *comments))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert ("comments", "2 thoughts on “Bridge to close for two years of repairs”") in {
        (r["kind"], r["text"]) for r in record["removed"]}


def test_a_list_without_bullets_inside_the_article_does_not_end_it() -> None:
    items = ("Air quality readings were hazardous in parts of the city", "People with asthma were told to stay inside",
             "More than 40 fires were burning in the state")
    last = "Forecasters expect a southerly change to clear the haze overnight, but warned that hot winds could return."
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS,
                          "P:Key points:\n" + "\n".join(items),
                          "P:" + last, "Topics: fires, health", "Top Stories", "Rate cut expected as economy slows"))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, "Key points:", *items, last))
    assert [b["type"] for b in record["blocks"][4:7]] == ["list_item"] * 3


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


@pytest.mark.parametrize("label", ["Read also", "Leia também", "Baca juga:"])
def test_an_inline_box_with_one_link_does_not_swallow_the_last_paragraph(label: str) -> None:
    more = ("P:The northern crossing will get a new set of traffic lights before the bridge closes in March.",
            "P:Bus routes that use the old bridge will be moved to the northern crossing for the two years.",
            "P:Shops near the bridge asked the council for help with the loss of passing trade during the works.")
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", DATE, *PARAGRAPHS[:2], *more,
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
    record = generic(page(*VALLEY_MENU, "Football", BRIDGE_HEADLINE, "By Ann Lee", DATE, *(f"P:{p}" for p in report),
                          "P:" + "\n".join(block), "League table", "Pos Team P GD Pts", "1 Deal 17 +15 36",
                          "2 Folkestone 17 +11 33", "Full table", "Related Stories", "Kerr signs new deal",
                          "Privacy Policy"))
    assert record["body"] == "\n\n".join((*report, *block))


def test_a_heading_over_teasers_about_other_stories_is_not_taken_into_the_article() -> None:
    teasers = ("Elsewhere",
               "Police in Folkestone are looking for a van stolen from a car park on the harbour front.",
               "A new cinema with eight screens will open in Canterbury at the end of the month.",
               "Farmers near Ashford say the wet autumn has cut their potato harvest by a third.")
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", DATE, *PARAGRAPHS, "P:" + "\n".join(teasers),
                          "Privacy Policy"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_teaser_cards_under_a_you_may_like_heading_are_not_the_rest_of_the_article() -> None:
    teasers = (
        "Friendship is the quiet work of showing up, again and again, when nobody else will do it for you. It asks "
        "for no thanks and keeps no score, and on the hard days it is the one thing that is still there for you.",
        "Every morning is a new page: write on it something kind, and let yesterday's mistakes stay behind you. "
        "Nobody gets the whole story right the first time, and the ones who keep writing are the ones who learn.",
        "Gratitude lives in small things, a cup of coffee, a call from an old friend, a walk in the rain at dusk. "
        "Look for them on purpose, every day, and you will find that there are more of them than you thought.",
    )
    card_bar = "WhatsApp Facebook Pin Save"
    lines = [*VALLEY_MENU, BRIDGE_HEADLINE, card_bar, *PARAGRAPHS, "You may like", card_bar]
    for teaser in teasers:
        lines += ["P:" + teaser, card_bar]
    record = generic(page(*lines, "Privacy Policy"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_long_first_sentence_that_lost_its_full_stop_opens_the_body() -> None:
    lead = ("The city council voted on Tuesday night to shut the old river bridge for two years of repairs after "
            "engineers found deep cracks in three of its steel supports")
    text = "\n".join((*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", "March 3, 2020", lead, "", "", PARAGRAPHS[1], "",
                      PARAGRAPHS[2]))
    record = generic(text.encode())
    assert record["body"] == "\n\n".join((lead, PARAGRAPHS[1], PARAGRAPHS[2]))


def test_an_ad_slot_inside_the_article_does_not_end_it() -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS, "ADVERTISEMENT",
                          "Thanks for watching!",
                          "P:" + LONG, "Tags", "Bridges, Council"))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, LONG))


def test_long_paragraphs_run_together_on_a_page_that_sets_paragraphs_apart_are_still_the_article() -> None:
    glued = (
        "The engineers who inspected the bridge in June found cracks in three of its steel supports, and the "
        "report they handed to the council last week says that the cracks have grown since the spring, when "
        "the heavy trucks were first sent over the bridge while the motorway was closed.",
        "The council will now ask the state for help with the cost, which the report puts at forty million "
        "dollars, and it will hold a public meeting next month to answer questions from the people who live "
        "near the bridge and from the shop owners on both of its banks.",
    )
    text = "\n".join((*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", "", *(f"{p}\n" for p in PARAGRAPHS),
                      "What the report says",
                      *glued, "", "Privacy Policy"))
    record = generic(text.encode())
    assert record["body"] == "\n\n".join((*PARAGRAPHS, "What the report says", *glued))


def test_a_schedule_printed_as_rows_under_the_article_is_part_of_it() -> None:
    rows = ("March 3 – Riverside, Town Hall @ 7 pm", "March 10 – Northgate, Library @ 6 pm",
            "March 17 – Old Quarter, School Gym @ 7 pm", "March 24 – Harbour, Ferry Terminal @ 5 pm")
    text = "\n".join((*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", "", *(f"{p}\n" for p in PARAGRAPHS),
                      "Public meetings",
                      *rows, "", "Privacy Policy", "Contact Us"))
    record = generic(text.encode())
    assert record["body"] == "\n\n".join((*PARAGRAPHS, "Public meetings", *rows))
    assert [b["type"] for b in record["blocks"][-4:]] == ["list_item"] * 4


def test_a_menu_of_short_links_is_no_table() -> None:
    links = ("World news today", "Business and money", "Science and tech", "Arts and culture")
    text = "\n".join((*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", "", *(f"{p}\n" for p in PARAGRAPHS), *links, "",
                      "Privacy Policy"))
    assert generic(text.encode())["body"] == "\n\n".join(PARAGRAPHS)


def test_a_stray_trending_label_with_paragraphs_under_it_does_not_end_the_article() -> None:
    cost = ("The repairs will cost forty million dollars, the council says, and the state has agreed to pay half "
            "of it; the rest will come from the city's own road budget over the next three years.")
    more = ("The ferry is free until then, the mayor said.", "Cyclists may still cross on the old footbridge, it said.")
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:" + LONG, "P:" + cost,
                          "P:Trending",
                          *("P:" + p for p in more), "Related articles", "Mayor opens new library",
                          "Budget vote set for Friday"))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, LONG, cost, *more))


def test_a_related_heading_over_one_teaser_paragraph_still_ends_the_article() -> None:
    teaser = "A long teaser about the new library, which opens on Friday with a concert and free books for all."
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:" + LONG, "P:Related stories",
                          "P:" + teaser))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, LONG))


@pytest.mark.parametrize("marker", [
    "Más noticias", "Sur le même sujet", "Das könnte Sie auch interessieren", "Voir aussi", "Смотрите также",
    "Deja un comentario", "Laisser un commentaire", "Kommentar schreiben", "Mots-clés : pont, conseil",
    "Schlagworte: Brücke, Stadtrat", "Palabras clave: puente, concejo",
])


def test_closing_markers_in_spanish_french_german_and_russian_end_the_article(marker: str) -> None:
    after = "A long comment or teaser that follows the marker and runs on long enough to read as a sentence."
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:" + LONG, marker, "P:" + after))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, LONG))
