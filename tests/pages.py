"""Pieces of hand-written page dumps shared by the text tests: invented articles, menus and headlines,
a dump built from header lines above an article, and the generic parser's record of a dump."""
from __future__ import annotations

from newsclean.parsers import parse

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


PARAGRAPHS = (
    "The city council voted on Tuesday to close the old river bridge for two years of repairs.",
    "Engineers found cracks in three of the bridge's steel supports during an inspection in June.",
    "Drivers will be sent over the northern crossing, which the city says can carry the extra traffic.",
)


def page(*lines: str) -> bytes:
    """A dump the way browsers print one: menus line by line, paragraphs set apart by blank lines."""
    out = []
    for line in lines:
        out.append(f"\n{line}\n" if line in PARAGRAPHS or line.startswith("P:") else line)
    return "\n".join(out).replace("P:", "").encode()


def generic(data: bytes) -> dict:
    """The generic parser's record of ``data``, with ``removed``."""
    return parse(data, source="generic").to_dict(explain=True)


VALLEY_MENU = ("Skip to content", "The Valley Post", "Home", "News", "Sport", "Weather", "Subscribe", "Search")
BRIDGE_HEADLINE = "Bridge to close for two years of repairs"
DATE = "Mon 18 Nov 2019 14.02 GMT"


def removed_kinds(record: dict) -> dict[str, str]:
    """Each removed text of a record with its kind."""
    return {r["text"]: r["kind"] for r in record["removed"]}


NEWS_MENU = ("Home", "News", "Sport", "Opinion", "Business", "Culture")
COUNCIL_HEADLINE = "Council to close the old river bridge for two years of repairs"
