"""The generic parser for text dumps of outlets without a parser of their own.

A whole-page dump is read in four steps, each in its own module: :mod:`.views` gives every
line its features, :mod:`.zone` finds the article zone, :mod:`.header` the headline, dek,
section, bylines and dates around its start, :mod:`.body` turns the zone into typed blocks,
captions, credits and the dateline, and :mod:`..language` guesses the language.
"""
from __future__ import annotations

from typing import NamedTuple

from ..language import detect_language
from ..lines import split_lines
from ..load import Document
from ..people.bylines import without_outlet
from ..people.captions import captions_after, line_images
from ..people.datelines import Dateline, dateline_above, opening_authors
from ..record.article import Article, Block, Removal, SourceInfo
from ..record.errors import NewscleanError
from ..record.fill import add_warnings, new_article, set_time
from ..record.options import ParseOptions
from ..rules.registry import LineRule
from ..time.stamp import time_context
from .body import build_body
from .byline import told_byline
from .dates import page_times, unread_date_lines
from .header import Header, read_header
from .section import section_text
from .trail import split_site_suffix
from .views import LineView, view_lines
from .zone import find_zone


class HeaderFields(NamedTuple):
    """What the header's lines give the record, with the provenance of each field."""

    title: str | None
    subtitle: str | None
    section: str | None
    site_name: str | None
    authors: list[str]
    provenance: dict[str, str]


def parse_text(doc: Document, options: ParseOptions) -> Article:
    """Headline, dek, section, authors, times, dateline, credits, captions and body from any text dump."""
    views = view_lines(split_lines(doc.text))
    zone = find_zone(views)
    if zone.start == zone.end:
        raise NewscleanError("no article text found")
    header = read_header(views, zone)
    article = new_article(doc, SourceInfo(None, None, "generic"), options)
    fields = header_fields(views, header)
    article.title, article.subtitle, article.section = fields.title, fields.subtitle, fields.section
    article.source.name, article.authors = fields.site_name, fields.authors
    article.provenance.update(fields.provenance)
    parts, dateline = build_body(views[header.body_start:zone.end], zone.marked)
    above = dateline_over_body(views, header.body_start) if dateline is None and parts.blocks else None
    if above is not None:
        dateline = above.place
        if above.agency and above.agency not in parts.credits:
            parts.credits.insert(0, above.agency)
    article.blocks, article.credits = parts.blocks, parts.credits
    gallery = captions_after((v.text, v.rule is not None and not v.rule.ends_article)
                                      for v in views[zone.end:])
    header_images = line_images((i, views[i].text) for i in header.captions)
    article.images = header_images + parts.images + [image for _, image in gallery]
    article.language = detect_language("\n".join(b.text for b in parts.blocks))
    times = page_times(views, header, zone.end, time_context(options, language=article.language))
    article.warnings.extend(times.far_off)
    for field_name, time in (("published", times.published), ("updated", times.updated)):
        if time is not None:
            set_time(article, field_name, time.stamp, time.where or "header")
            article.warnings = add_warnings(article.warnings, time.warnings)
    article.dateline = dateline
    authors, where = body_authors(article.authors, views, parts.blocks, article.source.name)
    article.authors = authors
    if where is not None:
        article.provenance["authors"] = where
    before, after = _removed_outside(views, header, zone.end, unread_date_lines(views, header, article.provenance),
                                     frozenset(zone.end + k for k, _ in gallery))
    article.removed = before + parts.removed + after
    return article


def dateline_over_body(views: list[LineView], start: int) -> Dateline | None:
    """The dateline printed on a line of its own right over the story's first line (a blank line
    between at most): "Lordstown, Ohio CNN  —" (:func:`dateline_above`).

    >>> from ..lines import split_lines
    >>> views = view_lines(split_lines("Updated 6:12 PM EST, Tue November 19, 2019\\nLordstown, Ohio CNN  —\\n\\n"
    ...     "A battery maker will build a factory in the town.\\n"))
    >>> dateline_over_body(views, 2), dateline_over_body(views, 1)
    (Dateline(place='Lordstown, Ohio', agency='CNN'), None)
    """
    if not 0 < start < len(views) or views[start].line.no - views[start - 1].line.no > 2:
        return None
    return dateline_above(views[start - 1].text)


