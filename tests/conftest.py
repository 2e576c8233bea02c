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
# Fundus publisher name -> the outlet parser of ours that reads its fundus-dev pages.
FUNDUS_OUTLETS = {"BSZ": "bsz", "BerlinerMorgenpost": "morgenpost", "HamburgerAbendblatt": "abendblatt", "WAZ": "waz",
                  "TheMirror": "mirror", "DailyStar": "dailystar", "EuronewsDE": "euronews_de",
                  "EuronewsEN": "euronews_en", "EuronewsFR": "euronews_fr",
                  "SRF": "srf", "ZwanzigMinuten": "20min", "BR": "br", "BoersenZeitung": "boersen_zeitung", "DW": "dw",
                  "DieWelt": "welt", "FAZ": "faz", "MDR": "mdr",
                  "NTV": "ntv", "Stern": "stern", "NationalPost": "nationalpost", "NineNews": "ninenews",
                  "Metro": "metro",
                  "TheTelegraph": "telegraph", "APNews": "apnews", "BusinessInsider": "businessinsider",
                  "SeznamZpravy": "seznamzpravy", "LaVanguardia": "lavanguardia",
                  "ABC": "abc", "HankookIlbo": "hankookilbo",
                  "Dagbladet": "dagbladet", "Rzeczpospolita": "rzeczpospolita", "NTVTR": "ntvtr",
                  "AnadoluAjansi": "anadolu"}


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
