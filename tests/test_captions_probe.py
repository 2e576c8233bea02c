"""Caption lines and the credits that end them, in the shapes outlets print in many languages.

Every caption here was written for the test and every expected value worked out by
hand from how the outlet kind prints its credits (a bare agency after the last sentence,
"NAME / AGENCY" in capitals, "(Supplied: X)", "— Foto: X", the Japanese "NAME撮影",
the Korean "(사진=X)", the Chinese "X 摄"). The other half checks that a sentence of
running text is never cut as if it ended with a credit.
"""
from __future__ import annotations

import pytest
from newsclean.parsers import parse
from newsclean.parsers.people.captions import caption_line_image
from newsclean.parsers.people.credits import credit_only, split_caption_credit


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
    ("A nurse checks a patient's records in Pune. (Representative image)", "A nurse checks a patient's records in Pune."),
    ("Ein Klassenzimmer in einer Grundschule in Ulm. (Symbolbild)", "Ein Klassenzimmer in einer Grundschule in Ulm."),
    ("Commuters wait at a bus stop in Chennai. (Image for representation only)",
     "Commuters wait at a bus stop in Chennai."),
    ("Image caption, Commuters wait at a bus stop in Leeds on Monday", "Commuters wait at a bus stop in Leeds on Monday"),
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


MENU = ("Ir al contenido", "El Diario del Valle", "Portada", "Sociedad", "Deportes", "Cultura")


def _page(caption: str) -> bytes:
    lines = [*MENU, "Sociedad",
             "Los colegios del valle adelantan la jornada de tarde desde enero",
             "Por Lucía Martín", "Actualizado: 19/11/2019 10:45h",
             "Compartir en Facebook", caption, "",
             "Los colegios públicos del valle adelantarán media hora el inicio de la jornada de tarde a partir de enero.",
             "",
             "El cambio afectará a cerca de doscientos centros que mantienen la jornada partida, según la consejería.",
             "",
             "Las familias lo habían pedido durante el último curso para tener más tiempo para actividades.",
             ""]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("caption", [
    "Alumnos de un colegio del valle a la salida de clase. EFE",
    "Alumnos de un colegio del valle a la salida de clase. (EFE)",
])
def test_a_header_caption_with_a_bare_agency_becomes_an_image(caption: str) -> None:
    record = parse(_page(caption), source="generic").to_dict()
    assert record["images"] == [
        {"caption": "Alumnos de un colegio del valle a la salida de clase.", "credit": "EFE", "src": None}]
    assert "Alumnos" not in record["body"]
    assert record["body"].startswith("Los colegios públicos del valle")
