"""Hamburger Abendblatt: a FUNKE paper, read with the group's layouts (:mod:`.funke`)."""
from __future__ import annotations

from . import funke

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article_2024.html',
     '2024 design: display headline from hgroup, paywall box and newsletter box cut'),
    ('article_2024_dump.txt',
     "2024 dump: date line with reading time above 'Von A und B, dpa' (dpa also a credit), dpa trailer removed"),
)

HTML_LAYOUTS = funke.HTML_LAYOUTS
SOURCE = funke.source("abendblatt")
