"""The generic text parser on small hand-written page dumps, field by field.

Every page here was written for the test; the expected values were worked out by
reading the page, not copied from the parser's output. The golden samples in
``samples/generic/`` check whole records; these tests pin one behaviour each.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from conftest import CORPUS

from newsclean.parsers import parse
from newsclean.parsers.errors import NewscleanError

PARAGRAPHS = (
    "The city council voted on Tuesday to close the old river bridge for two years of repairs.",
    "Engineers found cracks in three of the bridge's steel supports during an inspection in June.",
    "Drivers will be sent over the northern crossing, which the city says can carry the extra traffic.",
)


def page(*lines: str) -> bytes:
    """A dump the way browsers print one: menus line by line, paragraphs set apart by blank lines."""
    out = []
    for line in lines:
        out.append(f"\n{line}\n" if line in PARAGRAPHS or line.startswith("P:") else line)
    return "\n".join(out).replace("P:", "").encode()


def generic(data: bytes) -> dict:
    return parse(data, source="generic").to_dict(explain=True)


MENU = ("Skip to content", "The Valley Post", "Home", "News", "Sport", "Weather", "Subscribe", "Search")


def test_headline_is_the_line_above_byline_and_date_not_the_site_or_section() -> None:
    record = generic(page(*MENU, "Local", "Bridge to close for two years of repairs",
                          "By Ann Lee", "March 3, 2020 9:15 AM", *PARAGRAPHS, "Privacy Policy"))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["section"] == "Local"
    assert record["authors"] == ["Ann Lee"]
    assert record["published"] == "2020-03-03T09:15:00"
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_dek_between_headline_and_byline_is_the_subtitle() -> None:
    dek = "The city says the work cannot wait after inspectors found cracks."
    record = generic(page(*MENU, "Bridge to close for two years of repairs", dek, "By Ann Lee", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["subtitle"] == dek
    assert dek not in record["body"]


def test_site_suffix_never_stays_on_the_title() -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs | The Valley Post", "By Ann Lee",
                          *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Ann Lee and Tom Park, Staff Writers", ["Ann Lee", "Tom Park"]),
    ("By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST", ["Chaim Gartenberg"]),
    ("By RITA GOMES | Special to the Valley Post", ["Rita Gomes"]),
    ("Analysis by Ann Lee, Senior Correspondent", ["Ann Lee"]),
    ("Por Maria Silva", ["Maria Silva"]),
    ("By Valley Post Staff", ["Valley Post Staff"]),  # a desk signs: "Staff" is part of its name
    ("By Ann Lee, Staff", ["Ann Lee"]),
])
def test_bylines_lose_roles_and_handles(byline: str, authors: list[str]) -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs", byline, *PARAGRAPHS))
    assert record["authors"] == authors
    assert byline not in record["body"]


def test_wire_opening_gives_dateline_and_credit() -> None:
    first = "LONDON (Reuters) — The city council voted on Tuesday to close the old river bridge for repairs."
    record = generic(page(*MENU, "Bridge to close for two years of repairs", "P:" + first, *PARAGRAPHS[1:]))
    assert record["dateline"] == "LONDON"
    assert record["credits"] == ["Reuters"]
    assert record["body"].startswith("LONDON (Reuters) — The city council")


def test_agency_sign_off_and_reporting_trailer_become_credits() -> None:
    last = "Drivers will use the northern crossing, the city said. —AFP"
    record = generic(page(*MENU, "Bridge to close for two years of repairs", *PARAGRAPHS[:2], "P:" + last,
                          "P:Reporting by Ann Lee; Editing by Tom Park", "Most Popular", "Another story"))
    assert record["credits"] == ["Reporting by Ann Lee; Editing by Tom Park", "AFP"]
    assert "Reporting by" not in record["body"]


def test_caption_with_credit_line_becomes_an_image() -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs", "By Ann Lee", PARAGRAPHS[0],
                          "Cars cross the old river bridge on Monday morning.", "Photo: Tom Park",
                          *PARAGRAPHS[1:]))
    assert record["images"] == [
        {"caption": "Cars cross the old river bridge on Monday morning.", "credit": "Tom Park", "src": None}]
    assert "Cars cross" not in record["body"] and "Tom Park" not in record["body"]


def test_subheadings_and_typed_lists_are_blocks_of_their_own() -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs", PARAGRAPHS[0], "P:What happens next",
                          PARAGRAPHS[1], "• Buses will run every ten minutes.", "• Cyclists may still cross.",
                          PARAGRAPHS[2]))
    assert [b["type"] for b in record["blocks"]] == [
        "paragraph", "heading", "paragraph", "list_item", "list_item", "paragraph"]
    assert record["blocks"][3]["text"] == "Buses will run every ten minutes."


def test_related_box_inside_the_article_goes_but_the_article_goes_on() -> None:
    more = ("Work will start in March, and the city hopes to reopen the bridge before the winter of 2022 arrives.",
            "The council will hold a public meeting next week to answer questions from people who live nearby.")
    record = generic(page(*MENU, "Bridge to close for two years of repairs", *PARAGRAPHS, "Related",
                          "Budget vote set for Friday", "Mayor opens new library", *("P:" + p for p in more)))
    assert record["body"] == "\n\n".join(PARAGRAPHS + more)
    kinds = {(r["kind"], r["text"]) for r in record["removed"]}
    assert ("related", "Related") in kinds and ("related", "Budget vote set for Friday") in kinds


def test_every_removal_is_named_with_its_kind() -> None:
    record = generic(page(
        "We use cookies to improve your experience. By using this site you agree to our cookie policy.",
        *MENU, "Bridge to close for two years of repairs", "Facebook Twitter Email", *PARAGRAPHS,
        "ADVERTISEMENT", "Sign up for our daily newsletter", "12 Comments", "Great news!", "Tags: roads, city",
        "© 2020 The Valley Post. All rights reserved."))
    kinds = {r["text"]: r["kind"] for r in record["removed"]}
    assert kinds["We use cookies to improve your experience. By using this site you agree to our cookie policy."] \
        == "cookie"
    assert kinds["Facebook Twitter Email"] == "share"
    assert kinds["Sign up for our daily newsletter"] == "newsletter"
    assert kinds["12 Comments"] == "comments"
    assert kinds["Great news!"] == "comments"
    assert kinds["© 2020 The Valley Post. All rights reserved."] == "copyright"
    assert all(r["rule"] for r in record["removed"])
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_teasers_in_the_menu_do_not_beat_a_short_article() -> None:
    teasers = tuple(f"Teaser headline number {n} about something else entirely happening in town today." for n in
                    range(8))
    record = generic(page(*MENU, *teasers, "Bridge to close for two years of repairs", "By Ann Lee",
                          *PARAGRAPHS))
    assert record["body"] == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(("paragraph", "language"), [
    ("O conselho da cidade votou na terça-feira para fechar a ponte velha para reformas que vão durar dois anos.",
     "pt"),
    ("Il consiglio comunale ha votato martedì per chiudere il vecchio ponte per due anni di lavori.", "it"),
    ("Dewan kota memutuskan pada hari Selasa untuk menutup jembatan tua itu selama dua tahun untuk perbaikan.",
     "id"),
    ("Городской совет во вторник проголосовал за закрытие старого моста на ремонт на два года.", "ru"),
    ("시의회는 화요일에 낡은 다리를 2년 동안 보수하기 위해 폐쇄하기로 의결했다고 밝혔다.", "ko"),
    # "de", "la", "se", "que", "en" are as frequent in Spanish and French as in Portuguese: they decide nothing
    ("La empresa anunció que cerrará dos de sus fábricas en el norte del país y despedirá a cientos de trabajadores.",
     "es"),
    ("Les élèves de la région pourront désormais se rendre à l'école en bus gratuitement, a annoncé le conseil.", "fr"),
])
def test_language_is_guessed_from_the_body(paragraph: str, language: str) -> None:
    record = generic(f"Home\nNews\n\n{paragraph}\n\n{paragraph}\n".encode())
    assert record["language"] == language


def test_a_page_without_prose_is_an_error() -> None:
    with pytest.raises(NewscleanError):
        parse(b"Home\nNews\nSport\nWeather\n", source="generic")


def test_every_dev_corpus_dump_parses_to_a_valid_record(validate) -> None:
    """Smoke test over the real dumps in ../shared (skipped in a fresh clone)."""
    folder = CORPUS / "text"
    if not folder.is_dir():
        pytest.skip("../shared/corpus is not here")
    dumps = sorted(folder.glob("*.txt"))
    empty = 0
    for path in dumps:
        record = validate(parse(path.read_bytes(), path=str(path), source="generic").to_dict(explain=True))
        empty += not record["body"]
    assert empty <= len(dumps) // 20


def test_section_above_the_date_and_agency_note_after_the_story() -> None:
    record = generic(page("World", "March 3, 2020 9:15 AM", "Bridge to close for two years of repairs",
                          *PARAGRAPHS, "(with input from agencies)", "Copyright © 2020 The Valley Post"))
    assert record["section"] == "World"
    assert record["credits"] == ["agencies"]
    assert "agencies" not in record["body"]


def test_the_site_suffix_names_the_source() -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs | The Valley Post", "By Ann Lee",
                          *PARAGRAPHS))
    assert record["source"] == {"id": None, "name": "The Valley Post", "parser": "generic"}


def test_a_caption_shown_twice_inside_the_article_goes() -> None:
    caption = "Engineers stand under the old river bridge during the June inspection in the rain."
    gallery = (caption, "1 of 5")  # a gallery slide: its caption and counter share one block
    record = generic(page(*MENU, "Bridge to close for two years of repairs", "By Ann Lee", PARAGRAPHS[0],
                          *gallery, PARAGRAPHS[1], *gallery, PARAGRAPHS[2]))
    assert caption not in record["body"]
    assert [r["kind"] for r in record["removed"] if r["text"] == caption] == ["repeated", "repeated"]


def test_teasers_under_a_related_heading_inside_the_article_go_until_a_paragraph() -> None:
    more = "Work will start in March, and the city hopes to reopen the bridge before the winter of 2022 arrives."
    record = generic(page(*MENU, "Bridge to close for two years of repairs", *PARAGRAPHS, "Most read",
                          "Mayor 'will not run again'", "Budget vote set for Friday after long debate.", "P:" + more))
    assert record["body"] == "\n\n".join(PARAGRAPHS + (more,))


def test_a_plain_copy_without_blank_lines_keeps_its_short_last_sentence() -> None:
    text = "\n".join(("Bridge to close for two years of repairs", *PARAGRAPHS, "Work starts in March."))
    record = generic(text.encode())
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["body"] == "\n\n".join((*PARAGRAPHS, "Work starts in March."))


SCREENED_SAMPLES = (
    "Cookies policy", "Подписаться", "購読", "Share", "Leave a Reply", "12 Comments", "Tags: roads, city",
    "Copyright 2020 The Valley Post, a division of The Valley Media Group of Riverside County and Lakeside Holdings Incorporated of Delaware",
    "As you comment, please be respectful of other commenters and other viewpoints. " * 2,
    "We use cookies to improve your experience. " * 10,
    "Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik.",
)


def test_the_cheap_screen_never_hides_a_rule() -> None:
    """Every line a generic rule catches passes the screen (on hand-written lines and, when present,
    on every line of the dev corpus)."""
    from newsclean.parsers import rules
    from newsclean.parsers.textdump import split_lines

    lines = list(SCREENED_SAMPLES)
    if (CORPUS / "text").is_dir():
        lines += [line.text for path in sorted((CORPUS / "text").glob("*.txt"))
                  for line in split_lines(path.read_text("utf-8"))]
    hidden = [line for line in lines
              if rules.match_rule(line, rules.GENERIC_RULES) is not None and not rules.might_be_boilerplate(line)]
    assert hidden == []
    assert all(rules.match_rule(line, rules.GENERIC_RULES) is not None for line in SCREENED_SAMPLES)


def test_a_date_printed_without_its_year_takes_the_year_of_the_pages_other_dates() -> None:
    embed = "— Ann Lee (@annlee) November 17, 2019"  # an embedded post's signature: a full date, not the story's
    record = generic(page(*MENU, "Bridge to close for two years of repairs",
                          "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM", PARAGRAPHS[0], embed, *PARAGRAPHS[1:]))
    assert (record["published"], record["updated"]) == ("2019-11-18T20:19:00", "2019-11-19T09:41:00")


def test_a_date_without_its_year_on_a_page_with_no_full_date_is_read_as_the_latest_one_not_after_now() -> None:
    data = page(*MENU, "Bridge to close for two years of repairs", "Posted Dec 30, 8:19 PM", *PARAGRAPHS)
    new_year = parse(data, source="generic", now=datetime(2020, 1, 5, tzinfo=timezone.utc)).to_dict()
    assert new_year["published"] == "2019-12-30T20:19:00"
    assert parse(data, source="generic").to_dict()["published"] is None  # no page date, no now: no year


def test_a_bare_date_after_the_article_belongs_to_a_related_story() -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs", *PARAGRAPHS, "Related",
                          "Mayor will not run again", "March 1, 2020"))
    assert record["published"] is None


def test_a_byline_under_the_lead_pictures_caption_is_the_byline_and_the_caption_leaves_the_body() -> None:
    caption = "The old river bridge seen from the north bank on Monday. Repairs start in March."
    record = generic(page(*MENU, "Bridge to close for two years of repairs", "March 3, 2020 9:15 AM",
                          "P:Jane Roe | Valley Post", "P:" + caption, "P:By Ann Lee | Valley Post staff",
                          *PARAGRAPHS))
    assert record["authors"] == ["Ann Lee"]
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_byline_with_an_email_and_phone_is_still_the_byline() -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs",
                          "By Ann Lee ann.lee@example.com (555) 010-2030", *PARAGRAPHS))
    assert record["authors"] == ["Ann Lee"]


def test_a_caption_sentence_with_its_credit_in_brackets_is_not_the_headline() -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs", "March 3, 2020 9:15 AM",
                          "Workers on the old river bridge in June. (valleypost.com)", "By Ann Lee", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"


def test_a_teaser_headline_above_the_storys_own_does_not_take_it_for_its_dek() -> None:
    record = generic(page(*MENU, "Breaking News", "Mayor says she will not run for a third term",
                          "https://www.valleypost.example/news/bridge-to-close", "Bridge to close for two years of repairs",
                          "Updated 9:15 am CST, Tuesday, March 3, 2020", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["subtitle"] is None and record["section"] is None  # a link is no section


def test_a_short_dek_that_is_a_sentence_stays_the_dek() -> None:
    dek = "Inspectors found cracks in three supports in June."
    record = generic(page(*MENU, "Bridge over the Valley river to close for two years of repairs", dek,
                          "By Ann Lee", *PARAGRAPHS))
    assert (record["title"], record["subtitle"]) == ("Bridge over the Valley river to close for two years of repairs", dek)


def test_the_line_under_a_breadcrumb_trail_is_the_headline() -> None:
    record = generic(page(*MENU, "Home » Local news", "Bridge to close for two years of repairs",
                          "P:Drivers face long detours", "P:Engineers found cracks in three supports",
                          *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"


def test_the_name_under_an_author_label_is_the_author_not_the_headline() -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs", "Author:", "The Valley Desk",
                          "Publish date:", "March 3, 2020", *PARAGRAPHS))
    assert (record["title"], record["authors"]) == ("Bridge to close for two years of repairs", ["The Valley Desk"])


@pytest.mark.parametrize(("meta", "authors"), [
    ("Ann Lee 03/03/2020 4 comments Roads, City Hall", ["Ann Lee"]),
    ("March 3, 2020 Ann Lee", ["Ann Lee"]),
    ("Posted Tuesday March 3, 2020", []),  # calendar words are no name
])
def test_a_name_printed_beside_the_date_under_the_headline_is_the_author(meta: str, authors: list[str]) -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs", meta, *PARAGRAPHS))
    assert record["authors"] == authors
    assert record["published"] == "2020-03-03"


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
    text = "\n".join((*MENU, "Bridge to close for two years of repairs", "", dek[2:], "", "By Ann Lee",
                      *PARAGRAPHS, "", post[2:], "", "What shops say", *later[:4], "When it reopens", later[4],
                      "", promo[2:], "", "Privacy Policy"))
    record = generic(text.encode())
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["authors"] == ["Ann Lee"]
    for paragraph in PARAGRAPHS + later:
        assert paragraph in record["body"]
    assert promo[2:] not in record["body"]


def test_a_headline_carrying_its_own_date_stands_above_its_dek() -> None:
    dek = "The council shuts the bridge, and what a week it was ..."
    record = generic(page(*MENU, "Morning Brief 11.18.19", dek, "Author:", "Ann Lee", "Publish date:", "Nov 18, 2019",
                          *PARAGRAPHS))
    assert (record["title"], record["subtitle"]) == ("Morning Brief 11.18.19", dek)
    assert record["authors"] == ["Ann Lee"]
    assert record["published"].startswith("2019-11-18")


def test_a_name_beside_a_numeric_date_under_the_headline_stays_the_byline() -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs", "Ann Lee 11.18.19", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["authors"] == ["Ann Lee"]


def test_the_signature_of_an_embedded_post_closing_the_article_stays_with_the_post() -> None:
    post = "P:Our bridge closes on Monday and we are sorry for the trouble it brings to everyone in town."
    signature = "— Valley Council (@valleycouncil) March 2, 2020"
    record = generic(page(*MENU, "Bridge to close for two years of repairs", "By Ann Lee", *PARAGRAPHS, post,
                          signature, "P:Newsletter", "Privacy Policy"))
    assert record["body"].endswith(post[2:] + "\n\n" + signature)


CAR_MENU = ("Find a car", "Choose a brand", *(f"Brand {letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            "Choose a model")
RELATED_TEASERS = ("More stories like this", "NEWS", "Ferry service to run all winter", "June 8, 2017",
                   "FEATURES", "The river in ten old photographs", "July 1, 2016",
                   "NEWS", "Old mill to become a museum", "May 2, 2018")


def test_a_list_of_dated_teasers_over_the_article_leaves_the_header_above_it() -> None:
    """Headline, byline glued to its author link, dek and date, then a long menu and a list of
    related stories (headline over date, thrice), then the article: the header is the one above."""
    record = generic(page(*MENU, "Local", "Bridge to close for two years of repairs",
                          "Ann LeeView More Articles", "Engineers found cracks in three steel supports",
                          "City Hall March 3, 2020 9:15", *CAR_MENU, *RELATED_TEASERS, *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["authors"] == ["Ann Lee"]
    assert record["published"] == "2020-03-03T09:15:00"
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_two_dated_teasers_over_the_article_are_not_a_list_yet() -> None:
    """Two teasers are too few to call a list: the last one, right above the article, keeps the headline."""
    record = generic(page(*MENU, *RELATED_TEASERS[1:7], *PARAGRAPHS))
    assert record["title"] == "The river in ten old photographs"


def test_a_heading_over_a_list_of_dates_inside_the_article_is_not_the_headline() -> None:
    """A schedule (one date per line) is no header's date line: the heading above it stays in the article."""
    schedule = ("Phase 1: April 6 – north lane", "Phase 2: May 4 – south lane", "Phase 3: June 1 – footpath",
                "Phase 4: July 6 – both lanes")
    record = generic(page(*MENU, "Bridge to close for two years of repairs", "March 3, 2020 9:15 AM", PARAGRAPHS[0],
                          "P:When the lanes close in 2020", *schedule, *PARAGRAPHS[1:]))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["published"] == "2020-03-03T09:15:00"


