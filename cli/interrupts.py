"""SIGTERM and SIGINT during a batch: stop where it stands, clean up, report, exit 128 + the signal."""
from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_CAUGHT = (signal.SIGTERM, signal.SIGINT)


class Interrupted(BaseException):
    """Raised in the main process when a stop signal arrives (a BaseException, so no ``except Exception`` eats it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        """128 + the signal number, as shells report it: 143 for SIGTERM, 130 for SIGINT."""
        return 128 + self.signum

    @property
    def signal_name(self) -> str:
        return signal.Signals(self.signum).name


def ignore_stop_signals() -> None:
    """From now on SIGTERM and SIGINT are ignored: the clean-up must not be cut short."""
    for caught in _CAUGHT:
        signal.signal(caught, signal.SIG_IGN)


class _Hold:
    """Whether a block that must run whole is running, and the stop signal that came meanwhile."""

    depth = 0
    pending: int | None = None


def _raise(signum: int, frame: FrameType | None) -> None:
    ignore_stop_signals()  # a second signal during the clean-up must not cut it short
    if _Hold.depth:
        _Hold.pending = signum  # acted on when the block ends
        return
    raise Interrupted(signum)


@contextmanager
def stop_signals_raise() -> Iterator[None]:
    """Within the block, SIGTERM and SIGINT raise :class:`Interrupted`; the old handlers come back after."""
    old = {s: signal.signal(s, _raise) for s in _CAUGHT}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


@contextmanager
def signals_held() -> Iterator[None]:
    """Within the block a stop signal waits; :class:`Interrupted` is raised right after it.

    What the block does is then done whole: a file written and renamed, never a temp file
    left behind because a signal struck between its creation and its clean-up. (Masking
    the signal would not do: Python runs handlers in the main thread whichever thread
    the system delivered the signal to, and a worker pool has threads.)
    """
    _Hold.depth += 1
    try:
        yield
    finally:
        _Hold.depth -= 1
        if not _Hold.depth and _Hold.pending is not None:  # also when the block failed: the stop comes first
            signum, _Hold.pending = _Hold.pending, None
            raise Interrupted(signum)


def worker_ignores_sigint() -> None:
    """Pool initializer: Ctrl-C reaches the whole process group; only the main process acts on it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
