"""What is known about each source before its module is imported.

Detection reads only this table, so a run imports the one source module that
matches (or none). A source module takes its own entry from here, so these facts
are written once.
"""
from __future__ import annotations

from typing import NamedTuple


class SourceEntry(NamedTuple):
    """How to recognise one outlet, and where its parser lives."""

    id: str
    name: str
    module: str  # module name under newsclean.parsers.sources
    domains: tuple[str, ...]
    # Regexes (MULTILINE) that each add their weight to a text's score for this source.
    text_signatures: tuple[tuple[str, int], ...]
    source_tz: str | None
    language: str | None


CATALOG: tuple[SourceEntry, ...] = (
    SourceEntry(
        id="cgtn",
        name="CGTN",
        module="cgtn",
        domains=("cgtn.com", "news.cgtn.com", "newsaf.cgtn.com", "newsus.cgtn.com", "chinese.cgtn.com"),
        text_signatures=(
            (r"^\d{4}\.\d{2}\.\d{2} \d{2}:\d{2} GMT\+8$", 3),
            (r"^(?:Updated|更新(?:时间)?[:：]?) ?\d{4}\.\d{2}\.\d{2} \d{2}:\d{2} GMT\+8$", 3),
            (r"^CGTN(?: Digital| Africa| America| Europe)?$", 2),
            (r"^Copyright © \d{0,4}\s*CGTN", 3),
            (r"^(?:By |Source: |Video editor: )?CGTN\b", 1),
            (r"^(?:Copyright ©|RELATED STORIES)$", 1),
            # The Chinese edition's header time, alone on its line (common to Chinese sites: weight 1).
            (r"^(?:(?:发布|更新)时间[:：]?\s*)?\d{4}(?:-\d{2}-\d{2}|年\d{1,2}月\d{1,2}日)\s*\d{2}:\d{2}$", 1),
        ),
        source_tz="Asia/Shanghai",
        language="en",
    ),
)

BY_ID: dict[str, SourceEntry] = {entry.id: entry for entry in CATALOG}

# A text must score at least this much for a source to claim it.
TEXT_MATCH_THRESHOLD = 4
