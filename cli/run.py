"""Run the parser over every input and send each record to its sink."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from newsclean.parsers import NewscleanError, parse

from . import render
from .inputs import Expansion, InputRef, read_bytes
from .messages import Reporter
from .sinks import OutputNames, write_atomic


@dataclass(frozen=True, slots=True)
class RunSettings:
    fmt: str
    output_dir: Path | None
    source: str | None
    url: str | None
    timezone: str | None
    now: datetime | None
    explain: bool


def _file_time(ref: InputRef) -> datetime | None:
    if ref.is_stdin:
        return None
    try:
        return datetime.fromtimestamp(os.stat(ref.name).st_mtime, timezone.utc).replace(microsecond=0)
    except OSError:
        return None


def _records(expansion: Expansion, settings: RunSettings, reporter: Reporter) -> Iterator[tuple[InputRef, dict]]:
    """Parse each input in order, yielding records and reporting failures."""
    stdin_data = sys.stdin.buffer.read() if any(r.is_stdin for r in expansion.inputs) else None
    for ref in expansion.inputs:
        try:
            data = read_bytes(ref, stdin_data)
            article = parse(
                data, source=settings.source, url=settings.url, default_tz=settings.timezone,
                now=settings.now or _file_time(ref), path=ref.name,
            )
        except NewscleanError as exc:
            reporter.error(ref.name, str(exc))
            continue
        except OSError as exc:
            reporter.error(ref.name, f"cannot read: {exc.strerror or exc}")
            continue
        except Exception as exc:  # a bug must not cost the other inputs their output
            reporter.error(ref.name, f"internal error ({type(exc).__name__}: {exc}); please report it")
            continue
        yield ref, article.to_dict(explain=settings.explain)


def _indent(text: str) -> str:
    return "".join("  " + line if line.strip() else line for line in text.splitlines(keepends=True))


def run_all(expansion: Expansion, settings: RunSettings, reporter: Reporter) -> None:
    records = _records(expansion, settings, reporter)
    if settings.output_dir is not None:
        _write_files(records, settings, reporter)
    elif settings.fmt == "json" and expansion.many:
        _write_json_array(records)
    else:
        for index, (_, record) in enumerate(records):
            if index and settings.fmt == "markdown":
                sys.stdout.write("\n")
            sys.stdout.write(render.render_one(record, settings.fmt))
            sys.stdout.flush()


def _write_json_array(records: Iterator[tuple[InputRef, dict]]) -> None:
    """One JSON array, streamed record by record so memory stays flat."""
    out = sys.stdout
    out.write("[")
    count = 0
    for count, (_, record) in enumerate(records, 1):
        out.write(("," if count > 1 else "") + "\n" + _indent(render.to_json(record)).rstrip("\n"))
    out.write("\n]\n" if count else "]\n")


def _write_files(records: Iterator[tuple[InputRef, dict]], settings: RunSettings, reporter: Reporter) -> None:
    directory = settings.output_dir
    assert directory is not None
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reporter.error(str(directory), f"cannot create output directory: {exc.strerror or exc}")
        return
    names = OutputNames(directory, render.SUFFIX[settings.fmt])
    for ref, record in records:
        target = names.for_input(ref.name)
        try:
            write_atomic(target, render.render_one(record, settings.fmt))
        except OSError as exc:
            reporter.error(ref.name, f"cannot write {target}: {exc.strerror or exc}")
