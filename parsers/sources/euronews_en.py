"""Euronews, English edition: a Euronews edition, read with the family's layouts (:mod:`.euronews`)."""
from __future__ import annotations

from . import euronews

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article.html',
     "'By Euronews with AP' names no person: authors empty (the LD author is the outlet)"),
    ('article_dump.txt',
     "'By Euronews with AP': no author, AP as credit; 'Published on' date"),
)

HTML_LAYOUTS = euronews.HTML_LAYOUTS
SOURCE = euronews.source("euronews_en")
