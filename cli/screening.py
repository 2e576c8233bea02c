"""Whether a file found in a directory holds an article, told by its first bytes (and its suffix only to skip)."""
from __future__ import annotations

from pathlib import Path

from newsclean.parsers.containers import container_kind
from newsclean.parsers.load import sniff_format

# Files that are text but never an article: code, styles, data, configuration, notes.
NOT_ARTICLE_SUFFIXES = frozenset({
    ".js", ".mjs", ".css", ".json", ".map", ".csv", ".tsv", ".yml", ".yaml", ".toml", ".ini", ".cfg",
    ".conf", ".log", ".py", ".sh", ".svg", ".lock",
    ".md", ".markdown", ".rst",  # notes, READMEs, and newsclean's own Markdown output
})
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Formats that are never an article, by their first bytes: images, PDF, archives, fonts, media, programs.
BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"RIFF", b"\x00\x00\x01\x00", b"wOFF", b"wOF2",
    b"\x7fELF", b"SQLite format 3", b"OggS", b"ID3", b"fLaC", b"\x1aE\xdf\xa3", b"7z\xbc\xaf", b"Rar!",
)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _utf16_pattern(head: bytes) -> bool:
    """NULs in every other byte: UTF-16 text without a BOM (the loader reads it)."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = max(1, len(head) // 2)
    return max(even, odd) > half * 0.3 and min(even, odd) < half * 0.02 + 1


def _binary(head: bytes) -> bool:
    r"""Bytes that are no text in any encoding: a known binary format, or many control bytes.

    A stray NUL or two in text does not make it binary, and UTF-16 text is text.

    >>> _binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), _binary("Café au lait".encode("latin-1"))
    (True, False)
    >>> _binary(b"Plain words\x00 with one NUL."), _binary("UTF-16 words".encode("utf-16-le"))
    (False, False)
    """
    if head.startswith(_BOMS):
        return False
    if head.startswith(BINARY_MAGIC):
        return True
    if _utf16_pattern(head):
        return False
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls > len(head) // 10


def skip_reason(name: str, head: bytes) -> str | None:
    """Why a file found in a directory is passed over, or None to read it.

    Containers (feeds, WARC, compressed files) and anything that reads as text are
    taken, whatever their suffix; binary files are passed over, and text files whose
    suffix says code or data.

    >>> skip_reason("saved/story", b"<!DOCTYPE html><html>"), skip_reason("x.gz", b"\\x1f\\x8b\\x08\\x00")
    (None, None)
    >>> skip_reason("photo.jpg", b"\\xff\\xd8\\xff\\xe0\\x00\\x10JFIF\\x00")
    'binary data, not an article'
    >>> skip_reason("app.js", b"var x = 1;")
    'a .js file, not an article'
    >>> skip_reason("sitemap.xml", b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/">')
    'XML that is neither a feed nor a page'
    """
    if container_kind(head):
        return None
    if _binary(head):
        return "binary data, not an article"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml") and sniff_format(head) != "html":
        return "XML that is neither a feed nor a page"  # a sitemap, an OPML list, a config file
    suffix = Path(name).suffix.lower()
    if suffix in NOT_ARTICLE_SUFFIXES:
        return f"a {suffix} file, not an article"
    return None
