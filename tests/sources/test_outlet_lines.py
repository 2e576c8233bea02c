"""The header and caption lines of Seznam Zprávy, La Vanguardia, ABC and Hankook Ilbo dumps, read one by one:
what each outlet's patterns take from a line and what they leave."""
from __future__ import annotations

import pytest

from newsclean.parsers.sources import abc, hankookilbo, lavanguardia, seznamzpravy
from newsclean.parsers.sources.header_text import byline_people


@pytest.mark.parametrize(("line", "read"), [
    ("25/04/2026 Actualizado a las 15:10h.", "25/04/2026"),  # the update's clock is not the publication's
    ("25/04/2026 a las 15:06h.", "25/04/2026 a las 15:06h"),
    ("25/04/2026", "25/04/2026"),
    ("El 25/04/2026 ganó el Córdoba", None),
])
def test_abc_date_line(line: str, read: str | None) -> None:
    match = abc.DATE_LINE.search(line)
    assert (match[0] if match else None) == read


@pytest.mark.parametrize(("line", "names"), [
    ("순천, 광양 구현모 기자 ninek@hankookilbo.com", "구현모"),
    ("구현모·신현주 기자", "구현모·신현주"),
    ("이 기자는 말했다.", None),
])
def test_hankookilbo_reporter_line(line: str, names: str | None) -> None:
    match = hankookilbo.REPORTER.fullmatch(line)
    assert (match["names"] if match else None) == names


@pytest.mark.parametrize(("line", "caption", "credit"), [
    ("트램이 3일 대전역 앞에 서 있다. 대전시 제공", "트램이 3일 대전역 앞에 서 있다.", "대전시 제공"),
    ("연장 구간의 배차 간격은 15분이다.", None, None),  # a sentence of the story: no credit after it
])
def test_hankookilbo_caption(line: str, caption: str | None, credit: str | None) -> None:
    match = hankookilbo.CAPTION.fullmatch(line)
    got = (match["caption"], match["credit"]) if match else (None, None)
    assert got == (caption, credit)


@pytest.mark.parametrize(("line", "credit"), [
    ("Álex Cámara - Europa Press / Europa Press", "Álex Cámara - Europa Press / Europa Press"),
    ("Dani Duch / Propias", "Dani Duch / Propias"),
    ("El juez, según el auto, actuó con 20/30 testigos.", None),
])
def test_lavanguardia_photo_credit(line: str, credit: str | None) -> None:
    match = lavanguardia.PHOTO_CREDIT.fullmatch(line)
    assert (match["credit"] if match else None) == credit


@pytest.mark.parametrize(("line", "fits"), [
    ("Foto: Renata Matějková, Seznam Zprávy", True),
    ("Video: Seznam Zprávy", True),
    ("Fotografie z akce visí v galerii.", False),
])
def test_seznamzpravy_photo_credit(line: str, fits: bool) -> None:
    assert bool(seznamzpravy.PHOTO.fullmatch(line)) is fits


@pytest.mark.parametrize(("line", "time"), [
    ("5:00", None),  # the clock alone: today's story, no date
    ("8. 4. 2025 5:00", "2025-04-08 05:00"),
])
def test_seznamzpravy_date_line(line: str, time: str | None) -> None:
    match = seznamzpravy.DATE_LINE.search(line)
    assert match is not None
    day = f"{match['y']}-{int(match['mo']):02d}-{int(match['d']):02d}" if match["y"] else None
    assert (f"{day} {int(match['h']):02d}:{match['mi']}" if day else None) == time


@pytest.mark.parametrize(("line", "people"), [
    ("Carlota Guindal", ["Carlota Guindal"]),
    ("Daniel Aragón y Marta Soler i Puig", ["Daniel Aragón", "Marta Soler i Puig"]),  # "i": one person's surnames
    ("Lucía Herrera, Pablo de la Fuente", ["Lucía Herrera", "Pablo de la Fuente"]),
])
def test_spanish_bylines(line: str, people: list[str]) -> None:
    for layout in (abc.TEXT_2026, lavanguardia.TEXT_2025):
        match = layout.byline.fullmatch(line)
        assert match is not None
        assert byline_people(layout, match["names"])[0] == people


def test_hankookilbo_flight_article_names_the_reporters_the_data_lists() -> None:
    """A Next.js page whose body prints no reporter's line: the data's ``byLines`` give it."""
    import json

    from lxml import html

    detail = {"title": "비 온다", "subTitle": "주말 내내", "contentHtml": "$7", "deployDt": "2026.03.02 09:00",
              "byLines": [{"writerName": "김하늘"}, {"writerName": "이바다"}]}
    body = '<p class="editor-p">주말 내내 비가 온다.</p>'
    data = json.dumps({"detail": detail}, ensure_ascii=False, separators=(",", ":"))  # as Next.js writes it
    flight = f"5:{data}\n7:T{len(body.encode()):x},{body}"
    push = f"self.__next_f.push([1,{json.dumps(flight)}])"
    page = html.document_fromstring(f"<html><body><script>{push}</script></body></html>")
    article = hankookilbo.flight_article(page)
    assert [el.text for el in article.iter("strong")] == ["김하늘", "이바다"]
    assert article.get("data-published") == "2026.03.02 09:00"
    assert article.findtext("p") == "주말 내내 비가 온다."
