"""The generic text parser on hand-written pages shaped like the third generalization probe's
failures: a cable-news page's video player and dateline, an inline "Related Article" box, Spanish
agency and Korean paper openings, an Italian update stamp and "(foto NAME)" caption, agency credits
after slashes, a "Summary:" standfirst, a wire lead printed above the lead picture, app promotions.
Every page was written for the test; the expected fields were worked out by reading it, before
running the parser.
"""
from __future__ import annotations

from pages import ARTICLE
from pages import header_page as _page

from newsclean.parsers import parse

MENU = ("Home", "News", "Sport", "Opinion", "Business", "Culture")
HEADLINE = "Council to close the old river bridge for two years of repairs"


def test_a_video_player_under_the_date_does_not_give_the_headline() -> None:
    """A cable-news page prints the video player between the date and the story: a button, the
    clip's title and its running time with its source. The clip's title is no headline (a running
    time stands under it, not a byline or a date), and "Source: …" is no author."""
    article = parse(_page(*MENU, "Now Playing", "Why the bridge had to close", "02:14", "Up next",
                          "Ferry passengers speak out", "01:48", "Bridges", HEADLINE, "By Ann Lee, CNN",
                          "Updated 6:12 PM EST, Tue November 19, 2019", "Link Copied!", "Video Ad Feedback",
                          "Why the bridge had to close", "02:14 - Source: CNN"), path="x.txt")
    assert article.title == HEADLINE
    assert article.authors == ["Ann Lee"]
    assert article.body.split("\n\n") == list(ARTICLE)


def test_an_inline_related_article_box_leaves_the_body() -> None:
    """"Related Article" (singular) over one link between two paragraphs is an inline box: the
    label and its link leave the body, the paragraphs after it stay."""
    text = "\n".join((*MENU, HEADLINE, "By Ann Lee", "November 19, 2019", "", ARTICLE[0], "", "Related Article",
                      "Ferry operators brace for a busy winter on the river", "", ARTICLE[1], "", ARTICLE[2], ""))
    article = parse(text.encode(), path="x.txt")
    assert article.body.split("\n\n") == list(ARTICLE)


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


def test_a_korean_papers_bracketed_byline_names_the_reporter_not_a_place() -> None:
    """"[PAPER=NAME 기자]" opening the story is the paper's own byline: NAME is the author, and
    there is no dateline and no agency (unlike the wire opening "[PLACE=AGENCY] NAME 기자 =")."""
    text = "\n".join(("뉴스", "사회", "경기 남부 초미세먼지 '나쁨'…내일 오후부터 해소", "기사입력 2019.11.19. 오후 3:21", "",
                      "[한빛일보=홍길동 기자] 19일 경기 남부 지역의 초미세먼지 농도가 '나쁨' 수준을 보이고 있다.", "",
                      "환경과학원은 내일 오후 북서풍이 불면서 차츰 해소될 것이라고 내다봤다.", ""))
    article = parse(text.encode(), path="x.txt")
    assert article.authors == ["홍길동"]
    assert article.dateline is None
    assert article.credits == []


def test_an_italian_update_in_brackets_after_the_date_is_the_update() -> None:
    """"19 novembre 2019 (modifica il 19 novembre 2019 | 18:40)": the day is the publication,
    the time after "modifica il" the update."""
    article = parse(_page("Cronaca", "Milano", HEADLINE, "di Francesca Rinaldi",
                          "19 novembre 2019 (modifica il 19 novembre 2019 | 18:40)"), path="x.txt")
    assert article.published == "2019-11-19"
    assert article.updated == "2019-11-19T18:40:00"


def test_an_agency_credit_with_the_photographer_after_slashes_is_the_whole_credit() -> None:
    """"… in Buenos Aires. EFE/Juan Roncoroni/Archivo" under the date: the caption is the
    sentence, the credit the agency with the photographer and the note."""
    article = parse(_page(*MENU, HEADLINE, "19 de noviembre de 2019 | 17:45",
                          "Una mujer compra verduras en un mercado de Buenos Aires. EFE/Juan Roncoroni/Archivo"),
                    path="x.txt")
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Una mujer compra verduras en un mercado de Buenos Aires.", "EFE/Juan Roncoroni/Archivo")]
    assert article.body.split("\n\n") == list(ARTICLE)


def test_a_caption_with_its_credit_in_brackets_after_foto_under_the_header_is_an_image() -> None:
    """Italian papers print the lead picture's caption under the byline's buttons with the credit
    in brackets: "La libreria in via Moscova (foto Andrea Colombo)" is an image, not menu text."""
    article = parse(_page(*MENU, "Milano", HEADLINE, "di Francesca Rinaldi", "19 novembre 2019", "Stampa", "Email",
                          "La libreria in via Moscova (foto Andrea Colombo)"), path="x.txt")
    assert [(i.caption, i.credit) for i in article.images] == [("La libreria in via Moscova", "Andrea Colombo")]


