"""HTML throughput: ``newsclean DIR --format ndjson`` (one process) next to trafilatura's
``extract()`` in-process, over the same pages, in one run; plus newsclean's peak memory
per page.

Run it with the interpreter that has trafilatura (the peer-comparison venv), pointing
at the newsclean command of the project's venv::

    /work/benchvenv/bin/python bench/html_throughput.py \\
        --newsclean /work/venv/bin/newsclean --pages ../shared/corpus/dev/pages

newsclean runs with ``--jobs 1`` (one process); each figure is the best of
``--repeat`` interleaved runs. Peak RSS per page is measured by running newsclean on
each page alone (a fresh process per page, with the interpreter beside the newsclean
command) and reading that process's ``VmHWM`` (Linux). Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_PAGES = HERE.parent.parent / "shared" / "corpus" / "dev" / "pages"


def time_newsclean(command: str, pages: Path, count: int) -> float:
    """Pages per second of one ``newsclean DIR --format ndjson`` process."""
    start = time.perf_counter()
    done = subprocess.run([command, str(pages), "--format", "ndjson", "--quiet", "--jobs", "1"], capture_output=True)
    seconds = time.perf_counter() - start
    records = done.stdout.count(b"\n")
    if records != count:
        print(f"warning: newsclean wrote {records} records for {count} pages", file=sys.stderr)
    return count / seconds


def time_trafilatura(files: list[Path]) -> float | None:
    """Pages per second of trafilatura's ``extract()`` in this process (None if not installed)."""
    try:
        import trafilatura
    except ImportError:
        return None
    data = [f.read_bytes() for f in files]
    trafilatura.extract(data[0])  # warm-up: imports and caches
    start = time.perf_counter()
    for page in data:
        trafilatura.extract(page)
    return len(data) / (time.perf_counter() - start)


_MEASURED_RUN = """
import sys
from newsclean.cli.main import run
try:
    run()
except SystemExit:
    pass
with open("/proc/self/status") as status:
    print(next(line for line in status if line.startswith("VmHWM")).split()[1], file=sys.stderr)
"""


def peak_rss_mb(python: str, files: list[Path]) -> tuple[float, str]:
    """The largest peak RSS (MB) of newsclean run on one page per process, and which page.

    Each run reads its own ``VmHWM`` (Linux): the high-water mark of that process's
    memory after exec, so the bench's own memory does not count.
    """
    worst, worst_page = 0.0, ""
    for f in files:
        done = subprocess.run([python, "-c", _MEASURED_RUN, str(f), "--format", "ndjson", "--quiet", "--jobs", "1"],
                              capture_output=True, text=True)
        kilobytes = int(done.stderr.strip().splitlines()[-1])
        if kilobytes / 1024 > worst:
            worst, worst_page = kilobytes / 1024, f.name
    return worst, worst_page


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--newsclean", default=shutil.which("newsclean") or "newsclean")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs of each; the best is reported")
    ap.add_argument("--no-memory", action="store_true", help="skip the per-page memory runs")
    args = ap.parse_args()
    files = sorted(p for p in args.pages.iterdir() if p.suffix in (".html", ".htm"))
    if not files:
        sys.exit(f"no .html pages in {args.pages}")
    ours, theirs = 0.0, 0.0
    for _ in range(args.repeat):  # interleaved, so a busy moment on the machine hits both
        ours = max(ours, time_newsclean(args.newsclean, args.pages, len(files)))
        theirs = max(theirs, time_trafilatura(files) or 0.0)
    theirs = theirs or None
    print(f"pages: {len(files)} ({sum(f.stat().st_size for f in files) / 1e6:.1f} MB) in {args.pages}")
    print(f"newsclean (one process, incl. start-up): {ours:7.1f} pages/s")
    if theirs is None:
        print("trafilatura: not installed in this interpreter (run with the peer-comparison venv)")
    else:
        print(f"trafilatura extract() (in-process):      {theirs:7.1f} pages/s")
        print(f"ratio newsclean / trafilatura:           {ours / theirs:7.2f}x")
    if not args.no_memory:
        python = str(Path(args.newsclean).resolve().parent / "python")
        peak, page = peak_rss_mb(python, files)
        print(f"newsclean peak RSS, one page per process: {peak:.0f} MB (max over the corpus, at {page})")


if __name__ == "__main__":
    main()
