"""Records/s of warcio and FastWARC reading one .warc.gz of HTML responses, against newsclean's own pages/s.

Run: python bench/warc_readers.py [N_RECORDS]. Prints one line per reader; the WARC is written
with warcio into a temp dir.
"""
from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

from newsclean.integrations.warc import CapturedPage, write_warc

PAGE = ("<html><head><title>Ferry service resumes {n}</title></head><body><article><h1>Ferry service resumes {n}</h1>"
        + "<p>The island ferry sailed again on Tuesday after three days in port, the operator said.</p>" * 60
        + "</article></body></html>")


def read_warcio(data: bytes) -> int:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(io.BytesIO(data))
    return sum(len(r.content_stream().read()) > 0 for r in records if r.rec_type == "response")


def read_fastwarc(data: bytes) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = ArchiveIterator(io.BytesIO(data), record_types=WarcRecordType.response)
    return sum(len(r.reader.read()) > 0 for r in records)


def read_newsclean(data: bytes) -> int:
    from newsclean.parsers.containers import iter_articles
    from newsclean.parsers.record.options import ParseOptions

    return sum(item.article is not None for item in iter_articles(data, ParseOptions()))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.warc.gz"
        write_warc(path, (CapturedPage(f"https://gazette.example/{n}", "2024-03-05T09:30:00Z",
                                       PAGE.format(n=n).encode()) for n in range(count)))
        data = path.read_bytes()
    readers = (("warcio", read_warcio), ("fastwarc", read_fastwarc), ("newsclean (parse too)", read_newsclean))
    for name, reader in readers:
        try:
            start = time.perf_counter()
            got = reader(data)
            took = time.perf_counter() - start
        except ImportError as exc:
            print(f"{name:24} not installed ({exc})")
            continue
        print(f"{name:24} {got:6} records  {got / took:9.0f} records/s")


if __name__ == "__main__":
    main()
