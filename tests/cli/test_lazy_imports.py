"""Start-up discipline: a run imports only what its input needs (checked in a fresh interpreter)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

_PROBE = """
import json, sys
sys.argv = ["newsclean", *sys.argv[1:]]
from newsclean.cli.main import run
try:
    run()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _modules_after(*args: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=60)
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def _top(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


# (zlib, bz2, lzma and fcntl are not listed: click's own imports bring them on every run.)
CONTAINER_LIBRARIES = {"feedparser", "defusedxml", "warcio", "gzip", "multiprocessing", "tempfile", "sgmllib", "xml",
                       "hashlib"}  # hashlib: only --skip-unchanged hashes its inputs


@pytest.mark.parametrize("sample", ["cgtn/byline.txt", "generic/wire_story.txt"])
def test_text_input_imports_no_html_yaml_colour_or_detector(sample: str) -> None:
    modules = _modules_after(str(SAMPLES / sample), "--format", "json")
    assert not _top(modules) & {"lxml", "bs4", "rich", "yaml", "charset_normalizer", "pydantic"}
    assert not any(m.startswith("newsclean.parsers.html") for m in modules)


def test_text_input_imports_no_feed_warc_compression_or_batch_library() -> None:
    modules = _modules_after(str(SAMPLES / "cgtn" / "byline.txt"))
    assert not _top(modules) & CONTAINER_LIBRARIES
    assert not {"newsclean.parsers.containers.feed", "newsclean.parsers.containers.warc",
                "newsclean.parsers.containers.compressed", "newsclean.cli.state", "newsclean.cli.lock"} & modules


def test_each_container_imports_its_own_library_only(tmp_path: Path) -> None:
    import gzip

    feed = tmp_path / "feed.xml"
    feed.write_text('<rss version="2.0"><channel><title>T</title><item><title>Ferry</title><description>'
                    "The ferry sailed again on Tuesday after three days in port.</description></item></channel></rss>",
                    encoding="utf-8")
    packed = tmp_path / "story.txt.gz"
    packed.write_bytes(gzip.compress((SAMPLES / "cgtn" / "byline.txt").read_bytes()))
    feed_modules = _top(_modules_after(str(feed)))
    assert {"feedparser", "defusedxml"} <= feed_modules and "warcio" not in feed_modules
    gz_modules = _modules_after(str(packed))
    assert "newsclean.parsers.containers.compressed" in gz_modules
    assert not _top(gz_modules) & {"feedparser", "defusedxml", "warcio"}


def test_a_known_source_does_not_load_the_generic_parser() -> None:
    modules = _modules_after(str(SAMPLES / "cgtn" / "byline.txt"))
    assert "newsclean.parsers.sources.cgtn" in modules
    assert "newsclean.parsers.text.parse" not in modules
    # of the generic parser's steps, only the body builder every text reader shares
    assert {m for m in modules if m.startswith("newsclean.parsers.text.")} == {"newsclean.parsers.text.builder"}
    assert "newsclean.parsers.rules.screen" not in modules  # the generic parser's screen


def test_markdown_loads_yaml_and_html_loads_lxml() -> None:
    assert "yaml" in _top(_modules_after(str(SAMPLES / "cgtn" / "byline.txt"), "--format", "markdown"))
    assert "lxml" in _top(_modules_after(str(SAMPLES / "html" / "harbour_news.html")))


def test_no_input_imports_datatrove() -> None:
    """The datatrove extra is used only through newsclean.integrations.datatrove."""
    for sample in ("cgtn/byline.txt", "html/harbour_news.html"):
        assert "datatrove" not in _top(_modules_after(str(SAMPLES / sample)))


def test_importing_the_library_and_the_integrations_package_imports_no_engine() -> None:
    probe = "import json, sys, newsclean.parsers, newsclean.integrations; print(json.dumps(sorted(sys.modules)))"
    modules = json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                        timeout=60, check=True).stdout)
    assert not _top(set(modules)) & {"datatrove", "warcio", "numpy", "multiprocess"}
