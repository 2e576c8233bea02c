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


@pytest.mark.parametrize("sample", ["cgtn/byline.txt", "generic/wire_story.txt"])
def test_text_input_imports_no_html_yaml_colour_or_detector(sample: str) -> None:
    modules = _modules_after(str(SAMPLES / sample), "--format", "json")
    assert not _top(modules) & {"lxml", "bs4", "rich", "yaml", "charset_normalizer", "pydantic"}
    assert not any(m.startswith("newsclean.parsers.html") for m in modules)


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
