"""Turn the command's INPUT arguments (or a --from-list file) into an ordered list of inputs to read."""
from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

STDIN = "-"
_MAGIC = frozenset("*?[")


class InputRef(NamedTuple):
    """One input: a file path, or ``-`` for standard input.

    ``place`` is its path relative to the argument that found it (what ``-o DIR``
    mirrors); ``scanned`` marks a file found in a directory or by a glob, taken only
    when its content looks like an article; ``url`` is a per-input ``--url``.
    """

    name: str  # as shown in messages and in the record's input.path
    place: str = ""
    scanned: bool = False
    url: str | None = None

    @property
    def is_stdin(self) -> bool:
        return self.name == STDIN


class Expansion(NamedTuple):
    """The inputs to read, in order, and whether the arguments could name more than one."""

    inputs: list[InputRef]
    many: bool  # more than one input could come from these arguments (a directory, a glob, several)


def _walk(top: Path, skip: frozenset[tuple[int, int]] = frozenset()) -> Iterator[InputRef]:
    """Every visible file under ``top``, sorted; symlinked folders are not followed (no loops).

    ``skip`` holds (device, inode) of folders never to enter (the output directory).
    """
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and _identity(Path(root) / d) not in skip)
        for name in sorted(files):
            if not name.startswith("."):
                path = Path(root) / name
                yield InputRef(str(path), str(path.relative_to(top)), scanned=True)


def _identity(path: Path) -> tuple[int, int]:
    try:
        info = os.stat(path)
    except OSError:
        return (-1, -1)
    return (info.st_dev, info.st_ino)


def _glob(pattern: str, skip: frozenset[tuple[int, int]]) -> Iterator[InputRef]:
    """Matches of a glob pattern (``**`` = any folders), never through symlinked folders.

    pathlib's ``**`` does not follow symlinks to folders, so a loop cannot make it run
    forever; the glob module's does.
    """
    parts = Path(pattern).parts
    literal = next((i for i, part in enumerate(parts) if _MAGIC & set(part)), len(parts))
    base = Path(*parts[:literal]) if literal else Path(".")
    rest = str(Path(*parts[literal:]))
    for match in sorted(base.glob(rest)):
        if any(part.startswith(".") for part in match.relative_to(base).parts):
            continue
        if match.is_dir() and not match.is_symlink():
            yield from (ref._replace(place=str(Path(ref.name).relative_to(base))) for ref in _walk(match, skip))
        elif not match.is_dir():
            yield InputRef(str(match), str(match.relative_to(base)))  # named by the pattern: always read


def _is_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def expand(arguments: Iterable[InputRef], skip_dir: Path | None = None, patterns: bool = True) -> Expansion:
    """Expand files, directories (recursively) and, if ``patterns``, glob patterns, keeping argument order.

    A name that is neither an existing path nor a matching glob stays as given, so
    that reading it reports the problem by name.
    """
    skip = frozenset({_identity(skip_dir)}) if skip_dir is not None else frozenset()
    inputs: list[InputRef] = []
    given = list(arguments)
    many = len(given) > 1
    for ref in given:
        path = Path(ref.name)
        if ref.is_stdin:
            inputs.append(ref._replace(place="stdin"))
        elif _is_dir(path):
            many = True
            inputs.extend(_walk(path, skip))
        elif patterns and not os.path.lexists(path) and _MAGIC & set(ref.name):
            many = True
            inputs.extend(_glob(ref.name, skip))
        else:
            inputs.append(ref._replace(place=ref.place or ref.name))
    return Expansion(inputs, many)


def from_arguments(arguments: list[str]) -> list[InputRef]:
    """The INPUT arguments as references (paths, patterns or ``-``)."""
    return [InputRef(argument) for argument in arguments]


def from_list(lines: Iterable[str]) -> list[InputRef]:
    r"""Inputs listed one per line, each a literal path (never a pattern), ``PATH<TAB>URL`` giving its URL.

    >>> [(ref.name, ref.url) for ref in from_list(["a/story.txt\n", "\n", "b/page.html\thttps://gazette.example/b\n"])]
    [('a/story.txt', None), ('b/page.html', 'https://gazette.example/b')]
    """
    refs = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        path, _, url = line.partition("\t")
        refs.append(InputRef(path, path, url=url.strip() or None))
    return refs


def read_list(name: str) -> list[InputRef]:
    """The inputs listed in file ``name`` (``-`` = standard input); raise OSError when it cannot be read."""
    import sys

    if name == STDIN:
        stream = open(sys.stdin.fileno(), encoding="utf-8", errors="surrogateescape", newline="\n", closefd=False)
    else:
        stream = open(name, encoding="utf-8", errors="surrogateescape", newline="\n")
    with stream:
        return from_list(stream)
