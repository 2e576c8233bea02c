"""Run every doctest in the installed package: each rule's examples are tests."""
from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil

import pytest

import newsclean.cli
import newsclean.integrations
import newsclean.parsers

# Integration modules import their engine: without the extra they cannot be imported at all.
_EXTRA_OF = {"newsclean.integrations.datatrove": "datatrove"}


def _modules() -> list[str]:
    names = []
    for package in (newsclean.parsers, newsclean.cli, newsclean.integrations):
        names.append(package.__name__)
        names.extend(m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + "."))
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_doctests(name: str) -> None:
    engine = _EXTRA_OF.get(name)
    if engine and importlib.util.find_spec(engine) is None:
        pytest.skip(f"{engine} is not installed (pip install 'newsclean[datatrove]')")
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
