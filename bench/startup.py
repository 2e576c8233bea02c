"""Start-up: one small input through the whole command, as a shell pipeline calls it.

Prints medians over alternating runs of
  newsclean SEED --format json           (the seed text, or our own sample without ../shared)
  newsclean small.html / generic.txt     (HTML, and a text dump from an outlet without a parser)
  trafilatura --json -i bench/data/small.html   (if a trafilatura command is found)
  python -c "import typer"  and  python -c pass   (the floor)
Usage: python bench/startup.py [--runs 10] [--trafilatura PATH]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEED = REPO.parent / "shared" / "seeds" / "000_f15701afe8d90ec0.txt"
SMALL_HTML = HERE / "data" / "small.html"
GENERIC_TEXT = REPO / "samples" / "generic" / "wire_story.txt"  # an outlet without its own parser
IMPORT_TYPER = 'python -c "import typer"'


def _text_input() -> Path:
    if SEED.is_file():
        return SEED
    return sorted((REPO / "samples").glob("cgtn/*.txt"))[0]


# Byte-code caches as an installed package has them: the warm-up run writes them.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--trafilatura", default=shutil.which("trafilatura"))
    args = parser.parse_args()
    newsclean = str(Path(sys.executable).with_name("newsclean"))
    commands = {
        "newsclean SEED --format json": [newsclean, str(_text_input()), "--format", "json"],
        "newsclean small.html --format json": [newsclean, str(SMALL_HTML), "--format", "json"],
        "newsclean generic.txt --format json": [newsclean, str(GENERIC_TEXT), "--format", "json"],
        IMPORT_TYPER: [sys.executable, "-c", "import typer"],
        "python -c pass": [sys.executable, "-c", "pass"],
    }
    if args.trafilatura:
        commands["trafilatura --json -i small.html"] = [args.trafilatura, "--json", "-i", str(SMALL_HTML)]
    for cmd in commands.values():  # warm the page cache
        _time(cmd)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            samples[name].append(_time(cmd))
    medians = {name: statistics.median(times) * 1000 for name, times in samples.items()}
    for name, ms in medians.items():
        print(f"{name:40} median {ms:7.1f} ms over {args.runs} runs")
    ours = medians["newsclean SEED --format json"]
    print(f"newsclean - import typer: {ours - medians[IMPORT_TYPER]:+.1f} ms (goal: at most +40 ms)")
    if "trafilatura --json -i small.html" in medians:
        ratio = ours / medians["trafilatura --json -i small.html"]
        print(f"newsclean / trafilatura: {ratio:.2f}x (goal: at most 0.5x)")


if __name__ == "__main__":
    main()
