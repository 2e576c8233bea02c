"""Every record newsclean gives for the samples and the ../shared corpora, to compare two versions.

    python bench/records_snapshot.py OUT.ndjson [--only samples,dev,wcxb,fundus] [--jobs N]
    python bench/records_snapshot.py --compare OLD.ndjson NEW.ndjson

The first form parses every sample (``samples/*/*``), the seed, and the text and HTML
pages of ``../shared/corpus/{dev,wcxb-dev,fundus-dev}`` where present, with ``--explain``
and a fixed ``now``, and writes one line per input (its name, then its record or its
error). The second prints the inputs whose line differs, and how many. A change meant
to leave output alone (a move, a speed-up) must report ``0 differ``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
CORPORA = {"dev": "corpus/dev", "wcxb": "corpus/wcxb-dev", "fundus": "corpus/fundus-dev"}


def inputs(only: set[str]) -> Iterator[Path]:
    """Every input file, in a fixed order."""
    if "samples" in only:
        yield from sorted(p for p in (REPO / "samples").glob("*/*") if p.suffix in (".txt", ".html"))
        yield from sorted((SHARED / "seeds").glob("*.txt"))
    for key, folder in CORPORA.items():
        if key in only:
            yield from sorted((SHARED / folder / "text").glob("*.txt"))
            yield from sorted((SHARED / folder / "pages").glob("*.html*"))


def record_line(path: Path) -> str:
    """One input's name and its record (or its error) as one JSON line."""
    from newsclean.parsers import NewscleanError, parse

    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    name = str(path.relative_to(REPO.parent))
    try:
        record = parse(data, now=NOW, path=name.removesuffix(".gz")).to_dict(explain=True)
    except NewscleanError as exc:
        record = {"error": str(exc)}
    return json.dumps({"input": name, "record": record}, ensure_ascii=False, sort_keys=False)


def snapshot(out: Path, only: set[str], jobs: int) -> None:
    paths = list(inputs(only))
    with ProcessPoolExecutor(max_workers=jobs) as pool, out.open("w", encoding="utf-8") as handle:
        for line in pool.map(record_line, paths, chunksize=16):
            handle.write(line + "\n")
    print(f"{len(paths)} records written to {out}")


def compare(old: Path, new: Path) -> int:
    def load(path: Path) -> dict[str, str]:
        return {json.loads(line)["input"]: line for line in path.read_text(encoding="utf-8").split("\n") if line}

    before, after = load(old), load(new)
    differ = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    for name in differ[:50]:
        print("differs:", name)
    print(f"{len(differ)} of {len(before.keys() | after.keys())} differ")
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--only", default="samples,dev,wcxb,fundus")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if args.compare:
        return compare(*args.paths[:2])
    snapshot(args.paths[0], set(args.only.split(",")), args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
