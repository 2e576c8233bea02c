"""The generic parser for text dumps of outlets without a parser of their own.

A whole-page dump is read in four steps, each in its own module: :mod:`.views` gives every
line its features, :mod:`.zone` finds the article zone, :mod:`.header` the headline, dek,
section, bylines and dates around its start, :mod:`.body` turns the zone into typed blocks,
captions, credits and the dateline, and :mod:`..language` guesses the language.
"""
from __future__ import annotations

from datetime import date, timedelta

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
from ..time.header import find_times, has_yearless_date, page_day
from ..time.stamp import Stamp, TimeContext, time_context
from ..time.stamps import far_from_page
from .body import build_body
from .header import Header, read_header
from .headline import split_site_suffix
from .section import section_text
from .views import LineView, view_lines
from .zone import find_zone

FOOTER_DATE_REACH = 8  # lines after the article where a "Published on …" line may stand


def parse_text(doc: Document, options: ParseOptions) -> Article:
    """Headline, dek, section, authors, times, dateline, credits, captions and body from any text dump."""
    views = view_lines(split_lines(doc.text))
    zone = find_zone(views)
    if zone.start == zone.end:
        raise NewscleanError("no article text found")
    header = read_header(views, zone)
    article = new_article(doc, SourceInfo(None, None, "generic"), options)
    _fill_header(article, views, header)
    parts, dateline = build_body(views[header.body_start:zone.end], zone.marked)
    above = dateline_over_body(views, header.body_start) if dateline is None and parts.blocks else None
    if above is not None:
        dateline = above.place
        if above.agency and above.agency not in parts.credits:
            parts.credits.insert(0, above.agency)
    article.blocks, article.credits = parts.blocks, parts.credits
    gallery = captions_after((v.text, v.rule is not None and not v.rule.ends_article)
                                      for v in views[zone.end:])
    article.images = line_images((i, views[i].text) for i in header.captions) + parts.images \
        + [image for _, image in gallery]
    article.language = detect_language("\n".join(b.text for b in parts.blocks))
    _fill_times(article, views, header, zone.end, time_context(options, language=article.language))
    article.dateline = dateline
    _fill_authors_from_body(article, views, parts.blocks)
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


def _fill_authors_from_body(article: Article, views: list[LineView], blocks: list[Block]) -> None:
    """The reporter a wire opening names when the header named none ("[서울=AGENCY] NAME 기자 = …"),
    and no byline part after the first that names the outlet itself (its copyright line, its name)."""
    if not article.authors and blocks and (opening := opening_authors(blocks[0].text)):
        article.authors = opening
        article.provenance["authors"] = "body: the wire opening of the first paragraph"
    outlets = [v.text for v in views if v.rule is not None and v.rule.kind == "copyright"]
    if article.source.name:
        outlets.append(article.source.name)
    article.authors = without_outlet(article.authors, outlets)


def _fill_header(article: Article, views: list[LineView], header: Header) -> None:
    for field_name, index in (("title", header.title), ("subtitle", header.subtitle), ("section", header.section)):
        if index is not None:
            setattr(article, field_name, views[index].text)
            article.provenance[field_name] = f"line {views[index].line.no}"
    if header.section is not None:
        article.section = section_text(views, header.section)
    if article.title is not None:
        site_names = frozenset(v.text.casefold() for v in views if v.words <= 4)
        article.title, article.source.name = split_site_suffix(article.title, site_names)
    if header.authors:
        article.authors = header.authors
        line = views[header.author_line]
        article.provenance["authors"] = f"line {line.line.no}: {line.text}"


def _fill_times(article: Article, views: list[LineView], header: Header, end: int, ctx: TimeContext) -> None:
    """Published and updated times: the header's date lines, else the whole header, else the
    labelled times just after the article ("First published on …"; an unlabelled date there
    belongs to a related story). A run that prints a date without its year ("Posted Nov 18,
    8:19 PM") is read again with the page's own date for the year (:func:`_page_day`).

    A page that prints only an update time ("Updated 0339 GMT November 19, 2019") gets it as
    the published time too, with a warning: it is the one time the page gives for the story
    (wire pages print the time of their latest version only), and the provenance names it.
    """
    runs = ([views[i].line for i in header.date_lines],
            [v.line for v in views[header.window_start:header.window_end or header.body_start]],
            [v.line for v in views[end:end + FOOTER_DATE_REACH]])
    published = updated = None
    for n, lines in enumerate(runs):  # read lazily: most pages are done after the first run
        labelled_only = n == len(runs) - 1
        times = find_times(lines, ctx, labelled_only)
        missing = times.published is None or times.updated is None
        if ctx.page_day is None and missing and any(has_yearless_date(line.text) for line in lines):
            ctx = ctx._replace(page_day=_page_day(views, ctx))
            times = find_times(lines, ctx, labelled_only)
        if updated is None and times.updated is not None:
            updated = times.updated, times.updated_where, ()
        if times.published is not None:
            published = times.published, times.published_where, times.warnings
            break
    for time in (published, updated):
        _warn_far_off(time, views, ctx, article)
    if published is None and updated is not None:
        published = updated[0], updated[1], ("no published time printed: the updated time stands in for it",)
    for field_name, time in (("published", published), ("updated", updated)):
        if time is not None:
            set_time(article, field_name, time[0], time[1] or "header")
            article.warnings = add_warnings(article.warnings, time[2])


def _warn_far_off(time: tuple[Stamp, str | None, tuple[str, ...]] | None, views: list[LineView], ctx: TimeContext,
                  article: Article) -> None:
    """Warn when ``time`` was read relative to ``now`` and lands years from the dates the page
    prints (:func:`far_from_page`); the page's dates are gathered only for such a time."""
    if time is not None and "now=" in time[0].zone_note:
        warning = far_from_page(time[0], page_day((v.line for v in views), ctx))
        if warning is not None:
            article.warnings.append(warning)


def _page_day(views: list[LineView], ctx: TimeContext) -> date | None:
    """The day that gives a year-less date its year: the middle of the page's full dates, else
    half a year before ``now`` (so the year chosen puts the date in the twelve months up to now)."""
    found = page_day((v.line for v in views), ctx)
    if found is None and ctx.now is not None:
        found = ctx.now.date() - timedelta(days=182)
    return found


def unread_date_lines(views: list[LineView], header: Header, provenance: dict[str, str]) -> frozenset[int]:
    """The header's date lines that gave the record nothing: neither the published nor the updated
    time names them ("Publish date:" above the date, a time the page prints twice; a clock line read
    with the date line above it counts as read). They are listed
    in ``removed`` (kind "date"), so every line of the page ends up in a field, the body or there.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Publish date:\\nNov 19, 2019\\n5:50 PM\\nNov 19, 2019"))
    >>> provenance = {"published": "line 2: Nov 19, 2019 5:50 PM (no zone)"}
    >>> sorted(unread_date_lines(views, Header(date_lines=[0, 1, 2, 3]), provenance))
    [0, 3]
    """
    named = " ".join(provenance.get(field_name, "") for field_name in ("published", "updated"))
    return frozenset(i for i in header.date_lines if f"line {views[i].line.no}:" not in named
                     and not (i and f"line {views[i - 1].line.no}:" in named and views[i].text in named))


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