def body_authors(authors: list[str], views: list[LineView], blocks: list[Block],
                 site_name: str | None) -> tuple[list[str], str | None]:
    """``authors``, else the reporter a wire opening names when the header named none ("[서울=AGENCY]
    NAME 기자 = …"), else the first told byline of the page (:func:`.byline.told_byline`), each with its
    provenance; without any byline part after the first that names the outlet itself (its copyright
    line, its name)."""
    where = None
    if not authors and blocks and (opening := opening_authors(blocks[0].text)):
        authors, where = opening, "body: the wire opening of the first paragraph"
    if not authors and (told := told_byline(views)) is not None:
        authors, where = told[1], f"line {views[told[0]].line.no}: {views[told[0]].text}"
    outlets = [v.text for v in views if v.rule is not None and v.rule.kind == "copyright"]
    if site_name:
        outlets.append(site_name)
    return without_outlet(authors, outlets), where


def header_fields(views: list[LineView], header: Header) -> HeaderFields:
    """Title (without a " | Site" suffix, which names the site), dek, section and bylines of the header."""
    provenance = {name: f"line {views[index].line.no}"
                  for name, index in (("title", header.title), ("subtitle", header.subtitle),
                                      ("section", header.section)) if index is not None}
    title = views[header.title].text if header.title is not None else None
    subtitle = views[header.subtitle].text if header.subtitle is not None else None
    section = section_text(views, header.section) if header.section is not None else None
    site_name = None
    if title is not None:
        site_names = frozenset(v.text.casefold() for v in views if v.words <= 4)
        title, site_name = split_site_suffix(title, site_names)
    authors: list[str] = []
    if header.authors:
        authors = header.authors
        line = views[header.author_line]
        provenance["authors"] = f"line {line.line.no}: {line.text}"
    return HeaderFields(title, subtitle, section, site_name, authors, provenance)


def _removed_outside(views: list[LineView], header: Header, end: int, unread: frozenset[int] = frozenset(),
                     gallery: frozenset[int] = frozenset()) -> tuple[list[Removal], list[Removal]]:
    """Every line left out before the body and after it, by kind, in page order.

    Before the article a line is navigation unless a rule says otherwise, a date line that
    gave no time (``unread``), or a columnist's biography (kind "bio"); after it, a line takes the kind of
    the last closing marker above it ("related" links under "Most popular"), or "trailing" before any,
    unless it is a caption
    of a gallery running on past the article (``gallery``).
    """
    fields = {header.title, header.subtitle, header.section, header.author_line, *(set(header.date_lines) - unread)}
    captions_at = set(header.captions)
    make = tuple.__new__  # Removal(...) without the Python-level __new__ of a NamedTuple: most lines are removed
    before: list[Removal] = []
    for i, view in enumerate(views[:header.body_start]):
        rule = view.rule
        if i in captions_at:
            before.append(make(Removal, ("caption", view.line.text, "caption_line_image")))
        elif i == header.bio:
            before.append(make(Removal, ("bio", view.line.text, "columnist_box")))
        elif i in unread and rule is None and i not in fields:
            before.append(make(Removal, ("date", view.line.text, "unread_date_line")))
        elif rule is not None:
            before.append(make(Removal, (rule.kind, view.line.text, rule.name)))
        elif i not in fields:
            before.append(make(Removal, ("navigation", view.line.text, "before_article")))
    after: list[Removal] = []
    closing: LineRule | None = None
    closing_name = ""
    for i, view in enumerate(views[end:], end):
        rule = view.rule
        if i in gallery:
            after.append(make(Removal, ("caption", view.line.text, "captions_after")))
        elif rule is not None:
            after.append(make(Removal, (rule.kind, view.line.text, rule.name)))
            if rule.ends_article:
                closing, closing_name = rule, f"after_{rule.name}"
        elif closing is not None:
            after.append(make(Removal, (closing.kind, view.line.text, closing_name)))
        else:
            after.append(make(Removal, ("trailing", view.line.text, "after_article")))
    return before, after
