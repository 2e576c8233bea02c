"""Where records go: standard output, or one file per input written atomically."""
from __future__ import annotations

import os
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temp file and a rename: never half a file."""
    import tempfile  # only --output-dir runs pay for it

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual file mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class OutputNames:
    """Unique output file names in one directory, in input order.

    >>> names = OutputNames(Path("out"), ".json")
    >>> [names.for_input(n).name for n in ("a/story.txt", "b/story.txt", "-")]
    ['story.json', 'story-2.json', 'stdin.json']
    """

    def __init__(self, directory: Path, suffix: str) -> None:
        self.directory = directory
        self.suffix = suffix
        self.taken: set[str] = set()

    def for_input(self, name: str) -> Path:
        stem = "stdin" if name == "-" else Path(name).stem or "article"
        candidate, n = stem + self.suffix, 1
        while candidate in self.taken:
            n += 1
            candidate = f"{stem}-{n}{self.suffix}"
        self.taken.add(candidate)
        return self.directory / candidate