def test_a_grid_of_labelled_teasers_above_the_article_does_not_take_the_headline() -> None:
    """Each teaser under its own short label: the second is not the dek of the first, so the
    headline standing right above the article wins."""
    grid = ("P:Ferries", "P:Ride the new ferry across the river all winter", "P:Parking",
            "P:Find a parking space near the market hall", "P:Events", "P:See what is on in town this weekend")
    record = generic(page(*MENU, *grid, "Contact us", "Bridge to close for two years of repairs", "Back to all news",
                          *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"


def test_a_dek_printed_under_the_byline_leaves_the_headline_above_the_byline() -> None:
    record = generic(page(*MENU, "Local", "Bridge to close for two years of repairs", "By Ann Lee",
                          "Engineers found cracks in three steel supports", "March 3, 2020 9:15 AM", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["authors"] == ["Ann Lee"]
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_headline_over_a_bare_date_after_two_dated_teasers_stays_the_headline() -> None:
    """Two dated teasers, then the story's own headline over its bare date: three alike in a row,
    but no header with a byline stands above them, so the story keeps its headline (the dated
    teaser above the menu is no header either)."""
    record = generic(page(*MENU, "Storm warning for the valley tonight", "March 2, 2020", *CAR_MENU,
                          "Latest news", *RELATED_TEASERS[1:7], "Bridge to close for two years of repairs",
                          "March 3, 2020", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"


def test_a_byline_part_naming_the_outlet_itself_is_no_author() -> None:
    record = generic(page(*MENU, "Bridge to close for two years of repairs", "By Ann Lee, The Valley Post",
                          "November 19, 2019", *PARAGRAPHS, "© 2019 The Valley Post. All rights reserved."))
    assert record["authors"] == ["Ann Lee"]


def test_the_korean_wire_opening_names_the_reporter_when_the_header_names_none() -> None:
    opening = "[부산=한빛통신] 김서연 기자 = 부산시는 19일 낡은 다리를 2년 동안 보수하기 위해 폐쇄한다고 밝혔다."
    rest = ("시는 지난 6월 점검에서 다리 철골 지지대 세 곳에서 균열을 발견했다고 설명했다.",
            "차량은 북쪽 다리로 우회하게 되며 시는 추가 교통량을 감당할 수 있다고 밝혔다.")
    record = generic(f"홈\n사회\n\n부산시, 낡은 다리 2년간 보수 위해 폐쇄\n\n{opening}\n\n{rest[0]}\n\n{rest[1]}\n".encode())
    assert record["authors"] == ["김서연"]
    assert record["dateline"] == "부산"
    assert record["credits"] == ["한빛통신"]


def test_a_blog_comment_section_under_its_thoughts_on_heading_stays_out_of_the_body() -> None:
    comments = ("\nMaria Gomez\nNovember 19, 2019 at 9:14 am\n\n"
                "P:I drive over that bridge every day and the cracks have been visible from the footpath for years.",
                "Reply", "\nTom Becker\nNovember 19, 2019 at 11:02 am\n\n"
                "P:The northern crossing is already full at rush hour, so I hope they add more buses while it is shut.",
                "Reply")
    record = generic(page(*MENU, "Bridge to close for two years of repairs", "By Ann Lee", "November 19, 2019",
                          *PARAGRAPHS, "2 thoughts on “Bridge to close for two years of repairs”", *comments))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert ("comments", "2 thoughts on “Bridge to close for two years of repairs”") in {
        (r["kind"], r["text"]) for r in record["removed"]}
