"""Regexes compiled on first use, so a run pays only for the patterns it needs.

Compiling is most of newsclean's start-up cost (the vocabularies are large), and a
one-file run of a pipeline uses a fraction of them. After the first call the
pattern's methods are the compiled pattern's own bound methods: no overhead.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any, NamedTuple

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


class Phrase(NamedTuple):
    """A regular expression and the literal keys one of which every match holds, as written in the
    line (or as :func:`~newsclean.parsers.lines.case_blind` gives it where the rule says so): a
    cheap ``in`` test before the regex runs.

    >>> Phrase(r"\\bjoin our\\b.{0,30}\\bnewsletter\\b", ("join our",)).keys
    ('join our',)
    """

    pattern: str
    keys: tuple[str, ...]


def compile_line_patterns(patterns: tuple[str, ...]) -> LazyPattern:
    """One regex matching a whole line against any of ``patterns``.

    >>> compile_line_patterns(("share", "tweet")).fullmatch("Share") is not None
    True
    """
    return lazy("(?:" + "|".join(patterns) + r")\s*", re.IGNORECASE)


def compile_phrases(phrases: tuple[str, ...]) -> LazyPattern:
    """One regex finding any of ``phrases`` anywhere in a line (use ``search``).

    >>> compile_phrases((r"\\buses? cookies\\b", "consent")).search("This site uses cookies to improve it.") is not None
    True
    """
    return lazy("(?:" + "|".join(phrases) + ")", re.IGNORECASE)


# Characters from the most to the least frequent in Latin-script running text; others are rarer still.
_COMMON_CHARACTERS = " etaoinsrhldcumpfgbywvkjxqz"


def key_search(keys: tuple[str, ...]) -> str:
    """A regex finding any of the literal ``keys`` from one of its rare characters: a search stops
    only where one of the :func:`key_anchors` stands and looks back for the rest of the key (the
    screen's keys hold letters such as "b", "y", "@" that few places of a line do).

    >>> key_search(("subscri", "buy", "@"))
    '@|b(?:(?<=sub)scri|uy)'
    """
    anchors = key_anchors(keys)
    rarity = {char: _rarity(char) if char in anchors else -1 for char in set("".join(keys))}.__getitem__
    groups: dict[str, list[str]] = {}
    for key in keys:
        at = key.index(max(key, key=rarity))
        look = f"(?<={re.escape(key[:at + 1])})" if at else ""
        groups.setdefault(key[at], []).append(look + re.escape(key[at + 1:]))
    return "|".join(re.escape(char) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                    for char, rests in sorted(groups.items()))


def key_anchors(keys: tuple[str, ...]) -> frozenset[str]:
    """Few and rare characters, one of which each key holds: each key's rarest, less every common
    one the keys can do without ("buy" holds the "b" of "subscri": no stop at every "y").

    >>> sorted(key_anchors(("subscri", "buy", "@")))
    ['@', 'b']
    """
    rarity = {char: _rarity(char) for char in set("".join(keys))}.__getitem__
    anchors = {max(key, key=rarity) for key in keys}
    holding: dict[str, list[set[str]]] = {}  # anchor -> the characters of each key that holds it
    for key in keys:
        chars = set(key)
        for char in chars & anchors:
            holding.setdefault(char, []).append(chars)
    for char in sorted(anchors, key=lambda c: (rarity(c), c)):  # the most common first
        anchors.discard(char)
        if any(chars.isdisjoint(anchors) for chars in holding[char]):
            anchors.add(char)  # a key needs it
    return frozenset(anchors)


def _rarity(char: str) -> int:
    found = _COMMON_CHARACTERS.find(char)
    return len(_COMMON_CHARACTERS) if found < 0 else found


_QUANTIFIERS = frozenset("*+?{")
_SPECIAL = frozenset("[](){}|^$.")


def required_prefix(pattern: str) -> str:
    """The literal text every match of a case-sensitive ``pattern`` starts with, '' when it cannot tell:
    the characters before the first special one (less one a quantifier makes optional), read only when
    the pattern has no alternation at all. Found with ``in``, it lets a search that cannot
    match skip compiling the pattern.

    >>> required_prefix(r"^Copyright © Seznam Zprávy, a\\.s\\."), required_prefix(r"Anadolu Ajansı © \\d{4}")
    ('Copyright © Seznam Zprávy, a.s.', 'Anadolu Ajansı © ')
    >>> required_prefix(r"\\bWAZ-Newsletter\\b"), required_prefix(r"Colou?r"), required_prefix(r"a\\|b")
    ('WAZ-Newsletter', 'Colo', 'a|b')
    >>> required_prefix(r"^(?:a|b)c"), required_prefix(r"abc|d")
    ('', '')
    """
    if _has_alternation(pattern):
        return ""
    prefix: list[str] = []
    i = 1 if pattern.startswith("^") else 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith("\\b", i):  # a word boundary takes no characters
            i += 2
            continue
        if char in _QUANTIFIERS:
            return "".join(prefix[:-1])
        if char in _SPECIAL or (char == "\\" and (i + 1 == len(pattern) or pattern[i + 1].isalnum())):
            break
        if char == "\\":
            i += 1
            char = pattern[i]
        prefix.append(char)
        i += 1
    return "".join(prefix)


def _has_alternation(pattern: str) -> bool:
    """Whether the pattern holds a ``|`` outside brackets (and not escaped): an alternation somewhere."""
    in_class, i = False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "|" and not in_class:
            return True
        i += 1
    return False
