"""The Article record (JSON schema v1) and its parts.

Every field is always present in the output, in the order of DESIGN.md; ``removed``
appears only when the caller asks for an explanation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..lazyre import lazy

SCHEMA_VERSION = 1

# Scripts written without spaces between words (Han, kana): each character is a word.
_UNSPACED = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# CJK and full-width punctuation and double curly quotes: separate words, are none themselves.
_WIDE_PUNCT = lazy(r"[\u201c-\u201f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")


def count_words(text: str) -> int:
    """Words in ``text`` for the record's ``word_count``: each Han or kana character
    counts as one, other text is split on whitespace (so Korean counts by its spaces).

    >>> count_words("Idlib is Syria's last rebel-held stronghold.")
    6
    >>> count_words("全球粮食价格上涨。")
    8
    >>> count_words("报告显示，谷物价格基本持平。")
    12
    >>> count_words("他说：“希望她们尽快适应。”")
    10
    >>> count_words("CGTN报道")
    3
    """
    if not text or max(text) < "\u201c":  # nothing either class holds: skip the wide-range regexes
        return len(text.split())
    unspaced = len(_UNSPACED.findall(text))
    return unspaced + len(_WIDE_PUNCT.sub(" ", _UNSPACED.sub(" ", text)).split())


class Block(NamedTuple):
    """One typed piece of the body."""

    type: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"type": self.type, "text": self.text}


class Image(NamedTuple):
    """A picture's caption and credit, set apart from the prose."""

    caption: str | None
    credit: str | None = None
    src: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"caption": self.caption, "credit": self.credit, "src": self.src}


class Removal(NamedTuple):
    """A piece of text a named rule took out, and what kind of boilerplate it was."""

    kind: str
    text: str
    rule: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "text": self.text, "rule": self.rule}


@dataclass(slots=True)
class SourceInfo:
    """Which outlet the article is from and which parser read it."""

    id: str | None
    name: str | None
    parser: str

    def to_dict(self) -> dict[str, str | None]:
        return {"id": self.id, "name": self.name, "parser": self.parser}


@dataclass(slots=True)
class InputInfo:
    """What the bytes were: path, detected format and encoding, and their hash.

    An article out of a container also says where it sat: a feed's ``item`` (1 = the
    first) and ``guid``, a WARC file's record ``offset``. Those keys appear only then.
    """

    path: str | None
    format: str
    encoding: str | None
    sha256: str
    item: int | None = None
    guid: str | None = None
    offset: int | None = None

    def to_dict(self) -> dict[str, str | int | None]:
        info: dict[str, str | int | None] = {
            "path": self.path, "format": self.format, "encoding": self.encoding, "sha256": self.sha256}
        if self.item is not None:
            info.update(item=self.item, guid=self.guid)
        if self.offset is not None:
            info["offset"] = self.offset
        return info


@dataclass(slots=True)
class Article:
    """One clean article. ``to_dict`` gives the schema-v1 record."""

    source: SourceInfo
    input: InputInfo
    title: str | None = None
    subtitle: str | None = None
    section: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_utc: str | None = None
    updated: str | None = None
    updated_utc: str | None = None
    dateline: str | None = None
    credits: list[str] = field(default_factory=list)
    language: str | None = None
    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    provenance: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)

    @property
    def body(self) -> str:
        """Paragraphs joined by one blank line.

        >>> a = Article(SourceInfo(None, None, "generic"), InputInfo(None, "text", "utf-8", ""))
        >>> a.blocks = [Block("paragraph", "One."), Block("paragraph", "Two.")]
        >>> a.body
        'One.\\n\\nTwo.'
        """
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def word_count(self) -> int:
        """Words in ``body``."""
        return sum(count_words(b.text) for b in self.blocks)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """The schema-v1 record, keys in schema order; ``removed`` only with ``explain``."""
        record: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "title": self.title,
            "subtitle": self.subtitle,
            "section": self.section,
            "source": self.source.to_dict(),
            "url": self.url,
            "authors": list(self.authors),
            "published": self.published,
            "published_utc": self.published_utc,
            "updated": self.updated,
            "updated_utc": self.updated_utc,
            "dateline": self.dateline,
            "credits": list(self.credits),
            "language": self.language,
            "body": self.body,
            "blocks": [b.to_dict() for b in self.blocks],
            "images": [i.to_dict() for i in self.images],
            "word_count": self.word_count,
            "provenance": dict(self.provenance),
            "warnings": list(self.warnings),
            "input": self.input.to_dict(),
        }
        if explain:
            record["removed"] = [r.to_dict() for r in self.removed]
        return record
