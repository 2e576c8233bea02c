"""Golden samples: every ``samples/**/<name>.txt|.html`` with a ``<name>.expected.json`` beside it.

The expected file holds the full schema-v1 record as ``--explain`` prints it
(``removed`` included), written by hand from what the article says. Two fields are
not compared: ``input.path`` (where the checkout lives) and ``input.sha256`` (the
bytes' hash, which changes with every edit of a sample and says nothing about the
parser); the rest of ``input`` (format, encoding) is compared like any field.

Add a sample by dropping both files into ``samples/<source or kind>/``; nothing
here needs to change.
"""
from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from conftest import SAMPLES

from newsclean.parsers import parse
from newsclean.parsers.sources.catalog import CATALOG

INPUT_SUFFIXES = (".txt", ".html")
IGNORED_INPUT_KEYS = ("path", "sha256")


def golden_pairs(root: Path) -> list[tuple[Path, Path]]:
    """Every (input, expected) pair under ``root``, sorted for stable test ids."""
    pairs = []
    for expected in sorted(root.rglob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        inputs = [expected.with_name(stem + suffix) for suffix in INPUT_SUFFIXES]
        found = [p for p in inputs if p.is_file()]
        assert len(found) == 1, f"{expected}: needs exactly one of {[p.name for p in inputs]} beside it"
        pairs.append((found[0], expected))
    return pairs


def comparable(record: dict) -> dict:
    """The record without the input fields that depend on where and which bytes."""
    out = dict(record)
    out["input"] = {k: v for k, v in record["input"].items() if k not in IGNORED_INPUT_KEYS}
    return out


PAIRS = golden_pairs(SAMPLES)


@pytest.mark.parametrize(
    ("sample", "expected"), PAIRS, ids=[str(p.relative_to(SAMPLES)) for p, _ in PAIRS]
)


def test_sample_matches_golden(sample: Path, expected: Path, validate) -> None:
    record = validate(parse(sample.read_bytes(), path=str(sample)).to_dict(explain=True))
    want = json.loads(expected.read_text("utf-8"))
    assert comparable(record) == comparable(want)


def test_every_sample_has_a_golden_file() -> None:
    """An input without its expected record is a sample nobody checks."""
    orphans = [
        p for p in SAMPLES.rglob("*")
        if p.suffix in INPUT_SUFFIXES and not p.with_name(p.stem + ".expected.json").is_file()
    ]
    assert orphans == []


def test_walker_found_the_cgtn_samples() -> None:
    """Guard against the walker silently finding nothing (a renamed folder, a bad glob)."""
    assert len([p for p, _ in PAIRS if p.parent.name == "cgtn"]) >= 6


@pytest.mark.parametrize("entry", CATALOG, ids=[e.id for e in CATALOG])
def test_source_lists_its_samples(entry) -> None:
    """A source module's ``SAMPLES`` index names exactly the inputs in ``samples/<id>/``."""
    module = importlib.import_module(f"newsclean.parsers.sources.{entry.module}")
    listed = getattr(module, "SAMPLES", None)
    if listed is None:
        pytest.skip(f"{entry.id} keeps no SAMPLES index")
    names = [name for name, _ in listed]
    on_disk = sorted(p.name for p in (SAMPLES / entry.id).glob("*") if p.suffix in INPUT_SUFFIXES)
    assert sorted(names) == on_disk
    assert len(names) == len(set(names)) and all(why.strip() for _, why in listed)
