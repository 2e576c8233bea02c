"""WARC files (``.warc``, ``.warc.gz``): one article per HTML response, read with warcio."""
from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import NamedTuple

from ..record.article import Article, InputInfo
from ..record.errors import NewscleanError
from ..record.options import ParseOptions
from .item import Item

_PAYLOAD_CAP = 64 * 1024 * 1024  # bytes of one response read when the caller gives no cap


_ARC_DATE = "%Y%m%d%H%M%S"


def capture_time(value: str | None) -> datetime | None:
    """The instant a crawler saved a page: a ``WARC-Date`` header (ISO 8601, UTC) or ARC's
    14-digit archive date; relative times on the page count from it. Anything else: None.

    >>> capture_time("2024-03-05T09:30:12Z")
    datetime.datetime(2024, 3, 5, 9, 30, 12, tzinfo=datetime.timezone.utc)
    >>> capture_time("20240305060708").isoformat()
    '2024-03-05T06:07:08+00:00'
    >>> capture_time("yesterday") is None, capture_time(None) is None
    (True, True)
    """
    if not value:
        return None
    value = value.strip()
    try:
        moment = datetime.strptime(value, _ARC_DATE) if value.isdigit() else datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _is_html_response(record: object) -> bool:
    """A successful HTTP response whose type is HTML (or unstated)."""
    http = getattr(record, "http_headers", None)
    if http is None:
        return False
    status = (http.get_statuscode() or "")
    kind = (http.get_header("Content-Type") or "text/html").lower()
    return status.startswith("2") and ("html" in kind or "xml" in kind and "xhtml" in kind)


def _record_article(payload: bytes, target: str | None, moment: datetime | None, offset: int,
                    options: ParseOptions, path: str | None) -> Article:
    from ..api import parse_document
    from ..load import load

    article = parse_document(load(payload, path=path), options._replace(url=target or options.url,
                                                                       now=moment or options.now))
    if target:
        article.url = target
        article.provenance["url"] = "WARC-Target-URI"
    old = article.input
    article.input = InputInfo(path, "warc", old.encoding, old.sha256, offset=offset)
    return article


class _Response(NamedTuple):
    """One HTML response as the WARC holds it."""

    payload: bytes | None  # None when it is larger than the cap
    target: str | None
    moment: datetime | None
    offset: int


def _html_responses(data: bytes, cap: int) -> Iterator[_Response]:
    """The HTML responses of a WARC file, read with warcio; any fault of the file is one NewscleanError.

    warcio meets a damaged file with all kinds of exceptions (AttributeError included), so
    everything it raises is caught here, around warcio's calls alone.
    """
    from warcio.archiveiterator import ArchiveIterator  # only WARC input pays for it

    try:
        records = ArchiveIterator(io.BytesIO(data))
        for record in records:
            if record.rec_type != "response" or not _is_html_response(record):
                continue
            payload = record.content_stream().read(cap + 1)
            offset = records.get_record_offset()  # reads the record to its end: payload first
            headers = record.rec_headers
            yield _Response(payload if len(payload) <= cap else None, headers.get_header("WARC-Target-URI"),
                            capture_time(headers.get_header("WARC-Date")), offset)
    except Exception as exc:  # noqa: BLE001 - see the docstring
        raise NewscleanError(f"damaged WARC file ({type(exc).__name__}: {' '.join(str(exc).split())})") from None


def warc_articles(data: bytes, options: ParseOptions, *, path: str | None = None,
                  max_bytes: int | None = None) -> Iterator[Item]:
    """One :class:`Item` per HTML response record, in file order; other records are passed over."""
    cap = max_bytes or _PAYLOAD_CAP
    for response in _html_responses(data, cap):
        target = response.target
        where = f"record at offset {response.offset}" + (f" ({target})" if target else "")
        key = f"offset-{response.offset}"
        if response.payload is None:
            yield Item(None, f"response larger than {cap:,} bytes (the size cap)", where, key)
            continue
        try:
            article = _record_article(response.payload, target, response.moment, response.offset, options, path)
        except NewscleanError as exc:
            yield Item(None, str(exc), where, key)
        else:
            yield Item(article, None, where, key)
