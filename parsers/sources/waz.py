"""WAZ (Westdeutsche Allgemeine Zeitung): a FUNKE paper, read with the group's layouts (:mod:`.funke`)."""
from __future__ import annotations

from . import funke

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article_2023.html',
     "2023 design: article__body, LD headline as the title (the 2023 pages' SEO headline), canonical on morgenpost.de"),
    ('article_2023_dump.txt',
     "2023 dump: '| Lesedauer' date line, the name alone as byline, 'Foto:' credit line removed"),
)

HTML_LAYOUTS = funke.HTML_LAYOUTS
SOURCE = funke.source("waz")
