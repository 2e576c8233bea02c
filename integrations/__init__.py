"""Adapters that run newsclean inside other engines, each behind its own optional extra.

Nothing here is imported by ``newsclean.parsers`` or ``newsclean.cli``; import the
adapter you use, e.g. ``from newsclean.integrations.datatrove import NewscleanStep``
(needs ``pip install 'newsclean[datatrove]'``).
"""


def missing_extra(error: ModuleNotFoundError, extra: str) -> ModuleNotFoundError:
    """The error an adapter raises when its engine is absent: it names the extra to install.

    >>> missing_extra(ModuleNotFoundError("No module named 'datatrove'", name="datatrove"), "datatrove").msg
    "No module named 'datatrove': pip install 'newsclean[datatrove]'"
    """
    return ModuleNotFoundError(f"{error.msg}: pip install 'newsclean[{extra}]'", name=error.name)
