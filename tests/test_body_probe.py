"""Bylines, datelines and body furniture in shapes the generalization probe found (issue #4).

Every page here was written for the test, modelled on how some kind of news page prints
the thing under test; the expected values were worked out by reading the page, not
copied from the parser's output.
"""
from __future__ import annotations

import pytest
from test_generic_text import MENU, PARAGRAPHS, generic, page

HEADLINE = "Bridge to close for two years of repairs"
DATE = "Mon 18 Nov 2019 14.02 GMT"


def removed_kinds(record: dict) -> dict[str, str]:
    return {r["text"]: r["kind"] for r in record["removed"]}


def test_a_name_then_desk_and_role_without_by_is_the_byline_not_the_headline() -> None:
    dek = "The city says the work cannot wait after inspectors found deep cracks in the supports."
    record = generic(page(*MENU, "Transport", HEADLINE, dek, "Ann Lee Transport correspondent", DATE, *PARAGRAPHS))
    assert record["title"] == HEADLINE
    assert record["subtitle"] == dek
    assert record["section"] == "Transport"
    assert record["authors"] == ["Ann Lee"]


def test_a_pull_quote_repeating_a_sentence_and_its_credit_line_leave_the_body() -> None:
    said = ("Drivers were angry. “We cannot keep paying more for a road that is getting worse,” said Tom Park, "
            "who leads the drivers' club.")
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", PARAGRAPHS[0], "P:" + said,
                          "P:We cannot keep paying more for a road that is getting worse\nTom Park, Drivers' Club",
                          *PARAGRAPHS[1:]))
    assert record["body"] == "\n\n".join((PARAGRAPHS[0], said, *PARAGRAPHS[1:]))
    kinds = removed_kinds(record)
    assert kinds["We cannot keep paying more for a road that is getting worse"] == "pull-quote"
    assert kinds["Tom Park, Drivers' Club"] == "pull-quote"


def test_a_separator_line_goes_and_a_contributed_line_is_a_credit() -> None:
    contributed = "Associated Press writer Tom Park in Dover contributed to this report."
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:___", "P:" + contributed,
                          "P:Copyright 2019 The Associated Press. All rights reserved."))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert record["credits"] == [contributed]
    assert removed_kinds(record)["___"] == "separator"


@pytest.mark.parametrize("link", [
    "Lire aussi Le pont fermé pour deux ans de travaux",
    "Leggi anche Il Comune annuncia un nuovo ponte sul fiume",
    "Read also Council sets budget for next year",
])
def test_a_related_link_without_punctuation_after_its_label_leaves_the_body(link: str) -> None:
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS[:2], "P:" + link, PARAGRAPHS[2]))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert removed_kinds(record)[link] == "related"


def test_posted_on_date_by_name_gives_the_author() -> None:
    record = generic(page(*MENU, HEADLINE, "Posted on November 19, 2019 by Sam Kessler", "Posted in Roads",
                          *PARAGRAPHS))
    assert record["authors"] == ["Sam Kessler"]
    assert record["published"] == "2019-11-19"


def test_an_author_label_is_not_part_of_the_name() -> None:
    record = generic(page(*MENU, HEADLINE, "Author: Jenna Ortiz", "Published: 6:45 PM November 19, 2019",
                          *PARAGRAPHS))
    assert record["authors"] == ["Jenna Ortiz"]


def test_a_place_in_capitals_and_a_colon_opening_the_story_is_the_dateline() -> None:
    first = "NEW DELHI: The city council voted on Tuesday to close the old river bridge for two years of repairs."
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", "P:" + first, *PARAGRAPHS[1:]))
    assert record["dateline"] == "NEW DELHI"
    assert record["body"].startswith("NEW DELHI: The city council")


def test_a_label_in_capitals_with_a_colon_is_no_dateline() -> None:
    first = "UPDATE: The city council voted on Tuesday to close the old river bridge for two years of repairs."
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", "P:" + first, *PARAGRAPHS[1:]))
    assert record["dateline"] is None


