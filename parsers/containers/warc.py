"""WARC files (``.warc``, ``.warc.gz``): one article per HTML response, read with warcio."""
from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime, timezone

from ..article import Article, InputInfo
from ..errors import NewscleanError
from ..options import ParseOptions
from .item import Item

_PAYLOAD_CAP = 64 * 1024 * 1024  # bytes of one response read when the caller gives no cap


def warc_time(value: str | None) -> datetime | None:
    """The instant of a ``WARC-Date`` header (relative times on the page count from it).

    >>> warc_time("2024-03-05T09:30:12Z")
    datetime.datetime(2024, 3, 5, 9, 30, 12, tzinfo=datetime.timezone.utc)
    >>> warc_time("yesterday") is None
    True
    """
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


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
    from ..loading import load

    article = parse_document(load(payload, path=path), options._replace(url=target or options.url,
                                                                       now=moment or options.now))
    if target:
        article.url = target
        article.provenance["url"] = "WARC-Target-URI"
    old = article.input
    article.input = InputInfo(path, "warc", old.encoding, old.sha256, offset=offset)
    return article


def warc_articles(data: bytes, options: ParseOptions, *, path: str | None = None,
                  max_bytes: int | None = None) -> Iterator[Item]:
    """One :class:`Item` per HTML response record, in file order; other records are passed over."""
    from warcio.archiveiterator import ArchiveIterator  # only WARC input pays for it
    from warcio.exceptions import ArchiveLoadFailed

    cap = max_bytes or _PAYLOAD_CAP
    records = ArchiveIterator(io.BytesIO(data))
    try:
        for record in records:
            if record.rec_type != "response" or not _is_html_response(record):
                continue
            payload = record.content_stream().read(cap + 1)
            offset = records.get_record_offset()  # reads the record to its end: payload first
            target = record.rec_headers.get_header("WARC-Target-URI")
            where, key = f"record at offset {offset}" + (f" ({target})" if target else ""), f"offset-{offset}"
            if len(payload) > cap:
                yield Item(None, f"response larger than {cap:,} bytes (the size cap)", where, key)
                continue
            moment = warc_time(record.rec_headers.get_header("WARC-Date"))
            try:
                yield Item(_record_article(payload, target, moment, offset, options, path), None, where, key)
            except NewscleanError as exc:
                yield Item(None, str(exc), where, key)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        raise NewscleanError(f"damaged WARC file ({' '.join(str(exc).split())})") from None
