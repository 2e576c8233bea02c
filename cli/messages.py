"""Messages for people, on standard error: plain text, colour and a progress bar only on a terminal."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

PROGRESS_FROM = 20  # inputs: fewer finish before a bar is worth drawing


class Reporter:
    """One line per failure, naming the input; nothing at all under ``--quiet``.

    Everything it draws goes to standard error; standard output carries only records,
    byte for byte the same on a terminal as in a pipe.
    """

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.failures = 0
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
        if self.quiet:
            return
        line = f"newsclean: {name}: {reason}"
        if self._console is not None:
            from rich.markup import escape

            self._console.print(f"[red]{escape(line)}[/red]", soft_wrap=True)  # one line, however long the name
        else:
            print(line, file=sys.stderr)

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
