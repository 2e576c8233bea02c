"""The Mirror: a Reach plc title, read with the family's layouts (:mod:`.reach`)."""
from __future__ import annotations

from . import reach

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article_2024.html',
     '2024 design: lead-content title and sub-title, read-more aside and picture container cut, story tip removed'),
    ('article_2024_dump.txt',
     "2024 dump anchored on the byline 'NameRole' (no time printed: published stays null)"),
)

HTML_LAYOUTS = reach.HTML_LAYOUTS
SOURCE = reach.source("mirror")
