"""Rules for the page around the article: navigation labels, footer links, contact lines, separators, entry stamps."""
from __future__ import annotations

import re

from ..lazyre import compile_line_patterns, compile_phrases, lazy
from ..lines import case_blind
from ..vocab.header_labels import ENTRY_TIME_STAMP
from ..vocab.navigation import (
    BREADCRUMB_LINES,
    CONTACT_PHRASES,
    FOOTER_KEYS,
    FOOTER_PHRASES,
    NAVIGATION_LINES,
    PUBLISHER_PHRASES,
)
from .limits import SEPARATOR_CHARS

_NAVIGATION = compile_line_patterns(NAVIGATION_LINES + BREADCRUMB_LINES)
_FOOTER = compile_phrases(FOOTER_PHRASES)
_ENTRY_TIME_STAMP = lazy(ENTRY_TIME_STAMP, re.IGNORECASE)
_CONTACT = lazy("|".join(CONTACT_PHRASES))
_PUBLISHER = lazy("|".join(PUBLISHER_PHRASES))


def navigation_label(line: str) -> bool:
    """A skip link, menu toggle or other label of the site's navigation.

    >>> navigation_label("Skip to main content"), navigation_label("- Menu -"), navigation_label("Read More")
    (True, True, True)
    >>> navigation_label("Search teams found the hikers on Sunday.")
    False
    """
    return len(line) < 60 and bool(_NAVIGATION.fullmatch(line))


def footer_link(line: str) -> bool:
    """A legal or corporate link of the page footer.

    >>> footer_link("Privacy Policy"), footer_link("Powered by WordPress.com VIP")
    (True, True)
    >>> footer_link("The firm changed its privacy policy after a fine, regulators said on Tuesday.")
    False
    """
    if len(line) >= 80 or line.endswith("."):
        return False
    blind = case_blind(line)
    return any(key in blind for key in FOOTER_KEYS) and bool(_FOOTER.search(line))


def contact_line(line: str) -> bool:
    """An e-mail address, a "follow him @…" line or the publisher's own notice under the article.

    >>> contact_line("Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik.")
    True
    >>> contact_line("Space is part of Future US Inc, an international media group.")
    True
    >>> contact_line("He said he would follow the plan.")
    False
    """
    if len(line) >= 300:
        return False
    low = line.lower()
    if "@" in line and _CONTACT.search(low):
        return True
    publisher = "part of" in low or "corporate site" in low
    return publisher and bool(_PUBLISHER.search(low))


def separator_line(line: str) -> bool:
    """A line drawn across the page with underscores, dashes or stars ("___", "* * *").

    >>> separator_line("___"), separator_line("* * *"), separator_line("A — B")
    (True, True, False)
    """
    return not line.strip(SEPARATOR_CHARS)


def entry_time_stamp(line: str) -> bool:
    """A time alone on its line inside the article: the stamp a live page prints over each entry
    ("Posted at 20:41", "Updated 21:05 GMT", "14:05").

    >>> entry_time_stamp("Posted at 20:41"), entry_time_stamp("Updated 21:05 GMT"), entry_time_stamp("9.30am")
    (True, True, True)
    >>> entry_time_stamp("Posted at 20:41 by Ann Lee"), entry_time_stamp("24:10")
    (False, False)
    """
    return len(line) < 30 and (":" in line or "." in line) and bool(_ENTRY_TIME_STAMP.fullmatch(line))
