"""Text dumps per second: parse every dump of the dev corpus in one process.

    python bench/text_throughput.py [FOLDER] [--rounds N]

FOLDER defaults to ``../shared/corpus/dev/text`` beside the work tree; the script
says so and exits 0 when it is absent. Files are read once; only parsing is timed,
and every cache of the parsers is emptied before each round (a cold batch; compiled
regexes stay, as in any batch after its first page).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsclean.parsers import parse
from newsclean.parsers.record.errors import NewscleanError

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "text"


def clear_caches() -> None:
    """Empty every functools cache of the parsers (per-line features, normalized stamps, ...)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("newsclean.parsers"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    if not args.folder.is_dir():
        print(f"skipped: no corpus at {args.folder}", file=sys.stderr)
        return 0
    dumps = [(p.name, p.read_bytes()) for p in sorted(args.folder.glob("*.txt"))]
    lines = sum(data.count(b"\n") + 1 for _, data in dumps)
    best = float("inf")
    failed = 0
    for _ in range(max(1, args.rounds)):
        clear_caches()  # every round starts cold, as one batch run does
        start = time.perf_counter()
        failed = 0
        for name, data in dumps:
            try:
                parse(data, path=name, source="generic")
            except NewscleanError:
                failed += 1
        best = min(best, time.perf_counter() - start)
    print(f"{len(dumps)} dumps ({lines} lines, {failed} without an article) in {best:.3f}s "
          f"(best of {args.rounds}): {len(dumps) / best:,.0f} dumps/s, {lines / best:,.0f} lines/s, one process")
    return 0


if __name__ == "__main__":
    sys.exit(main())
