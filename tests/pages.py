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


LONG = ("Work will start in March, and the city hopes to reopen the bridge before the winter of 2022 arrives. "
        "Until then, the ferry will run every twenty minutes from six in the morning to midnight.")


LIVE_ENTRIES = (
    "Posted at 21:05", "Council votes to close the bridge", "",
    "The council has voted 31 to 12 to close the old river bridge for two years from March.", "",
    "Share this post", "Copy this link",
    "Posted at 20:41", "Shop owners ask for help with rents", "",
    "Traders on both banks told the meeting they feared losing half their customers while the works go on.", "",
    "Share this post", "Copy this link",
    "Posted at 20:02", "Debate under way", "",
    "Councillors have begun the debate, with more than forty residents waiting to speak in the public gallery.", "",
    "Share this post", "Copy this link", "",
)


CAPTIONED_BODY = (
    "\n\nThe city council voted on Tuesday to close the old river bridge to cars for two years while "
    "engineers replace its steel supports.\n\n"
    "Buses will still cross, the council said, and a ferry will run every twenty minutes at rush hour.\n\n"
    "Shop owners on the east bank said they feared losing trade during the works and asked for help.\n\n"
    "Work is due to start in March and the bridge should reopen in the spring of 2022.\n\n"
    "Share\nMost read\nFerry fares to rise in January\nNew school opens on the east bank\n"
)


def captioned_page(header_lines: str, body: str = CAPTIONED_BODY) -> dict:
    """The record of a local news page: its menu and headline, ``header_lines``, then ``body``."""
    text = ("Home\nNews\nLocal\nCity\nBridge to close to cars for two years of repairs\n" + header_lines + body)
    return parse(text.encode(), path="page.txt").to_dict()
