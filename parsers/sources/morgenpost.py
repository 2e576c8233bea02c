"""Berliner Morgenpost: a FUNKE paper, read with the group's layouts (:mod:`.funke`)."""
from __future__ import annotations

from . import funke

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article_2024.html',
     "2024 design: lead opening the body, LD author 'A und B, dpa' split (dpa kept), info box, 'Lesen Sie auch'"
     " and the dpa trailer cut"),
    ('article_2025.txt',
     "2025 dump: 'Von …, Volontär (Sport)' gives one author; caption with © credit as an image"),
)

HTML_LAYOUTS = funke.HTML_LAYOUTS
SOURCE = funke.source("morgenpost")
