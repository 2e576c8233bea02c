"""Scaling: time linear in input size, memory flat in the number of inputs.

1. One article grown to 1x, 10x and 100x its paragraphs, parsed in-process (text and
   HTML): microseconds per KiB should stay about the same.
2. `newsclean DIR --format ndjson` over 10, 100 and 1000 copies of a page (one
   process): peak RSS should stay about the same.
Uses the project's own samples, so it runs on a fresh clone.
Usage: python bench/scaling.py
"""
from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsclean.parsers import parse

HERE = Path(__file__).resolve().parent
TEXT_SAMPLE = HERE.parent / "samples" / "cgtn" / "full_page.txt"
HTML_SAMPLE = HERE / "data" / "small.html"


def _grow_text(text: str, factor: int) -> str:
    """Repeat the article's prose paragraphs after its last one."""
    lines = text.split("\n")
    prose = [line for line in lines if len(line.split()) > 12]
    at = lines.index(prose[-1]) + 1
    return "\n".join(lines[:at] + ["", *("\n\n".join(prose) for _ in range(factor - 1))] + lines[at:])


def _grow_html(html: str, factor: int) -> str:
    """Repeat the paragraphs inside <article>."""
    start, end = html.index("<p>"), html.index("</article>")
    return html[:end] + html[start:end] * (factor - 1) + html[end:]


def _per_kib(data: bytes, repeats: int) -> float:
    start = time.perf_counter()
    for _ in range(repeats):
        parse(data)
    return (time.perf_counter() - start) / repeats / (len(data) / 1024) * 1e6


def size_scaling() -> None:
    for label, sample, grow in (("text", TEXT_SAMPLE, _grow_text), ("html", HTML_SAMPLE, _grow_html)):
        base = sample.read_text(encoding="utf-8")
        for factor in (1, 10, 100):
            data = grow(base, factor).encode("utf-8")
            repeats = max(3, 300 // factor)
            parse(data)  # warm up
            print(f"{label} {factor:>3}x  {len(data) / 1024:8.1f} KiB  {_per_kib(data, repeats):8.1f} µs/KiB")


def _peak_rss_kib(cmd: list[str]) -> int:
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    return int(subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True).stdout)


def input_count_scaling() -> None:
    newsclean = str(Path(sys.executable).with_name("newsclean"))
    data = TEXT_SAMPLE.read_bytes()
    for count in (10, 100, 1000):
        with tempfile.TemporaryDirectory() as folder:
            for n in range(count):
                (Path(folder) / f"page{n:04}.txt").write_bytes(data)
            start = time.perf_counter()
            rss = _peak_rss_kib([newsclean, folder, "--format", "ndjson", "--jobs", "1"])
            secs = time.perf_counter() - start
            print(f"{count:>5} inputs  peak RSS {rss / 1024:6.1f} MiB  {count / secs:7.0f} inputs/s (one process)")


if __name__ == "__main__":
    print(f"ru_maxrss units: KiB ({resource.getpagesize()} byte pages)")
    size_scaling()
    input_count_scaling()
