"""Messages for people, on standard error: plain text, colour only on a terminal."""
from __future__ import annotations

import os
import sys


class Reporter:
    """One line per failure, naming the input; nothing at all under ``--quiet``."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.failures = 0
        self._console = None
        if sys.stderr.isatty() and not os.environ.get("NO_COLOR"):
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

    def warning(self, name: str, text: str) -> None:
        if not self.quiet and self._console is not None:
            from rich.markup import escape

            self._console.print(f"[yellow]warning[/yellow] newsclean: {escape(name)}: {escape(text)}")
