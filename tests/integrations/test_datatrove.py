"""newsclean as a datatrove step: WarcReader → NewscleanStep → JsonlWriter over a small crawl.

Needs the extra (``pip install '.[datatrove]'``); without it every test here skips.
"""
from __future__ import annotations

import gzip
import json
import subprocess
from io import BytesIO
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

from commands import command
from conftest import SAMPLES  # noqa: E402
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import WarcReader
from datatrove.pipeline.writers import JsonlWriter
from warcio.warcwriter import WARCWriter

from newsclean.integrations.datatrove import NewscleanStep
from newsclean.integrations.warc import CapturedPage, write_warc

# A section front: links, no article. newsclean says it holds none; the CLI fails on it.
SECTION_FRONT = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sport | Valley Echo</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><h1>Sport</h1><ul><li><a href="/sport/1">Rovers win away</a></li>
<li><a href="/sport/2">Cup draw made</a></li><li><a href="/sport/3">New coach named</a></li></ul></main>
<footer>Valley Echo</footer></body></html>
"""

# A text dump as a WET "conversion" record gives it, dated only "3 hours ago": the crawl
# date must reach the parser as `now` for it to get a time.
NIGHT_BUSES = """Night bus routes to be cut
By Jo Harper
3 hours ago

Three of the valley's five night bus routes will stop running at the end of the month, \
the transport authority said on Friday, blaming a shortage of drivers.

The routes to Millbrook, Eastfield and the hospital will end on the last Sunday of the month. \
The two routes through the town centre will keep their hourly service.

Passenger groups said the cuts would leave shift workers with no way home, and asked the \
authority to publish the figures behind its decision.
"""

HARBOUR = CapturedPage("https://harbourherald.example/local/ferry-pier-opens", "2021-03-02T08:00:00Z",
                       (SAMPLES / "html" / "harbour_news.html").read_bytes())
ISLAND = CapturedPage("https://islandnotes.example/winter-on-the-island", "2021-01-02T09:30:00Z",
                      (SAMPLES / "html" / "island_blog.html").read_bytes())
PNG = CapturedPage("https://valleyecho.example/logo.png", "2021-03-02T08:00:01Z",
                   b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "image/png")
FRONT = CapturedPage("https://valleyecho.example/sport", "2021-03-02T08:00:02Z", SECTION_FRONT)
BUSES = CapturedPage("https://valleyecho.example/news/night-buses", "2024-03-05T12:00:00Z", NIGHT_BUSES.encode(),
                     "text/plain")


def _write_wet(path: Path, page: CapturedPage) -> None:
    """The page as a ``conversion`` record of plain text, as Common Crawl's WET files hold."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        record = writer.create_warc_record(
            page.url, "conversion", payload=BytesIO(page.payload), warc_content_type=page.content_type,
            warc_headers_dict={"WARC-Date": page.date, "WARC-Identified-Payload-Type": page.content_type})
        writer.write_record(record)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two crawl files (a WARC and a WET) run through the README's pipeline with two workers."""
    root = tmp_path_factory.mktemp("crawl")
    (root / "warc").mkdir()
    write_warc(root / "warc" / "pages.warc.gz", [HARBOUR, PNG, FRONT, ISLAND])
    _write_wet(root / "warc" / "pages.warc.wet.gz", BUSES)
    LocalPipelineExecutor(
        pipeline=[WarcReader(str(root / "warc")), NewscleanStep(), JsonlWriter(str(root / "out"))],
        tasks=2, workers=2, logging_dir=str(root / "logs"),
    ).run()
    return root


def _output(crawl: Path) -> dict[str, dict]:
    docs = {}
    for part in sorted((crawl / "out").glob("*.jsonl.gz")):  # one file per task
        with gzip.open(part, "rt", encoding="utf-8") as lines:
            docs.update((doc["metadata"]["url"], doc) for doc in map(json.loads, lines))
    return docs


def _cli_record(tmp_path: Path, name: str, data: bytes, url: str, date: str) -> dict:
    page = tmp_path / name
    page.write_bytes(data)
    done = subprocess.run([*command(), str(page), "--url", url, "--now", date, "--format", "json"],
                          capture_output=True, timeout=60, check=True)
    return json.loads(done.stdout)


