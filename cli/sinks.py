"""Records under ``-o DIR``: a tree that mirrors the inputs', each file written atomically, never outside DIR."""
from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from .interrupts import signals_held

TEMP_SUFFIX = ".tmp"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temp file and a rename: never half a file, no temp file left.

    A stop signal waits until the file is renamed (or its temp file removed).
    """
    import tempfile  # only --output-dir runs pay for it

    with signals_held():
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as handle:
                handle.write(text)
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual file mode
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def safe_parts(place: str) -> tuple[str, ...]:
    """The folders and name of an input's place with nothing that climbs or roots it.

    >>> safe_parts("../../etc/passwd"), safe_parts("/abs/./story.txt"), safe_parts("..")
    (('etc', 'passwd'), ('abs', 'story.txt'), ('article',))
    """
    parts = tuple(p for p in PurePosixPath(place).parts if p not in ("/", ".", "..", ""))
    return parts or ("article",)


def output_stem(place: str) -> str:
    """The input's place without its suffixes of format and compression: what the output is named after.

    >>> output_stem("a/story.txt"), output_stem("b/page.html.gz"), output_stem("c/crawl.warc.gz"), output_stem("-")
    ('a/story', 'b/page', 'c/crawl', 'stdin')
    >>> output_stem("v1.2/notes")
    'v1.2/notes'
    """
    if place == "-":
        return "stdin"
    *folders, name = safe_parts(place)
    for suffix in (".gz", ".bz2", ".xz"):
        name = name.removesuffix(suffix) if name.lower().endswith(suffix) else name
    stem, dot, suffix = name.rpartition(".")
    if dot and stem and suffix.isalpha() and len(suffix) <= 5:
        name = stem
    return "/".join([*folders, name])


class OutputTree:
    """Output paths in DIR that mirror the inputs' places, unique and the same from run to run.

    Each input takes a stem (``a/story``): one record goes to ``a/story.json``, the
    records of a feed or WARC file to ``a/story/<item key>.json``. Two inputs with one
    stem get ``-2``, ``-3`` in input order.

    >>> tree = OutputTree(Path("out"), ".json")
    >>> [str(tree.stem_for(p)) for p in ("a/story.txt", "b/story.txt", "a/story.html", "../../x.txt")]
    ['out/a/story', 'out/b/story', 'out/a/story-2', 'out/x']
    """

    def __init__(self, directory: Path, suffix: str) -> None:
        self.directory = directory
        self.suffix = suffix
        self.taken: set[str] = set()

    def stem_for(self, place: str) -> Path:
        stem, n = output_stem(place), 1
        candidate = stem
        while candidate in self.taken:
            n += 1
            candidate = f"{stem}-{n}"
        self.taken.add(candidate)
        return self.directory / candidate

    def file_for(self, stem: Path, key: str = "") -> Path:
        """The file for one record: the stem's own file, or ``key`` inside the stem's folder."""
        return stem / f"{key}{self.suffix}" if key else stem.with_name(stem.name + self.suffix)


class OutsideError(OSError):
    """A target whose folder resolves outside the output directory (a symlink planted in it)."""


def prepare_folder(target: Path, root: Path) -> None:
    """Make ``target``'s folder inside ``root``; raise :class:`OutsideError` when it would lie outside."""
    target.parent.mkdir(parents=True, exist_ok=True)
    real_root = os.path.realpath(root)
    real_parent = os.path.realpath(target.parent)
    if os.path.commonpath([real_root, real_parent]) != real_root:
        raise OutsideError(f"{target.parent} leads outside the output directory; not written")
