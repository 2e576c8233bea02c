"""The ``newsclean`` command."""
from __future__ import annotations

import sys
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import inputs as input_refs
from .messages import Reporter
from .reading import DEFAULT_MAX_BYTES
from .run import RunSettings

EXIT_BUSY = 75  # EX_TEMPFAIL: another run holds the output directory; try again later
EXIT_SIGINT = 130

app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


class Format(StrEnum):
    json = "json"
    ndjson = "ndjson"
    markdown = "markdown"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsclean")
    except PackageNotFoundError:
        return "unknown"


def _usage_error(message: str) -> typer.Exit:
    print(f"newsclean: usage error: {message}", file=sys.stderr)
    return typer.Exit(2)


def _parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        now = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _usage_error(f"--now {value!r} is not an ISO 8601 time") from None
    return now if now.tzinfo else now.replace(tzinfo=UTC)


def _check_zone(name: str | None) -> None:
    if name is None:
        return
    from newsclean.parsers.time.zones import zone

    if zone(name) is None:
        raise _usage_error(f"--timezone {name!r} is not an IANA time zone name (e.g. Asia/Shanghai)")


def _list_sources() -> None:
    """One line a source: id, name, domains, languages, zone, and its layouts by kind (newest first,
    each with the date it stopped being valid)."""
    from newsclean.parsers.sources.catalog import CATALOG
    from newsclean.parsers.sources.registry import source_layouts

    print("id\tname\tdomains\tlanguages\tzone\tlayouts")
    for entry in CATALOG:
        layouts = "; ".join(f"{kind} {', '.join(names)}" for kind, names in source_layouts(entry).items() if names)
        print(f"{entry.id}\t{entry.name}\t{', '.join(entry.domains)}\t{', '.join(entry.languages)}\t"
              f"{entry.source_tz or '-'}\t{layouts}")
    print("generic\t(any other outlet)\t-\t-\t-\t-")


def _print_schema() -> None:
    from importlib.resources import files

    sys.stdout.write(files("newsclean.parsers").joinpath("record/schema/article.schema.json").read_text("utf-8"))


