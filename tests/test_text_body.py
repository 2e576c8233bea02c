"""The generic text parser's body zone and bylines, one page shape each.

Every page here was written for the test, modelled on a shape news pages share; the
expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

import pytest
from test_generic_text import MENU, PARAGRAPHS, generic, page

HEADLINE = "Bridge to close for two years of repairs"
LONG = ("Work will start in March, and the city hopes to reopen the bridge before the winter of 2022 arrives. "
        "Until then, the ferry will run every twenty minutes from six in the morning to midnight.")


@pytest.mark.parametrize("card_title", ["Ann Lee", "Ann Mary Lee"])
def test_a_person_card_printed_inside_a_sentence_leaves_only_the_name(card_title: str) -> None:
    sentence = (f"The plan was backed by Sen. Ann Lee{card_title}Council passes budget | Mayor opens library "
                "Ferry fares to rise in May MORE (D-Ohio), who chairs the transport committee.")
    record = generic(page(*MENU, HEADLINE, "By Tom Roe", PARAGRAPHS[0], "P:" + sentence, PARAGRAPHS[1]))
    assert record["body"] == "\n\n".join((
        PARAGRAPHS[0], "The plan was backed by Sen. Ann Lee (D-Ohio), who chairs the transport committee.",
        PARAGRAPHS[1]))
    assert [r["kind"] for r in record["removed"] if r["rule"] == "hover_card"] == ["related"]


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
    lines = [*MENU, HEADLINE, card_bar, *PARAGRAPHS, "You may like", card_bar]
    for teaser in teasers:
        lines += ["P:" + teaser, card_bar]
    record = generic(page(*lines, "Privacy Policy"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_long_first_sentence_that_lost_its_full_stop_opens_the_body() -> None:
    lead = ("The city council voted on Tuesday night to shut the old river bridge for two years of repairs after "
            "engineers found deep cracks in three of its steel supports")
    text = "\n".join((*MENU, HEADLINE, "By Ann Lee", "March 3, 2020", lead, "", "", PARAGRAPHS[1], "", PARAGRAPHS[2]))
    record = generic(text.encode())
    assert record["body"] == "\n\n".join((lead, PARAGRAPHS[1], PARAGRAPHS[2]))


def test_an_ad_slot_inside_the_article_does_not_end_it() -> None:
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS, "ADVERTISEMENT", "Thanks for watching!",
                          "P:" + LONG, "Tags", "Bridges, Council"))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, LONG))


def test_an_inline_link_to_another_story_goes_alone_and_the_subheading_under_it_stays() -> None:
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", PARAGRAPHS[0], PARAGRAPHS[1],
                          "Related post: Ferry fares to rise in May", "P:WHAT THE WORK WILL COST", PARAGRAPHS[2]))
    assert record["body"] == "\n\n".join((PARAGRAPHS[0], PARAGRAPHS[1], "WHAT THE WORK WILL COST", PARAGRAPHS[2]))
    assert ("related", "Related post: Ferry fares to rise in May") in {(r["kind"], r["text"]) for r in record["removed"]}


@pytest.mark.parametrize("widget", [
    "Also on example.com Ferry fares to rise in May as fuel costs climb",
    "On ValleyPost.com: Ferry fares to rise in May",
    "SEE MORE: Ferry fares to rise in May",
    "Like this story? Share it with a friend!",
    "Subscribe to the Valley Post YouTube Channel for all of the latest videos!",
    "View all (12)",
    "Image 1 of 4",
    "Back to Gallery",
])
def test_inline_widgets_between_paragraphs_leave_the_body(widget: str) -> None:
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS, widget, "P:" + LONG))
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
    text = "\n".join((*MENU, HEADLINE, "By Ann Lee", "", *(f"{p}\n" for p in PARAGRAPHS), "What the report says",
                      *glued, "", "Privacy Policy"))
    record = generic(text.encode())
    assert record["body"] == "\n\n".join((*PARAGRAPHS, "What the report says", *glued))


@pytest.mark.parametrize(("byline", "authors"), [
    ("By admin - 2020-03-03", ["admin"]),
    ("By valleyeditor | March 3, 2020", ["valleyeditor"]),
    ("By Ann Lee - 2020-03-03", ["Ann Lee"]),
])
def test_a_user_name_before_the_date_is_the_byline(byline: str, authors: list[str]) -> None:
    record = generic(page(*MENU, HEADLINE, byline, *PARAGRAPHS))
    assert record["authors"] == authors
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_lower_case_sentence_after_by_is_no_byline() -> None:
    record = generic(page(*MENU, HEADLINE, "By now - 2020 has been a hard year", *PARAGRAPHS))
    assert record["authors"] == []


@pytest.mark.parametrize(("byline", "authors"), [
    ("Por Maria Silva, da Redação", ["Maria Silva"]),
    ("Escrito por Ana Souza e Pedro Lima", ["Ana Souza", "Pedro Lima"]),
    ("Reportagem: Maria Silva", ["Maria Silva"]),
    ("A cura di Marco Rossi", ["Marco Rossi"]),
    ("Текст и фото: Иван Петров", ["Иван Петров"]),
    ("By Ann Lee • 5 min read", ["Ann Lee"]),
    ("By ANN LEE / Staff Writer", ["Ann Lee"]),
    ("By Ann Lee Follow @annlee", ["Ann Lee"]),
    ("By Ann Lee and Tom Roe, CNN", ["Ann Lee", "Tom Roe"]),
    ("By Ann Lee*", ["Ann Lee"]),
    ("Ann Lee — Staff Writer", ["Ann Lee"]),
    ("Marco Rossi, Corrispondente da Roma", ["Marco Rossi"]),
])
def test_bylines_in_many_shapes_and_languages_give_only_the_people(byline: str, authors: list[str]) -> None:
    record = generic(page(*MENU, HEADLINE, byline, *PARAGRAPHS))
    assert record["authors"] == authors
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_schedule_printed_as_rows_under_the_article_is_part_of_it() -> None:
    rows = ("March 3 – Riverside, Town Hall @ 7 pm", "March 10 – Northgate, Library @ 6 pm",
            "March 17 – Old Quarter, School Gym @ 7 pm", "March 24 – Harbour, Ferry Terminal @ 5 pm")
    text = "\n".join((*MENU, HEADLINE, "By Ann Lee", "", *(f"{p}\n" for p in PARAGRAPHS), "Public meetings",
                      *rows, "", "Privacy Policy", "Contact Us"))
    record = generic(text.encode())
    assert record["body"] == "\n\n".join((*PARAGRAPHS, "Public meetings", *rows))
    assert [b["type"] for b in record["blocks"][-4:]] == ["list_item"] * 4


def test_a_menu_of_short_links_is_no_table() -> None:
    links = ("World news today", "Business and money", "Science and tech", "Arts and culture")
    text = "\n".join((*MENU, HEADLINE, "By Ann Lee", "", *(f"{p}\n" for p in PARAGRAPHS), *links, "", "Privacy Policy"))
    assert generic(text.encode())["body"] == "\n\n".join(PARAGRAPHS)


def test_a_stray_trending_label_with_paragraphs_under_it_does_not_end_the_article() -> None:
    cost = ("The repairs will cost forty million dollars, the council says, and the state has agreed to pay half "
            "of it; the rest will come from the city's own road budget over the next three years.")
    more = ("The ferry is free until then, the mayor said.", "Cyclists may still cross on the old footbridge, it said.")
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:" + LONG, "P:" + cost, "P:Trending",
                          *("P:" + p for p in more), "Related articles", "Mayor opens new library",
                          "Budget vote set for Friday"))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, LONG, cost, *more))


def test_a_related_heading_over_one_teaser_paragraph_still_ends_the_article() -> None:
    teaser = "A long teaser about the new library, which opens on Friday with a concert and free books for all."
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:" + LONG, "P:Related stories", "P:" + teaser))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, LONG))


@pytest.mark.parametrize("marker", [
    "Más noticias", "Sur le même sujet", "Das könnte Sie auch interessieren", "Voir aussi", "Смотрите также",
    "Deja un comentario", "Laisser un commentaire", "Kommentar schreiben", "Mots-clés : pont, conseil",
    "Schlagworte: Brücke, Stadtrat", "Palabras clave: puente, concejo",
])
def test_closing_markers_in_spanish_french_german_and_russian_end_the_article(marker: str) -> None:
    after = "A long comment or teaser that follows the marker and runs on long enough to read as a sentence."
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:" + LONG, marker, "P:" + after))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, LONG))


@pytest.mark.parametrize("link", ["Lee también: El puente cerrará dos años", "Voir aussi : Le pont fermera deux ans",
                                  "Siehe auch: Brücke wird zwei Jahre gesperrt"])
def test_inline_related_links_in_other_languages_leave_the_body(link: str) -> None:
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS, link, "P:" + LONG))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, LONG))


@pytest.mark.parametrize("prompt", ["Receba nossa newsletter", "Подпишитесь на нашу рассылку", "구독하기"])
def test_newsletter_prompts_in_other_languages_are_caught(prompt: str) -> None:
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS, prompt, "P:" + LONG))
    assert ("newsletter", prompt) in {(r["kind"], r["text"]) for r in record["removed"]}


def test_an_inline_link_right_under_the_first_paragraph_leaves_it_in_the_body() -> None:
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", PARAGRAPHS[0], "Related post: Ferry fares to rise in May",
                          "P:WHAT THE WORK WILL COST", PARAGRAPHS[1], PARAGRAPHS[2]))
    assert record["body"] == "\n\n".join((PARAGRAPHS[0], "WHAT THE WORK WILL COST", PARAGRAPHS[1], PARAGRAPHS[2]))
    assert record["subtitle"] is None
