"""``--skip-unchanged``: what each input looked like when its records were last written, kept in a dot-file in DIR."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from .sinks import write_atomic

STATE_NAME = ".newsclean-state.json"
STATE_FORMAT = 1
SAVE_EVERY_SECONDS = 2.0


def state_key(name: str) -> str:
    """The input's absolute path: the same input from any working directory is one entry."""
    return os.path.abspath(name) if name != "-" else "-"


class RunState:
    """Input path → the content hash, newsclean version and options its outputs were written with.

    The file is replaced atomically (temp file + rename), at most every two seconds and
    at the end, so a run killed at any point leaves the last consistent copy: inputs done
    after it are simply done again.
    """

    def __init__(self, directory: Path, version: str, options: str) -> None:
        self.path = directory / STATE_NAME
        self.version = version
        self.options = options
        self.entries: dict[str, dict[str, str]] = {}
        self._dirty = False
        self._saved_at = time.monotonic()

    def load(self) -> None:
        """Read the file a previous run left; a missing or damaged one means start afresh."""
        try:
            held = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(held, dict) and held.get("format") == STATE_FORMAT and isinstance(held.get("inputs"), dict):
            self.entries = held["inputs"]

    def unchanged(self, name: str, sha256: str) -> bool:
        """The input was written with these very bytes, this version and these options."""
        entry = self.entries.get(state_key(name))
        return entry == {"sha256": sha256, "version": self.version, "options": self.options}

    def known_hash(self, name: str) -> str | None:
        """The content hash the last run wrote this input's outputs from, if version and options still match."""
        entry = self.entries.get(state_key(name)) or {}
        if entry.get("version") == self.version and entry.get("options") == self.options:
            return entry.get("sha256")
        return None

    def record_done(self, name: str, sha256: str) -> None:
        self.entries[state_key(name)] = {"sha256": sha256, "version": self.version, "options": self.options}
        self._dirty = True

    def record_failed(self, name: str) -> None:
        """Forget the input, so the next run tries it again."""
        if self.entries.pop(state_key(name), None) is not None:
            self._dirty = True

    def save_now_and_then(self) -> None:
        if self._dirty and time.monotonic() - self._saved_at >= SAVE_EVERY_SECONDS:
            self.save()

    def save(self) -> None:
        if not self._dirty:
            return
        body = json.dumps({"format": STATE_FORMAT, "inputs": self.entries}, ensure_ascii=True, sort_keys=True)
        write_atomic(self.path, body + "\n")
        self._dirty = False
        self._saved_at = time.monotonic()
