"""Unpack gzip, bzip2 and xz input in bounded steps, refusing anything that grows past a cap."""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ..record.errors import NewscleanError

DEFAULT_CAP = 64 * 1024 * 1024  # bytes an unpacked input may hold when the caller gives no cap
_STEP = 1024 * 1024  # bytes unpacked per call, so a bomb is stopped near the cap, not after it


class _Decompressor(Protocol):
    eof: bool
    unused_data: bytes

    def decompress(self, data: bytes, max_length: int = -1) -> bytes: ...


def _decompressor(kind: str) -> Callable[[], _Decompressor]:
    if kind == "gzip":
        import zlib

        return lambda: zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)  # type: ignore[return-value]
    if kind == "bz2":
        import bz2

        return bz2.BZ2Decompressor
    import lzma

    return lzma.LZMADecompressor


def _zlib_step(engine: _Decompressor, data: bytes, room: int) -> bytes:
    """One bounded step; zlib keeps the input it did not use in ``unconsumed_tail``."""
    return engine.decompress(data, room)


def unpack(data: bytes, kind: str, cap: int | None = None) -> bytes:
    """The unpacked bytes of a ``gzip``/``bz2``/``xz`` input (several members are joined).

    Raises :class:`NewscleanError` when they would pass ``cap`` bytes or the data is damaged.

    >>> import gzip
    >>> unpack(gzip.compress(b"<p>Hello</p>"), "gzip")
    b'<p>Hello</p>'
    >>> try:
    ...     unpack(gzip.compress(b"x" * 5000), "gzip", cap=4096)
    ... except NewscleanError as exc:
    ...     print(exc)
    gzip data unpacks to more than 4,096 bytes (the size cap; a decompression bomb?)
    """
    limit = DEFAULT_CAP if cap is None else cap
    make = _decompressor(kind)
    out = bytearray()
    pending = data
    try:
        while pending:
            engine = make()
            chunk = pending
            while not engine.eof:
                piece = engine.decompress(chunk, min(_STEP, limit + 1 - len(out)))
                out += piece
                if len(out) > limit:
                    raise NewscleanError(f"{kind} data unpacks to more than {limit:,} bytes "
                                         "(the size cap; a decompression bomb?)")
                chunk = getattr(engine, "unconsumed_tail", b"")
                if not piece and not chunk and getattr(engine, "needs_input", True):
                    raise NewscleanError(f"truncated {kind} data")
            pending = engine.unused_data.lstrip(b"\x00")  # the next member, if any (padding is zeros)
    except NewscleanError:
        raise
    except Exception as exc:  # zlib.error, OSError, lzma.LZMAError, EOFError: a damaged file
        raise NewscleanError(f"damaged {kind} data ({exc})") from None
    return bytes(out)


def peek(data: bytes, kind: str, size: int = 64) -> bytes:
    """The first ``size`` unpacked bytes, or b"" when they cannot be had.

    >>> import bz2
    >>> peek(bz2.compress(b"WARC/1.0\\r\\n"), "bz2", 5)
    b'WARC/'
    """
    try:
        return _decompressor(kind)().decompress(data[:65536], size)[:size]
    except Exception:  # damaged: unpack() reports it
        return b""
