"""Recognition: every page and text dump of the shared corpora and every sample goes to its own outlet
or to the generic parser, never to another outlet; the fundus-dev pages of the covered outlets are
recognised as theirs, from HTML and from text."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from conftest import FUNDUS_OUTLETS, SAMPLES, SHARED

from newsclean.parsers.html import choose
from newsclean.parsers.html.dom import parse_tree
from newsclean.parsers.html.extract import own_url
from newsclean.parsers.html.metadata import read_metadata
from newsclean.parsers.load import load
from newsclean.parsers.sources import registry
from newsclean.parsers.sources.catalog import CATALOG

CORPORA = ("dev", "wcxb-dev", "fundus-dev")


def corpus_inputs(name: str) -> list[tuple[str, Path, str | None]]:
    """(format, path, the page's own URL from the truth) for every page and text dump of a corpus."""
    root = SHARED / "corpus" / name
    if not (root / "truth.json").is_file():
        return []
    truth = json.loads((root / "truth.json").read_text("utf-8"))
    found = []
    for key, item in truth.items():
        url = item.get("url")
        found += [("html", p, url) for p in (root / "pages").glob(f"{key}.html*")]
        found += [("text", p, url) for p in (root / "text").glob(f"{key}.txt")]
    return found


def html_claim(data: bytes) -> str | None:
    """The outlet the HTML path names for a page, by its own URL (og:url before canonical)."""
    meta = read_metadata(parse_tree(load(data).text))
    outlet = registry.html_outlet(None, None, own_url(meta, choose.choose_url(meta)))
    return outlet.id if outlet else None


def text_claim(data: bytes) -> str | None:
    match = registry.entry_for_text(load(data).text)
    return match.entry.id if match else None


def claim(kind: str, path: Path) -> str | None:
    data = path.read_bytes()
    data = gzip.decompress(data) if path.suffix == ".gz" else data
    if not data.strip():
        return None  # an empty dump (a page its scripts blanked) is nobody's
    return html_claim(data) if kind == "html" else text_claim(data)


def owner(url: str | None) -> str | None:
    entry = registry.entry_for_url(url)
    return entry.id if entry else None


@pytest.mark.parametrize("corpus", CORPORA)
def test_no_outlet_claims_a_page_of_another_site(corpus: str) -> None:
    inputs = corpus_inputs(corpus)
    if not inputs:
        pytest.skip(f"../shared/corpus/{corpus} is not here")
    wrong = [(path.name, claimed, owner(url)) for kind, path, url in inputs
             if (claimed := claim(kind, path)) is not None and claimed != owner(url)]
    assert wrong == []


def test_samples_go_to_their_own_outlet_or_to_none() -> None:
    own = {entry.id for entry in CATALOG}
    inputs = [p for p in SAMPLES.rglob("*") if p.suffix in (".txt", ".html")]
    assert inputs, "no samples found"
    wrong = [(str(p.relative_to(SAMPLES)), claimed) for p in inputs
             if (claimed := claim("html" if p.suffix == ".html" else "text", p)) is not None
             and claimed != (p.parent.name if p.parent.name in own else None)]
    assert wrong == []




def test_covered_fundus_pages_are_recognised_from_html_and_text() -> None:
    root = SHARED / "corpus" / "fundus-dev"
    if not (root / "truth.json").is_file():
        pytest.skip("../shared/corpus/fundus-dev is not here")
    truth = json.loads((root / "truth.json").read_text("utf-8"))
    missed = []
    for key, item in truth.items():
        want = FUNDUS_OUTLETS.get(item["publisher"])
        if want is None:
            continue
        for kind, path in (("html", root / "pages" / f"{key}.html.gz"), ("text", root / "text" / f"{key}.txt")):
            if kind == "text" and not path.read_bytes().strip():
                continue  # an empty dump (a page its scripts blanked) is nobody's
            if claim(kind, path) != want:
                missed.append((key, kind))
    assert missed == []


def test_a_shared_footer_alone_names_no_outlet() -> None:
    """Four FUNKE papers print the same footer: without the paper's own promo no paper is named."""
    assert registry.entry_for_text("Story.\nEine Webseite der FUNKE Mediengruppe © 2025 FUNKE Mediengruppe") is None
    assert registry.entry_for_text("Story.\nCopyright © euronews 2024") is None
