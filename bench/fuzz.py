"""Coverage-guided fuzzing of parse() with atheris: anything but an Article or a NewscleanError is a crash.

    python bench/fuzz.py CORPUS_DIR [-max_total_time=600] [other libFuzzer flags]

CORPUS_DIR is a scratch folder (created, and seeded with the project's samples when empty); libFuzzer adds
the inputs that reach new code to it and writes a crashing input to ``crash-*`` in the working folder.
Each crash found becomes a regression test in tests/hostile/test_fuzz_regressions.py. Needs
``pip install atheris`` (CPython 3.11 wheels exist; elsewhere use a long hypothesis run instead:
``HYPOTHESIS_PROFILE=long pytest tests/hostile/test_fuzz.py``).
"""
from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import newsclean.parsers
    from newsclean.parsers import NewscleanError, parse

    for module in pkgutil.walk_packages(newsclean.parsers.__path__, "newsclean.parsers."):
        importlib.import_module(module.name)  # the parsers import lazily: load them here to instrument them

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def one_input(data: bytes) -> None:
    """Parse one input twice: a NewscleanError, or the same JSON-ready record both times."""
    try:
        first = parse(data).to_dict(explain=True)
    except NewscleanError as exc:
        if not str(exc) or "\n" in str(exc):
            raise AssertionError(f"error message not one line: {exc!r}") from exc
        return
    if json.dumps(first, sort_keys=True) != json.dumps(parse(data).to_dict(explain=True), sort_keys=True):
        raise AssertionError("the same input gave two different records")


def seed(corpus: Path) -> None:
    """Fill an empty corpus folder with the samples (text dumps and pages, not the expected records)."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    for sample in SAMPLES.glob("*/*"):
        if sample.suffix in (".txt", ".html"):
            (corpus / f"{sample.parent.name}_{sample.name}").write_bytes(sample.read_bytes())


def main() -> None:
    args = sys.argv[1:]
    folders = [a for a in args if not a.startswith("-")]
    if not folders:
        sys.exit(__doc__)
    seed(Path(folders[0]))
    atheris.Setup([sys.argv[0], *args], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
