"""Bylines: the authors a page names, in the shapes and languages news pages print them.

Every page here was written for the test, modelled on how some kind of news page prints the thing under
test; the expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

import pytest
from pages import (
    BRIDGE_HEADLINE,
    COUNCIL_HEADLINE,
    DATE,
    LIVE_ENTRIES,
    NEWS_MENU,
    PARAGRAPHS,
    VALLEY_MENU,
    captioned_page,
    generic,
    header_page,
    page,
)

from newsclean.parsers import parse
from newsclean.parsers.people.credits import credit_only


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
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", byline, *PARAGRAPHS))
    assert record["authors"] == authors
    assert byline not in record["body"]


def test_a_byline_under_the_lead_pictures_caption_is_the_byline_and_the_caption_leaves_the_body() -> None:
    caption = "The old river bridge seen from the north bank on Monday. Repairs start in March."
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", "March 3, 2020 9:15 AM",
                          "P:Jane Roe | Valley Post", "P:" + caption, "P:By Ann Lee | Valley Post staff",
                          *PARAGRAPHS))
    assert record["authors"] == ["Ann Lee"]
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_byline_with_an_email_and_phone_is_still_the_byline() -> None:
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs",
                          "By Ann Lee ann.lee@example.com (555) 010-2030", *PARAGRAPHS))
    assert record["authors"] == ["Ann Lee"]


def test_the_name_under_an_author_label_is_the_author_not_the_headline() -> None:
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", "Author:", "The Valley Desk",
                          "Publish date:", "March 3, 2020", *PARAGRAPHS))
    assert (record["title"], record["authors"]) == ("Bridge to close for two years of repairs", ["The Valley Desk"])


@pytest.mark.parametrize(("meta", "authors"), [
    ("Ann Lee 03/03/2020 4 comments Roads, City Hall", ["Ann Lee"]),
    ("March 3, 2020 Ann Lee", ["Ann Lee"]),
    ("Posted Tuesday March 3, 2020", []),  # calendar words are no name
])


def test_a_name_printed_beside_the_date_under_the_headline_is_the_author(meta: str, authors: list[str]) -> None:
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", meta, *PARAGRAPHS))
    assert record["authors"] == authors
    assert record["published"] == "2020-03-03"


def test_a_name_beside_a_numeric_date_under_the_headline_stays_the_byline() -> None:
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", "Ann Lee 11.18.19", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["authors"] == ["Ann Lee"]


def test_a_byline_part_naming_the_outlet_itself_is_no_author() -> None:
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", "By Ann Lee, The Valley Post",
                          "November 19, 2019", *PARAGRAPHS, "© 2019 The Valley Post. All rights reserved."))
    assert record["authors"] == ["Ann Lee"]


def test_the_korean_wire_opening_names_the_reporter_when_the_header_names_none() -> None:
    opening = "[부산=한빛통신] 김서연 기자 = 부산시는 19일 낡은 다리를 2년 동안 보수하기 위해 폐쇄한다고 밝혔다."
    rest = ("시는 지난 6월 점검에서 다리 철골 지지대 세 곳에서 균열을 발견했다고 설명했다.",
            "차량은 북쪽 다리로 우회하게 되며 시는 추가 교통량을 감당할 수 있다고 밝혔다.")
    headline = "부산시, 낡은 다리 2년간 보수 위해 폐쇄"
    record = generic(f"홈\n사회\n\n{headline}\n\n{opening}\n\n{rest[0]}\n\n{rest[1]}\n".encode())
    assert record["authors"] == ["김서연"]
    assert record["dateline"] == "부산"
    assert record["credits"] == ["한빛통신"]


def test_a_name_then_desk_and_role_without_by_is_the_byline_not_the_headline() -> None:
    dek = "The city says the work cannot wait after inspectors found deep cracks in the supports."
    record = generic(page(*VALLEY_MENU, "Transport", BRIDGE_HEADLINE, dek, "Ann Lee Transport correspondent", DATE,
                          *PARAGRAPHS))
    assert record["title"] == BRIDGE_HEADLINE
    assert record["subtitle"] == dek
    assert record["section"] == "Transport"
    assert record["authors"] == ["Ann Lee"]


def test_posted_on_date_by_name_gives_the_author() -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "Posted on November 19, 2019 by Sam Kessler",
                          "Posted in Roads",
                          *PARAGRAPHS))
    assert record["authors"] == ["Sam Kessler"]
    assert record["published"] == "2019-11-19"


def test_an_author_label_is_not_part_of_the_name() -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "Author: Jenna Ortiz", "Published: 6:45 PM November 19, 2019",
                          *PARAGRAPHS))
    assert record["authors"] == ["Jenna Ortiz"]


@pytest.mark.parametrize("byline", ["记者 陈晓明", "记者：陈晓明", "文/陈晓明"])
def test_chinese_bylines_with_the_label_first(byline: str) -> None:
    paragraphs = ("本报讯 广州市交通部门19日宣布，从明年1月起，广州地铁将在部分线路试行分时段票价，"
                  "工作日早晚高峰时段的票价将上浮10%。",
                  "据介绍，试点将首先在客流最大的三条线路实行，为期一年。"
                  "交通部门表示，此举旨在引导部分乘客错峰出行，缓解高峰时段的拥挤状况。",
                  "不少乘客表示支持这一做法，但也有人担心票价上浮会增加通勤负担，"
                  "希望有关部门同时增加高峰时段的列车班次。")
    record = generic(page("首页", "新闻", "财经", "广州地铁明年起试行分时段票价", "2019-11-19 16:45  来源：华南日报",
                          byline,
                          "分享到：", *("P:" + p for p in paragraphs)))
    assert record["authors"] == ["陈晓明"]
    assert record["title"] == "广州地铁明年起试行分时段票价"


@pytest.mark.parametrize("byline", [
    "Interview by Ann Lee", "Edited by Ann Lee", "Words by Ann Lee", "Text by Ann Lee",
    "By Ann Lee at the Riverside Ground", "By Ann Lee in Dover",
])


def test_a_byline_with_a_prefix_or_a_place_names_the_author_and_is_not_the_headline(byline: str) -> None:
    record = generic(page(*VALLEY_MENU, "Local", BRIDGE_HEADLINE, byline, DATE, *PARAGRAPHS))
    assert record["title"] == BRIDGE_HEADLINE
    assert record["authors"] == ["Ann Lee"]


@pytest.mark.parametrize(("byline", "authors"), [
    ("By admin - 2020-03-03", ["admin"]),
    ("By valleyeditor | March 3, 2020", ["valleyeditor"]),
    ("By Ann Lee - 2020-03-03", ["Ann Lee"]),
])


def test_a_user_name_before_the_date_is_the_byline(byline: str, authors: list[str]) -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, byline, *PARAGRAPHS))
    assert record["authors"] == authors
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_lower_case_sentence_after_by_is_no_byline() -> None:
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By now - 2020 has been a hard year", *PARAGRAPHS))
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
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, byline, *PARAGRAPHS))
    assert record["authors"] == authors
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_bare_han_name_between_headline_and_date_is_the_byline() -> None:
    """"山田太郎" alone over the date is the author, not the headline; the section over the headline stays."""
    page = "\n".join(("ニュース", "政治", "社会", "経済", "", "社会",
                      "川の古い橋、来年3月から2年間の補修工事へ 市議会が決定",
                      "山田太郎", "2019年11月19日 18時30分", "シェア", "",
                      "市議会は19日、市の中心部にある古い橋を来年3月から2年間閉鎖し、補修工事を行うことを決めた。"
                      "点検で橋を支える鋼材3か所に深い亀裂が見つかったためだ。", "",
                      "工事の間は、20分おきにフェリーを運航する。市の担当者は「できるだけ早く再開したい」と話した。"
                      "周辺の商店からは売り上げの減少を心配する声も出ている。", ""))
    article = parse(page.encode(), path="x.txt")
    assert article.title == "川の古い橋、来年3月から2年間の補修工事へ 市議会が決定"
    assert article.authors == ["山田太郎"]
    assert article.section == "社会"


def test_a_bare_name_over_the_date_leaves_the_headline_and_dek_above_it() -> None:
    """A four-word name over the date (too long to be skipped as a label) is the byline; the
    headline and the dek above it keep their places."""
    article = parse(header_page("Home", "News", "", "Bridge to close for two years of repairs",
                          "Engineers found cracks in three steel supports during a routine inspection in June",
                          "Mary Ann Van Dyke", "Tue 19 Nov 2019 14.02 GMT"), path="x.txt")
    assert article.title == "Bridge to close for two years of repairs"
    assert article.subtitle == "Engineers found cracks in three steel supports during a routine inspection in June"
    assert article.authors == ["Mary Ann Van Dyke"]


def test_a_by_line_under_the_headline_beats_a_topic_item_above_it_that_names_an_agency() -> None:
    """The items of a "Related topics" list above the headline are tags: neither the byline (an
    agency's name among them) nor the section."""
    article = parse(header_page("Menu", "Related topics", "Bridges", "City council", "Reuters Top News", "Transport",
                          "Bridge to close for two years of repairs", "By JANE DOE and JOHN ROE",
                          "Published 3:42 PM EST, November 19, 2019"), path="x.txt")
    assert article.title == "Bridge to close for two years of repairs"
    assert article.authors == ["Jane Doe", "John Roe"]
    assert article.section is None


def test_a_name_and_the_outlet_set_apart_by_a_bar_over_the_date_is_the_byline() -> None:
    """"NAME | OUTLET" between the headline and the date is the byline: neither the headline, nor
    its dek, nor a picture credit."""
    article = parse(header_page(*NEWS_MENU, "News", COUNCIL_HEADLINE, "Margaret Oduya | The Valley Post",
                                "Selasa, 19 Nov 2019 14:20 WIB",
                          "Bagikan :"), path="x.txt")
    assert article.title == COUNCIL_HEADLINE
    assert article.subtitle is None
    assert article.authors == ["Margaret Oduya"]
    assert article.images == []


def test_a_byline_that_says_so_beats_a_name_like_label_above_it() -> None:
    """"Live Reporting" right under the headline looks like a bare name; the "Edited by" line under
    it is the byline."""
    article = parse(header_page(*NEWS_MENU, "Live", COUNCIL_HEADLINE, "Live Reporting", "Edited by Jane Doe",
                                "All times stated are UK",
                          *LIVE_ENTRIES), path="x.txt")
    assert article.authors == ["Jane Doe"]


def test_a_korean_papers_bracketed_byline_names_the_reporter_not_a_place() -> None:
    """"[PAPER=NAME 기자]" opening the story is the paper's own byline: NAME is the author, and
    there is no dateline and no agency (unlike the wire opening "[PLACE=AGENCY] NAME 기자 =")."""
    text = "\n".join(("뉴스", "사회", "경기 남부 초미세먼지 '나쁨'…내일 오후부터 해소",
                      "기사입력 2019.11.19. 오후 3:21", "",
                      "[한빛일보=홍길동 기자] 19일 경기 남부 지역의 초미세먼지 농도가 '나쁨' 수준을 보이고 있다.", "",
                      "환경과학원은 내일 오후 북서풍이 불면서 차츰 해소될 것이라고 내다봤다.", ""))
    article = parse(text.encode(), path="x.txt")
    assert article.authors == ["홍길동"]
    assert article.dateline is None
    assert article.credits == []


def test_name_and_outlet_byline_is_no_picture_credit() -> None:
    assert credit_only("Newsroom Staff | The Valley Ledger") is None
    assert credit_only("Tom Reilly | Reporter") is None
    assert credit_only("Jane Moss | Getty Images") == "Jane Moss | Getty Images"
    assert credit_only("Jane Moss/The Ledger") == "Jane Moss/The Ledger"
    record = captioned_page("Newsroom Staff | The Valley Ledger\nNovember 19, 2019 8:00 AM")
    assert all(image["credit"] != "Newsroom Staff | The Valley Ledger" for image in record["images"])
