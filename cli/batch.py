"""One batch from inputs to sinks: stdout or the output tree, state, lock, stop signals and the summary."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack
from itertools import chain
from typing import TYPE_CHECKING

from . import render
from .inputs import Expansion
from .interrupts import Interrupted, ignore_stop_signals, stop_signals_raise
from .messages import Reporter
from .run import InputResult, RunSettings, results

if TYPE_CHECKING:
    from .state import RunState  # only --skip-unchanged runs load it

EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a reader that went away


def _accounted(stream: Iterator[InputResult], reporter: Reporter) -> Iterator[InputResult]:
    """Each result after its failures and skips are reported and the progress bar moved."""
    for result in stream:
        reporter.done_one()
        for where, reason in result.errors:
            reporter.error(f"{result.ref.name}: {where}" if where else result.ref.name, reason)
        if result.skipped:
            reporter.skip(result.ref.name, result.skipped, result.unchanged)
        yield result


def _indent(text: str) -> str:
    return "".join("  " + line if line.strip() else line for line in text.splitlines(keepends=True))


def _counted_records(stream: Iterator[InputResult], reporter: Reporter) -> Iterator[tuple[str, dict]]:
    for result in stream:
        for keyed in result.records:
            reporter.done += 1
            yield keyed


def _to_stdout(stream: Iterator[InputResult], settings: RunSettings, many: bool, reporter: Reporter) -> None:
    """Records on stdout. JSON: one object for one page, else one array (several inputs, or a feed or
    WARC file, however many items it holds), so a script sees the same shape every run.

    Always UTF-8 (as JSON must be), whatever the locale says.
    """
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    keyed = _counted_records(stream, reporter)
    if settings.fmt == "json":
        first = next(keyed, None)
        if not many and (first is None or not first[0]):  # one input, a page (its key is empty), or nothing
            out.write(render.to_json(first[1]) if first is not None else "")
            return
        out.write("[")
        count = 0
        for count, (_, record) in enumerate(chain([first] if first else [], keyed), 1):
            # streamed record by record so memory stays flat
            out.write(("," if count > 1 else "") + "\n" + _indent(render.to_json(record)).rstrip("\n"))
        out.write("\n]\n" if count else "]\n")
        return
    records = (record for _, record in keyed)
    for index, record in enumerate(records):
        if index and settings.fmt == "markdown":
            out.write("\n")
        out.write(render.render_one(record, settings.fmt))
        out.flush()


def _to_tree(stream: Iterator[InputResult], settings: RunSettings, state: RunState | None,
             reporter: Reporter) -> None:
    """One file per record under DIR, mirroring the inputs' tree; the state follows what was written."""
    from .sinks import OutputTree, prepare_folder, write_atomic  # only -o runs need them

    root = settings.output_dir
    assert root is not None
    tree = OutputTree(root, render.SUFFIX[settings.fmt])
    for result in stream:
        stem = tree.stem_for(result.ref.place or result.ref.name)  # taken by every input: names stay put
        if result.skipped:
            continue
        written_all = not result.errors
        for key, record in result.records:
            target = tree.file_for(stem, key)
            try:
                prepare_folder(target, root)
                write_atomic(target, render.render_one(record, settings.fmt))
            except OSError as exc:
                written_all = False
                reporter.error(result.ref.name, f"cannot write {target}: {exc.strerror or exc}")
            else:
                reporter.done += 1
        if state is not None:
            if written_all and result.sha256:
                state.record_done(result.ref.name, result.sha256)
            else:
                state.record_failed(result.ref.name)
            state.save_now_and_then()


def _save(state: RunState | None, reporter: Reporter) -> None:
    if state is None:
        return
    try:
        state.save()
    except OSError as exc:
        reporter.error(str(state.path), f"cannot save the --skip-unchanged state: {exc.strerror or exc}")


def run_batch(expansion: Expansion, settings: RunSettings, reporter: Reporter, state: RunState | None) -> int:
    """Process every input and send its records on; the exit code (0, 1, or 128 + a stop signal)."""
    interrupted: Interrupted | None = None
    with ExitStack() as cleanup:
        cleanup.enter_context(stop_signals_raise())
        stream = results(expansion.inputs, settings, state.known_hash if state else None)
        cleanup.callback(stream.close)  # terminates the workers, whatever happens below
        try:
            with reporter.progress(len(expansion.inputs)):
                if settings.output_dir is not None:
                    _to_tree(_accounted(stream, reporter), settings, state, reporter)
                else:
                    _to_stdout(_accounted(stream, reporter), settings, expansion.many, reporter)
        except Interrupted as stop:
            interrupted = stop
        except BrokenPipeError:
            _quiet_stdout()
            return EXIT_BROKEN_PIPE
        finally:
            ignore_stop_signals()  # the clean-up below runs to its end
            stream.close()
            _save(state, reporter)
    if interrupted is not None:
        reporter.say(f"stopped by {interrupted.signal_name}; the inputs not done yet were not written")
        reporter.summary(interrupted.signal_name)
        return interrupted.exit_code
    reporter.summary()
    return 1 if reporter.failures else 0


def _quiet_stdout() -> None:
    """The reader of stdout went away: send what is left to /dev/null so exiting raises nothing more."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
