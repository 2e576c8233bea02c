"""Shared test fixtures: the JSON Schema validator and the paths to ../shared."""
from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_f15701afe8d90ec0.txt"
CORPUS = SHARED / "corpus" / "dev"
SAMPLES = REPO / "samples"


@pytest.fixture(scope="session")
def validate():
    """Validate a record against the shipped schema; raises on any mismatch."""
    from jsonschema import Draft202012Validator

    schema = json.loads(files("newsclean.parsers").joinpath("record/schema/article.schema.json").read_text("utf-8"))
    validator = Draft202012Validator(schema)

    def check(record: dict) -> dict:
        validator.validate(record)
        return record

    return check


@pytest.fixture
def seed_bytes() -> bytes:
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not here (a fresh clone has none)")
    return SEED.read_bytes()
