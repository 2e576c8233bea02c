"""Euronews, German edition: a Euronews edition, read with the family's layouts (:mod:`.euronews`)."""
from __future__ import annotations

from . import euronews

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article.html',
     "first article of the swiper only; og:title; 'Von X mit AFP' gives the person; ad, related widget, "
     "translation note cut"),
    ('article_dump.txt',
     "caption '- Copyright' as an image, 'Zuerst veröffentlicht am DD/MM/YYYY - HH:MM' in Brussels time, AFP as"
     " credit, two-line related box cut"),
)

HTML_LAYOUTS = euronews.HTML_LAYOUTS
SOURCE = euronews.source("euronews_de")
