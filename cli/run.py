"""Run the parser over every input (in worker processes when it pays) and send each record to its sink."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from .inputs import InputRef
from .reading import DEFAULT_MAX_BYTES, InputError, Skipped, read_file, read_stream


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
    max_bytes: int = DEFAULT_MAX_BYTES
    skip_unchanged: bool = False

    def fingerprint(self) -> str:
        """The options that shape a record, as one string (``--skip-unchanged`` redoes inputs when it changes)."""
        now = self.now.isoformat() if self.now else None
        return f"fmt={self.fmt} source={self.source} url={self.url} tz={self.timezone} now={now} explain={self.explain}"


class InputResult(NamedTuple):
    """One input's records (with their keys inside a container) and failures, or why it was passed over."""

    ref: InputRef
    sha256: str | None = None  # of the input's bytes, for --skip-unchanged
    records: tuple[tuple[str, dict], ...] = ()
    errors: tuple[tuple[str, str], ...] = ()  # (where in the input, or "" for all of it; the reason)
    skipped: str | None = None
    unchanged: bool = False


class Job(NamedTuple):
    """What a worker needs for one input."""

    ref: InputRef
    settings: RunSettings
    known_sha256: str | None  # the hash the last run wrote its outputs from (--skip-unchanged)


def _file_time(ref: InputRef) -> datetime | None:
    if ref.is_stdin:
        return None
    try:
        return datetime.fromtimestamp(os.stat(ref.name).st_mtime, UTC).replace(microsecond=0)
    except OSError:
        return None


def _read(ref: InputRef, cap: int) -> bytes:
    if ref.is_stdin:
        return read_stream(0, cap)
    if ref.scanned:
        from .screening import skip_reason

        return read_file(ref.name, cap, lambda head: skip_reason(ref.name, head))
    return read_file(ref.name, cap)


def _digest(data: bytes) -> str:
    """The input's SHA-256, for --skip-unchanged (hashlib is loaded only by runs that keep a state)."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


def process(job: Job) -> InputResult:
    """Read and parse one input; never raises (but for a stop signal)."""
    ref, settings = job.ref, job.settings
    try:
        data = _read(ref, settings.max_bytes)
        sha256 = _digest(data) if settings.skip_unchanged else None
        if sha256 is not None and job.known_sha256 == sha256:
            return InputResult(ref, sha256, skipped="unchanged since the last run", unchanged=True)
        from newsclean.parsers.containers import iter_articles
        from newsclean.parsers.record.options import ParseOptions

        options = ParseOptions(source=settings.source, url=ref.url or settings.url,
                               now=settings.now or _file_time(ref), default_tz=settings.timezone)
        records, errors = [], []
        for item in iter_articles(data, options, path=ref.name, max_bytes=settings.max_bytes):
            if item.article is not None:
                records.append((item.key, item.article.to_dict(explain=settings.explain)))
            else:
                errors.append((item.where, item.error or "failed"))
        return InputResult(ref, sha256, tuple(records), tuple(errors))
    except Skipped as exc:
        return InputResult(ref, skipped=str(exc))
    except InputError as exc:
        return InputResult(ref, errors=(("", str(exc)),))
    except OSError as exc:
        return InputResult(ref, errors=(("", f"cannot read: {exc.strerror or exc}"),))
    except Exception as exc:  # a bug must not cost the other inputs their output
        return InputResult(ref, errors=(("", f"internal error ({type(exc).__name__}: {exc}); please report it"),))


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


def results(inputs: list[InputRef], settings: RunSettings,
            known: Callable[[str], str | None] | None = None) -> Iterator[InputResult]:
    """Every input's result, in input order, whatever the number of workers.

    Closing the iterator (or a stop signal inside it) terminates the workers.
    """
    def job(ref: InputRef) -> Job:
        return Job(ref, settings, known(ref.name) if known else None)

    workers = worker_count(settings.jobs, len(inputs))
    if workers == 1:
        for ref in inputs:
            yield process(job(ref))
        return
    import multiprocessing

    from .interrupts import worker_ignores_sigint

    with multiprocessing.get_context("fork").Pool(workers, initializer=worker_ignores_sigint) as pool:
        # Standard input is read and parsed here; files are read and parsed in the workers.
        file_results = pool.imap(process, (job(ref) for ref in inputs if not ref.is_stdin), chunksize=4)
        for ref in inputs:
            yield process(job(ref)) if ref.is_stdin else next(file_results)
    # leaving the block terminates the pool: on a signal or close() too, so no worker outlives the run
