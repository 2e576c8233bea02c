"""Whether a file found in a directory holds an article, told by its first bytes (and its suffix only to skip)."""
from __future__ import annotations

from pathlib import Path

from newsclean.parsers.containers import container_kind

# Files that are text but never an article: code, styles, data, configuration, notes.
NOT_ARTICLE_SUFFIXES = frozenset({
    ".js", ".mjs", ".css", ".json", ".map", ".csv", ".tsv", ".yml", ".yaml", ".toml", ".ini", ".cfg",
    ".conf", ".log", ".py", ".sh", ".svg", ".lock",
    ".md", ".markdown", ".rst",  # notes, READMEs, and newsclean's own Markdown output
})
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _binary(head: bytes) -> bool:
    r"""Bytes that are no text in any encoding: NULs, or many control bytes.

    >>> _binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), _binary("Café au lait".encode("latin-1"))
    (True, False)
    """
    if head.startswith(_BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls > len(head) // 20


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
    """
    if container_kind(head):
        return None
    if _binary(head):
        return "binary data, not an article"
    suffix = Path(name).suffix.lower()
    if suffix in NOT_ARTICLE_SUFFIXES:
        return f"a {suffix} file, not an article"
    return None
