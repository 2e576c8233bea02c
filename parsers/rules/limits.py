"""The line lengths the rules take: widgets, labels and headings are short, paragraphs are not."""
from __future__ import annotations

SEPARATOR_CHARS = "_-–—=*~#·•. "  # a line of only these is a rule drawn across the page, not text
SHORT = 120  # characters: widgets, labels and headings are never longer
BODY_RULE_MAX = 300  # characters: no body rule takes a longer line (a paragraph)
SCREENED = 400  # characters: no line rule but the cookie banner's takes a longer line
