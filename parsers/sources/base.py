"""The shared shape of a source parser for text dumps.

A source is data: a :class:`TextLayout` per page layout (newest first, each with the
date it stopped being valid, as in Fundus), plus the catalog entry. The one
algorithm here reads the header zone with the layout's patterns and hands the
rest to :class:`~newsclean.parsers.textdump.BodyBuilder`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import rules
from ..article import Article, InputInfo, Removal, SourceInfo
from ..loading import Document
from ..options import ParseOptions
from ..textdump import BodyBuilder, Line, is_prose, split_lines, word_count
from ..timestamps import Stamp, TimeContext, label_of, parse_stamp
from .catalog import SourceEntry


@dataclass(frozen=True, slots=True)
class TextLayout:
    """How one layout of an outlet prints its header and its boilerplate."""

    name: str
    valid_until: str | None  # ISO date the outlet stopped using it; None = current
    sections: frozenset[str]  # casefolded section labels
    date_line: re.Pattern[str]  # a header line that holds a time
    byline: re.Pattern[str]  # group "names"
    outlet_line: re.Pattern[str]  # the outlet's own name standing alone
    extra_rules: tuple[rules.LineRule, ...] = ()
    author_separators: re.Pattern[str] = field(default=re.compile(r"\s*(?:,|\band\b|&|、|和)\s*"))

    @property
    def line_rules(self) -> tuple[rules.LineRule, ...]:
        return self.extra_rules + rules.LINE_RULES


def time_context(entry: SourceEntry | None, options: ParseOptions, language: str | None = None) -> TimeContext:
    return TimeContext(
        default_tz=entry.default_tz if entry else None,
        user_tz=options.default_tz,
        now=options.now,
        language=language or (entry.language if entry else None),
    )


def new_article(doc: Document, source: SourceInfo, options: ParseOptions) -> Article:
    return Article(
        source=source,
        input=InputInfo(path=doc.path, format=doc.format, encoding=doc.encoding, sha256=doc.sha256),
        url=options.url,
    )


def set_time(article: Article, field_name: str, stamp: Stamp, where: str) -> None:
    """Fill ``published``/``updated`` (and their UTC twins) from a stamp, with provenance."""
    setattr(article, field_name, stamp.iso())
    setattr(article, f"{field_name}_utc", stamp.iso_utc())
    article.provenance[field_name] = f"{where}: {stamp.text} ({stamp.zone_note})"
    article.warnings.extend(stamp.warnings)


@dataclass(frozen=True, slots=True)
class TextSource:
    """A source parser for text dumps, driven by its catalog entry and layouts."""

    entry: SourceEntry
    layouts: tuple[TextLayout, ...]

    def parse(self, doc: Document, options: ParseOptions) -> Article:
        lines = split_lines(doc.text)
        best = max(self.layouts, key=lambda layout: self._fit(layout, lines))
        return self.parse_layout(best, doc, lines, options)

    @staticmethod
    def _fit(layout: TextLayout, lines: list[Line]) -> int:
        head = lines[:15]
        return sum(bool(layout.date_line.search(l.text)) * 2 + bool(layout.outlet_line.fullmatch(l.text)) for l in head)

    def parse_layout(self, layout: TextLayout, doc: Document, lines: list[Line], options: ParseOptions) -> Article:
        article = new_article(doc, SourceInfo(self.entry.id, self.entry.name, self.entry.id), options)
        article.language = self.entry.language
        ctx = time_context(self.entry, options)
        body_start = self._read_header(layout, lines, article, ctx)
        parts = BodyBuilder(layout.line_rules).feed(lines[body_start:])
        article.blocks, article.images = parts.blocks, parts.images
        article.credits, article.removed = parts.credits, article.removed + parts.removed
        article.provenance.setdefault("layout", f"{self.entry.id} {layout.name}")
        return article

    def _read_header(self, layout: TextLayout, lines: list[Line], article: Article, ctx: TimeContext) -> int:
        """Fill header fields; return the index of the first body line."""
        for index, line in enumerate(lines):
            text = line.text
            if article.title and is_prose(text):
                return index
            if article.section is None and article.title is None and text.casefold() in layout.sections:
                article.section = text
                article.provenance["section"] = f"line {line.no}"
            elif layout.date_line.search(text) and (stamp := parse_stamp(text, ctx)):
                field_name = label_of(text)
                if getattr(article, field_name) is None:
                    set_time(article, field_name, stamp, f"line {line.no}")
            elif match := layout.byline.fullmatch(text):
                article.authors.extend(a for a in layout.author_separators.split(match["names"]) if a)
                article.provenance["authors"] = f"line {line.no}: {text}"
            elif layout.outlet_line.fullmatch(text):
                article.provenance.setdefault("source", f"line {line.no}: {text}")
            elif article.title is None and word_count(text) >= 3:
                article.title = text
                article.provenance["title"] = f"line {line.no}"
            elif rule := rules.match_rule(text, layout.line_rules):
                article.removed.append(rules.removal(rule, text))
            elif article.title is None:
                article.removed.append(Removal("navigation", text, "before_headline"))
            else:
                return index
        return len(lines)
