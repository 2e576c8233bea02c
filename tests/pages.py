"""Pieces of hand-written page dumps shared by the header tests: a three-paragraph article
(its own invented story) and a dump built from header lines above it."""
from __future__ import annotations

ARTICLE = (
    "The city council voted on Tuesday to close the old river bridge for two years of repairs, "
    "officials said, after engineers found deep cracks in three of its steel supports.",
    "Work is to start in March. A ferry will run every twenty minutes while the bridge is shut, "
    "and buses will take the long way round through the northern suburbs.",
    "Shop owners on both banks said they feared losing trade, and asked the council for help "
    "with rents while the works go on.",
)


def header_page(*header: str) -> bytes:
    """A dump: the header lines as given, then the article's paragraphs set apart by blank lines."""
    return "\n".join((*header, "", ARTICLE[0], "", ARTICLE[1], "", ARTICLE[2], "")).encode()
