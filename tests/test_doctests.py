"""Run every doctest in the installed package: each rule's examples are tests."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsclean.cli
import newsclean.parsers


def _modules() -> list[str]:
    names = []
    for package in (newsclean.parsers, newsclean.cli):
        names.extend(m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + "."))
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
