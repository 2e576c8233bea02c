"""Breadcrumb trails and site suffixes: where the page says it sits, and whose it is."""
from __future__ import annotations

from ..lazyre import lazy
from ..vocab.header_labels import SITE_SUFFIX
from .views import LineView

_TRAIL_SEPARATOR = lazy(r"\s[»›>]\s")
TRAIL_REACH = 6  # lines above the headline where a breadcrumb trail ending with it may stand
_TRAIL_MARKS = frozenset("/|>»›:-–—")


def is_breadcrumb(text: str) -> bool:
    """A short trail of links to where the page sits ("Home » World", "News > Nation"): the headline follows it.

    >>> (is_breadcrumb("Home » Interesting"),
    ...  is_breadcrumb("News >  Nation"),
    ...  is_breadcrumb("Save 20% > see deals today now"))
    (True, True, False)
    """
    return len(text) <= 80 and len(text.split()) <= 6 and bool(_TRAIL_SEPARATOR.search(text))


def ends_trail_above(views: list[LineView], i: int) -> bool:
    """Line ``i`` ends a longer line a few lines above it: a breadcrumb trail ("Home / Guides / Packing
    Tips Guide", glued or not) that closes with the page's own headline.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("HomeGuidesPacking tips for a long move\\nShare\\n"
    ...                                "Packing tips for a long move\\n"))
    >>> ends_trail_above(views, 2), ends_trail_above(views, 0)
    (True, False)
    >>> ends_trail_above(view_lines(split_lines("The Valley Ledger\\nAbout\\nValley Ledger\\n")), 2)
    False
    """
    text = views[i].text
    for k in range(max(0, i - TRAIL_REACH), i):
        above = views[k].text
        if len(above) > len(text) and above.endswith(text):
            before = above[:-len(text)]
            if not before[-1].isspace() or before.rstrip()[-1:] in _TRAIL_MARKS:
                return True  # glued to the trail, or after one of its separators (not a longer name)
    return False


_SITE_SUFFIX = lazy(SITE_SUFFIX)


def split_site_suffix(title: str, page_lines: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """The headline and the site's name when the title ends with " | Site" (or " - Site" when the
    page names the site alone on a line); the site is None when there is no suffix.

    >>> split_site_suffix("Senate passes bridge bill | The Riverside Ledger")
    ('Senate passes bridge bill', 'The Riverside Ledger')
    >>> split_site_suffix("Senate passes bridge bill - Ledger", frozenset({"ledger"}))
    ('Senate passes bridge bill', 'Ledger')
    >>> split_site_suffix("Milan Design Week 2018 | Anastassiades' light installation for FLOS")[1] is None
    True
    >>> split_site_suffix("Tesla - the carmaker's bet")
    ("Tesla - the carmaker's bet", None)
    """
    match = _SITE_SUFFIX.fullmatch(title)
    if not match:
        return title, None
    site = match.group("site")
    barred = "|" in title and title.rindex("|") > len(title) // 2  # a bar in the title's second half
    if site.casefold() in page_lines or barred and len(site.split()) <= 4 and site[0].isupper():
        return match.group("title"), site
    return title, None
