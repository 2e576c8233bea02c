"""One run at a time per output directory: an fcntl lock on a dot-file in DIR."""
from __future__ import annotations

import os
from pathlib import Path

LOCK_NAME = ".newsclean.lock"


class Busy(Exception):
    """Another run holds the lock and the caller would not wait."""


def take_lock(directory: Path, wait: bool, on_wait: object = None) -> int:
    """Lock ``directory`` for this run and return the open descriptor (closing it, or exiting, frees the lock).

    Without ``wait`` a held lock raises :class:`Busy` at once; with it, ``on_wait`` (a
    callable, if given) is called once before blocking.
    """
    import fcntl

    fd = os.open(directory / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd
    except BlockingIOError:
        if not wait:
            os.close(fd)
            raise Busy(str(directory)) from None
    if callable(on_wait):
        on_wait()
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd
