"""Bytes in, clean text out: decoding, character clean-up and format sniffing."""
from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

from .record.errors import NewscleanError

# The interpreter's own SHA-256 (3.12+: _sha2, 3.11: _sha256), as the standard library's random module takes
# its SHA-512: hashlib would load OpenSSL, 3 ms of every run's start-up.
try:
    from _sha2 import sha256
except ImportError:
    try:
        from _sha256 import sha256
    except ImportError:
        from hashlib import sha256

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Zero-width and invisible formatting characters, the soft hyphen, and C0/C1
# controls other than tab and newline.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_HTML_SNIFF = re.compile(
    rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|div[\s>]|p[\s>]|article[\s>])", re.I
)
_FEED_SNIFF = re.compile(rb"<(?:rss[\s>]|feed[\s>][^>]*xmlns=\"http://www\.w3\.org/2005/Atom)", re.I)
_ENCODING_DECL = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)|<\?xml[^>]+encoding=["']([\w-]+)""", re.I)


class Document(NamedTuple):
    """Decoded input: the text, what kind of input it was, and how it was decoded."""

    text: str
    format: str  # "text" | "html" | "feed"
    encoding: str
    sha256: str
    path: str | None = None


def sniff_format(data: bytes) -> str:
    """Tell HTML and feeds from plain text by looking at the first few kilobytes.

    >>> sniff_format(b"<!DOCTYPE html><html><body>Hi</body></html>")
    'html'
    >>> sniff_format(b"World\\n2020.02.28 07:03 GMT+8\\n")
    'text'
    """
    head = data[:4096].lstrip()
    if _FEED_SNIFF.search(head[:1024]):
        return "feed"
    if head.startswith(b"<") and _HTML_SNIFF.search(head) or _HTML_SNIFF.match(head):
        return "html"
    if _HTML_SNIFF.search(data[:1024]) and data.count(b"</") > 5:
        return "html"
    return "text"


def _declared_encoding(data: bytes) -> str | None:
    match = _ENCODING_DECL.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec for BOM-less UTF-16 (NULs in every other byte), else None."""
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.02 + 1:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.02 + 1:
        return "utf-16-be"
    return None


_CONTROL_OR_REPLACEMENT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


def _looks_binary(text: str) -> bool:
    r"""Decoded text that is mostly control characters or undecodable bytes.

    >>> _looks_binary("Plain words."), _looks_binary("\x00\x01\x02ok")
    (False, True)
    """
    sample = text[:8192]
    return len(_CONTROL_OR_REPLACEMENT.findall(sample)) > len(sample) // 20


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text, returning ``(text, encoding name)``.

    BOMs first, then strict UTF-8, then a declared charset in HTML, then
    charset-normalizer's detection.

    >>> decode("café".encode("utf-8"))
    ('café', 'utf-8')
    >>> decode(codecs.BOM_UTF16_LE + "ok".encode("utf-16-le"))
    ('ok', 'utf-16')
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name.replace("-sig", "")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_encoding(data)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import (
        from_bytes,  # only non-UTF-8 input pays for this import
    )

    best = from_bytes(data).best()
    if best is None:
        raise NewscleanError("cannot tell the text encoding (binary file?)")
    encoding = codecs.lookup(best.encoding).name
    if encoding in ("gb2312", "gbk"):
        encoding = "gb18030"  # a superset: never loses characters GBK pages use
    text = data.decode(encoding, errors="replace")
    if encoding in _WESTERN_LOOKALIKES and _same_in_cp1252(data, text):
        encoding = "cp1252"  # short Western text fits several code pages: name the common one
    return text, encoding


_WESTERN_LOOKALIKES = frozenset({"cp1250", "cp1254", "cp1257", "latin_1", "iso8859_15", "iso8859_2", "iso8859_9"})


def _same_in_cp1252(data: bytes, text: str) -> bool:
    try:
        return data.decode("cp1252") == text
    except UnicodeDecodeError:
        return False


def clean_text(text: str) -> str:
    """Normalize line ends, spaces and invisible characters; Unicode NFC.

    >>> clean_text("Idlib,\\u00a0Syria.\\u00a0\\r\\nsoft\\u00adhyphen\\u200b")
    'Idlib, Syria.\\nsofthyphen'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join([line.rstrip(" ") for line in text.split("\n")])  # 10x a MULTILINE " +$" regex
    return unicodedata.normalize("NFC", text)


def load(data: bytes, path: str | None = None) -> Document:
    """Turn raw input into a :class:`Document`, or raise :class:`NewscleanError`."""
    if not data.strip():
        raise NewscleanError("empty input")
    bomless = None if data.startswith(tuple(bom for bom, _ in _BOMS)) else _utf16_without_bom(data)
    if bomless:
        text, encoding = data.decode(bomless, errors="replace"), "utf-16"
    elif b"\x00" in data[:8192] and not data.startswith(tuple(bom for bom, _ in _BOMS)):
        raise NewscleanError("binary data, not text or HTML")
    else:
        text, encoding = decode(data)
    if _looks_binary(text):
        raise NewscleanError("binary data, not text or HTML")
    fmt = sniff_format(text[:4096].encode("utf-8", "replace"))
    if fmt == "text":
        text = clean_text(text)  # markup is cleaned field by field after parsing (cheaper)
    if not text.strip():
        raise NewscleanError("no text in input")
    return Document(text=text, format=fmt, encoding=encoding, sha256=sha256(data).hexdigest(), path=path)
