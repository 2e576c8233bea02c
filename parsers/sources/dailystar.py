"""Daily Star: a Reach plc title, read with the family's layouts (:mod:`.reach`)."""
from __future__ import annotations

from . import reach

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article_2025.html',
     '2025 design: h1 not og:title, lead text, byline box, image button and commercial box cut'),
    ('article_2025_dump.txt',
     "2025 dump: tag line, 'Name Role', 'HH:MM, DD Mon YYYY' with 'Updated' glued on (UK time); '(Image: …)' "
     "caption as an image"),
)

HTML_LAYOUTS = reach.HTML_LAYOUTS
SOURCE = reach.source("dailystar")
