"""Whole-line matching of many alternatives, dispatched on the line's first character.

A regex of a hundred alternatives tries every one of them at the start of a line
(some 40 ns each); most of them begin with a letter the line does not. Grouping the
alternatives by the characters they may begin with leaves each line a handful to try,
with exactly the same answer: an alternative whose first character cannot be told
(``\\w+``, ``.*``, a class of thousands) goes into every group.
"""
from __future__ import annotations

import re
from re import _constants as sre  # the parse tree of the standard library's own regex parser
from re import _parser

_Chars = frozenset[str] | None  # None: any character may come first
_WIDEST_SET = 64  # characters: a class wider than this counts as "any"
DIGIT, SPACE = "\\d", "\\s"  # keys standing for every character of \\d (str.isdecimal) and \\s (str.isspace)
_CATEGORY_KEYS = {sre.CATEGORY_DIGIT: DIGIT, sre.CATEGORY_SPACE: SPACE}


def _first(items: list[tuple[object, object]]) -> tuple[_Chars, bool]:
    """The characters a parsed sequence may begin with, and whether it may match nothing."""
    chars: set[str] = set()
    for op, av in items:
        found, empty = _first_of(op, av)
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _first_of(op: object, av: object) -> tuple[_Chars, bool]:
    """:func:`_first` for one node of the parse tree."""
    if op is sre.LITERAL:
        return frozenset({chr(av)}), False  # type: ignore[arg-type]
    if op is sre.IN:
        return _class_chars(av), False  # type: ignore[arg-type]
    if op is sre.CATEGORY:
        key = _CATEGORY_KEYS.get(av)  # type: ignore[call-overload]
        return (None if key is None else frozenset({key})), False
    if op is sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # type: ignore[index,operator]  # "(?i:…)": either case may come first
            return None, False
        return _first(list(av[-1]))  # type: ignore[index]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, item = av  # type: ignore[misc]
        found, empty = _first(list(item))
        return found, empty or low == 0
    if op is sre.BRANCH:
        chars: set[str] = set()
        any_empty = False
        for branch in av[1]:  # type: ignore[index]
            found, empty = _first(list(branch))
            if found is None:
                return None, False
            chars |= found
            any_empty |= empty
        return frozenset(chars), any_empty
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset(), True  # zero-width: ignoring what it asks only widens the set
    return None, False  # ANY, NOT_LITERAL, categories, back-references: any character


def _class_chars(items: list[tuple[object, object]]) -> _Chars:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))  # type: ignore[arg-type]
        elif op is sre.RANGE and av[1] - av[0] < _WIDEST_SET:  # type: ignore[index,operator]
            chars.update(map(chr, range(av[0], av[1] + 1)))  # type: ignore[index,operator]
        elif op is sre.CATEGORY and av in _CATEGORY_KEYS:
            chars.add(_CATEGORY_KEYS[av])  # type: ignore[index]
        else:
            return None  # a negated class, a category (\\s, \\w) or a wide range
    return frozenset(chars)


def first_chars(pattern: str) -> _Chars:
    """The characters a match of ``pattern`` may begin with; None when any may (or it may be empty).

    >>> sorted(first_chars("share|print(?: this)?|e-?mail"))
    ['e', 'p', 's']
    >>> sorted(first_chars("(?:go )?back"))
    ['b', 'g']
    >>> sorted(first_chars(r"\\d*\\s*comments"))
    ['\\\\d', '\\\\s', 'c']
    >>> first_chars("x?") is None, first_chars(r"\\w+") is None, first_chars("(?i:share)") is None
    (True, True, True)
    """
    found, empty = _first(list(_parser.parse(pattern)))
    return None if empty else found


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside groups and classes (joined with "|" they give it back).

    >>> top_level_alternatives(r"share|print(?: this|that)?|[|a]b|\\|x")
    ['share', 'print(?: this|that)?', '[|a]b', '\\\\|x']
    """
    pieces, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char == "[":
            i += 2 if pattern[i + 1:i + 2] != "^" else 3  # a "]" first in a class is a member
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*pieces, pattern[start:]]


class FirstCharScreen:
    """``fullmatch`` of ``(?:alt1|alt2|…)suffix`` answered by the alternatives that may begin
    with the line's first character (each group compiled on first use).

    >>> screen = FirstCharScreen(("share", "print(?: this)?", r"\\d+ comments"), r"\\s*")
    >>> screen.fullmatch("print this"), screen.fullmatch("12 comments "), screen.fullmatch("printer")
    (True, True, False)
    >>> screen.fullmatch("")
    False
    """

    __slots__ = ("_alternatives", "_suffix", "_by_char", "_anywhere", "_groups")

    def __init__(self, alternatives: tuple[str, ...], suffix: str = "") -> None:
        self._alternatives = alternatives
        self._suffix = suffix
        self._by_char: dict[str, list[str]] = {}
        self._anywhere: list[str] = []
        self._groups: dict[str, re.Pattern[str] | None] | None = None  # sorted on first use (import stays cheap)

    def fullmatch(self, line: str) -> bool:
        """Whether one alternative (then the suffix) matches the whole of ``line``."""
        if not line:
            return False
        groups = self._groups if self._groups is not None else self._sort()
        first = _key(line[0])
        if first not in groups:
            groups[first] = self._group(first)
        group = groups[first]
        return group is not None and group.fullmatch(line) is not None

    def _sort(self) -> dict[str, re.Pattern[str] | None]:
        for alternative in (piece for pattern in self._alternatives for piece in top_level_alternatives(pattern)):
            chars = first_chars(alternative)
            if chars is None:
                self._anywhere.append(alternative)
            else:
                for char in chars:
                    self._by_char.setdefault(_key(char), []).append(alternative)
        self._groups = {}
        return self._groups

    def _group(self, char: str) -> re.Pattern[str] | None:
        alternatives = self._by_char.get(char, []) + self._anywhere
        return re.compile("(?:" + "|".join(alternatives) + ")" + self._suffix) if alternatives else None


def _key(char: str) -> str:
    """The group a line beginning with ``char`` looks in: digits and spaces share one each.

    >>> _key("7"), _key("\\u0663"), _key(" "), _key("a")
    ('\\\\d', '\\\\d', '\\\\s', 'a')
    """
    return DIGIT if char.isdecimal() else SPACE if char.isspace() else char
