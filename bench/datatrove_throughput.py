"""Pages per second through a datatrove pipeline (1 and 2 workers) next to the CLI's --jobs 1 / 2.

    python bench/datatrove_throughput.py [--corpus dev --corpus wcxb-dev] [--files 4] [--repeat 3]

Needs the extra (``pip install '.[datatrove]'``) and ``../shared/corpus`` beside the work
tree (the script says so and exits 0 when it is absent). The corpus pages are packed
into ``--files`` gzipped WARC files (round robin; datatrove gives each task whole files,
so ``tasks`` is the number of files), each record with the page's URL from truth.json.
The same pages are also written as files into one folder for the CLI.

Each figure is one whole run in a fresh process, start-up included, so the pipeline and
the CLI are timed alike:

- pipeline: ``WarcReader → NewscleanStep → JsonlWriter`` under
  ``LocalPipelineExecutor(tasks=--files, workers=1|2)``, the README's recipe;
- CLI: ``newsclean FOLDER --format ndjson --quiet --jobs 1|2`` into a pipe.

Runs are interleaved and repeated; the best of ``--repeat`` is reported, with every
run's figure and the load average before and after. Each step's own time (from
datatrove's stats.json, summed over tasks) shows where a pipeline run goes: the
reader, newsclean (its parse-only rate per core) and the writer; the rest of the wall
time is start-up and waiting. Figures only.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from newsclean.integrations.datatrove import NewscleanStep
from newsclean.integrations.warc import CapturedPage, write_warc

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CRAWL_DATE = "2019-11-20T12:00:00Z"  # the dev pages were saved in November 2019

_PIPELINE = """
import sys
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import WarcReader
from datatrove.pipeline.writers import JsonlWriter
from newsclean.integrations.datatrove import NewscleanStep

warc, out, logs, tasks, workers = sys.argv[1:]
LocalPipelineExecutor(
    pipeline=[WarcReader(warc), NewscleanStep(), JsonlWriter(out)],
    tasks=int(tasks), workers=int(workers), logging_dir=logs,
).run()
"""


class Page(NamedTuple):
    """One corpus page: a file name unique across corpora, its URL, its bytes."""

    name: str
    url: str
    data: bytes


class Run(NamedTuple):
    """One timed run: wall seconds, records written, and each step's own seconds (pipeline only)."""

    seconds: float
    records: int
    step_seconds: dict[str, float] | None = None
    load: float = 0.0  # the 1-minute load average as the run started


def corpus_pages(name: str) -> list[Page]:
    """Every page of ``../shared/corpus/NAME`` (``ID.html`` or ``ID.html.gz``) with its truth URL."""
    folder = CORPORA / name
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((folder / "pages").iterdir()):
        page_id = path.name.split(".")[0]
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        url = truth[page_id]["url"] or f"https://unknown.invalid/{page_id}"  # a crawler always has one
        pages.append(Page(f"{name}-{page_id}.html", url, data))
    return pages


def pack(pages: list[Page], warc_dir: Path, page_dir: Path, files: int) -> None:
    """The pages as ``files`` WARC files (round robin) and as one folder of HTML files."""
    warc_dir.mkdir()
    page_dir.mkdir()
    for n in range(files):
        share = [CapturedPage(p.url, CRAWL_DATE, p.data) for p in pages[n::files]]
        write_warc(warc_dir / f"crawl-{n:02d}.warc.gz", share)
    for page in pages:
        (page_dir / page.name).write_bytes(page.data)


def _step_seconds(logs: Path) -> dict[str, float]:
    """Seconds spent in each step, summed over tasks, from datatrove's stats.json."""
    stats = json.loads((logs / "stats.json").read_text(encoding="utf-8"))
    return {step["name"].split(": ")[-1]: step["time_stats"]["total"] for step in stats}


def run_pipeline(warc_dir: Path, scratch: Path, tasks: int, workers: int) -> Run:
    """One pipeline run in a fresh interpreter, into fresh output and logging folders."""
    run_dir = Path(tempfile.mkdtemp(dir=scratch))
    out, logs = run_dir / "out", run_dir / "logs"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PIPELINE, str(warc_dir), str(out), str(logs), str(tasks),
                           str(workers)], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"the pipeline failed:\n{done.stderr[-3000:]}")
    records = sum(gzip.decompress(part.read_bytes()).count(b"\n") for part in out.glob("*.jsonl.gz"))
    return Run(seconds, records, _step_seconds(logs))


def run_cli(page_dir: Path, jobs: int) -> Run:
    """One ``newsclean FOLDER --format ndjson --jobs N`` run, records counted from its stdout."""
    command = Path(sys.executable).with_name("newsclean")
    start = time.perf_counter()
    done = subprocess.run([str(command), str(page_dir), "--format", "ndjson", "--quiet", "--jobs", str(jobs)],
                          capture_output=True, check=False)
    return Run(time.perf_counter() - start, done.stdout.count(b"\n"))


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", help="shared corpus to use (repeatable; default dev and wcxb-dev)")
    ap.add_argument("--files", type=int, default=4, help="WARC files = datatrove tasks (default 4)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    names = args.corpus or ["dev", "wcxb-dev"]
    missing = [n for n in names if not (CORPORA / n / "truth.json").is_file()]
    if missing:
        print(f"skipped: no corpus {', '.join(missing)} under {CORPORA}", file=sys.stderr)
        return 0
    pages = [page for name in names for page in corpus_pages(name)]
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        warc_dir, page_dir = scratch / "warc", scratch / "pages"
        pack(pages, warc_dir, page_dir, args.files)
        runners = {
            "pipeline, 1 worker ": lambda: run_pipeline(warc_dir, scratch, args.files, 1),
            "pipeline, 2 workers": lambda: run_pipeline(warc_dir, scratch, args.files, 2),
            "CLI --jobs 1       ": lambda: run_cli(page_dir, 1),
            "CLI --jobs 2       ": lambda: run_cli(page_dir, 2),
        }
        megabytes = sum(len(p.data) for p in pages) / 1e6
        print(f"{len(pages)} pages ({megabytes:.0f} MB) from {', '.join(names)}; {args.files} WARC files = tasks; "
              f"{os.cpu_count()} cores; load average before: {_load()}")
        runs: dict[str, list[Run]] = {label: [] for label in runners}
        for _ in range(args.repeat):  # interleaved, so a busy moment hits every route alike
            for label, runner in runners.items():
                load = os.getloadavg()[0]
                runs[label].append(runner()._replace(load=load))
    print(f"load average after: {_load()}")
    for label, measured in runs.items():
        report(label, measured, len(pages))
    return 0


def report(label: str, measured: list[Run], pages: int) -> None:
    """The best run's pages/s, every run's with the load it started under, and the steps' own times."""
    best = min(measured, key=lambda run: run.seconds)
    every = ", ".join(f"{pages / r.seconds:.0f} (load {r.load:.1f})" for r in measured)
    print(f"{label}  {pages / best.seconds:6.1f} pages/s, {best.records} records, {best.seconds:.1f} s; runs: {every}")
    if best.step_seconds:
        parse_rate = pages / best.step_seconds[NewscleanStep.name]
        steps = ", ".join(f"{name} {secs:.1f} s" for name, secs in best.step_seconds.items())
        print(f"    inside the tasks: {steps}; newsclean alone {parse_rate:.0f} pages/s per core")


if __name__ == "__main__":
    sys.exit(main())
