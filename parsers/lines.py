"""Line primitives every text reader shares: numbered lines, prose tests, word counts, list items, case folding."""
from __future__ import annotations

from typing import NamedTuple

from .lazyre import lazy

_CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
SENTENCE_END = frozenset(".!?…:;\"'”’)]。！？」』")  # characters a line of prose ends with
PROSE_WORDS = 8  # words: a shorter line is a label, a link or a heading, not running text


class Line(NamedTuple):
    """A non-blank line of the input, stripped, with its 1-based line number (a tuple: made, hashed
    and compared in C, and pages have thousands)."""

    no: int
    text: str


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, stripped and numbered.

    >>> split_lines("World\\n\\n  Title  \\n")
    [Line(no=1, text='World'), Line(no=3, text='Title')]
    """
    make = tuple.__new__  # Line(...) without the Python-level __new__ of a NamedTuple: a page has thousands
    return [make(Line, (no, s)) for no, raw in enumerate(text.split("\n"), 1) if (s := raw.strip())]


def word_count(text: str) -> int:
    """Words, counting each CJK character as one.

    >>> word_count("Idlib is Syria's last rebel-held stronghold.")
    6
    >>> word_count("土耳其士兵")
    5
    """
    # isascii(): a flag, no scan, for most lines; below_cjk(): no compile of the wide CJK class for Latin text
    if text.isascii() or below_cjk(text) or not _CJK.search(text):
        return len(text.split())
    return len(_CJK.findall(text)) + len(_CJK.sub(" ", text).split())


_BELOW_U3000 = bytes(range(0xE3))  # the UTF-8 bytes that start no character from U+3000 up


def below_cjk(text: str) -> bool:
    """Whether every character of ``text`` comes before U+3000 (no CJK punctuation, kana, Han or
    Hangul): two passes in C over its UTF-8 bytes, 4x faster than ``max(text)``.

    >>> below_cjk("Crianças “felizes” — ok"), below_cjk("土耳其"), below_cjk("「x」"), below_cjk("\u2fff")
    (True, False, False, True)
    """
    return not text.encode("utf-8", "surrogatepass").translate(None, _BELOW_U3000)


def is_prose(text: str, min_words: int = PROSE_WORDS, words: int | None = None) -> bool:
    """A line that reads as a sentence of running text (``words``: its word count, when known).

    >>> is_prose("According to the BBC, several more soldiers were injured.")
    True
    >>> is_prose("RELATED STORIES")
    False
    """
    if text.endswith("\n"):  # as a regex's "$" would, look before one final line break
        text = text[:-1]
    return (word_count(text) if words is None else words) >= min_words and text[-1:] in SENTENCE_END


_BULLET = lazy(r"(?:[•·▪■●◦‣*–-]|\d{1,2}[.)])\s+(?=\S)")


def list_item_text(text: str) -> str | None:
    """The text of a list item after its typed bullet ("• ", "- ", "1. "), or None for other lines.

    Browsers print no bullets for HTML lists, so a bullet in a dump was written by the author.

    >>> list_item_text("• Schools will close at noon."), list_item_text("2) Vote early")
    ('Schools will close at noon.', 'Vote early')
    >>> list_item_text("-5 degrees tonight") is None
    True
    """
    bullet = _BULLET.match(text)
    return text[bullet.end():] if bullet else None


def case_blind(line: str, low: str | None = None) -> str:
    """``line`` case-folded so that every span a case-blind regex matches to a lower-case literal
    holds that literal: "İ" folds to "i" and a dot (dropped), "ı" and "ſ" match "i" and "s".
    ``low``, the line lower-cased, if the caller has it: when it is ASCII it is the answer.

    >>> case_blind("İSTANBUL ſale Kelvin ıd"), case_blind("Sign Up")
    ('istanbul sale kelvin id', 'sign up')
    """
    low = line.lower() if low is None else low
    return low if low.isascii() else line.casefold().replace("\u0307", "").replace("ı", "i")


def holds_key(line: str, keys: tuple[str, ...]) -> bool:
    """A cheap screen before a slow search: does the lower-cased line hold one of ``keys``?"""
    low = line.lower()
    return any(key in low for key in keys)
