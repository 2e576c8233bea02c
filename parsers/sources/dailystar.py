"""Daily Star: a Reach plc title, read with the family's layouts (:mod:`.reach`)."""
from __future__ import annotations

from . import reach

SAMPLES: tuple[tuple[str, str], ...] = ()

HTML_LAYOUTS = reach.HTML_LAYOUTS
SOURCE = reach.source("dailystar")
