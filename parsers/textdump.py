"""Shared machinery for plain-text dumps: numbered lines, prose tests, and the body builder.

Source parsers and the generic parser find the header zone their own way, then hand
the body lines to :class:`BodyBuilder`, which applies the named rules, sets captions
apart and collects agency credits — the same way for every parser.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from . import captions, rules
from .article import Block, Image, Removal
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


@dataclass(slots=True)
class BodyParts:
    """What the body builder found: typed blocks, images, credits and removals."""

    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)


def paragraph(text: str) -> Block:
    """Every line a paragraph: the block typing of the source parsers.

    >>> paragraph("Work starts in March.")
    Block(type='paragraph', text='Work starts in March.')
    """
    return Block("paragraph", text)


@dataclass(slots=True)
class BodyBuilder:
    """Turn body lines into blocks, applying the line rules on the way.

    ``caption_of`` sets a caption line apart; ``block_of`` types the lines kept.
    """

    line_rules: tuple[rules.LineRule, ...] = rules.LINE_RULES
    parts: BodyParts = field(default_factory=BodyParts)
    caption_of: Callable[[str], Image | None] = captions.split_slash_credit
    block_of: Callable[[str], Block] = paragraph

    def feed(self, lines: list[Line]) -> BodyParts:
        """Sort every line into removed, credit, caption or block; a closing rule removes the rest."""
        for index, line in enumerate(lines):
            rule = rules.match_rule(line.text, self.line_rules)
            if rule is not None:
                self.parts.removed.append(rules.removal(rule, line.text))
                if rule.ends_article:
                    self.parts.removed.extend(
                        rules.removal(rule, rest.text) for rest in lines[index + 1:]
                    )
                    break
                continue
            if self.take_credit(line.text) or self.take_caption(line.text):
                continue
            self.parts.blocks.append(self.block_of(line.text))
        return self.parts

    def take_credit(self, text: str) -> bool:
        """Keep the agencies of a credit line ("(with input from AP)") and remove it; False if it is none."""
        names = captions.agency_credit(text)
        if names is None:
            return False
        self.parts.credits.extend(n for n in names if n not in self.parts.credits)
        self.parts.removed.append(Removal("credit", text, "agency_credit"))
        return True

    def take_caption(self, text: str) -> bool:
        """Keep a caption line as an image and remove it from the body; False if it is none."""
        image = self.caption_of(text)
        if image is None:
            return False
        self.parts.images.append(image)
        self.parts.removed.append(Removal("caption-credit", text, self.caption_of.__name__))
        return True
