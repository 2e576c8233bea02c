"""Euronews, French edition: a Euronews edition, read with the family's layouts (:mod:`.euronews`)."""
from __future__ import annotations

from . import euronews

SAMPLES: tuple[tuple[str, str], ...] = ()

HTML_LAYOUTS = euronews.HTML_LAYOUTS
SOURCE = euronews.source("euronews_fr")