def test_a_speaker_label_of_a_transcript_is_no_dateline() -> None:
    lines = ("SMITH: Good evening, and welcome to the program. Tonight we talk about the bridge repairs.",
             "LEE: Thank you for having me. The council voted on Tuesday to close it for two years.",
             "SMITH: What will drivers do in the meantime, and how long will the detour take them?")
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *("P:" + line for line in lines)))
    assert record["dateline"] is None
    assert record["body"] == "\n\n".join(lines)


def test_an_app_promotion_and_a_print_edition_note_leave_the_body() -> None:
    app = "Download The Valley Post App for the latest news."
    note = "A version of this article appears in print on Nov. 20, 2019, Section A, Page 1."
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:" + note, "P:" + app, "Top stories",
                          "Mayor opens new library"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    kinds = removed_kinds(record)
    assert kinds[app] == "newsletter" and kinds[note] == "print-edition"


def test_the_authors_bio_closing_the_article_leaves_the_body() -> None:
    bio = "Ann Lee is a staff writer at The Valley Post. She covers roads and city hall."
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:" + bio))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert removed_kinds(record)[bio] == "bio"


def test_a_list_without_bullets_inside_the_article_does_not_end_it() -> None:
    items = ("Air quality readings were hazardous in parts of the city", "People with asthma were told to stay inside",
             "More than 40 fires were burning in the state")
    last = "Forecasters expect a southerly change to clear the haze overnight, but warned that hot winds could return."
    record = generic(page(*MENU, HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:Key points:\n" + "\n".join(items),
                          "P:" + last, "Topics: fires, health", "Top Stories", "Rate cut expected as economy slows"))
    assert record["body"] == "\n\n".join((*PARAGRAPHS, "Key points:", *items, last))
    assert [b["type"] for b in record["blocks"][4:7]] == ["list_item"] * 3


@pytest.mark.parametrize("byline", ["记者 陈晓明", "记者：陈晓明", "文/陈晓明"])
def test_chinese_bylines_with_the_label_first(byline: str) -> None:
    paragraphs = ("本报讯 广州市交通部门19日宣布，从明年1月起，广州地铁将在部分线路试行分时段票价，工作日早晚高峰时段的票价将上浮10%。",
                  "据介绍，试点将首先在客流最大的三条线路实行，为期一年。交通部门表示，此举旨在引导部分乘客错峰出行，缓解高峰时段的拥挤状况。",
                  "不少乘客表示支持这一做法，但也有人担心票价上浮会增加通勤负担，希望有关部门同时增加高峰时段的列车班次。")
    record = generic(page("首页", "新闻", "财经", "广州地铁明年起试行分时段票价", "2019-11-19 16:45  来源：华南日报", byline,
                          "分享到：", *("P:" + p for p in paragraphs)))
    assert record["authors"] == ["陈晓明"]
    assert record["title"] == "广州地铁明年起试行分时段票价"


def test_the_korean_wire_opening_gives_the_dateline_and_the_agency() -> None:
    paragraphs = ("[서울=한빛통신] 이지은 기자 = 서울시가 내년부터 심야버스 노선을 현재 9개에서 13개로 늘린다고 19일 밝혔다.",
                  "새로 생기는 노선은 강서·은평·노원·송파 지역을 지나며, 자정부터 오전 5시까지 30분 간격으로 운행한다.",
                  "시 관계자는 \"늦은 시간 귀가하는 시민들의 교통 불편을 줄이기 위해 노선을 정했다\"고 말했다.")
    record = generic(page("홈", "사회", "서울시, 내년부터 심야버스 노선 4개 늘린다", "등록 2019-11-19 14:21:37",
                          *("P:" + p for p in paragraphs)))
    assert record["dateline"] == "서울"
    assert record["credits"] == ["한빛통신"]
    assert record["body"].startswith("[서울=한빛통신] 이지은 기자 =")
