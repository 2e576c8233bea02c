"""The ``newsclean`` command."""
from __future__ import annotations

import sys
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import inputs as input_refs
from .messages import Reporter

app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


class Format(str, Enum):
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
    return now if now.tzinfo else now.replace(tzinfo=timezone.utc)


def _check_zone(name: str | None) -> None:
    if name is None:
        return
    from newsclean.parsers.time.zones import zone

    if zone(name) is None:
        raise _usage_error(f"--timezone {name!r} is not an IANA time zone name (e.g. Asia/Shanghai)")


def _list_sources() -> None:
    from newsclean.parsers.sources.catalog import CATALOG

    for entry in CATALOG:
        print(f"{entry.id}\t{entry.name}\t{', '.join(entry.domains)}")
    print("generic\t(any other outlet)\t-")


def _print_schema() -> None:
    from importlib.resources import files

    sys.stdout.write(files("newsclean.parsers").joinpath("record/schema/article.schema.json").read_text("utf-8"))


@app.command(context_settings={"help_option_names": ["-h", "--help"]})
def main(
    inputs: Annotated[Optional[list[str]], typer.Argument(
        metavar="INPUT...",
        help="Files, directories (searched for .txt .text .html .htm), glob patterns, or - for stdin.",
        show_default=False)] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    output_dir: Annotated[Optional[Path], typer.Option(
        "--output-dir", "-o", help="Write one file per input into DIR instead of stdout.", file_okay=False)] = None,
    source: Annotated[Optional[str], typer.Option(help="Force a parser by source id (see --list-sources).")] = None,
    url: Annotated[Optional[str], typer.Option(help="The article's URL: picks the source and fills `url`.")] = None,
    timezone_name: Annotated[Optional[str], typer.Option(
        "--timezone", help="IANA zone for times printed without one, e.g. Europe/London.")] = None,
    now: Annotated[Optional[str], typer.Option(
        help="ISO 8601 instant that relative times ('3 hours ago') count from [default: the file's mtime].")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Add `removed`: what each rule took out, and why.")] = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, help="Worker processes; 0 = as many as pay off for the number of inputs.")] = 0,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No messages on stderr (exit codes still tell).")] = False,
    list_sources: Annotated[bool, typer.Option("--list-sources", help="List the known sources and exit.")] = False,
    schema: Annotated[bool, typer.Option("--schema", help="Print the JSON Schema of the record and exit.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    """Parse saved news articles (text dumps or HTML) into clean JSON, NDJSON or Markdown records."""
    if version:
        print(f"newsclean {_version()}")
        return
    if list_sources:
        _list_sources()
        return
    if schema:
        _print_schema()
        return
    if not inputs:
        raise _usage_error("no INPUT given (a file, a directory, or - for stdin); see --help")
    if inputs.count(input_refs.STDIN) > 1:
        raise _usage_error("'-' (stdin) can be given only once")
    _check_zone(timezone_name)
    from .run import RunSettings, run_all

    settings = RunSettings(
        fmt=format.value, output_dir=output_dir, source=source, url=url, timezone=timezone_name,
        now=_parse_now(now), explain=explain, jobs=jobs,
    )
    if source is not None and source != "generic":
        from newsclean.parsers.sources.catalog import BY_ID

        if source not in BY_ID:
            raise _usage_error(f"unknown --source {source!r} (see --list-sources)")
    reporter = Reporter(quiet)
    expansion = input_refs.expand(inputs)
    if not expansion.inputs:
        reporter.error(" ".join(inputs), "no input files found")
        raise typer.Exit(1)
    run_all(expansion, settings, reporter)
    raise typer.Exit(1 if reporter.failures else 0)


def run() -> None:
    """Console-script entry point."""
    app()
