"""Every regex of the parsers, every registered line rule, and the time, caption, credit and byline readers
take time linear in the line's length on adversarial lines (long runs of spaces, digits, dots, dashes,
capitals, repeated date fragments, "By By By …"): no catastrophic backtracking.

No wall-clock budget: each check times a line of n and of 16n characters and fails only when the longer took
far more than 16 times as long (a quadratic pattern takes 256 times, an exponential one never ends: a guard
interrupts it). The patterns are found by walking the modules, so a new one is checked without a word here.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import signal
import time
from collections.abc import Callable, Iterator
from functools import partial

import pytest

import newsclean.parsers
from newsclean.parsers.lazyre import LazyPattern, Phrase

SMALL = 700  # characters; the long line is GROWTH times this (11,200 characters)
GROWTH = 16
MAX_RATIO = 4 * GROWTH  # linear time gives GROWTH, quadratic GROWTH ** 2: half way between, in ratio
NOISE_FLOOR = 0.004  # seconds: below this a long line is fast whatever the ratio says
HANG_GUARD = 5.0  # seconds for one call: far past any linear time, it ends a catastrophic backtrack


def _repeat(unit: str, size: int, lead: str = "", tail: str = "") -> str:
    return lead + unit * (size // len(unit) + 1) + tail


# Adversarial lines by family: each a function of the line's length.
FAMILIES: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: _repeat(" ", n, "a", "b"),
    "spaces-then-dot": lambda n: _repeat(" ", n, "By", "."),
    "digits": lambda n: _repeat("8", n, "", "news"),
    "digits-spaced": lambda n: _repeat("8 ", n, "share ", "x"),
    "dots": lambda n: _repeat(".", n, "", "x"),
    "dashes": lambda n: _repeat("-", n, "", "x"),
    "dash-words": lambda n: _repeat("a-", n),
    "capitals": lambda n: _repeat("A", n, "", " x"),
    "capital-words": lambda n: _repeat("ABC ", n, "", "x"),
    "name-words": lambda n: _repeat("Ann Lee ", n, "By ", "said"),
    "by-by": lambda n: _repeat("By ", n, "", "Ann"),
    "names-and": lambda n: _repeat("Ann Lee, ", n, "By ", "and"),
    "iso-dates": lambda n: _repeat("2020-02-28 07:03 ", n),
    "dotted-dates": lambda n: _repeat("19.11.2019 ", n, "Updated "),
    "us-dates": lambda n: _repeat("Nov. 19, 2019 ", n, "Published "),
    "clocks": lambda n: _repeat("8:03 am ET ", n),
    "ago": lambda n: _repeat("3 hours ago ", n),
    "credits": lambda n: _repeat("Photo: Getty Images/", n, "", "AP"),
    "agencies": lambda n: _repeat("(AP) ", n, "BEIJING ", "--"),
    "slashes": lambda n: _repeat("a/", n, "", "b"),
    "brackets": lambda n: _repeat("(", n, "[", "x"),
    "commas": lambda n: _repeat("a, ", n),
    "words": lambda n: _repeat("word ", n, "", "."),
    "quotes": lambda n: _repeat('"a" ', n),
    "cjk": lambda n: _repeat("北京 ", n, "记者", "报道"),
    "share-words": lambda n: _repeat("Share Tweet ", n, "", "8"),
}


def _run(method: Callable[..., object], line: str) -> object:
    result = method(*(("", line) if method.__name__ in ("sub", "subn") else (line,)))
    return list(result) if method.__name__ == "finditer" else result


class _Hung(Exception):
    pass


def _interrupt(*_: object) -> None:
    raise _Hung


def _fastest(call: Callable[[], object], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def _growth_problem(call: Callable[[str], object], family: Callable[[int], str]) -> str | None:
    """None when ``call`` takes about linear time on the family's short and long line, else what went wrong."""
    small, large = family(SMALL), family(SMALL * GROWTH)
    previous = signal.signal(signal.SIGALRM, _interrupt)
    signal.setitimer(signal.ITIMER_REAL, HANG_GUARD)
    try:
        large_time = _fastest(lambda: call(large), rounds=1)
        if large_time > NOISE_FLOOR:  # most calls end here: fast on the long line, whatever the short one took
            small_time = _fastest(lambda: call(small))
            large_time = _fastest(lambda: call(large))
    except _Hung:
        return f"still running after {HANG_GUARD:.0f} s"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if large_time > NOISE_FLOOR and large_time > MAX_RATIO * small_time:
        ratio = large_time / small_time
        return f"{GROWTH}x the line took {ratio:.0f}x the time ({small_time:.4f} s -> {large_time:.4f} s)"
    return None