@app.command(context_settings={"help_option_names": ["-h", "--help"]})
def main(
    inputs: Annotated[list[str] | None, typer.Argument(
        metavar="INPUT...",
        help="Files, directories (every file in them that holds an article), glob patterns, or - for stdin. "
             "Pages, RSS/Atom feeds, WARC files, and any of them gzip/bzip2/xz-compressed.",
        show_default=False)] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    output_dir: Annotated[Path | None, typer.Option(
        "--output-dir", "-o", help="Write one file per record into DIR, mirroring the inputs' tree, "
                                    "instead of stdout.", file_okay=False)] = None,
    from_list: Annotated[str | None, typer.Option(
        "--from-list", metavar="FILE", help="Read input paths from FILE, one per line (- = stdin); "
                                            "PATH<TAB>URL gives that input its URL.")] = None,
    source: Annotated[str | None, typer.Option(help="Force a parser by source id (see --list-sources).")] = None,
    url: Annotated[str | None, typer.Option(
        help="The article's URL: picks the source and fills `url` (one input only; per input: --from-list).")] = None,
    timezone_name: Annotated[str | None, typer.Option(
        "--timezone", help="IANA zone for times printed without one, e.g. Europe/London.")] = None,
    now: Annotated[str | None, typer.Option(
        help="ISO 8601 instant that relative times ('3 hours ago') count from [default: the file's mtime].")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Add `removed`: what each rule took out, and why.")] = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, help="Worker processes; 0 = as many as pay off for the number of inputs.")] = 0,
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", min=1, help="Refuse an input (or its unpacked content) larger than this.")] = DEFAULT_MAX_BYTES,
    skip_unchanged: Annotated[bool, typer.Option(
        "--skip-unchanged", help="With -o: pass over inputs written before from the same bytes, version "
                                 "and options (state in DIR/.newsclean-state.json).")] = False,
    no_wait: Annotated[bool, typer.Option(
        "--no-wait", help="With -o: if another run holds DIR, exit at once (code 75) instead of waiting.")] = False,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No messages on stderr (exit codes still tell).")] = False,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="Also name each file passed over (no article in it, or unchanged).")] = False,
    list_sources: Annotated[bool, typer.Option("--list-sources", help="List the known sources and exit.")] = False,
    schema: Annotated[bool, typer.Option("--schema", help="Print the JSON Schema of the record and exit.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    """Parse saved news articles (text dumps, HTML, feeds, WARC) into clean JSON, NDJSON or Markdown records."""
    if version:
        print(f"newsclean {_version()}")
        return
    if list_sources:
        _list_sources()
        return
    if schema:
        _print_schema()
        return
    refs = _input_refs(inputs or [], from_list)
    if output_dir is None and (skip_unchanged or no_wait):
        raise _usage_error("--skip-unchanged and --no-wait need --output-dir (-o)")
    _check_zone(timezone_name)
    _check_source(source)
    settings = RunSettings(
        fmt=format.value, output_dir=output_dir, source=source, url=url, timezone=timezone_name,
        now=_parse_now(now), explain=explain, jobs=jobs, max_bytes=max_bytes, skip_unchanged=skip_unchanged,
    )
    reporter = Reporter(quiet, verbose)
    expansion = input_refs.expand(refs, skip_dir=output_dir, patterns=from_list is None)
    if url is not None and (expansion.many or len(expansion.inputs) > 1):
        raise _usage_error("--url names one article's page; with several inputs give each its URL in a "
                           "--from-list line (PATH<TAB>URL)")
    if not expansion.inputs:
        reporter.error(" ".join(inputs or [from_list or ""]), "no input files found")
        raise typer.Exit(1)
    raise typer.Exit(_run(expansion, settings, reporter, no_wait))


def _input_refs(arguments: list[str], list_file: str | None) -> list[input_refs.InputRef]:
    refs = input_refs.from_arguments(arguments)
    if list_file is not None:
        try:
            refs += input_refs.read_list(list_file)
        except OSError as exc:
            raise _usage_error(f"cannot read --from-list {list_file}: {exc.strerror or exc}") from None
    if not refs and list_file is None:
        raise _usage_error("no INPUT given (a file, a directory, or - for stdin); see --help")
    stdin_uses = arguments.count(input_refs.STDIN) + (list_file == input_refs.STDIN)
    stdin_uses += any(r.is_stdin for r in refs[len(arguments):])
    if stdin_uses > 1:
        raise _usage_error("'-' (stdin) can be given only once (as an input or as the --from-list file)")
    return refs


def _check_source(source: str | None) -> None:
    if source is not None and source != "generic":
        from newsclean.parsers.sources.catalog import BY_ID

        if source not in BY_ID:
            raise _usage_error(f"unknown --source {source!r} (see --list-sources)")


def _run(expansion: input_refs.Expansion, settings: RunSettings, reporter: Reporter, no_wait: bool) -> int:
    """Lock and load the state of an output directory, if there is one, then run the batch."""
    from .batch import run_batch

    directory = settings.output_dir
    if directory is None:
        return run_batch(expansion, settings, reporter, None)
    from .lock import Busy, held_lock
    from .state import RunState

    def say_waiting() -> None:
        if sys.stderr.isatty():  # a person waits at a terminal; cron needs no mail about it
            reporter.say(f"waiting for another run to finish with {directory}")

    try:
        directory.mkdir(parents=True, exist_ok=True)
        with held_lock(directory, wait=not no_wait, on_wait=say_waiting):
            state = RunState(directory, _version(), settings.fingerprint()) if settings.skip_unchanged else None
            if state is not None:
                state.load()
            return run_batch(expansion, settings, reporter, state)
    except Busy:
        reporter.say(f"another run is writing to {directory}; not started (--no-wait)")
        return EXIT_BUSY
    except KeyboardInterrupt:  # Ctrl-C while waiting for the lock: nothing started, nothing to clean
        return EXIT_SIGINT
    except OSError as exc:
        reporter.error(str(directory), f"cannot use the output directory: {exc.strerror or exc}")
        return 1


def run() -> None:
    """Console-script entry point."""
    app()
