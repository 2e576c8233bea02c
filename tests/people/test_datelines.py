"""Datelines and agency credits: the place and agency that open a story, the credits that close it.

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
    NEWS_MENU,
    PARAGRAPHS,
    VALLEY_MENU,
    generic,
    header_page,
    page,
    removed_kinds,
)

from newsclean.parsers import parse


def test_wire_opening_gives_dateline_and_credit() -> None:
    first = "LONDON (Reuters) — The city council voted on Tuesday to close the old river bridge for repairs."
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", "P:" + first, *PARAGRAPHS[1:]))
    assert record["dateline"] == "LONDON"
    assert record["credits"] == ["Reuters"]
    assert record["body"].startswith("LONDON (Reuters) — The city council")


def test_agency_sign_off_and_reporting_trailer_become_credits() -> None:
    last = "Drivers will use the northern crossing, the city said. —AFP"
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", *PARAGRAPHS[:2], "P:" + last,
                          "P:Reporting by Ann Lee; Editing by Tom Park", "Most Popular", "Another story"))
    assert record["credits"] == ["Reporting by Ann Lee; Editing by Tom Park", "AFP"]
    assert "Reporting by" not in record["body"]


def test_a_separator_line_goes_and_a_contributed_line_is_a_credit() -> None:
    contributed = "Associated Press writer Tom Park in Dover contributed to this report."
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *PARAGRAPHS, "P:___", "P:" + contributed,
                          "P:Copyright 2019 The Associated Press. All rights reserved."))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert record["credits"] == [contributed]
    assert removed_kinds(record)["___"] == "separator"


def test_a_place_in_capitals_and_a_colon_opening_the_story_is_the_dateline() -> None:
    first = "NEW DELHI: The city council voted on Tuesday to close the old river bridge for two years of repairs."
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", "P:" + first, *PARAGRAPHS[1:]))
    assert record["dateline"] == "NEW DELHI"
    assert record["body"].startswith("NEW DELHI: The city council")


def test_a_label_in_capitals_with_a_colon_is_no_dateline() -> None:
    first = "UPDATE: The city council voted on Tuesday to close the old river bridge for two years of repairs."
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", "P:" + first, *PARAGRAPHS[1:]))
    assert record["dateline"] is None


def test_a_speaker_label_of_a_transcript_is_no_dateline() -> None:
    lines = ("SMITH: Good evening, and welcome to the program. Tonight we talk about the bridge repairs.",
             "LEE: Thank you for having me. The council voted on Tuesday to close it for two years.",
             "SMITH: What will drivers do in the meantime, and how long will the detour take them?")
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", *("P:" + line for line in lines)))
    assert record["dateline"] is None
    assert record["body"] == "\n\n".join(lines)


def test_the_korean_wire_opening_gives_the_dateline_and_the_agency() -> None:
    paragraphs = ("[서울=한빛통신] 이지은 기자 = 서울시가 내년부터 심야버스 노선을 현재 9개에서 "
                  "13개로 늘린다고 19일 밝혔다.",
                  "새로 생기는 노선은 강서·은평·노원·송파 지역을 지나며, 자정부터 오전 5시까지 30분 간격으로 운행한다.",
                  "시 관계자는 \"늦은 시간 귀가하는 시민들의 교통 불편을 줄이기 위해 노선을 정했다\"고 말했다.")
    record = generic(page("홈", "사회", "서울시, 내년부터 심야버스 노선 4개 늘린다", "등록 2019-11-19 14:21:37",
                          *("P:" + p for p in paragraphs)))
    assert record["dateline"] == "서울"
    assert record["credits"] == ["한빛통신"]
    assert record["body"].startswith("[서울=한빛통신] 이지은 기자 =")


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
    record = generic(page(*VALLEY_MENU, BRIDGE_HEADLINE, "By Ann Lee", DATE, "P:" + first, *PARAGRAPHS[1:]))
    assert record["dateline"] == place


def test_a_spanish_agency_opening_gives_the_dateline_and_the_agency() -> None:
    """Spanish-language agencies open the story "Place, day month (AGENCY).- …" with the month in
    lower case, or with the day alone ("MADRID, 19 (EUROPA PRESS) - …")."""
    for opening, place, agency in (("Buenos Aires, 19 nov (EFE).- ", "Buenos Aires", "EFE"),
                                   ("MADRID, 19 (EUROPA PRESS) - ", "MADRID", "EUROPA PRESS")):
        paragraph = opening + "Los precios al consumidor subieron un 3,3 % en octubre, informó este martes el Indec."
        text = "\n".join(("Economía", "La inflación se modera en octubre", "19 de noviembre de 2019 | 17:45", "",
                          paragraph, "", "Con este dato, la inflación acumulada en el año alcanza el 42,2 %.", ""))
        article = parse(text.encode(), path="x.txt")
        assert article.dateline == place
        assert article.credits == [agency]
        assert article.body.startswith(opening)


def test_a_cable_news_dateline_glued_to_the_story_or_on_its_own_line() -> None:
    """CNN pages copy the dateline glued to the story ("Hong Kong (CNN Business)The council …") or
    on a line of its own over it ("Hong Kong CNN  —"): the place is the dateline, the outlet a credit."""
    glued = parse("\n".join((*NEWS_MENU, COUNCIL_HEADLINE, "By Ann Lee, CNN Business",
                             "Updated 0339 GMT November 19, 2019", "",
                              "Hong Kong (CNN Business)" + ARTICLE[0], "", ARTICLE[1], "")).encode(), path="x.txt")
    apart = parse(header_page(*NEWS_MENU, COUNCIL_HEADLINE, "By Ann Lee, CNN",
                              "Updated 6:12 PM EST, Tue November 19, 2019",
                        "Hong Kong CNN  —"), path="x.txt")
    assert (glued.dateline, glued.credits) == ("Hong Kong", ["CNN Business"])
    assert (apart.dateline, apart.credits) == ("Hong Kong", ["CNN"])
    assert apart.body.split("\n\n") == list(ARTICLE)


def test_a_place_with_a_lower_case_particle_opens_an_agency_story() -> None:
    """"Rio de Janeiro (Agência Brasil) – …", "Ciudad de México, 19 nov (EFE).- …": the particle is
    part of the place."""
    for opening, place, agency in (("Rio de Janeiro (Agência Brasil) – ", "Rio de Janeiro", "Agência Brasil"),
                                   ("Ciudad de México, 19 nov (EFE).- ", "Ciudad de México", "EFE")):
        paragraph = opening + "O governo anunciou nesta terça-feira um plano para reformar as pontes da cidade."
        text = "\n".join(("Geral", "Governo anuncia plano para reformar pontes", "19/11/2019 17:45", "", paragraph, "",
                          "As obras devem começar em março e durar dois anos, segundo o ministério.", ""))
        article = parse(text.encode(), path="x.txt")
        assert (article.dateline, article.credits) == (place, [agency])


def test_an_italian_agency_opening_names_the_place_after_the_agency() -> None:
    paragraph = ("(ANSA) - ROMA, 19 NOV - Il governo ha approvato il piano per riparare i ponti della "
                 "città entro due anni.")
    text = "\n".join(("Politica", "Via libera al piano per i ponti", "19 novembre 2019 17:45", "", paragraph, "",
                      "I lavori dovrebbero cominciare a marzo, secondo il ministero.", ""))
    article = parse(text.encode(), path="x.txt")
    assert (article.dateline, article.credits) == ("ROMA", ["ANSA"])