def _modules() -> Iterator[object]:
    for info in pkgutil.walk_packages(newsclean.parsers.__path__, "newsclean.parsers."):
        yield importlib.import_module(info.name)


def _compiled(value: object) -> re.Pattern[str] | None:
    pattern = value.compiled() if isinstance(value, LazyPattern) else value
    if isinstance(value, Phrase):
        pattern = re.compile(value.pattern, re.IGNORECASE)
    if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
        return pattern
    return None  # no pattern, or one for bytes (sniffing raw input, not lines)


_METHOD_CALL = r"\b{}\.(search|match|fullmatch|finditer|findall|sub|subn|split)\("
ANCHORED = ("match", "fullmatch")  # how a pattern no module calls by name is used (a vocabulary string)


def _patterns() -> dict[str, tuple[re.Pattern[str], tuple[str, ...]]]:
    """Every compiled pattern of the parsers' modules (alone or in a tuple, list or dict), with the methods
    its module calls on it, and every string of a vocabulary module compiled as a pattern, by where it is found.

    A pattern meant for whole lines (``fullmatch``) may well be quadratic under ``search``; it is timed the
    way the code runs it.
    """
    found: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {}
    for module in _modules():
        vocabulary = "vocab" in module.__name__.split(".")[-2:] or module.__name__.endswith(".vocab")
        source = inspect.getsource(module)
        for name, value in vars(module).items():
            methods = tuple(dict.fromkeys(re.findall(_METHOD_CALL.format(re.escape(name)), source))) or ANCHORED
            items = _items(value)
            for index, item in enumerate(items):
                if not isinstance(item, str) or vocabulary:
                    pattern = _compiled(item) if not isinstance(item, str) else _vocabulary_pattern(item)
                    if pattern is not None:
                        found.setdefault(f"{module.__name__}.{name}[{index}]", (pattern, methods))
    return found


def _items(value: object) -> list[object]:
    if isinstance(value, dict):
        return list(value.values())
    return list(value) if isinstance(value, (tuple, list)) else [value]


def _vocabulary_pattern(text: str) -> re.Pattern[str] | None:
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error:
        return None  # a plain word list or a literal, not a pattern


def _line_readers() -> dict[str, Callable[[str], object]]:
    """Every registered line rule, and the readers that take one line: times, captions, credits, bylines."""
    from newsclean.parsers.people import bylines, captions, credits, datelines
    from newsclean.parsers.rules.registry import RULES
    from newsclean.parsers.time import header, reading
    from newsclean.parsers.time.stamp import TimeContext

    readers: dict[str, Callable[[str], object]] = {f"rule {rule.name}": rule.test for rule in RULES}
    for module in (bylines, captions, credits, datelines):
        for name, function in vars(module).items():
            own = getattr(function, "__module__", "") == module.__name__
            if own and callable(function) and _takes_a_line(function):
                readers[f"{module.__name__}.{name}"] = function
    readers["time.header.find_time_in"] = header.find_time_in
    readers["time.header.has_yearless_date"] = header.has_yearless_date
    readers["time.reading.find_dates"] = lambda line: reading.find_dates(line, TimeContext())
    return readers


def _takes_a_line(function: Callable[..., object]) -> bool:
    annotations = getattr(function, "__annotations__", {})
    arguments = [v for k, v in annotations.items() if k != "return"]
    return len(arguments) == 1 and arguments[0] in (str, "str")


PATTERNS = _patterns()
READERS = _line_readers()


def test_the_walk_finds_the_patterns_the_issue_names() -> None:
    names = " ".join(PATTERNS)
    for expected in ("credits._PICTURE_NOTE", "credits._BRACKETED_CREDIT", "datelines._TRAILING_AGENCY",
                     "credits._BARE_CREDIT", "html.images._BRACKETED_CREDIT", "rules.screen._GENERIC_SCREEN",
                     "bylines._SEPARATORS", "rules.widgets._SHARE_LINE"):
        assert expected in names
    assert len(PATTERNS) > 1000 and len(READERS) > 30


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_pattern_is_linear(family: str) -> None:
    problems = []
    for name, (pattern, methods) in PATTERNS.items():
        for method in methods:
            problem = _growth_problem(partial(_run, getattr(pattern, method)), FAMILIES[family])
            if problem:
                problems.append(f"{name}.{method}: {problem}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_line_reader_is_linear(family: str) -> None:
    problems = [f"{name}: {problem}" for name, reader in READERS.items()
                if (problem := _growth_problem(reader, FAMILIES[family]))]
    assert not problems, "\n".join(problems)
