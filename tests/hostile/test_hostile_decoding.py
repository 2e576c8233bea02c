"""Unlucky bytes: damaged, cut-short or mixed encodings, misleading declarations, NUL and control bytes, binary."""
from __future__ import annotations

import codecs

import pytest
from html_pages import P1, P2, P3, P4, article_body

from newsclean.parsers import NewscleanError, parse
from newsclean.parsers.load import load

FRENCH = ("Après les réparations, le pont du port a rouvert lundi à la circulation.\n\n"
          "Les pêcheurs ont salué la nouvelle, même si plusieurs ont jugé les places réservées trop peu nombreuses.\n\n"
          "Le conseil publiera le mois prochain l'horaire des premières traversées, a précisé une porte-parole.\n")
CHINESE = ("北京举行贸易论坛\n\n来自四十个国家的代表周一在北京开会，讨论新的贸易规则。"
           "与会者表示，新的规则将于明年生效，并将适用于所有成员。\n\n"
           "论坛组织者说，下一次会议将在上海举行，时间定在秋季。\n")


def _french_page(charset: str) -> str:
    paragraphs = FRENCH.strip().split("\n\n")
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="{charset}"><title>Le pont du port</title></head>'
            f'<body><article><h1>Le pont du port rouvre</h1>{"".join(f"<p>{p}</p>" for p in paragraphs)}'
            "</article></body></html>")


def _body(data: bytes) -> str:
    return "\n".join(b.text for b in parse(data).blocks)


def test_one_bad_byte_in_a_declared_utf8_page_keeps_utf8() -> None:
    data = _french_page("utf-8").encode("utf-8").replace("traversées".encode(), b"travers\xc3es")
    article = parse(data)
    body = "\n".join(b.text for b in article.blocks)
    assert "Après les réparations" in body and "pêcheurs" in body
    assert "travers\ufffdes" in body
    assert article.input.encoding == "utf-8"
    assert "1 invalid UTF-8 byte replaced" in article.warnings


def test_bad_bytes_in_undeclared_utf8_text_keep_utf8() -> None:
    data = FRENCH.encode("utf-8").replace(b"lundi", b"lu\xffndi\xfe")
    doc = load(data)
    assert doc.encoding == "utf-8"
    assert "Après les réparations" in doc.text and "lu\ufffdndi\ufffd" in doc.text
    assert doc.warnings == ("2 invalid UTF-8 bytes replaced",)


def test_a_wrong_utf8_declaration_is_disproved_by_the_bytes() -> None:
    article = parse(_french_page("utf-8").encode("cp1252"))
    assert "Après les réparations" in _body(_french_page("utf-8").encode("cp1252"))
    assert article.input.encoding == "cp1252"


def test_a_16_bit_declaration_on_an_8_bit_page_is_ignored() -> None:
    data = _french_page("utf-16").encode("cp1252")
    assert "Après les réparations, le pont du port a rouvert" in _body(data)


def test_a_latin1_declaration_reads_windows_1252_quotes() -> None:
    data = _french_page("iso-8859-1").replace("a précisé", "a “précisé”").encode("cp1252")
    assert "a “précisé” une porte-parole" in _body(data)


def test_utf8_cut_inside_its_last_character() -> None:
    data = FRENCH.rstrip("\n").encode("utf-8") + "é".encode()[:1]
    doc = load(data)
    assert doc.encoding == "utf-8"
    assert doc.text.endswith("a précisé une porte-parole.")
    assert doc.warnings == ("input ends inside a UTF-8 character: its bytes dropped",)


def test_utf16_cut_inside_a_character() -> None:
    data = codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le")[:-1]
    doc = load(data)
    assert doc.encoding == "utf-16"
    assert doc.text.startswith("Après les réparations")
    assert doc.warnings == ("1 undecodable byte sequence in utf-16 replaced",)


def test_a_cp1252_phrase_inside_utf8_text() -> None:
    data = FRENCH.encode("utf-8") + "Mise à jour: café fermé.\n".encode("cp1252")
    doc = load(data)
    assert doc.encoding == "utf-8"
    assert "Après les réparations" in doc.text and "pêcheurs" in doc.text  # the UTF-8 part is never garbled
    assert doc.warnings == ("3 invalid UTF-8 bytes replaced",)


def test_gb18030_without_a_declaration() -> None:
    text = CHINESE + "罕见字：𠀀。\n"  # a character GBK lacks: four bytes in GB18030
    doc = load(text.encode("gb18030"))
    assert doc.encoding == "gb18030"
    assert doc.text == text


def test_nul_and_control_bytes_inside_text_are_dropped_with_a_warning() -> None:
    text = FRENCH.replace("lundi", "lun\x00di").replace("pêcheurs", "pê\x01cheurs\x0b")
    doc = load(text.encode("utf-8"))
    assert doc.text == FRENCH
    assert doc.warnings == ("3 control characters dropped",)


def test_a_nul_byte_in_a_page_is_dropped_and_the_page_parsed() -> None:
    data = f'<html><head><meta charset="utf-8"></head><body>{article_body(P1, P2 + chr(0), P3, P4)}</body></html>'
    article = parse(data.encode("utf-8"))
    assert [b.text for b in article.blocks] == [P1, P2, P3, P4]
    assert article.warnings[:1] == ["1 control character dropped"]


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + b"IHDR plain looking bytes " * 40,
    b"PK\x03\x04" + b"story.txt The harbour bridge reopened. " * 40,
    b"%PDF-1.7\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 40,
    bytes(range(256)) * 8,
])
def test_binary_files_are_still_refused(data: bytes) -> None:
    with pytest.raises(NewscleanError, match="binary data, not text or HTML"):
        parse(data)
