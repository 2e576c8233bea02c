"""Byte-level facts for decoding: charset labels as browsers read them, and the signatures of binary files."""
from __future__ import annotations

# A declared label mapped the way browsers read it (WHATWG Encoding Standard): "iso-8859-1" and "ascii" pages
# are windows-1252 in practice (curly quotes at 0x93/0x94), GB2312 and GBK pages are GB18030 (a superset).
DECLARED_AS = {"iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030"}

# Encodings a declaration found by reading the bytes as ASCII cannot be true of them.
WIDE_ENCODINGS = ("utf-16", "utf-32")

# Leading bytes of file formats that are never text: refused before any decoding is tried.
BINARY_SIGNATURES = (
    b"\x89PNG\r\n\x1a\n",  # PNG
    b"GIF87a", b"GIF89a",  # GIF
    b"\xff\xd8\xff",  # JPEG
    b"RIFF",  # WebP, WAV, AVI
    b"%PDF-",  # PDF
    b"PK\x03\x04", b"PK\x05\x06",  # ZIP, DOCX, EPUB, JAR
    b"\x7fELF",  # executables
    b"wOFF", b"wOF2",  # web fonts
    b"OggS", b"ID3", b"fLaC",  # audio
    b"SQLite format 3\x00",
    b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07",  # archives newsclean does not open
    b"\x00\x00\x01\x00",  # icons
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # old Office documents
)

# C0 control bytes other than tab, line feed, form feed and carriage return: text holds a few at most.
CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 32)])
