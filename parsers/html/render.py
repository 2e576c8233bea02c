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
NOT_LINK, AWAY_LINK, IN_PAGE_LINK = 0, 1, 2  # what a piece of text is


@dataclass(slots=True)
class TextBlock:
    """One block of text, the innermost block element holding it, and how much is link text (and of that,
    how much links to a part of the same page)."""

    type: str
    text: str
    owner: etree._Element
    link_chars: int
    anchor_chars: int = 0

    @property
    def link_density(self) -> float:
        return self.link_chars / max(len(self.text), 1)

    @property
    def away_link_density(self) -> float:
        """The share of the text that links to other pages (a teaser, a menu), not within this one."""
        return (self.link_chars - self.anchor_chars) / max(len(self.text), 1)


def _own_type(tag: str, inherited: str) -> str:
    if tag in HEADING_TAGS:
        return "heading"
    if tag in LIST_ITEM_TAGS:
        return "list_item"
    if tag in QUOTE_TAGS:
        return "quote"
    return inherited


def _emit(blocks: list[TextBlock], pieces: list[tuple[str, int]], owner: etree._Element, kind: str) -> None:
    """Turn the pieces of text gathered since the last block boundary into blocks."""
    for paragraph in _paragraphs(pieces) if any(t == _BR for t, _ in pieces) else (pieces,):
        joined = "".join(t for t, _ in paragraph)
        if _BR in joined:
            text = "\n".join(line for raw in joined.split(_BR) if (line := collapse(raw)))
        else:
            text = collapse(joined)
        if text:
            link_chars = sum(len(collapse(t)) for t, link in paragraph if link)
            anchor_chars = sum(len(collapse(t)) for t, link in paragraph if link == IN_PAGE_LINK)
            blocks.append(TextBlock(kind, text, owner, min(link_chars, len(text)), min(anchor_chars, len(text))))


def _paragraphs(pieces: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """Pieces grouped into paragraphs: two or more line breaks in a row end one."""
    paragraphs: list[list[tuple[str, int]]] = [[]]
    breaks = 0
    for text, link in pieces:
        if text == _BR:
            breaks += 1
        elif breaks and not text.strip():
            continue
        else:
            if breaks >= 2:
                paragraphs.append([])
            elif breaks == 1:
                paragraphs[-1].append((_BR, NOT_LINK))
            breaks = 0
            paragraphs[-1].append((text, link))
    return paragraphs


def in_page_link(a: etree._Element) -> bool:
    """A link to a part of the same page (``href="#usage"``): a reference or a table of contents that is
    the page's own text, not a link away from it (a bare ``#`` is a scripted button, a menu's or a widget's).

    >>> in_page_link(etree.fromstring('<a href="#private_key">private_key</a>'))
    True
    >>> in_page_link(etree.fromstring('<a href="#">All</a>')), in_page_link(etree.fromstring('<a href="/news/">x</a>'))
    (False, False)
    """
    href = (a.get("href") or "").strip()
    return len(href) > 1 and href.startswith("#")


def render(root: etree._Element) -> list[TextBlock]:
    """The text blocks under ``root`` in reading order.

    >>> html = etree.fromstring("<div>Lead text<p>One <a href='#'>two</a></p>A<br/>B<br/><br/>C"
    ...                         "<ul><li>item</li></ul></div>")
    >>> [(b.type, b.text, b.link_chars) for b in render(html)]
    [('paragraph', 'Lead text', 0), ('paragraph', 'One two', 3), ('paragraph', 'A\\nB', 0), ('paragraph', 'C', 0),
     ('list_item', 'item', 0)]
    """
    blocks: list[TextBlock] = []
    pieces: list[tuple[str, int]] = []  # text, and whether it is link text (NOT_LINK, AWAY_LINK, IN_PAGE_LINK)
    owners: list[tuple[etree._Element, str]] = []
    links = anchors = 0
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
                pieces.append((_BR, NOT_LINK))
            elif tag in CELL_TAGS:
                pieces.append((" ", NOT_LINK))
            elif tag == "a":
                links += 1
                anchors += in_page_link(el)
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
                anchors -= in_page_link(el)
            elif tag in CELL_TAGS:
                pieces.append((" ", NOT_LINK))
            text = el.tail if el is not root else None
        if text and (pieces or not text.isspace()):  # leading white space never shows
            pieces.append((text, IN_PAGE_LINK if anchors > 0 else AWAY_LINK if links > 0 else NOT_LINK))
    if pieces and owners:
        _emit(blocks, pieces, *owners[-1])
    return blocks
