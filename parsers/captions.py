"""Photo captions and the credits printed at their end."""
from __future__ import annotations

import re

from . import patterns as pat
from .article import Image
from .lazyre import lazy

_SLASH_CREDIT = lazy(pat.SLASH_CREDIT)
_AGENCY_CREDIT = lazy(pat.AGENCY_CREDIT_LINE, re.IGNORECASE)
_AGENCY_SEPARATORS = lazy(r",|\band\b|&")


def split_slash_credit(line: str) -> Image | None:
    """A caption whose credit follows a slash, as CGTN and Xinhua print them.

    >>> split_slash_credit("Erdogan speaks in Ankara, Turkey, February 27, 2020. /AP")
    Image(caption='Erdogan speaks in Ankara, Turkey, February 27, 2020.', credit='AP', src=None)
    >>> split_slash_credit("The price rose 3/4 of a point.") is None
    True
    """
    return image_from(_SLASH_CREDIT.match(line))


def image_from(match: re.Match[str] | None) -> Image | None:
    """The image a caption pattern found: its groups ``caption`` and ``credit``, stripped."""
    if not match:
        return None
    return Image(caption=match["caption"].strip(), credit=match["credit"].strip())


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
    return [who.strip() for who in _AGENCY_SEPARATORS.split(match.group("who")) if who.strip()]


_CREDIT_TAILS = tuple(lazy(rx, re.IGNORECASE) for rx in pat.CAPTION_CREDIT_TAILS)
_CREDIT_ONLY = pat.compile_line_patterns(pat.CREDIT_ONLY_LINES)
_CAPTION_LABEL = lazy(pat.CAPTION_LABEL_LINE, re.IGNORECASE)
CAPTION_MAX = 1000  # characters: some captions run to a paragraph
CREDIT_REACH = 90  # characters at the end of a line where a credit and its mark stand
_CREDIT_MARK = lazy(r"[(/:：=©]")
_URL_END = lazy(r"\w\.[a-z]{2,}$|https?:$")  # "pic.twitter.com/Xy": a link, not a "/Credit"
_CREDIT_LABEL = lazy(pat.CREDIT_LABEL, re.IGNORECASE)


def credit_only(line: str) -> str | None:
    """The credit of a line that holds only a picture credit ("" for a bare "Credit..." label).

    >>> credit_only("Image Credit: WeWork")
    'WeWork'
    >>> credit_only("(Reed Saxon / Associated Press)")
    'Reed Saxon / Associated Press'
    >>> credit_only("Credit...")
    ''
    >>> credit_only("Getty Images")
    'Getty Images'
    >>> credit_only("Photos show the flood reached the second floor of the school.") is None
    True
    """
    if len(line) > 100 or not _CREDIT_ONLY.fullmatch(line) or _CAPTION_LABEL.fullmatch(line):
        return None
    return _CREDIT_LABEL.sub("", line).strip(" ()")


def split_caption_credit(line: str) -> Image | None:
    """A caption with its credit at the end: "(Getty Images)", "Photo: …", "© Reuters / Name", "/AP".

    >>> split_caption_credit("Fans cheer in Lisbon on Sunday. (Getty Images)")
    Image(caption='Fans cheer in Lisbon on Sunday.', credit='Getty Images', src=None)
    >>> split_caption_credit("The new bridge at night. Photo: Jane Doe")
    Image(caption='The new bridge at night.', credit='Jane Doe', src=None)
    >>> split_caption_credit("Police at the scene on Monday. © Reuters / John Roe")
    Image(caption='Police at the scene on Monday.', credit='Reuters / John Roe', src=None)
    >>> split_caption_credit("Image: Jose Mourinho has agreed a deal to become manager of Spurs")
    Image(caption='Jose Mourinho has agreed a deal to become manager of Spurs', credit=None, src=None)
    >>> split_caption_credit("Sales rose (see chart) in May.") is None
    True
    >>> split_caption_credit("Don't worry, South Dakota, we're on it pic.twitter.com/XPxUJuyIAC") is None
    True
    """
    if len(line) > CAPTION_MAX:
        return None
    labelled = ("：" in line or ":" in line) and _CAPTION_LABEL.fullmatch(line)  # the label's colon: a cheap test first
    if labelled:
        return Image(caption=labelled.group("caption").strip(), credit=None)
    if not _CREDIT_MARK.search(line, max(0, len(line) - CREDIT_REACH)):
        return None  # a credit stands at the end, after one of its marks
    for rx in _CREDIT_TAILS:
        match = rx.fullmatch(line)
        if match:
            credit = _CREDIT_LABEL.sub("", match.group("credit")).strip(" ()©")
            return Image(caption=match.group("caption").strip(), credit=credit or None)
    image = split_slash_credit(line)
    return None if image is None or _URL_END.search(image.caption) else image


def caption_line_image(text: str) -> Image:
    """The picture a caption line or a bare credit line stands for, its credit split off.

    >>> caption_line_image("Workers inspect the bridge on Monday. (Getty Images)")
    Image(caption='Workers inspect the bridge on Monday.', credit='Getty Images', src=None)
    >>> caption_line_image("Photo: Jane Doe")
    Image(caption=None, credit='Jane Doe', src=None)
    """
    return split_caption_credit(text) or Image(caption=None, credit=credit_only(text) or None)
