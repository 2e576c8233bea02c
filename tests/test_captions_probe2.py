"""Captions whose credit stands alone on the next line, captions printed twice, and bylines
that look like credits (issue #4, probe round 2).

Every page here was written for the test; the expected values were worked out by hand from
how the page is laid out: a picture's caption line with "Foto: X" / "Photo: X" / "Фото: X"
alone under it is one picture, in the header (under the date) and in the body; the alt text
printed above the caption stands once; a bare "Credit..." label takes the name under it; a
"NAME | OUTLET" line under the headline is no picture credit.
"""
from __future__ import annotations

import pytest

from newsclean.parsers import parse
from newsclean.parsers.captions import credit_only, line_images

BODY = (
    "\n\nThe city council voted on Tuesday to close the old river bridge to cars for two years while "
    "engineers replace its steel supports.\n\n"
    "Buses will still cross, the council said, and a ferry will run every twenty minutes at rush hour.\n\n"
    "Shop owners on the east bank said they feared losing trade during the works and asked for help.\n\n"
    "Work is due to start in March and the bridge should reopen in the spring of 2022.\n\n"
    "Share\nMost read\nFerry fares to rise in January\nNew school opens on the east bank\n"
)


def _page(header_lines: str, body: str = BODY) -> dict:
    text = ("Home\nNews\nLocal\nCity\nBridge to close to cars for two years of repairs\n" + header_lines + body)
    return parse(text.encode(), path="page.txt").to_dict()


def _captions(record: dict) -> list[tuple[str | None, str | None]]:
    return [(image["caption"], image["credit"]) for image in record["images"]]


@pytest.mark.parametrize(("caption", "credit_line", "credit"), [
    ("View of the bridge from the east bank.", "Photo: Jane Moss", "Jane Moss"),
    ("Blick auf die Brücke vom Ostufer aus.", "Foto: dpa/Anna Berg", "dpa/Anna Berg"),
    ("Вид на мост с восточного берега", "Фото: Иван Петров", "Иван Петров"),
    ("Vista da ponte a partir da margem leste", "Foto: Ana Lima/Lusa", "Ana Lima/Lusa"),
])
def test_header_caption_with_its_credit_on_the_next_line(caption: str, credit_line: str, credit: str) -> None:
    record = _page(f"By Tom Reilly\nNovember 19, 2019 8:00 AM\nShare\n{caption}\n{credit_line}")
    assert record["title"] == "Bridge to close to cars for two years of repairs"
    assert _captions(record) == [(caption, credit)]
    assert caption not in record["body"] and credit not in record["body"]
    assert record["authors"] == ["Tom Reilly"]


def test_header_caption_printed_twice_is_one_picture() -> None:
    record = _page("By Tom Reilly\nNovember 19, 2019 8:00 AM\nThe old bridge at dusk\nThe old bridge at dusk\n"
                   "Foto: Ana Lima/Lusa")
    assert _captions(record) == [("The old bridge at dusk", "Ana Lima/Lusa")]
    assert "dusk" not in record["body"]


def test_header_caption_over_a_bare_credit_label_and_its_name() -> None:
    record = _page("By Tom Reilly\nNovember 19, 2019 8:00 AM\nThe old bridge at dusk, seen from the ferry.\n"
                   "Credit...\nJane Moss/The Ledger")
    assert _captions(record) == [("The old bridge at dusk, seen from the ferry.", "Jane Moss/The Ledger")]


def test_first_paragraph_after_a_lead_picture_credit_stays_in_the_body() -> None:
    record = _page("By Tom Reilly\nNovember 19, 2019 8:00 AM\nPhoto: Jane Moss")
    assert _captions(record) == [(None, "Jane Moss")]
    assert record["body"].startswith("The city council voted on Tuesday")


def test_body_caption_with_its_credit_on_the_next_line_and_its_alt_text() -> None:
    body = BODY.replace("Shop owners", "The ferry landing on the east bank\nThe ferry landing on the east bank\n"
                                       "Photo: Jane Moss\n\nShop owners")
    record = _page("By Tom Reilly\nNovember 19, 2019 8:00 AM", body)
    assert _captions(record) == [("The ferry landing on the east bank", "Jane Moss")]
    assert "ferry landing" not in record["body"]
    assert len(record["body"].split("\n\n")) == 4


def test_name_and_outlet_byline_is_no_picture_credit() -> None:
    assert credit_only("Newsroom Staff | The Valley Ledger") is None
    assert credit_only("Tom Reilly | Reporter") is None
    assert credit_only("Jane Moss | Getty Images") == "Jane Moss | Getty Images"
    assert credit_only("Jane Moss/The Ledger") == "Jane Moss/The Ledger"
    record = _page("Newsroom Staff | The Valley Ledger\nNovember 19, 2019 8:00 AM")
    assert all(image["credit"] != "Newsroom Staff | The Valley Ledger" for image in record["images"])


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
    body = BODY.replace("Share\nMost read", "3 / 4\nThe ferry landing at dawn on Monday. (Photo: Jane Moss)\n4 / 4\n"
                                            "Cars queue on the bridge for the last time. (Photo: Tom Reilly)\nMost read")
    record = _page("By Tom Reilly\nNovember 19, 2019 8:00 AM", body)
    assert _captions(record)[-2:] == [("The ferry landing at dawn on Monday.", "Jane Moss"),
                                      ("Cars queue on the bridge for the last time.", "Tom Reilly")]
    assert "ferry landing" not in record["body"]
    assert record["body"].endswith("reopen in the spring of 2022.")
    # teasers after the article are no pictures, and no caption stands after them
    body = BODY.replace("Most read\n", "Most read\nA teaser with its picture. (Photo: Jane Moss)\n")
    assert _page("By Tom Reilly\nNovember 19, 2019 8:00 AM", body)["images"] == []
