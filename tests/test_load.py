"""Loading bytes: encodings, character clean-up, format sniffing, and refusing non-text."""
from __future__ import annotations

import codecs

import pytest

from newsclean.parsers.load import load
from newsclean.parsers.record.errors import NewscleanError

TEXT = "Beijing hosts forum on trade\n\nDelegates from 40 countries met in Beijing on Monday to discuss trade rules.\n"
CHINESE = "北京举行贸易论坛\n\n来自40个国家的代表周一在北京开会，讨论贸易规则。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16"),
        (TEXT.replace("trade", "trade — “fair”").encode("cp1252"), "cp1252"),
    ],
)


def test_encodings(data: bytes, encoding: str) -> None:
    doc = load(data)
    assert doc.encoding == encoding
    assert doc.text.startswith("Beijing hosts forum on trade")
    assert doc.format == "text"


def test_gb18030_chinese() -> None:
    doc = load(CHINESE.encode("gb18030"))
    assert doc.encoding == "gb18030"
    assert doc.text == CHINESE


def test_latin1_accents_survive() -> None:
    text = ("Governo anuncia medidas\n\nO ministro da Economia anunciou ontem novas medidas para a "
            "habitação e a saúde.\n")
    assert load(text.encode("latin-1")).text == text


def test_line_ends_spaces_and_invisibles_are_cleaned() -> None:
    raw = "Title\r\nOne\u00a0two\u200b three\u00adfour\r\rFive\x07 six\u00a0\n".encode("utf-8")
    assert load(raw).text == "Title\nOne two threefour\n\nFive six\n"


def test_nfc() -> None:
    assert load("Cafe\u0301 opens its doors to the public".encode("utf-8")).text == "Café opens its doors to the public"


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", b"\x00\x01\x02\x03" * 100, bytes(range(256)) * 8])
def test_refuses_empty_and_binary(data: bytes) -> None:
    with pytest.raises(NewscleanError):
        load(data)


def test_sniffs_html_and_feeds() -> None:
    assert load(b"<!doctype html><html><head><title>x</title></head><body><p>Hi</p></body></html>").format == "html"
    assert load(b"\n\n  <html lang='en'><body><p>Hi</p></body></html>").format == "html"
    assert load(b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>').format == "feed"
    assert load(b"Tell me about <b> tags in text.\nThey are fine.").format == "text"


def test_the_input_hash_is_sha256() -> None:
    # FIPS 180-2's example: SHA-256("abc")
    assert load(b"abc").sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
