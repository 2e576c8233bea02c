"""Inputs that hold more than one page, or a page wrapped: feeds, WARC files, compressed files.

:func:`iter_articles` is the entry every caller uses: raw bytes in, one :class:`Item` per
article out (a single page gives one). No feed, WARC or compression library is imported
unless the bytes need it.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..record.options import ParseOptions
from .item import Item
from .sniff import container_kind

__all__ = ["Item", "container_kind", "iter_articles"]


def iter_articles(data: bytes, options: ParseOptions, *, path: str | None = None,
                  max_bytes: int | None = None) -> Iterator[Item]:
    """Every article the bytes hold, in order; an input that fails as a whole gives one failed Item.

    ``max_bytes`` caps what a compressed input may grow to when unpacked.

    >>> items = list(iter_articles(b"The central bank raised rates again on Tuesday.", ParseOptions()))
    >>> len(items), items[0].article.body, items[0].error
    (1, 'The central bank raised rates again on Tuesday.', None)
    >>> list(iter_articles(b"", ParseOptions()))[0].error
    'empty input'
    """
    from ..record.errors import NewscleanError

    try:
        kind = container_kind(data)
        if kind in ("gzip", "bz2", "xz"):
            from .compressed import peek, unpack

            if kind == "gzip" and container_kind(peek(data, kind)) == "warc":
                kind = "warc"  # .warc.gz: the WARC reader unpacks record by record
            else:
                data = unpack(data, kind, max_bytes)
                kind = container_kind(data)
        if kind == "warc":
            from .warc import warc_articles

            yield from warc_articles(data, options, path=path, max_bytes=max_bytes)
        elif kind == "feed":
            from .feed import feed_articles

            yield from feed_articles(data, options, path=path)
        else:
            from ..api import parse_document
            from ..load import load

            yield Item(parse_document(load(data, path=path), options))
    except NewscleanError as exc:
        yield Item(None, str(exc))
