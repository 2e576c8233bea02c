"""HTML input: metadata from the markup first, then the article body.

``parse_html`` is the entry. The order of work:

1. parse with lxml; read every metadata candidate (JSON-LD, meta, itemprop, time…);
2. name the outlet of the page's own URL (``--url``, ``og:url``, then the canonical URL, through the caller's
   picker) and the layout of it that fits the page;
3. choose title, authors, dates (through the time-stamp engine), section, site, URL,
   language, each with its provenance;
4. cut invisible elements; find the body (the layout's selectors, else the generic
   extractor of :mod:`.body`), the dek, the figures, and the dateline and agency credits;
   the fields the layout names (:mod:`.layout_fields`) win over the generic choice.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lxml import etree

from ..load import Document
from ..record.article import Article, SourceInfo
from ..record.errors import NewscleanError
from ..record.fill import new_article, set_time
from ..record.options import ParseOptions
from ..time.stamp import Stamp, TimeContext, time_context
from ..urls import host_of
from . import authors as names
from . import choose, images, layouts, page_kind, title
from .body import BodyResult, PageText, analyse, article_scope, collect, find_dek
from .byline import PrintedByline, page_byline, printed_byline
from .dom import parse_tree
from .headline import visible_headline
from .layout_fields import TEXT_FIELDS, Found, layout_fields, without_rule_blocks
from .layouts import Layout, Outlet, PickOutlet, no_outlet
from .listing import LISTING_NOTE, as_listing, reads_as_list, worth_trying
from .metadata import ELEMENT_AUTHOR_SOURCES, OWN_URL_SOURCES, Metadata, read_metadata
from .printed import Printed, headline_index, printed_dates, settle
from .prune import prune
from .shown_dates import page_date, visible_dates
from .wire import read_wire


def parse_html(doc: Document, options: ParseOptions, pick_outlet: PickOutlet = no_outlet) -> Article:
    """One article from an HTML page; ``pick_outlet`` names the known source of the page's URL, if any.

    >>> from newsclean.parsers.load import load
    >>> page = (b'<html lang="en"><head><meta property="og:title" content="Rates rise | Daily Planet">'
    ...         b'<meta property="og:site_name" content="Daily Planet"></head><body><article><h1>Rates rise</h1>'
    ...         b'<p>The central bank raised rates again on Tuesday, the third time this year.</p>'
    ...         b'<p>Markets had expected the move, traders said after the announcement.</p></article></body></html>')
    >>> a = parse_html(load(page), ParseOptions())
    >>> a.title, a.source.to_dict(), len(a.blocks)
    ('Rates rise', {'id': None, 'name': 'Daily Planet', 'parser': 'generic'}, 2)
    """
    root = parse_tree(doc.text)
    meta = read_metadata(root)
    url = choose.choose_url(meta)
    entry = pick_outlet(own_url(meta, url))
    site = choose.choose_text(meta, "site_name")
    site_name = entry.name if entry else (site.value if site else None)
    language = choose.choose_language(meta)
    article = new_article(
        doc, SourceInfo(entry.id, entry.name, "generic") if entry else SourceInfo(None, site_name, "generic"), options
    )
    _fill_simple_fields(article, meta, url, site, language, options)
    embedded = layouts.embedded_articles(root, entry)  # built from script data, before the scripts go
    article.removed.extend(prune(root, layouts.shown_by(entry)))
    layouts.set_into_body(root, embedded)
    site_names = _site_names(meta, url, site_name)
    headline = title.choose_title(meta, site_names, visible_headline(root))
    if headline:
        article.title = headline.value
        article.provenance["title"] = headline.source
    ctx = time_context(options, entry.source_tz if entry else None,
                       article.language or (entry.language if entry else None))
    markup_times = _fill_times(article, meta, ctx, lambda: visible_dates(root, ctx))
    _fill_authors(article, meta)
    scope = root.find("body") if root.find("body") is not None else root
    picked = layouts.pick_layout(scope, entry.layouts if entry else (), article.published)
    found = layout_fields(picked[0], root, meta, ctx) if picked else {}
    _fill_from_layout(article, {k: v for k, v in found.items() if k in TEXT_FIELDS}, entry)  # the body needs them
    page, body = _read_body(scope, meta, entry, picked, article)
    if picked is not None and not body.blocks:
        article.warnings.append(f"{entry.name} layout {picked[0].name} found no article text: read as generic")
        article.source.parser = "generic"
        del article.provenance["layout"]
        page, body = _read_body(scope, meta, entry, None, article)
    elif entry is not None and entry.layouts and picked is None:
        article.warnings.append(f"no {entry.name} layout fits this page: read by the generic parser")
    head = headline_index(page.blocks, article.title)
    _fill_printed_times(article, printed_dates(page.blocks, ctx, head), markup_times)
    if article.published is None and not page_kind.product_page(meta.types) and (shown := page_date(root, ctx)):
        _fill_printed_times(article, [shown], markup_times)
    _fill_printed_authors(article, printed_byline(page.blocks, head), site_names)
    if page_kind.article_page(meta.types):  # a list's or a shop's bylines are others'
        _fill_printed_authors(article, page_byline(page.blocks), site_names, where="in the story")
    _fill_from_layout(article, {k: v for k, v in found.items() if k not in TEXT_FIELDS}, entry)
    wire = read_wire(body.blocks)
    article.blocks, article.dateline, article.credits = wire.blocks, wire.dateline, wire.credits
    article.removed.extend(body.removed + wire.removed)
    article.images = images.absolute_src(images.article_images(article_scope(body.containers)) + body.captions,
                                         article.url)
    if not article.blocks and not article.title:
        raise NewscleanError("no article text found in the HTML")
    return article


def own_url(meta: Metadata, canonical: choose.Chosen | None) -> str | None:
    """The page's own address, to name its outlet by: ``og:url`` (or cXense's) before the canonical URL,
    which a syndicated story points at the sister site that first ran it.

    >>> m = Metadata()
    >>> m.add("url", "https://www.waz.de/leben/x.html", "meta[og:url]")
    >>> own_url(m, choose.Chosen("https://www.morgenpost.de/x.html", "link[rel=canonical]"))
    'https://www.waz.de/leben/x.html'
    """
    for cand in meta.candidates["url"]:
        if cand.source in OWN_URL_SOURCES and isinstance(cand.value, str):
            return cand.value
    return canonical.value if canonical else None


def _fill_from_layout(article: Article, found: dict[str, Found], entry: Outlet | None) -> None:
    """The fields an outlet's layout names, over the generic path's choice; the outlet is no author."""
    for name, (value, source) in found.items():
        if isinstance(value, Stamp):
            set_time(article, name, value, source)
            continue
        if name == "authors" and entry is not None:
            value = [a for a in value if a.casefold() != entry.name.casefold()]
        setattr(article, name, value)
        article.provenance[name] = source


def _fill_simple_fields(
    article: Article,
    meta: Metadata,
    url: choose.Chosen | None,
    site: choose.Chosen | None,
    language: choose.Chosen | None,
    options: ParseOptions,
) -> None:
    if options.url:
        article.provenance["url"] = "--url"
    elif url:
        article.url = url.value
        article.provenance["url"] = url.source
    if site:
        article.provenance["source"] = site.source
    if language:
        article.language = language.value
        article.provenance["language"] = language.source
    section = choose.choose_text(meta, "section")
    if section:
        article.section = section.value
        article.provenance["section"] = section.source


def _fill_times(
    article: Article, meta: Metadata, ctx: TimeContext, visible: Callable[[], list[Stamp]]
) -> dict[str, Stamp | None]:
    """``published`` and ``updated`` from the markup; returns the stamps chosen (None where none was)."""
    chosen_stamps: dict[str, Stamp | None] = {"published": None, "updated": None}
    for name in chosen_stamps:
        found = choose.stamps(meta, name, ctx)
        picked = choose.choose_time(found, visible)
        if picked is None:
            continue
        chosen, note = picked
        set_time(article, name, chosen.stamp, chosen.source)
        chosen_stamps[name] = chosen.stamp
        if note:
            article.provenance[name] += f"; {note}"
    return chosen_stamps


def _site_names(meta: Metadata, url: choose.Chosen | None, site_name: str | None) -> list[str]:
    """Every name the page gives its site: its name, its publisher's, its domain."""
    names = [c.value for c in meta.candidates["site_name"] if isinstance(c.value, str)]
    domain = host_of(url.value) if url else None
    return [n for n in (site_name, *names, domain and domain.removeprefix("www.")) if n]


