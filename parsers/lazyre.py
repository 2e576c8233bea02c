"""Regexes compiled on first use, so a run pays only for the patterns it needs.

Compiling is most of newsclean's start-up cost (the vocabularies are large), and a
one-file run of a pipeline uses a fraction of them. After the first call the
pattern's methods are the compiled pattern's own bound methods: no overhead.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)`` until a method is first called.

    >>> word = LazyPattern(r"\\bcopyright\\b", re.IGNORECASE)
    >>> word.search("Copyright 2020").group(0)
    'Copyright'
    >>> word.sub("(c)", "copyright")
    '(c)'
    """

    __slots__ = ("_source", "flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str | Callable[[], str], flags: int = 0) -> None:
        self._source = pattern  # or a function building it: a long alternation is built on first use too
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        for name in _METHODS:
            setattr(self, name, partial(self._first_call, name))

    @property
    def pattern(self) -> str:
        """The pattern's source (built now if it was given as a function).

        >>> LazyPattern(lambda: "|".join(["a", "b"])).pattern
        'a|b'
        """
        if callable(self._source):
            self._source = self._source()
        return self._source

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiling it now if need be)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
            for name in _METHODS:
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def _first_call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.compiled().groupindex)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}{'…' if len(self.pattern) > 40 else ''})"


def lazy(pattern: str | Callable[[], str], flags: int = 0) -> LazyPattern:
    """``re.compile`` that waits until the pattern is used (and, given a function, until it is built)."""
    return LazyPattern(pattern, flags)
