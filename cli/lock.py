"""One run at a time per output directory: an fcntl lock on a dot-file in DIR."""
from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".newsclean.lock"


class Busy(Exception):
    """Another run holds the lock and the caller would not wait."""


@contextmanager
def held_lock(directory: Path, wait: bool, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold ``directory``'s lock within the block (the system frees it too if the process dies).

    Without ``wait`` a held lock raises :class:`Busy` at once; with it, ``on_wait`` is
    called once before blocking until the other run is done. It is a POSIX record lock
    (``lockf``), which belongs to this process alone: forked workers do not inherit it,
    so it never outlives the run that took it (``flock`` would be shared with them).
    """
    import fcntl

    fd = os.open(directory / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise
            if not wait:
                raise Busy(str(directory)) from None
            if on_wait is not None:
                on_wait()
            fcntl.lockf(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
