"""Messages for people, on standard error: plain text, colour and a progress bar only on a terminal."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

PROGRESS_FROM = 20  # inputs: fewer finish before a bar is worth drawing


class Reporter:
    """One line per failure, naming the input; nothing at all under ``--quiet``."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.failures = 0
        self._terminal = sys.stderr.isatty() and not quiet
        self._console = None
        self._advance = None
        if self._terminal and not os.environ.get("NO_COLOR"):
            from rich.console import Console  # colour costs an import: terminals only

            self._console = Console(stderr=True, highlight=False)

    def error(self, name: str, reason: str) -> None:
        """Report a failed input (counted even under ``--quiet``)."""
        self.failures += 1
        if self.quiet:
            return
        line = f"newsclean: {name}: {reason}"
        if self._console is not None:
            from rich.markup import escape

            self._console.print(f"[red]{escape(line)}[/red]")
        else:
            print(line, file=sys.stderr)

    def done_one(self) -> None:
        """One more input finished (moves the progress bar, if there is one)."""
        if self._advance is not None:
            self._advance()

    @contextmanager
    def progress(self, total: int) -> Iterator[None]:
        """A transient progress bar on a terminal for a large batch; nothing otherwise."""
        if not self._terminal or total < PROGRESS_FROM:
            yield
            return
        from rich.progress import Progress

        with Progress(console=self._console, transient=True) as bar:
            task = bar.add_task("newsclean", total=total)
            self._advance = lambda: bar.advance(task)
            try:
                yield
            finally:
                self._advance = None
