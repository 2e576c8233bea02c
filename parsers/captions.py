"""Photo captions and the credits printed at their end."""
from __future__ import annotations

import re

from . import patterns as pat
from .article import Image

_SLASH_CREDIT = re.compile(pat.SLASH_CREDIT)
_AGENCY_CREDIT = re.compile(pat.AGENCY_CREDIT_LINE, re.IGNORECASE)


def split_slash_credit(line: str) -> Image | None:
    """A caption whose credit follows a slash, as CGTN and Xinhua print them.

    >>> split_slash_credit("Erdogan speaks in Ankara, Turkey, February 27, 2020. /AP")
    Image(caption='Erdogan speaks in Ankara, Turkey, February 27, 2020.', credit='AP', src=None)
    >>> split_slash_credit("The price rose 3/4 of a point.") is None
    True
    """
    match = _SLASH_CREDIT.match(line)
    if not match:
        return None
    return Image(caption=match.group("caption").strip(), credit=match.group("credit").strip())


def agency_credit(line: str) -> list[str] | None:
    """The agencies named in a "(with input from ...)" line, or None if it is not one.

    >>> agency_credit("(with input from agencies)")
    ['agencies']
    >>> agency_credit("(With input from Xinhua and AFP)")
    ['Xinhua', 'AFP']
    """
    match = _AGENCY_CREDIT.fullmatch(line.strip())
    if not match:
        return None
    return [who.strip() for who in re.split(r",|\band\b|&", match.group("who")) if who.strip()]
