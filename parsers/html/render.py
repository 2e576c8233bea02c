"""Lay a subtree out as text blocks, the way a browser breaks lines.

Block elements (``p``, ``div``, ``li``, headings, table rows…) start and end a block;
inline elements and a row's cells run together; one ``<br>`` is a line break, two or more end a paragraph.
So text standing outside any ``<p>`` (a lead in a bare ``div``, ``<br>``-separated
paragraphs) is kept like any other paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .dom import collapse
from .vocab import BLOCK_TAGS, CELL_TAGS, HEADING_TAGS, LIST_ITEM_TAGS, QUOTE_TAGS

_BR = "\x00"  # never in a loaded document: clean_text removes C0 controls


@dataclass(slots=True)
class TextBlock:
    """One block of text, the innermost block element holding it, and how much is link text."""

    type: str
    text: str
    owner: etree._Element
    link_chars: int

    @property
    def link_density(self) -> float:
        return self.link_chars / max(len(self.text), 1)


def _own_type(tag: str, inherited: str) -> str:
    if tag in HEADING_TAGS:
        return "heading"
    if tag in LIST_ITEM_TAGS:
        return "list_item"
    if tag in QUOTE_TAGS:
        return "quote"
    return inherited


def _emit(blocks: list[TextBlock], pieces: list[tuple[str, bool]], owner: etree._Element, kind: str) -> None:
    """Turn the pieces of text gathered since the last block boundary into blocks."""
    for paragraph in _paragraphs(pieces) if any(t == _BR for t, _ in pieces) else (pieces,):
        joined = "".join(t for t, _ in paragraph)
        if _BR in joined:
            text = "\n".join(line for raw in joined.split(_BR) if (line := collapse(raw)))
        else:
            text = collapse(joined)
        if text:
            link_chars = sum(len(collapse(t)) for t, is_link in paragraph if is_link)
            blocks.append(TextBlock(kind, text, owner, min(link_chars, len(text))))


def _paragraphs(pieces: list[tuple[str, bool]]) -> list[list[tuple[str, bool]]]:
    """Pieces grouped into paragraphs: two or more line breaks in a row end one."""
    paragraphs: list[list[tuple[str, bool]]] = [[]]
    breaks = 0
    for text, is_link in pieces:
        if text == _BR:
            breaks += 1
        elif breaks and not text.strip():
            continue
        else:
            if breaks >= 2:
                paragraphs.append([])
            elif breaks == 1:
                paragraphs[-1].append((_BR, False))
            breaks = 0
            paragraphs[-1].append((text, is_link))
    return paragraphs


def render(root: etree._Element) -> list[TextBlock]:
    """The text blocks under ``root`` in reading order.

    >>> html = etree.fromstring("<div>Lead text<p>One <a href='#'>two</a></p>A<br/>B<br/><br/>C"
    ...                         "<ul><li>item</li></ul></div>")
    >>> [(b.type, b.text, b.link_chars) for b in render(html)]
    [('paragraph', 'Lead text', 0), ('paragraph', 'One two', 3), ('paragraph', 'A\\nB', 0), ('paragraph', 'C', 0),
     ('list_item', 'item', 0)]
    """
    blocks: list[TextBlock] = []
    pieces: list[tuple[str, bool]] = []
    owners: list[tuple[etree._Element, str]] = []
    links = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if tag in BLOCK_TAGS:
                if pieces:
                    if owners:
                        _emit(blocks, pieces, *owners[-1])
                    pieces = []
                owners.append((el, _own_type(tag, owners[-1][1] if owners else "paragraph")))
            elif tag == "br":
                pieces.append((_BR, False))
            elif tag in CELL_TAGS:
                pieces.append((" ", False))
            elif tag == "a":
                links += 1
            text = el.text
        else:
            if tag in BLOCK_TAGS:
                if pieces:
                    if owners:
                        _emit(blocks, pieces, *owners[-1])
                    pieces = []
                owners.pop()
            elif tag == "a":
                links -= 1
            elif tag in CELL_TAGS:
                pieces.append((" ", False))
            text = el.tail if el is not root else None
        if text and (pieces or not text.isspace()):  # leading white space never shows
            pieces.append((text, links > 0))
    if pieces and owners:
        _emit(blocks, pieces, *owners[-1])
    return blocks
