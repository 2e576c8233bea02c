"""The generic parser for text dumps of outlets without a parser of their own.

A whole-page dump is read in four steps, each in its own module:
:mod:`zones_text` finds the article zone, :mod:`header_text` the headline, dek,
section, bylines and dates around its start, :mod:`body_text` turns the zone into
typed blocks and captions, and :mod:`language` guesses the language.
"""
from __future__ import annotations

from . import bylines
from .article import Article, Removal, SourceInfo
from .body_text import build_body
from .errors import NewscleanError
from .header_text import Header, read_header
from .language import detect_language
from .loading import Document
from .options import ParseOptions
from .sources.base import new_article, set_time, time_context
from .textdump import split_lines
from .timestamps import TimeContext, find_times
from .zones_text import LineView, find_zone, view_lines


def parse_text(doc: Document, options: ParseOptions) -> Article:
    """Headline, dek, section, authors, times, dateline, credits, captions and body from any text dump."""
    views = view_lines(split_lines(doc.text))
    zone = find_zone(views)
    if zone.start == zone.end:
        raise NewscleanError("no article text found")
    header = read_header(views, zone)
    article = new_article(doc, SourceInfo(None, None, "generic"), options)
    _fill_header(article, views, header)
    parts = build_body(views[header.body_start:zone.end])
    article.blocks, article.images, article.credits = parts.blocks, parts.images, parts.credits
    article.language = detect_language("\n".join(b.text for b in parts.blocks))
    _fill_times(article, views, header, time_context(None, options, article.language))
    if parts.blocks:
        opening = bylines.dateline_of(parts.blocks[0].text)
        article.dateline = opening.place if opening else None
    article.removed = _removed_outside(views, header, zone.end) + parts.removed
    return article


def _fill_header(article: Article, views: list[LineView], header: Header) -> None:
    for field_name, index in (("title", header.title), ("subtitle", header.subtitle), ("section", header.section)):
        if index is not None:
            setattr(article, field_name, views[index].text)
            article.provenance[field_name] = f"line {views[index].line.no}"
    if header.authors:
        article.authors = header.authors
        line = views[header.author_line]
        article.provenance["authors"] = f"line {line.line.no}: {line.text}"


def _fill_times(article: Article, views: list[LineView], header: Header, ctx: TimeContext) -> None:
    """Published and updated times from the header's lines (the date lines first, then the whole header)."""
    found = find_times([views[i].line for i in header.date_lines], ctx)
    if found.published is None:
        found = find_times([v.line for v in views[header.window_start:header.body_start]], ctx)
    for field_name, stamp, where in (("published", found.published, found.published_where),
                                     ("updated", found.updated, found.updated_where)):
        if stamp is not None:
            set_time(article, field_name, stamp, where or "header")
    article.warnings.extend(found.warnings)


def _removed_outside(views: list[LineView], header: Header, end: int) -> list[Removal]:
    """Every line left out of the body outside it: before its start and after its end, by kind."""
    fields = {header.title, header.subtitle, header.section, header.author_line, *header.date_lines}
    removed = []
    for i, view in enumerate(views):
        if header.body_start <= i < end or i in fields:
            continue
        if view.rule is not None:
            removed.append(Removal(view.rule.kind, view.text, view.rule.name))
        else:
            where = "before_article" if i < header.body_start else "after_article"
            removed.append(Removal("navigation" if i < header.body_start else "trailing", view.text, where))
    return removed
