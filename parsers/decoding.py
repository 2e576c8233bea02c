"""Bytes to text: BOMs, BOM-less UTF-16, UTF-8 (damaged or not), a declared charset, then detection."""
from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from .lazyre import lazy
from .record.errors import NewscleanError
from .vocab.encodings import DECLARED_AS, WIDE_ENCODINGS

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ENCODING_DECL = lazy(
    rb"""<meta[^>]{0,400}?charset=["']?([\w-]+)|<\?xml[^>]{0,200}?encoding=["']([\w-]+)""", re.IGNORECASE
)
_REPLACEMENT = "\ufffd"
_WESTERN_LOOKALIKES = frozenset({"cp1250", "cp1254", "cp1257", "latin_1", "iso8859_15", "iso8859_2", "iso8859_9"})
# A page declaring UTF-8 keeps it with up to this many bad bytes even when no good multi-byte character backs it.
_TRUSTED_BAD_BYTES = 3


class Decoded(NamedTuple):
    """Decoded text, the encoding it was read in, and what went wrong on the way."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes) -> Decoded:
    """Decode bytes to text: BOMs first, then UTF-8, then a declared charset, then detection.

    UTF-8 with a few bad bytes stays UTF-8 (the bad bytes replaced, a warning); the charset an
    HTML page declares is believed unless its bytes disprove it.

    >>> decode("café".encode("utf-8"))
    Decoded(text='café', encoding='utf-8', warnings=())
    >>> decode(codecs.BOM_UTF16_LE + "ok".encode("utf-16-le"))
    Decoded(text='ok', encoding='utf-16', warnings=())
    >>> decode("Après la pluie, le beau temps".encode("utf-8")[:-1] + b"\\xff")
    Decoded(text='Après la pluie, le beau temp\ufffd', encoding='utf-8', warnings=('1 invalid UTF-8 byte replaced',))
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            return _replacing(data, name, name.replace("-sig", ""))
    wide = utf16_without_bom(data)
    if wide:
        return _replacing(data, wide, "utf-16")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(data)
    damaged = _damaged_utf8(data, declared == "utf-8")
    if damaged:
        return damaged
    if declared and declared != "utf-8":
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            pass  # the bytes disprove the declaration
    return _detected(data)


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML or XML head declares, as browsers read it; None when absent, unknown,
    or a 16/32-bit encoding (the declaration was just read as ASCII, so the bytes are not that).

    >>> declared_encoding(b'<meta charset="ISO-8859-1">'), declared_encoding(b'<meta charset="utf-16">')
    ('cp1252', None)
    """
    match = _ENCODING_DECL.search(data[:4096])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", "ignore").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(WIDE_ENCODINGS):
        return None
    return DECLARED_AS.get(name, name)


def utf16_without_bom(data: bytes) -> str | None:
    """The codec for BOM-less UTF-16 (NULs in every other byte), else None.

    >>> utf16_without_bom("Plain text".encode("utf-16-le")), utf16_without_bom(b"Plain text")
    ('utf-16-le', None)
    """
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.02 + 1:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.02 + 1:
        return "utf-16-be"
    return None


def _replacing(data: bytes, codec: str, name: str) -> Decoded:
    """Decode with undecodable bytes replaced, saying how many were."""
    text = data.decode(codec, errors="replace")
    bad = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode(codec.replace("-sig", "")))
    warning = f"{bad} undecodable {'byte sequence' if bad == 1 else 'byte sequences'} in {name} replaced"
    return Decoded(text, name, (warning,) if bad > 0 else ())


def _damaged_utf8(data: bytes, declared_utf8: bool) -> Decoded | None:
    """UTF-8 with bad bytes replaced when the bytes are UTF-8 all the same: cut inside the last
    character, at least as many good multi-byte characters as bad bytes, or a page that declares UTF-8
    and holds only a few bad bytes; None when the bytes are some other encoding.

    >>> _damaged_utf8("Noël à Paris".encode("utf-8")[:-1] + b"\\xc3", False).text
    'Noël à Pari'
    >>> _damaged_utf8("Noël à Paris".encode("cp1252"), False) is None
    True
    """
    text = data.decode("utf-8", errors="replace")
    replaced = text.count(_REPLACEMENT)
    bad = replaced - data.count(_REPLACEMENT.encode("utf-8"))
    good = len(text) - len(text.encode("ascii", "ignore")) - replaced
    if not (good >= bad or declared_utf8 and bad <= max(good, _TRUSTED_BAD_BYTES)):
        return None
    cut_short = _cut_short(data)
    if cut_short is not None:
        return Decoded(cut_short, "utf-8", ("input ends inside a UTF-8 character: its bytes dropped",))
    plural = "byte" if bad == 1 else "bytes"
    return Decoded(text, "utf-8", (f"{bad} invalid UTF-8 {plural} replaced",))


def _cut_short(data: bytes) -> str | None:
    """The text of bytes that are valid UTF-8 but for an unfinished character at the very end, else None."""
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return None


def _detected(data: bytes) -> Decoded:
    """The encoding charset-normalizer finds, named the common way."""
    from charset_normalizer import from_bytes  # only non-UTF-8 input pays for this import

    best = from_bytes(data).best()
    if best is None:
        raise NewscleanError("cannot tell the text encoding (binary file?)")
    encoding = codecs.lookup(best.encoding).name
    encoding = DECLARED_AS.get(encoding, encoding)
    text = data.decode(encoding, errors="replace")
    if encoding in _WESTERN_LOOKALIKES and _same_in_cp1252(data, text):
        encoding = "cp1252"  # short Western text fits several code pages: name the common one
    return Decoded(text, encoding)


def _same_in_cp1252(data: bytes, text: str) -> bool:
    try:
        return data.decode("cp1252") == text
    except UnicodeDecodeError:
        return False
