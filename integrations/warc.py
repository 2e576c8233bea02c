"""Saved pages as a WARC file, so a folder of pages can go through a crawl pipeline."""
from __future__ import annotations

from collections.abc import Iterable
from io import BytesIO
from pathlib import Path
from typing import NamedTuple

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


class CapturedPage(NamedTuple):
    """One page as a crawler fetched it: where from, when (WARC-Date), and the bytes it got."""

    url: str
    date: str  # ISO 8601 in UTC, e.g. "2024-03-05T06:07:08Z"
    payload: bytes
    content_type: str = "text/html; charset=utf-8"


def write_warc(path: Path, pages: Iterable[CapturedPage]) -> int:
    """Write each page as a WARC ``response`` record with its HTTP headers; return how many.

    The file is gzipped record by record, as crawlers write it, when ``path`` ends in
    ``.gz``. Each record carries ``WARC-Identified-Payload-Type`` as Common Crawl's do,
    so readers can skip non-HTML records without sniffing them. A page without a URL
    is refused: a record without ``WARC-Target-URI`` cannot be read back.

    >>> write_warc(Path("/dev/null"), [CapturedPage("", "2024-03-05T06:07:08Z", b"<p>Hi</p>")])
    Traceback (most recent call last):
    ValueError: a WARC response record needs the page's URL (page 1 has none)
    """
    count = 0
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for page in pages:
            if not page.url:
                raise ValueError(f"a WARC response record needs the page's URL (page {count + 1} has none)")
            http_headers = StatusAndHeaders(
                "200 OK", [("Content-Type", page.content_type), ("Content-Length", str(len(page.payload)))],
                protocol="HTTP/1.1",
            )
            warc_headers = {
                "WARC-Date": page.date,
                "WARC-Identified-Payload-Type": page.content_type.split(";")[0].strip(),
            }
            record = writer.create_warc_record(page.url, "response", payload=BytesIO(page.payload),
                                               http_headers=http_headers, warc_headers_dict=warc_headers)
            writer.write_record(record)
            count += 1
    return count
