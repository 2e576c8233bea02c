"""Pages nested deeper than the HTML parser goes: the tags past a depth dropped, so no paragraph is lost."""
from __future__ import annotations

import re

from .vocab import HEADING_TAGS, VOID_TAGS

# libxml2 stops at 2,048 open elements (256 without its "huge" option) and drops the rest of the page.
MAX_DEPTH = 2048
# The depth a flattened page keeps: well under the parser's limit and Python's recursion limit.
KEPT_DEPTH = 400
# Tags kept at any depth: the parser closes an open paragraph or heading at the next one, so they do not nest.
SHAPE_TAGS = HEADING_TAGS | {"p"}
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*>")


def too_deep(parser_errors: object) -> bool:
    """Whether the parser's error log says it gave up at its depth limit."""
    return any("Excessive depth" in entry.message for entry in parser_errors)


def flatten(text: str, keep: int = KEPT_DEPTH, kept_tags: frozenset[str] = frozenset()) -> str:
    """The page with every tag opened or closed deeper than ``keep`` elements removed (its text stays),
    but for ``kept_tags`` (paragraphs and headings keep the body's shape).

    >>> flatten("<div><div><div><p>deep</p></div></div></div><p>after</p>", keep=2)
    '<div><div>deep</div></div><p>after</p>'
    >>> flatten("<div><div><div><p>deep</p></div></div></div>", keep=1, kept_tags=frozenset({"p"}))
    '<div><p>deep</p></div>'
    """
    depth = 0

    def cut(match: re.Match[str]) -> str:
        nonlocal depth
        name = match.group(2).lower()
        if name in VOID_TAGS:
            return match.group(0)
        if match.group(1):
            depth = max(depth - 1, 0)
            return match.group(0) if depth < keep or name in kept_tags else ""
        depth += 1
        return match.group(0) if depth <= keep or name in kept_tags else ""

    return _TAG.sub(cut, text)
