"""A phrase of the vocabulary with its screen keys, so that the two never drift apart."""
from __future__ import annotations

from typing import NamedTuple


class Phrase(NamedTuple):
    """A regular expression and the literal keys one of which every match holds, as written in the
    line (or as :func:`~newsclean.parsers.lines.case_blind` gives it where the rule says so): a
    cheap ``in`` test before the regex runs.

    >>> Phrase(r"\\bjoin our\\b.{0,30}\\bnewsletter\\b", ("join our",)).keys
    ('join our',)
    """

    pattern: str
    keys: tuple[str, ...]
