"""Captions and picture credits: caption lines, the credits that end them or stand next to them, and images.

Every page here was written for the test, modelled on how some kind of news page prints the thing under
test; the expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

import pytest
from pages import (
    ARTICLE,
    CAPTIONED_BODY,
    COUNCIL_HEADLINE,
    NEWS_MENU,
    PARAGRAPHS,
    VALLEY_MENU,
    captioned_page,
    generic,
    header_page,
    page,
)

from newsclean.parsers import parse
from newsclean.parsers.people.captions import caption_line_image, line_images
from newsclean.parsers.people.credits import credit_only, split_caption_credit

SPANISH_MENU = ("Ir al contenido", "El Diario del Valle", "Portada", "Sociedad", "Deportes", "Cultura")


def spanish_page(caption: str) -> bytes:
    lines = [*SPANISH_MENU, "Sociedad",
             "Los colegios del valle adelantan la jornada de tarde desde enero",
             "Por Lucía Martín", "Actualizado: 19/11/2019 10:45h",
             "Compartir en Facebook", caption, "",
             "Los colegios públicos del valle adelantarán media hora el inicio de la jornada de tarde a "
             "partir de enero.",
             "",
             "El cambio afectará a cerca de doscientos centros que mantienen la jornada partida, según la consejería.",
             "",
             "Las familias lo habían pedido durante el último curso para tener más tiempo para actividades.",
             ""]
    return "\n".join(lines).encode()


def image_pairs(record: dict) -> list[tuple[str | None, str | None]]:
    return [(image["caption"], image["credit"]) for image in record["images"]]


def test_caption_with_credit_line_becomes_an_image() -> None:
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", "By Ann Lee", PARAGRAPHS[0],
                          "Cars cross the old river bridge on Monday morning.", "Photo: Tom Park",
                          *PARAGRAPHS[1:]))
    assert record["images"] == [
        {"caption": "Cars cross the old river bridge on Monday morning.", "credit": "Tom Park", "src": None}]
    assert "Cars cross" not in record["body"] and "Tom Park" not in record["body"]


def test_a_caption_shown_twice_inside_the_article_goes() -> None:
    caption = "Engineers stand under the old river bridge during the June inspection in the rain."
    gallery = (caption, "1 of 5")  # a gallery slide: its caption and counter share one block
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", "By Ann Lee", PARAGRAPHS[0],
                          *gallery, PARAGRAPHS[1], *gallery, PARAGRAPHS[2]))
    assert caption not in record["body"]
    assert [r["kind"] for r in record["removed"] if r["text"] == caption] == ["repeated", "repeated"]


def test_a_caption_sentence_with_its_credit_in_brackets_is_not_the_headline() -> None:
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", "March 3, 2020 9:15 AM",
                          "Workers on the old river bridge in June. (valleypost.com)", "By Ann Lee", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"


def test_a_caption_that_holds_a_date_under_the_date_line_is_a_caption_not_lost() -> None:
    """The caption printed right under the date line names a date too: it is the lead picture's
    caption, with its credit, not a second date line that vanishes from the record."""
    caption = "Workers inspect the old bridge on Tuesday, Nov. 19, 2019."
    article = parse(header_page("Home", "Bridge to close for two years of repairs", "By Jane Doe",
                          "Published 3:42 PM EST, November 19, 2019", f"{caption} (AP Photo/John Roe)"), path="x.txt")
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "AP Photo/John Roe")]
    assert article.published == "2019-11-19T15:42:00-05:00"


def test_an_agency_credit_with_the_photographer_after_slashes_is_the_whole_credit() -> None:
    """"… in Buenos Aires. EFE/Juan Roncoroni/Archivo" under the date: the caption is the
    sentence, the credit the agency with the photographer and the note."""
    article = parse(header_page(*NEWS_MENU, COUNCIL_HEADLINE, "19 de noviembre de 2019 | 17:45",
                          "Una mujer compra verduras en un mercado de Buenos Aires. EFE/Juan Roncoroni/Archivo"),
                    path="x.txt")
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Una mujer compra verduras en un mercado de Buenos Aires.", "EFE/Juan Roncoroni/Archivo")]
    assert article.body.split("\n\n") == list(ARTICLE)


def test_a_caption_with_its_credit_in_brackets_after_foto_under_the_header_is_an_image() -> None:
    """Italian papers print the lead picture's caption under the byline's buttons with the credit
    in brackets: "La libreria in via Moscova (foto Andrea Colombo)" is an image, not menu text."""
    article = parse(header_page(*NEWS_MENU, "Milano", COUNCIL_HEADLINE, "di Francesca Rinaldi", "19 novembre 2019",
                                "Stampa", "Email",
                          "La libreria in via Moscova (foto Andrea Colombo)"), path="x.txt")
    assert [(i.caption, i.credit) for i in article.images] == [("La libreria in via Moscova", "Andrea Colombo")]


@pytest.mark.parametrize(("line", "caption", "credit"), [
    # a bare agency name after the caption's last sentence, and the same in brackets
    ("Vecinos esperan el autobús en Valladolid bajo la nieve. EFE",
     "Vecinos esperan el autobús en Valladolid bajo la nieve.", "EFE"),
    ("Vecinos esperan el autobús en Valladolid bajo la nieve. (EFE)",
     "Vecinos esperan el autobús en Valladolid bajo la nieve.", "EFE"),
    ("Il presidente arriva al Quirinale per le consultazioni. ANSA",
     "Il presidente arriva al Quirinale per le consultazioni.", "ANSA"),
    ("Il presidente arriva al Quirinale per le consultazioni. Foto ANSA",
     "Il presidente arriva al Quirinale per le consultazioni.", "ANSA"),
    ("Firefighters battle the blaze near the highway on Monday. AP Photo/Tom Reilly",
     "Firefighters battle the blaze near the highway on Monday.", "AP Photo/Tom Reilly"),
    ("Shoppers queue outside the store in Leeds on Black Friday. Pic: Tom Reilly",
     "Shoppers queue outside the store in Leeds on Black Friday.", "Tom Reilly"),
    ("Rescuers search the rubble in Durres on Tuesday. Getty Images via AFP",
     "Rescuers search the rubble in Durres on Tuesday.", "Getty Images via AFP"),
    # the trailing run of capitals "NAME / AGENCY" is the whole credit, not only what follows the slash
    ("Une classe d'un lycée de Nantes, en octobre 2019. MARIE DUVAL / SIGNATURES",
     "Une classe d'un lycée de Nantes, en octobre 2019.", "MARIE DUVAL / SIGNATURES"),
    ("Ein Schüler vor dem Gymnasium in Kassel, im Mai. Anna Berg / dpa",
     "Ein Schüler vor dem Gymnasium in Kassel, im Mai.", "Anna Berg / dpa"),
    ("Une classe d'un lycée de Nantes, en octobre 2019. MARIE DUVAL POUR « LE SOIR DE L'OUEST »",
     "Une classe d'un lycée de Nantes, en octobre 2019.", "MARIE DUVAL POUR « LE SOIR DE L'OUEST »"),
    ("Voters queue outside a school in Leeds on Thursday. Jane Moss for The Evening Ledger",
     "Voters queue outside a school in Leeds on Thursday.", "Jane Moss for The Evening Ledger"),
    # a labelled credit in brackets ends the caption
    ("Smoke hides the harbour from the ferry wharf on Monday. (Supplied: Tom Reilly)",
     "Smoke hides the harbour from the ferry wharf on Monday.", "Tom Reilly"),
    ("Firefighters watch the blaze near the highway. (ABC News: Tom Reilly)",
     "Firefighters watch the blaze near the highway.", "ABC News: Tom Reilly"),
    ("Residents fill sandbags in the town centre. (Credit: Ana Price)",
     "Residents fill sandbags in the town centre.", "Ana Price"),
    ("Il sindaco in piazza a Bologna dopo la votazione. (Foto di Marco Neri)",
     "Il sindaco in piazza a Bologna dopo la votazione.", "Marco Neri"),
    ("Photo: Smoke hides the harbour from the ferry wharf on Monday. (Supplied: Tom Reilly)",
     "Smoke hides the harbour from the ferry wharf on Monday.", "Tom Reilly"),
    # a credit label after a dash, or after the last sentence, in several languages
    ("Fila de carros no pedágio da rodovia em Campinas — Foto: Lucas Prado/Jornal do Vale",
     "Fila de carros no pedágio da rodovia em Campinas", "Lucas Prado/Jornal do Vale"),
    ("Vista aérea da enchente em Blumenau | Fotografia: Lucas Prado",
     "Vista aérea da enchente em Blumenau", "Lucas Prado"),
    ("Il ponte sul fiume Adige, a Verona. Foto di Marco Neri",
     "Il ponte sul fiume Adige, a Verona.", "Marco Neri"),
    ("Die neue Brücke über den Rhein bei Nacht. Bild: Anna Berg",
     "Die neue Brücke über den Rhein bei Nacht.", "Anna Berg"),
    ("Очередь у станции метро в Казани. Фото: Иван Орлов",
     "Очередь у станции метро в Казани.", "Иван Орлов"),
    ("Warga mengantre air bersih di Bekasi, Selasa. Foto/Ilustrasi: Dewi Lestari",
     "Warga mengantre air bersih di Bekasi, Selasa.", "Dewi Lestari"),
    ("The lighthouse keeper's boat at the jetty. Photograph by Erik Lund",
     "The lighthouse keeper's boat at the jetty.", "Erik Lund"),
    # CJK credits: the Japanese photographer's note stays in the caption
    ("商店街を歩く買い物客＝大阪市北区、鈴木一郎撮影", "商店街を歩く買い物客＝大阪市北区、鈴木一郎撮影", "鈴木一郎"),
    ("記者会見する市長＝20日、市役所＝ロイター", "記者会見する市長＝20日、市役所", "ロイター"),
    ("20일 부산의 한 시장에서 상인들이 손님을 맞고 있다. (사진=바다일보)",
     "20일 부산의 한 시장에서 상인들이 손님을 맞고 있다.", "바다일보"),
    ("20일 부산의 한 시장에서 상인들이 손님을 맞고 있다. /사진=바다일보",
     "20일 부산의 한 시장에서 상인들이 손님을 맞고 있다.", "바다일보"),
    ("11月20日，市民在广州街头购买年货。本报记者 李明 摄", "11月20日，市民在广州街头购买年货。", "本报记者 李明"),
    ("市民在广州街头购买年货（李明摄）", "市民在广州街头购买年货", "李明"),
    ("市民在广州街头购买年货。图/李明", "市民在广州街头购买年货。", "李明"),
    ("市民在广州街头购买年货（受访者供图）", "市民在广州街头购买年货", "受访者"),
    ("The keeper's cottage in the winter of 1961. Courtesy of the Lund family",
     "The keeper's cottage in the winter of 1961.", "Courtesy of the Lund family"),
])


def test_caption_and_its_credit_are_split(line: str, caption: str, credit: str) -> None:
    image = split_caption_credit(line)
    assert image is not None
    assert (image.caption, image.credit) == (caption, credit)


@pytest.mark.parametrize(("line", "caption"), [
    ("A nurse checks a patient's records in Pune. (Representative image)",
     "A nurse checks a patient's records in Pune."),
    ("Ein Klassenzimmer in einer Grundschule in Ulm. (Symbolbild)", "Ein Klassenzimmer in einer Grundschule in Ulm."),
    ("Commuters wait at a bus stop in Chennai. (Image for representation only)",
     "Commuters wait at a bus stop in Chennai."),
    ("Image caption, Commuters wait at a bus stop in Leeds on Monday",
     "Commuters wait at a bus stop in Leeds on Monday"),
])


def test_a_note_on_what_the_picture_is_is_no_credit(line: str, caption: str) -> None:
    image = split_caption_credit(line)
    assert image is not None
    assert (image.caption, image.credit) == (caption, None)


@pytest.mark.parametrize("line", [
    "The council met on Monday. It voted for the plan",
    "The council met on Monday and voted for the plan, the mayor told EFE.",
    "Sales rose (see reference tables) in May.",
    "Chapter two. The river",
    "The company did not reply to questions. (Update: It replied on Tuesday)",
    "O encontro reuniu os ministros ontem. Foto de família no Palácio do Planalto.",
    "La muestra incluye obras de época. Imagen de la exposición en el museo de la ciudad.",
    "富士山を撮影した写真が話題になった。",
    "他在北京摄影展上发表讲话。",
    "그는 이날 사진을 공개했다.",
    "광고문의 / 기사제보 / 개인정보처리방침 / 이용약관",
    "Ten gifts for co-workers under $50. SEE FULL GALLERY",
    # a paragraph signed by its agency is text, not a caption
    " ".join(["The regional government said the new timetable would apply to every public school in the region,"] * 4)
    + " EFE",
])


def test_running_text_is_never_cut_as_a_caption(line: str) -> None:
    assert split_caption_credit(line) is None


def test_a_caption_line_gives_the_image_the_reader_keeps() -> None:
    assert caption_line_image("Dans la cour d'une école de Lille, en mars. PAUL MARTIN / SIGNATURES").credit \
        == "PAUL MARTIN / SIGNATURES"
    assert credit_only("Fotografia: Lucas Prado") == "Lucas Prado"
    assert credit_only("Image source, Lucas Prado") == "Lucas Prado"
    assert credit_only("Image copyright Lucas Prado") == "Lucas Prado"


@pytest.mark.parametrize("caption", [
    "Alumnos de un colegio del valle a la salida de clase. EFE",
    "Alumnos de un colegio del valle a la salida de clase. (EFE)",
])


def test_a_header_caption_with_a_bare_agency_becomes_an_image(caption: str) -> None:
    record = parse(spanish_page(caption), source="generic").to_dict()
    assert record["images"] == [
        {"caption": "Alumnos de un colegio del valle a la salida de clase.", "credit": "EFE", "src": None}]
    assert "Alumnos" not in record["body"]
    assert record["body"].startswith("Los colegios públicos del valle")


@pytest.mark.parametrize(("caption", "credit_line", "credit"), [
    ("View of the bridge from the east bank.", "Photo: Jane Moss", "Jane Moss"),
    ("Blick auf die Brücke vom Ostufer aus.", "Foto: dpa/Anna Berg", "dpa/Anna Berg"),
    ("Вид на мост с восточного берега", "Фото: Иван Петров", "Иван Петров"),
    ("Vista da ponte a partir da margem leste", "Foto: Ana Lima/Lusa", "Ana Lima/Lusa"),
])


def test_header_caption_with_its_credit_on_the_next_line(caption: str, credit_line: str, credit: str) -> None:
    record = captioned_page(f"By Tom Reilly\nNovember 19, 2019 8:00 AM\nShare\n{caption}\n{credit_line}")
    assert record["title"] == "Bridge to close to cars for two years of repairs"
    assert image_pairs(record) == [(caption, credit)]
    assert caption not in record["body"] and credit not in record["body"]
    assert record["authors"] == ["Tom Reilly"]


def test_header_caption_printed_twice_is_one_picture() -> None:
    record = captioned_page("By Tom Reilly\nNovember 19, 2019 8:00 AM\nThe old bridge at dusk\nThe old bridge at dusk\n"
                   "Foto: Ana Lima/Lusa")
    assert image_pairs(record) == [("The old bridge at dusk", "Ana Lima/Lusa")]
    assert "dusk" not in record["body"]


def test_header_caption_over_a_bare_credit_label_and_its_name() -> None:
    record = captioned_page("By Tom Reilly\nNovember 19, 2019 8:00 AM\nThe old bridge at dusk, seen from the ferry.\n"
                   "Credit...\nJane Moss/The Ledger")
    assert image_pairs(record) == [("The old bridge at dusk, seen from the ferry.", "Jane Moss/The Ledger")]


def test_first_paragraph_after_a_lead_picture_credit_stays_in_the_body() -> None:
    record = captioned_page("By Tom Reilly\nNovember 19, 2019 8:00 AM\nPhoto: Jane Moss")
    assert image_pairs(record) == [(None, "Jane Moss")]
    assert record["body"].startswith("The city council voted on Tuesday")


def test_body_caption_with_its_credit_on_the_next_line_and_its_alt_text() -> None:
    body = CAPTIONED_BODY.replace("Shop owners",
                                  "The ferry landing on the east bank\nThe ferry landing on the east bank\n"
                                       "Photo: Jane Moss\n\nShop owners")
    record = captioned_page("By Tom Reilly\nNovember 19, 2019 8:00 AM", body)
    assert image_pairs(record) == [("The ferry landing on the east bank", "Jane Moss")]
    assert "ferry landing" not in record["body"]
    assert len(record["body"].split("\n\n")) == 4


def test_line_images_pairs_only_lines_next_to_each_other() -> None:
    # a caption and a credit with another line between them are two pictures' halves, not one
    lines = [(1, "Image caption, Crowds outside the court"), (3, "Image source, Reuters")]
    assert [(i.caption, i.credit) for i in line_images(lines)] == [("Crowds outside the court", None),
                                                                 (None, "Reuters")]
    # two credited captions in a row stay two pictures
    lines = [(1, "The bridge at dusk. (Photo: Jane Moss)"), (2, "The ferry at dawn. (Photo: Tom Reilly)")]
    assert [(i.caption, i.credit) for i in line_images(lines)] == [("The bridge at dusk.", "Jane Moss"),
                                                                 ("The ferry at dawn.", "Tom Reilly")]


def test_gallery_captions_after_the_last_paragraph_are_pictures() -> None:
    body = CAPTIONED_BODY.replace("Share\nMost read",
                                  "3 / 4\nThe ferry landing at dawn on Monday. (Photo: Jane Moss)\n4 / 4\n"
                                  "Cars queue on the bridge for the last time. (Photo: Tom Reilly)\nMost read")
    record = captioned_page("By Tom Reilly\nNovember 19, 2019 8:00 AM", body)
    assert image_pairs(record)[-2:] == [("The ferry landing at dawn on Monday.", "Jane Moss"),
                                      ("Cars queue on the bridge for the last time.", "Tom Reilly")]
    assert "ferry landing" not in record["body"]
    assert record["body"].endswith("reopen in the spring of 2022.")
    # teasers after the article are no pictures, and no caption stands after them
    body = CAPTIONED_BODY.replace("Most read\n", "Most read\nA teaser with its picture. (Photo: Jane Moss)\n")
    assert captioned_page("By Tom Reilly\nNovember 19, 2019 8:00 AM", body)["images"] == []
