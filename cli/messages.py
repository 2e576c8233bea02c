"""Messages for people, on standard error: plain text, colour and a progress bar only on a terminal."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

PROGRESS_FROM = 20  # inputs: fewer finish before a bar is worth drawing


def shown(name: str) -> str:
    r"""A file name fit for one message line: control characters and undecodable bytes escaped.

    >>> shown("a\nb.txt"), shown("caf\udce9.txt"), shown("plain name.txt")
    ('a\\nb.txt', 'caf\\udce9.txt', 'plain name.txt')
    """
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in name)


class Reporter:
    """One line per failure, naming the input; nothing at all under ``--quiet``.

    Everything it draws goes to standard error; standard output carries only records,
    byte for byte the same on a terminal as in a pipe.
    """

    def __init__(self, quiet: bool, verbose: bool = False) -> None:
        self.quiet = quiet
        self.verbose = verbose and not quiet
        self.failures = 0
        self.done = 0  # records written
        self.skipped = 0  # files passed over: no article in them, or unchanged since the last run
        self.unchanged = 0
        self.started = time.monotonic()
        self._terminal = sys.stderr.isatty() and not quiet
        self._console = None
        self._advance = None
        if self._terminal:
            from rich.console import Console  # colour and the bar cost an import: terminals only

            # rich reads NO_COLOR itself: no colour then, and still stderr, never stdout.
            self._console = Console(stderr=True, highlight=False)

    def error(self, name: str, reason: str) -> None:
        """Report a failed input (counted even under ``--quiet``)."""
        self.failures += 1
        self.say(f"{shown(name)}: {shown(reason)}", style="red")  # one line, whatever the reason holds

    def say(self, message: str, style: str | None = None) -> None:
        """One line on stderr, ``newsclean: `` first; nothing under ``--quiet``."""
        if self.quiet:
            return
        line = f"newsclean: {message}"
        if self._console is not None:
            from rich.markup import escape

            self._console.print(f"[{style}]{escape(line)}[/{style}]" if style else escape(line), soft_wrap=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def skip(self, name: str, reason: str, unchanged: bool = False) -> None:
        """A file passed over; named only under ``--verbose``."""
        self.skipped += 1
        self.unchanged += unchanged
        if self.verbose:
            self.say(f"{shown(name)}: skipped ({reason})")

    def summary_line(self, interrupted: str | None = None) -> str:
        """The end-of-run count, e.g. ``1,204 done, 37 skipped, 3 failed in 12.1 s``.

        >>> r = Reporter(quiet=True); r.done, r.skipped, r.unchanged, r.failures = 1204, 37, 30, 3
        >>> r.summary_line().rsplit(' in ', 1)[0]
        '1,204 done, 37 skipped (30 unchanged), 3 failed'
        """
        unchanged = f" ({self.unchanged:,} unchanged)" if self.unchanged else ""
        took = time.monotonic() - self.started
        line = f"{self.done:,} done, {self.skipped:,} skipped{unchanged}, {self.failures:,} failed in {took:.1f} s"
        return line + (f"; stopped by {interrupted}" if interrupted else "")

    def summary(self, interrupted: str | None = None) -> None:
        """The end-of-run count, on a terminal only (a cron job's mail stays quiet when all went well)."""
        if self._console is not None:
            self._console.print(self.summary_line(interrupted), highlight=False, soft_wrap=True)

    def done_one(self) -> None:
        """One more input finished (moves the progress bar, if there is one)."""
        if self._advance is not None:
            self._advance()

    @contextmanager
    def progress(self, total: int) -> Iterator[None]:
        """A transient progress bar on a terminal for a large batch; nothing otherwise."""
        if self._console is None or total < PROGRESS_FROM:
            yield
            return
        from rich.progress import Progress

        # redirect_stdout would catch the records written to stdout and draw them on the terminal.
        with Progress(console=self._console, transient=True, redirect_stdout=False, redirect_stderr=False) as bar:
            task = bar.add_task("newsclean", total=total)
            self._advance = lambda: bar.advance(task)
            try:
                yield
            finally:
                self._advance = None