def _fill_printed_authors(
    article: Article, printed: PrintedByline | None, site_names: list[str], where: str = "by the headline"
) -> None:
    """The byline printed by the headline (or ``where``) names the authors when the markup names none but the site."""
    if printed is None or any(not title.names_site(name, site_names) for name in article.authors):
        return
    people = [name for name in names.clean_authors(printed.names) if not title.names_site(name, site_names)]
    if people:
        article.authors = people
        article.provenance["authors"] = f"printed {where} ({printed.how})"


def _fill_printed_times(article: Article, printed: list[Printed], markup: dict[str, Stamp | None]) -> None:
    """Let the dates printed by the headline settle ``published`` and ``updated`` (see :func:`.printed.settle`)."""
    for change in settle(markup["published"], markup["updated"], printed):
        set_time(article, change.field, change.stamp, change.note)


def _read_body(
    scope: etree._Element, meta: Metadata, entry: Outlet | None, picked: tuple[Layout, list] | None,
    article: Article,
) -> tuple[PageText, BodyResult]:
    """The body: in the picked layout's containers less its named cuts, else where the generic extractor
    finds it (read as a list when the page is one)."""
    containers, extra_cut, block_rules, kept = None, None, (), frozenset()
    if picked is not None:
        layout, containers = picked
        extra_cut = {el: (cut.kind, f"{entry.id}.{cut.name}")
                     for cut in layout.cuts for el in layouts.select(scope, (cut.selector,))}
        kept = frozenset(layouts.select(scope, tuple(layout.keep))) if layout.keep else frozenset()
        block_rules = layout.block_rules
        article.source.parser = entry.id
        article.provenance["layout"] = f"{entry.id} {layout.name}"
    elif page_kind.product_page(meta.types):
        extra_cut = page_kind.product_noise(scope)
    page = analyse(scope, containers, extra_cut, kept)
    if picked is not None and picked[0].text_kinds:
        page = replace(page, kept_kinds=frozenset(picked[0].text_kinds))
    description = choose.choose_text(meta, "description")
    named_cuts = frozenset(extra_cut) if picked is not None and extra_cut else frozenset()
    dek = article.subtitle or find_dek(page, description.value if description else None, named_cuts)
    if dek and not article.subtitle:
        article.subtitle = dek
        article.provenance["subtitle"] = "dek above the body" + (f" ({description.source})" if description else "")
    body = collect(page, title=article.title, subtitle=dek, authors=article.authors)
    found = sum(len(b.text) for b in body.blocks)
    declared = page_kind.says_article(meta.types, scope)
    if picked is None and worth_trying(found, declared, sum(len(b.text) for b in page.blocks)):
        listing = collect(as_listing(page, scope), title=article.title, subtitle=dek, authors=article.authors)
        if reads_as_list(listing.blocks, body.blocks, declared):
            article.provenance["body"] = LISTING_NOTE
            return page, listing
    return page, without_rule_blocks(body, block_rules, entry.id if entry else "")


def _fill_authors(article: Article, meta: Metadata) -> None:
    """Authors from the most trusted source that names someone (every element of an element
    source: a page may mark each of several authors with its own ``itemprop``)."""
    for cand in meta.candidates["authors"]:
        found = names.clean_authors(names.names_from(cand.value, meta.jsonld_ids))
        if not found:
            continue
        if cand.source in ELEMENT_AUTHOR_SOURCES:
            same = [c for c in meta.candidates["authors"] if c.source == cand.source]
            found = names.clean_authors([n for c in same for n in names.names_from(c.value, meta.jsonld_ids)])
        article.authors = found
        article.provenance["authors"] = cand.source
        return
