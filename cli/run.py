"""Run the parser over every input and send each record to its sink."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from newsclean.parsers import NewscleanError, parse

from . import render
from .inputs import Expansion, InputRef, read_bytes
from .messages import Reporter
from .sinks import OutputNames, write_atomic


class RunSettings(NamedTuple):
    """The command line's options that the run and its workers act on."""

    fmt: str
    output_dir: Path | None
    source: str | None
    url: str | None
    timezone: str | None
    now: datetime | None
    explain: bool
    jobs: int = 1


def _file_time(ref: InputRef) -> datetime | None:
    if ref.is_stdin:
        return None
    try:
        return datetime.fromtimestamp(os.stat(ref.name).st_mtime, timezone.utc).replace(microsecond=0)
    except OSError:
        return None


class Outcome(NamedTuple):
    """One input's result: its record, or the one-line reason it failed."""

    name: str
    record: dict | None
    error: str | None


def process(ref: InputRef, settings: RunSettings, stdin_data: bytes | None) -> Outcome:
    """Read and parse one input; never raises."""
    try:
        data = read_bytes(ref, stdin_data)
        article = parse(
            data, source=settings.source, url=settings.url, default_tz=settings.timezone,
            now=settings.now or _file_time(ref), path=ref.name,
        )
    except NewscleanError as exc:
        return Outcome(ref.name, None, str(exc))
    except OSError as exc:
        return Outcome(ref.name, None, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a bug must not cost the other inputs their output
        return Outcome(ref.name, None, f"internal error ({type(exc).__name__}: {exc}); please report it")
    return Outcome(ref.name, article.to_dict(explain=settings.explain), None)


def _process_file(job: tuple[InputRef, RunSettings]) -> Outcome:
    return process(job[0], job[1], None)


def worker_count(jobs: int, n_inputs: int) -> int:
    """How many processes to use: ``jobs`` if given, else enough to pay for themselves.

    >>> worker_count(1, 500), worker_count(3, 2)
    (1, 2)
    >>> worker_count(0, 10)
    1
    """
    if jobs > 0:
        return max(1, min(jobs, n_inputs))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, n_inputs // 32))


def _outcomes(expansion: Expansion, settings: RunSettings) -> Iterator[Outcome]:
    """Every input's outcome, in input order, whatever the number of workers."""
    stdin_data = sys.stdin.buffer.read() if any(r.is_stdin for r in expansion.inputs) else None
    workers = worker_count(settings.jobs, len(expansion.inputs))
    if workers == 1:
        for ref in expansion.inputs:
            yield process(ref, settings, stdin_data)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        # stdin is read here once and parsed here; files are read and parsed in the workers.
        jobs = ((ref, settings) for ref in expansion.inputs if not ref.is_stdin)
        file_outcomes = pool.map(_process_file, jobs, chunksize=8)
        for ref in expansion.inputs:
            yield process(ref, settings, stdin_data) if ref.is_stdin else next(file_outcomes)


def _records(expansion: Expansion, settings: RunSettings, reporter: Reporter) -> Iterator[tuple[str, dict]]:
    for outcome in _outcomes(expansion, settings):
        reporter.done_one()
        if outcome.record is None:
            reporter.error(outcome.name, outcome.error or "failed")
        else:
            yield outcome.name, outcome.record


def _indent(text: str) -> str:
    return "".join("  " + line if line.strip() else line for line in text.splitlines(keepends=True))


def run_all(expansion: Expansion, settings: RunSettings, reporter: Reporter) -> None:
    with reporter.progress(len(expansion.inputs)):
        _send(_records(expansion, settings, reporter), expansion, settings, reporter)


def _send(records: Iterator[tuple[str, dict]], expansion: Expansion, settings: RunSettings,
          reporter: Reporter) -> None:
    if settings.output_dir is not None:
        _write_files(records, settings.output_dir, settings.fmt, reporter)
    elif settings.fmt == "json" and expansion.many:
        _write_json_array(records)
    else:
        for index, (_, record) in enumerate(records):
            if index and settings.fmt == "markdown":
                sys.stdout.write("\n")
            sys.stdout.write(render.render_one(record, settings.fmt))
            sys.stdout.flush()


def _write_json_array(records: Iterator[tuple[str, dict]]) -> None:
    """One JSON array, streamed record by record so memory stays flat."""
    out = sys.stdout
    out.write("[")
    count = 0
    for count, (_, record) in enumerate(records, 1):
        out.write(("," if count > 1 else "") + "\n" + _indent(render.to_json(record)).rstrip("\n"))
    out.write("\n]\n" if count else "]\n")


def _write_files(records: Iterator[tuple[str, dict]], directory: Path, fmt: str, reporter: Reporter) -> None:
    """One file per record in ``directory``, each written atomically."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reporter.error(str(directory), f"cannot create output directory: {exc.strerror or exc}")
        return
    names = OutputNames(directory, render.SUFFIX[fmt])
    for name, record in records:
        target = names.for_input(name)
        try:
            write_atomic(target, render.render_one(record, fmt))
        except OSError as exc:
            reporter.error(name, f"cannot write {target}: {exc.strerror or exc}")
