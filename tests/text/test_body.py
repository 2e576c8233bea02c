"""The body: furniture inside the article that leaves it (pull quotes, inline links and boxes, widgets, notes,
bios, person cards) and the blocks that stay typed.

Every page here was written for the test, modelled on how some kind of news page prints the thing under
test; the expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

import pytest
from pages import (
    ARTICLE,
    BRIDGE_HEADLINE,
    COUNCIL_HEADLINE,
    DATE,
    LONG,
    NEWS_MENU,
    PARAGRAPHS,
    VALLEY_MENU,
    generic,
    page,
    removed_kinds,
)

from newsclean.parsers import parse


def test_subheadings_and_typed_lists_are_blocks_of_their_own() -> None:
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", PARAGRAPHS[0],
                          "P:What happens next",
                          PARAGRAPHS[1], "• Buses will run every ten minutes.", "• Cyclists may still cross.",
                          PARAGRAPHS[2]))
    assert [b["type"] for b in record["blocks"]] == [
        "paragraph", "heading", "paragraph", "list_item", "list_item", "paragraph"]
    assert record["blocks"][3]["text"] == "Buses will run every ten minutes."


def test_the_signature_of_an_embedded_post_closing_the_article_stays_with_the_post() -> None:
    post = "P:Our bridge closes on Monday and we are sorry for the trouble it brings to everyone in town."
    signature = "— Valley Council (@valleycouncil) March 2, 2020"
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", "By Ann Lee", *PARAGRAPHS, post,
                          signature, "P:Newsletter", "Privacy Policy"))
    assert record["body"].endswith(post[2:] + "\n\n" + signature)


def test_a_pull_quote_repeating_a_sentence_and_its_credit_line_leave_the_body() -> None:
    said = ("Drivers were angry. “We cannot keep paying more for a road that is getting worse,” said Tom Park, "
            "who leads the drivers' club.")
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", PARAGRAPHS[0], "P:" + said,
                          "P:We cannot keep paying more for a road that is getting worse\nTom Park, Drivers' Club",
                          *PARAGRAPHS[1:]))
    assert record["body"] == "\n\n".join((PARAGRAPHS[0], said, *PARAGRAPHS[1:]))
    kinds = removed_kinds(record)
    assert kinds["We cannot keep paying more for a road that is getting worse"] == "pull-quote"
    assert kinds["Tom Park, Drivers' Club"] == "pull-quote"


@pytest.mark.parametrize("link", [
    "Lire aussi Le pont fermé pour deux ans de travaux",
    "Leggi anche Il Comune annuncia un nuovo ponte sul fiume",
    "Read also Council sets budget for next year",
])


def test_a_related_link_without_punctuation_after_its_label_leaves_the_body(link: str) -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS[:2], "P:" + link, PARAGRAPHS[2]))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert removed_kinds(record)[link] == "related"


def test_an_app_promotion_and_a_print_edition_note_leave_the_body() -> None:
    app = "Download The Valley Post App for the latest news."
    note = "A version of this article appears in print on Nov. 20, 2019, Section A, Page 1."
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:" + note, "P:" + app,
                          "Top stories",
                          "Mayor opens new library"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    kinds = removed_kinds(record)
    assert kinds[app] == "newsletter" and kinds[note] == "print-edition"


def test_the_authors_bio_closing_the_article_leaves_the_body() -> None:
    bio = "Ann Lee is a staff writer at The Valley Post. She covers roads and city hall."
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:" + bio))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert removed_kinds(record)[bio] == "bio"


@pytest.mark.parametrize("note", [
    "The views expressed in this article are the author's own and do not reflect those of The Valley Post.",
    "This interview has been edited and condensed for clarity.",
    "You've reached your limit of free articles. Get unlimited access for just 99 cents.",
])


def test_a_desk_note_or_a_paywall_meter_inside_the_article_leaves_the_body(note: str) -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", DATE, *PARAGRAPHS[:2], "P:" + note,
                          PARAGRAPHS[2]))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert note in removed_kinds(record)


def test_a_listicle_s_numbered_headings_keep_their_numbers() -> None:
    items = ("P:1. The bridge closes in March", PARAGRAPHS[1], "P:2. Buses move to the northern crossing",
             PARAGRAPHS[2])
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", DATE, PARAGRAPHS[0], *items, "Privacy Policy"))
    assert record["body"] == "\n\n".join((PARAGRAPHS[0], "1. The bridge closes in March", PARAGRAPHS[1],
                                          "2. Buses move to the northern crossing", PARAGRAPHS[2]))
    assert [b["type"] for b in record["blocks"]][1::2] == ["heading", "heading"]


@pytest.mark.parametrize("card_title", ["Ann Lee", "Ann Mary Lee"])
def test_a_person_card_printed_inside_a_sentence_leaves_only_the_name(card_title: str) -> None:
    sentence = (f"The plan was backed by Sen. Ann Lee{card_title}Council passes budget | Mayor opens library "
                "Ferry fares to rise in May MORE (D-Ohio), who chairs the transport committee.")
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Tom Roe", PARAGRAPHS[0], "P:" + sentence, PARAGRAPHS[1]))
    assert record["body"] == "\n\n".join((
        PARAGRAPHS[0], "The plan was backed by Sen. Ann Lee (D-Ohio), who chairs the transport committee.",
        PARAGRAPHS[1]))
    assert [r["kind"] for r in record["removed"] if r["rule"] == "hover_card"] == ["related"]


def test_an_inline_link_to_another_story_goes_alone_and_the_subheading_under_it_stays() -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", PARAGRAPHS[0], PARAGRAPHS[1],
                          "Related post: Ferry fares to rise in May", "P:WHAT THE WORK WILL COST", PARAGRAPHS[2]))
    assert record["body"] == "\n\n".join((PARAGRAPHS[0], PARAGRAPHS[1], "WHAT THE WORK WILL COST", PARAGRAPHS[2]))
    assert ("related",
            "Related post: Ferry fares to rise in May") in {(r["kind"], r["text"]) for r in record["removed"]}


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
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS, widget, "P:" + LONG))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, LONG))


@pytest.mark.parametrize("link", ["Lee también: El puente cerrará dos años", "Voir aussi : Le pont fermera deux ans",
                                  "Siehe auch: Brücke wird zwei Jahre gesperrt"])


def test_inline_related_links_in_other_languages_leave_the_body(link: str) -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS, link, "P:" + LONG))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, LONG))


def test_an_inline_link_right_under_the_first_paragraph_leaves_it_in_the_body() -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", PARAGRAPHS[0],
                          "Related post: Ferry fares to rise in May",
                          "P:WHAT THE WORK WILL COST", PARAGRAPHS[1], PARAGRAPHS[2]))
    assert record["body"] == "\n\n".join((PARAGRAPHS[0], "WHAT THE WORK WILL COST", PARAGRAPHS[1], PARAGRAPHS[2]))
    assert record["subtitle"] is None


def test_an_inline_related_article_box_leaves_the_body() -> None:
    """"Related Article" (singular) over one link between two paragraphs is an inline box: the
    label and its link leave the body, the paragraphs after it stay."""
    text = "\n".join((*NEWS_MENU, COUNCIL_HEADLINE, "By Ann Lee", "November 19, 2019", "", ARTICLE[0], "",
                      "Related Article",
                      "Ferry operators brace for a busy winter on the river", "", ARTICLE[1], "", ARTICLE[2], ""))
    article = parse(text.encode(), path="x.txt")
    assert article.body.split("\n\n") == list(ARTICLE)


def test_a_click_here_app_promotion_between_paragraphs_leaves_the_body() -> None:
    text = "\n".join((*NEWS_MENU, COUNCIL_HEADLINE, "By Ann Lee", "November 19, 2019", "", ARTICLE[0], "",
                      "CLICK HERE TO GET THE RIVER POST APP", "", ARTICLE[1], "", ARTICLE[2], ""))
    assert parse(text.encode(), path="x.txt").body.split("\n\n") == list(ARTICLE)


def test_a_slash_between_two_words_is_no_credit() -> None:
    lines = ("Low-code/no-code tools now build a third of the apps our readers use at work.",
             "The Rise of Low-Code/No-Code Platforms",
             "Teams build forms and reports without waiting for the IT department to find the time.")
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", DATE, *(f"P:{line}" for line in lines)))
    assert record["body"] == "\n\n".join(lines)
    assert record["images"] == []
