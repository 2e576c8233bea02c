"""The library's one entry point: bytes in, :class:`Article` out."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from .load import Document, clean_text, load
from .record.article import Article
from .record.errors import NewscleanError
from .record.options import ParseOptions
from .sources import registry


def parse(
    data: bytes,
    *,
    source: str | None = None,
    url: str | None = None,
    now: datetime | None = None,
    default_tz: str | None = None,
    path: str | None = None,
) -> Article:
    """Parse one article from raw bytes.

    Raises :class:`NewscleanError` (and nothing else) for input that holds no article.

    >>> a = parse(b"World\\n2020.02.28 07:03 GMT+8\\nTurkish soldiers killed in Idlib\\nCGTN\\n"
    ...           b"At least 34 Turkish soldiers were killed after an airstrike on Thursday.")
    >>> a.source.id, a.published_utc
    ('cgtn', '2020-02-27T23:03:00Z')
    """
    options = ParseOptions(source=source, url=url, now=now, default_tz=default_tz)
    return parse_document(load(data, path=path), options)


def parse_document(doc: Document, options: ParseOptions) -> Article:
    """Pick the parser for a loaded document and run it."""
    try:
        article = _dispatch(doc, options)
    except RecursionError as exc:
        raise NewscleanError("input nested too deeply to parse") from exc
    if not article.blocks:
        raise NewscleanError(_why_no_text(doc))
    if doc.warnings:
        from .record.fill import add_warnings

        article.warnings = add_warnings(list(doc.warnings), article.warnings)
    return _date_from_url(article)


def _why_no_text(doc: Document) -> str:
    if doc.format != "html":
        return "no article text found"
    from .html.empty import why_no_text

    return why_no_text(doc.text)


def _dispatch(doc: Document, options: ParseOptions) -> Article:
    if doc.format == "feed":
        raise NewscleanError("an RSS/Atom feed holds several articles: read it with containers.iter_articles")
    if doc.format == "html":
        from .html.extract import parse_html

        outlet_of = partial(registry.html_outlet, options.source, options.url)  # --source, --url or the page's URL
        return clean_fields(parse_html(doc, options, outlet_of))
    found = registry.recognise(options.source, options.url, doc.text)
    if found is not None:
        article = registry.load_source(found.entry).parse(doc, options)
        article.provenance["recognised"] = found.how
        return article
    from .text.parse import parse_text

    return parse_text(doc, options)


def _date_from_url(article: Article) -> Article:
    """The date in the article's URL, date only, when the page printed no time at all.

    >>> from .record.article import InputInfo, SourceInfo
    >>> a = Article(SourceInfo(None, None, "generic"), InputInfo(None, "text", "utf-8", ""),
    ...             url="https://example.com/2019/11/19/storm-warning.html")
    >>> _date_from_url(a).published, a.published_utc, a.provenance["published"]
    ('2019-11-19', None, 'url: 2019/11/19 (date in URL)')
    """
    if article.published is None and article.updated is None and article.url:
        from .record.fill import set_time
        from .time.stamps import stamp_from_url

        stamp = stamp_from_url(article.url)
        if stamp is not None:
            set_time(article, "published", stamp, "url")
    return article


def _clean(text: str) -> str:
    return clean_text(text).strip()


def clean_fields(article: Article) -> Article:
    """Apply the text clean-up (spaces, invisible characters, NFC) to every output string.

    HTML is parsed as it came; cleaning the few kilobytes that come out is much
    cheaper than cleaning the whole page before.
    """
    for name in ("title", "subtitle", "section", "dateline"):
        value = getattr(article, name)
        if value:
            setattr(article, name, _clean(value) or None)
    article.authors = [a for a in map(_clean, article.authors) if a]
    article.credits = [c for c in map(_clean, article.credits) if c]
    article.blocks = [b._replace(text=t) for b in article.blocks if (t := _clean(b.text))]
    article.images = [
        i._replace(caption=i.caption and _clean(i.caption) or None, credit=i.credit and _clean(i.credit) or None)
        for i in article.images
    ]
    return article
