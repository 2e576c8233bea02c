"""Euronews, French edition: a Euronews edition, read with the family's layouts (:mod:`.euronews`)."""
from __future__ import annotations

from . import euronews

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article.html',
     "French edition: summary in h2, tweet embed cut, 'initialement publié' note cut"),
    ('article_dump.txt',
     "'Publié le … UTC+1' read with its printed offset; 'Tous droits réservés' caption credit"),
)

HTML_LAYOUTS = euronews.HTML_LAYOUTS
SOURCE = euronews.source("euronews_fr")
