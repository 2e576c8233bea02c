"""Read one input's bytes safely: regular files only, never past a size cap, never blocking."""
from __future__ import annotations

import os
import stat
from collections.abc import Callable

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
HEAD_BYTES = 4096  # what a directory's file is judged by before it is read whole

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class InputError(Exception):
    """An input that is not read, with the one-line reason (no name: the caller knows it)."""


class Skipped(Exception):
    """A file found in a directory that holds no article (an image, a script): passed over, not failed."""


def _not_regular(mode: int) -> str | None:
    """What a non-regular file is, or None for a regular file.

    >>> _not_regular(stat.S_IFIFO | 0o644), _not_regular(stat.S_IFREG | 0o644)
    ('a FIFO (named pipe)', None)
    """
    if stat.S_ISDIR(mode):
        return "a directory"
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return None


def _too_large(cap: int) -> InputError:
    return InputError(f"larger than --max-bytes ({cap:,} bytes); not read")


def _read_upto(fd: int, limit: int) -> bytes:
    chunks, got = [], 0
    while got < limit:
        chunk = os.read(fd, min(1 << 20, limit - got))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def read_file(name: str, cap: int = DEFAULT_MAX_BYTES, screen: Callable[[bytes], str | None] | None = None) -> bytes:
    """The bytes of regular file ``name``; raise :class:`InputError` (or OSError) when it is not one,
    is larger than ``cap``, or — given ``screen`` — :class:`Skipped` when ``screen`` finds a reason
    in its first bytes.

    A FIFO or a device is never opened for reading (opening a FIFO would block), and the
    file is opened without blocking and checked again, so a file swapped for one between
    the two looks is still refused.
    """
    kind = _not_regular(os.stat(name).st_mode)
    if kind:
        raise InputError(f"{kind}, not a regular file; not read")
    fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        kind = _not_regular(info.st_mode)
        if kind:
            raise InputError(f"{kind}, not a regular file; not read")
        head = _read_upto(fd, HEAD_BYTES)
        reason = screen(head) if screen is not None else None
        if reason:
            raise Skipped(reason)
        if info.st_size > cap:
            raise _too_large(cap)
        data = head + _read_upto(fd, cap + 1 - len(head))  # one byte past the cap tells a grown file
    finally:
        os.close(fd)
    if len(data) > cap:
        raise _too_large(cap)
    return data


def read_stream(fd: int, cap: int = DEFAULT_MAX_BYTES) -> bytes:
    """All of a stream (standard input) up to ``cap`` bytes; more raises :class:`InputError`."""
    data = _read_upto(fd, cap + 1)
    if len(data) > cap:
        raise _too_large(cap)
    return data
