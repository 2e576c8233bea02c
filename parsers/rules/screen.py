"""The cheap screen every line a page rule catches passes, built from the rules' own patterns and keys, and
the generic parser's lookup behind it (:func:`match_generic`)."""
from __future__ import annotations

from ..lazyre import key_search, lazy
from ..lines import holds_key
from ..vocab.closing import (
    ABOUT_KEYS,
    COMMENTS_LINES,
    COPYRIGHT,
    MORE_LINKS_LINES,
    RELATED_HEADINGS,
    RELATED_LINK_LINES,
    RIGHTS_RESERVED,
    TAGS_LINES,
)
from ..vocab.navigation import BREADCRUMB_KEYS, CONTACT_KEYS, FOOTER_KEYS, NAVIGATION_LINES
from ..vocab.widgets import (
    ADVERTISING_LINES,
    APP_PROMOTION_LINES,
    COOKIE_KEYS,
    COOKIE_LINES,
    NEWSLETTER,
    SCREEN_KEYS,
    SHARE_LINES,
    SHARE_WIDGETS,
    SUBSCRIPTION_LINES,
    SUBSCRIPTION_PHRASE_KEYS,
)
from .closing import about_heading
from .limits import SCREENED
from .registry import GENERIC_RULES, LineRule, match_rule

_SCREENED = tuple(dict.fromkeys(  # each pattern once: MORE_LINKS_LINES holds RELATED_HEADINGS
    COPYRIGHT + RELATED_HEADINGS + SHARE_WIDGETS + NEWSLETTER + MORE_LINKS_LINES
    + COMMENTS_LINES + TAGS_LINES + COOKIE_LINES + SHARE_LINES
    + SUBSCRIPTION_LINES + ADVERTISING_LINES + NAVIGATION_LINES + RELATED_LINK_LINES
    + APP_PROMOTION_LINES
))
# The screen runs on the lower-cased line without IGNORECASE (twice as fast); patterns that may
# match anywhere in a line (".{0,n}…") are screened by their keys instead.
_GENERIC_SCREEN = lazy("(?:" + "|".join(p for p in _SCREENED if not p.startswith(".{")) + r")\s*")
_GENERIC_KEYS = lazy(key_search(
    COOKIE_KEYS + SUBSCRIPTION_PHRASE_KEYS + SCREEN_KEYS + RIGHTS_RESERVED
    + FOOTER_KEYS + CONTACT_KEYS + BREADCRUMB_KEYS
))


def might_be_boilerplate(line: str) -> bool:
    """A cheap screen that every line a generic rule catches passes (most article lines do not).

    >>> might_be_boilerplate("Share"), might_be_boilerplate("We use cookies on this site to improve it, see policy.")
    (True, True)
    >>> might_be_boilerplate("The council voted on Tuesday to close the bridge.")
    False
    >>> might_be_boilerplate("As you comment, please be respectful of other commenters and other viewpoints. " * 2)
    True
    """
    size = len(line)
    if size >= SCREENED:  # only a cookie banner runs this long
        return size < 700 and holds_key(line, COOKIE_KEYS)
    low = line.lower()
    return bool(_GENERIC_SCREEN.fullmatch(low) or _GENERIC_KEYS.search(low)
                or low.startswith(ABOUT_KEYS) and about_heading(line))


def match_generic(line: str) -> LineRule | None:
    """The first of :data:`GENERIC_RULES` that calls ``line`` boilerplate, screened first for speed.

    >>> match_generic("Leave a Reply").kind
    'comments'
    >>> match_generic("Idlib is Syria's last rebel-held stronghold.") is None
    True
    """
    return match_rule(line, GENERIC_RULES) if might_be_boilerplate(line) else None
