"""Bytes in, clean text out: decoding, character clean-up and format sniffing."""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .decoding import BOMS, decode, utf16_without_bom
from .record.errors import NewscleanError
from .vocab.encodings import BINARY_SIGNATURES, CONTROL_BYTES

# The interpreter's own SHA-256 (3.12+: _sha2, 3.11: _sha256), as the standard library's random module takes
# its SHA-512: hashlib would load OpenSSL, 3 ms of every run's start-up.
try:
    from _sha2 import sha256
except ImportError:
    try:
        from _sha256 import sha256
    except ImportError:
        from hashlib import sha256

# Zero-width and invisible formatting characters, the soft hyphen, and C0/C1
# controls other than tab and newline.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_HTML_SNIFF = re.compile(
    rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|div[\s>]|p[\s>]|article[\s>])", re.I
)
_FEED_SNIFF = re.compile(rb"<(?:rss[\s>]|feed[\s>][^>]*xmlns=\"http://www\.w3\.org/2005/Atom)", re.I)
# Characters XML (and so lxml) refuses: C0 controls other than tab, line feed and carriage return, U+FFFE/F.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CONTROL_OR_REPLACEMENT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


class Document(NamedTuple):
    """Decoded input: the text, what kind of input it was, and how it was decoded."""

    text: str
    format: str  # "text" | "html" | "feed"
    encoding: str
    sha256: str
    path: str | None = None
    warnings: tuple[str, ...] = ()


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


def looks_binary(data: bytes) -> bool:
    r"""Bytes of a file format that is never text (a PNG, a ZIP, a PDF…), or with control bytes all through.

    A few NULs or control bytes inside text do not make it binary: they are dropped.

    >>> looks_binary(b"\x89PNG\r\n\x1a\n" + bytes(64)), looks_binary(b"Plain words.\x00 More words.")
    (True, False)
    """
    if data.startswith(BINARY_SIGNATURES):
        return True
    sample = data[:8192]
    return len(sample) - len(sample.translate(None, CONTROL_BYTES)) > len(sample) // 20


def _mostly_undecodable(text: str) -> bool:
    r"""Decoded text that is mostly control characters or undecodable bytes.

    >>> _mostly_undecodable("Plain words."), _mostly_undecodable("\ufffd\ufffd\x02ok")
    (False, True)
    """
    sample = text[:8192]
    return len(_CONTROL_OR_REPLACEMENT.findall(sample)) > len(sample) // 20


def drop_controls(text: str) -> tuple[str, tuple[str, ...]]:
    r"""Text without the control characters XML refuses (NUL, \x01, \x0b…), and a warning if it had any.

    >>> drop_controls("One\x00 two\x0b three")
    ('One two three', ('2 control characters dropped',))
    """
    if not _NOT_XML.search(text):
        return text, ()
    kept, dropped = _NOT_XML.subn("", text)
    return kept, (f"{dropped} control {'character' if dropped == 1 else 'characters'} dropped",)


def load(data: bytes, path: str | None = None) -> Document:
    """Turn raw input into a :class:`Document`, or raise :class:`NewscleanError`."""
    if not data.strip():
        raise NewscleanError("empty input")
    if not data.startswith(tuple(bom for bom, _ in BOMS)) and not utf16_without_bom(data) and looks_binary(data):
        raise NewscleanError("binary data, not text or HTML")
    decoded = decode(data)
    if _mostly_undecodable(decoded.text):
        raise NewscleanError("binary data, not text or HTML")
    text, dropped = drop_controls(decoded.text)
    fmt = sniff_format(text[:4096].encode("utf-8", "replace"))
    if fmt == "text":
        text = clean_text(text)  # markup is cleaned field by field after parsing (cheaper)
    if not text.strip():
        raise NewscleanError("no text in input")
    return Document(text=text, format=fmt, encoding=decoded.encoding, sha256=sha256(data).hexdigest(), path=path,
                    warnings=decoded.warnings + dropped)
