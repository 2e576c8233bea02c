"""Turn the command's INPUT arguments into an ordered list of inputs to read."""
from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

INPUT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm"})
STDIN = "-"


class InputRef(NamedTuple):
    """One input: a file path, or ``-`` for standard input."""

    name: str  # as shown in messages and in the record's input.path

    @property
    def is_stdin(self) -> bool:
        return self.name == STDIN


class Expansion(NamedTuple):
    """The inputs to read, in order, and whether the arguments could name more than one."""

    inputs: list[InputRef]
    many: bool  # more than one input could come from these arguments (a directory, a glob, several)


def _walk(directory: Path) -> list[InputRef]:
    """Every input file under ``directory`` by suffix, sorted, hidden files and folders skipped."""
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            InputRef(str(Path(root) / f)) for f in sorted(files)
            if Path(f).suffix.lower() in INPUT_SUFFIXES and not f.startswith(".")
        )
    return found


def expand(arguments: list[str]) -> Expansion:
    """Expand files, directories (recursively) and glob patterns, keeping argument order.

    A name that is neither an existing path nor a matching glob stays as given, so
    that reading it reports the problem by name.
    """
    inputs: list[InputRef] = []
    many = len(arguments) > 1
    for argument in arguments:
        path = Path(argument)
        if argument == STDIN:
            inputs.append(InputRef(STDIN))
        elif path.is_dir():
            many = True
            inputs.extend(_walk(path))
        elif not path.exists() and any(c in argument for c in "*?["):
            import glob  # only glob patterns pay for it

            many = True
            for match in sorted(glob.glob(argument, recursive=True)):
                inputs.extend(_walk(Path(match)) if Path(match).is_dir() else [InputRef(match)])
        else:
            inputs.append(InputRef(argument))
    return Expansion(inputs, many)


def read_bytes(ref: InputRef, stdin_data: bytes | None) -> bytes:
    """The input's bytes; raise OSError (with a reason) when they cannot be read."""
    if ref.is_stdin:
        return stdin_data or b""
    path = Path(ref.name)
    if path.is_dir():
        raise IsADirectoryError("is a directory")
    return path.read_bytes()
