"""WARC files written with warcio in the test: one record per HTML response, URL and relative times from the WARC."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from commands import run

from newsclean.parsers.containers import iter_articles
from newsclean.parsers.record.options import ParseOptions

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PARAGRAPHS = ("<p>The night bus returns to the valley route from Monday, the transport office said.</p>"
              "<p>Drivers were hired over the winter and the timetable runs every hour until two.</p>")


def _page(title: str, dateline: str = "") -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{dateline}{PARAGRAPHS}</article></body></html>").encode()


def _response(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK", kind: str = "text/html",
              date: str = "2024-03-05T09:30:00Z") -> None:
    http = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def write_crawl(path: Path, gzip: bool = True) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        dated = '<p>Posted <span itemprop="datePublished">3 hours ago</span></p>'
        _response(writer, "https://bus.example/night-bus", _page("Night bus returns", dated))
        _response(writer, "https://bus.example/logo.png", b"\x89PNG\r\n\x1a\n", kind="image/png")
        _response(writer, "https://bus.example/gone", _page("Not found"), status="404 Not Found")
        request = writer.create_warc_record("https://bus.example/night-bus", "request",
                                            payload=io.BytesIO(b"GET /night-bus HTTP/1.1\r\n\r\n"))
        writer.write_record(request)
        _response(writer, "https://bus.example/timetable", _page("New timetable"), date="2024-03-06T10:00:00Z")


@pytest.mark.parametrize("gzip", [True, False])
def test_one_record_per_html_response(tmp_path: Path, gzip: bool, validate) -> None:
    crawl = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_crawl(crawl, gzip)
    items = list(iter_articles(crawl.read_bytes(), ParseOptions(), path=str(crawl)))
    assert [i.error for i in items] == [None, None]  # the PNG, the 404 and the request are passed over
    records = [validate(i.article.to_dict()) for i in items]
    assert [r["url"] for r in records] == ["https://bus.example/night-bus", "https://bus.example/timetable"]
    assert [r["title"] for r in records] == ["Night bus returns", "New timetable"]
    assert records[0]["provenance"]["url"] == "WARC-Target-URI"
    assert all(r["input"]["format"] == "warc" for r in records)
    offsets = [r["input"]["offset"] for r in records]
    assert 0 < offsets[0] < offsets[1]
    data = crawl.read_bytes()
    if not gzip:  # each offset is where its record starts in the file
        assert all(data[o:o + 9] == b"WARC/1.1\r" or data[o:o + 9] == b"WARC/1.0\r" for o in offsets)
    assert [i.key for i in items] == [f"offset-{o}" for o in offsets]


def test_relative_times_count_from_the_warc_date(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    write_crawl(crawl)
    first = next(iter_articles(crawl.read_bytes(), ParseOptions()))
    assert first.article.published_utc == "2024-03-05T06:30:00Z"  # "3 hours ago" before 09:30Z


def test_warc_under_output_dir_and_on_stdout(tmp_path: Path, validate) -> None:
    crawl = tmp_path / "crawls" / "2024-03.warc.gz"
    crawl.parent.mkdir()
    write_crawl(crawl)
    out = tmp_path / "out"
    result = run(str(crawl.parent), "-o", str(out))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (out / "2024-03").iterdir())
    assert len(names) == 2 and all(n.startswith("offset-") and n.endswith(".json") for n in names)
    piped = run(str(crawl), "-f", "ndjson")
    lines = [validate(json.loads(line)) for line in piped.stdout.splitlines()]
    assert [r["title"] for r in lines] == ["Night bus returns", "New timetable"]


def test_a_damaged_warc_is_one_clear_line(tmp_path: Path) -> None:
    crawl = tmp_path / "broken.warc"
    write_crawl(crawl, gzip=False)
    crawl.write_bytes(crawl.read_bytes()[:300] + b"\r\nWARC/1.0\r\nContent-Length: nonsense\r\n\r\n")
    result = run(str(crawl))
    assert result.returncode == 1
    assert result.stderr.count(b"\n") == 1 and result.stderr.startswith(f"newsclean: {crawl}".encode())
