"""Filling a record: an empty article for an input, a time stamp into its fields, warnings without repeats."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .article import Article, InputInfo, SourceInfo
from .options import ParseOptions


class Loaded(Protocol):
    """What :func:`new_article` reads of a loaded input (``load.Document``)."""

    path: str | None
    format: str
    encoding: str
    sha256: str


class Stamped(Protocol):
    """What :func:`set_time` reads of a time stamp (the time engine's ``Stamp``)."""

    text: str
    zone_note: str
    warnings: tuple[str, ...]

    def iso(self) -> str: ...

    def iso_utc(self) -> str | None: ...


def new_article(doc: Loaded, source: SourceInfo, options: ParseOptions) -> Article:
    """An empty article that knows its input, its source and the ``--url`` given."""
    return Article(
        source=source,
        input=InputInfo(path=doc.path, format=doc.format, encoding=doc.encoding, sha256=doc.sha256),
        url=options.url,
    )


def set_time(article: Article, field_name: str, stamp: Stamped, where: str) -> None:
    """Fill ``published``/``updated`` (and their UTC twins) of the article being built from a stamp, with
    provenance and the stamp's warnings: the one place a time enters a record."""
    setattr(article, field_name, stamp.iso())
    setattr(article, f"{field_name}_utc", stamp.iso_utc())
    article.provenance[field_name] = f"{where}: {stamp.text} ({stamp.zone_note})"
    article.warnings = add_warnings(article.warnings, stamp.warnings)


def add_warnings(held: list[str], warnings: Iterable[str]) -> list[str]:
    """``held``, then each of ``warnings`` it does not hold yet (one stamp may fill two fields).

    >>> add_warnings(["IST is ambiguous"], ["IST is ambiguous", "no zone", "no zone"])
    ['IST is ambiguous', 'no zone']
    """
    return held + [w for w in dict.fromkeys(warnings) if w not in held]