def test_the_pipeline_keeps_exactly_the_three_articles(crawl: Path) -> None:
    assert sorted(_output(crawl)) == sorted([HARBOUR.url, ISLAND.url, BUSES.url])


@pytest.mark.parametrize(("name", "page"), [("harbour_news.html", HARBOUR), ("island_blog.html", ISLAND),
                                            ("night_buses.txt", BUSES)])
def test_each_record_matches_the_cli_on_the_same_page(crawl: Path, tmp_path: Path, name: str,
                                                      page: CapturedPage) -> None:
    doc = _output(crawl)[page.url]
    ours, cli = doc["metadata"]["newsclean"], _cli_record(tmp_path, name, page.payload, page.url, page.date)
    for field in ("title", "url", "published", "published_utc", "authors", "body"):
        assert ours[field] == cli[field], field
    assert doc["text"] == cli["body"]
    assert doc["metadata"]["date"] == page.date


def test_records_hold_the_pages_own_fields(crawl: Path) -> None:
    """Checked by hand against the pages (and the golden samples)."""
    records = {url: doc["metadata"]["newsclean"] for url, doc in _output(crawl).items()}
    harbour, island, buses = records[HARBOUR.url], records[ISLAND.url], records[BUSES.url]
    assert (harbour["title"], harbour["published"]) == ("Ferry pier opens after two-year build",
                                                        "2021-03-01T07:45:00+00:00")
    assert (island["title"], island["url"]) == ("A winter on the island", ISLAND.url)  # the page has no canonical
    # "3 hours ago" on a page crawled at 12:00 UTC.
    assert (buses["title"], buses["published_utc"]) == ("Night bus routes to be cut", "2024-03-05T09:00:00Z")


def test_the_section_front_is_dropped_and_counted_by_reason(crawl: Path) -> None:
    stats = json.loads((crawl / "logs" / "stats.json").read_text())
    ours = next(step["stats"] for step in stats if step["name"] == str(NewscleanStep()))
    assert ours["total"] == 4  # the PNG never reaches the step: WarcReader skips non-HTML records
    assert ours["extracted"] == ours["forwarded"] == 3
    assert ours["dropped"] == ours["dropped_no article text found"] == 1


def _one_document(step: NewscleanStep, page: CapturedPage) -> list[Document]:
    doc = Document(text=page.payload.decode(), id="doc-1", metadata={"url": page.url, "date": page.date})
    return list(step.run(iter([doc])))


def test_keep_non_articles_forwards_the_page_unchanged_with_the_reason() -> None:
    [doc] = _one_document(NewscleanStep(keep_non_articles=True), FRONT)
    assert doc.text == SECTION_FRONT.decode()
    assert doc.metadata["newsclean"] is None
    assert doc.metadata["newsclean_error"] == "no article text found"


def test_explain_adds_what_the_rules_removed() -> None:
    [plain], [explained] = _one_document(NewscleanStep(), HARBOUR), _one_document(NewscleanStep(explain=True), HARBOUR)
    assert "removed" not in plain.metadata["newsclean"]
    assert explained.metadata["newsclean"]["removed"]


def test_timezone_reaches_the_parser_and_an_unknown_one_fails_at_once() -> None:
    local = BUSES._replace(payload=NIGHT_BUSES.replace("3 hours ago", "5 March 2024, 08:15").encode())
    [doc] = _one_document(NewscleanStep(timezone="Asia/Tokyo"), local)
    assert doc.metadata["newsclean"]["published"] == "2024-03-05T08:15:00+09:00"
    with pytest.raises(ValueError, match="not an IANA time zone"):
        NewscleanStep(timezone="Mars/Olympus")


def test_a_bug_on_one_page_drops_that_page_and_the_run_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsclean.integrations.datatrove as integration

    def parse_that_breaks(data: bytes, **options: object) -> None:
        raise RuntimeError("a newsclean bug")

    step = NewscleanStep()
    monkeypatch.setattr(integration, "parse", parse_that_breaks)
    assert _one_document(step, HARBOUR) == _one_document(step, ISLAND) == []
    assert step.stats["dropped_internal error (RuntimeError)"].total == 2
