"""Braunschweiger Zeitung: a FUNKE paper, read with the group's layouts (:mod:`.funke`)."""
from __future__ import annotations

from . import funke

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article_2025.html',
     "2025 design: hgroup headline over the SEO one, lead in the header, canonical on morgenpost.de (the page's"
     " og:url names it), ad, teaser box, app promos and '>>' promo cut by name"),
    ('article_2025_dump.txt',
     "2025 dump: menu, SEO headline and kicker skipped; lead, 'Von …, Redakteurin …' (role dropped), date in "
     "Berlin time; teaser lines and tags cut"),
)

HTML_LAYOUTS = funke.HTML_LAYOUTS
SOURCE = funke.source("bsz")
