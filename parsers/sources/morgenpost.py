"""Berliner Morgenpost: a FUNKE paper, read with the group's layouts (:mod:`.funke`)."""
from __future__ import annotations

from . import funke

SAMPLES: tuple[tuple[str, str], ...] = ()

HTML_LAYOUTS = funke.HTML_LAYOUTS
SOURCE = funke.source("morgenpost")