def test_a_summary_paragraph_under_its_label_between_the_date_and_the_story_is_the_dek() -> None:
    """A science-news page prints "Summary:" and one paragraph under the date and source: that
    paragraph is the standfirst, the story starts after the buttons."""
    dek = ("The council will close the old river bridge for two years after engineers found cracks, "
           "and a ferry will replace it.")
    article = parse(_page(*MENU, "Environment", HEADLINE, "November 19, 2019", "Source: University of Westport",
                          "Summary:", dek, "Share:", "FULL STORY"), path="x.txt")
    assert article.title == HEADLINE
    assert article.subtitle == dek
    assert article.body.split("\n\n") == list(ARTICLE)


def test_a_cable_news_dateline_glued_to_the_story_or_on_its_own_line() -> None:
    """CNN pages copy the dateline glued to the story ("Hong Kong (CNN Business)The council …") or
    on a line of its own over it ("Hong Kong CNN  —"): the place is the dateline, the outlet a credit."""
    glued = parse("\n".join((*MENU, HEADLINE, "By Ann Lee, CNN Business", "Updated 0339 GMT November 19, 2019", "",
                              "Hong Kong (CNN Business)" + ARTICLE[0], "", ARTICLE[1], "")).encode(), path="x.txt")
    apart = parse(_page(*MENU, HEADLINE, "By Ann Lee, CNN", "Updated 6:12 PM EST, Tue November 19, 2019",
                        "Hong Kong CNN  —"), path="x.txt")
    assert (glued.dateline, glued.credits) == ("Hong Kong", ["CNN Business"])
    assert (apart.dateline, apart.credits) == ("Hong Kong", ["CNN"])
    assert apart.body.split("\n\n") == list(ARTICLE)


def test_a_headline_over_a_bare_time_and_the_date_stays_the_headline() -> None:
    """A time of day under the headline, the date under it ("15:23" / "19 November 2019"), or a time
    and a date on one line after a bar ("15:23 | 19.11.2019"), is no video's running time."""
    for stamp in (("15:23", "19 November 2019"), ("15:23 | 19.11.2019",)):
        article = parse(_page(*MENU, "Politics", HEADLINE, *stamp, "By Ann Lee"), path="x.txt")
        assert article.title == HEADLINE


def test_a_wire_lead_printed_among_the_header_lines_above_the_picture_stays_in_the_body() -> None:
    """"Headline / NAME / 3 Min Read / AMSTERDAM (Reuters) - … / caption", then a blank line and the
    rest: the line opening with the dateline is the story's first paragraph, not header furniture."""
    lead = "AMSTERDAM (Reuters) - " + ARTICLE[0]
    last = "Engineers said the steel supports had rusted through in places after decades of salt spray from the river."
    text = "\n".join((*MENU, "Business News", "November 19, 2019 / 9:14 AM", HEADLINE, "Anna van Dijk", "3 Min Read",
                      lead, "Bottles move along a line at a brewery in Amsterdam, March 3, 2019. REUTERS/Piet Jansen",
                      "", ARTICLE[1], "", ARTICLE[2], "", last, ""))
    article = parse(text.encode(), path="x.txt")
    assert article.body.split("\n\n") == [lead, ARTICLE[1], ARTICLE[2], last]
    assert (article.dateline, article.credits) == ("AMSTERDAM", ["Reuters"])
    assert [i.credit for i in article.images] == ["REUTERS/Piet Jansen"]


def test_a_click_here_app_promotion_between_paragraphs_leaves_the_body() -> None:
    text = "\n".join((*MENU, HEADLINE, "By Ann Lee", "November 19, 2019", "", ARTICLE[0], "",
                      "CLICK HERE TO GET THE RIVER POST APP", "", ARTICLE[1], "", ARTICLE[2], ""))
    assert parse(text.encode(), path="x.txt").body.split("\n\n") == list(ARTICLE)


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
    paragraph = "(ANSA) - ROMA, 19 NOV - Il governo ha approvato il piano per riparare i ponti della città entro due anni."
    text = "\n".join(("Politica", "Via libera al piano per i ponti", "19 novembre 2019 17:45", "", paragraph, "",
                      "I lavori dovrebbero cominciare a marzo, secondo il ministero.", ""))
    article = parse(text.encode(), path="x.txt")
    assert (article.dateline, article.credits) == ("ROMA", ["ANSA"])


def test_a_video_players_blurb_over_the_story_is_not_its_first_paragraph() -> None:
    """"close / Video / clip title / one sentence on the clip", then a blank line and the story:
    the sentence describes the video; the story starts after the blank line."""
    article = parse(_page(*MENU, "Published November 19, 2019 4:05pm EST", HEADLINE, "By Ann Lee | River News",
                          "Facebook", "Twitter", "close", "Video", "Bridge closure explained",
                          "Engineers explain why the old bridge had to shut for two years."), path="x.txt")
    assert article.body.split("\n\n") == list(ARTICLE)
