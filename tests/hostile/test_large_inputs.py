"""A 50 MB text dump is read whole: every paragraph in the body, the header found."""
from __future__ import annotations

from newsclean.parsers import parse

PARAGRAPH = ("Paragraph {n}: the council voted on Tuesday to close the old bridge for repairs after engineers found "
             "cracks in its main span, officials said.")


def test_a_50_mb_dump_keeps_every_paragraph() -> None:
    count = 370_000  # paragraphs of ~135 bytes: 50 MB with the blank lines between them
    text = "Council shuts the old bridge for a year of repairs\n\nBy Ann Lee\n\n" + "\n\n".join(
        PARAGRAPH.format(n=n) for n in range(count))
    assert len(text.encode()) > 50_000_000
    article = parse(text.encode())
    assert article.title == "Council shuts the old bridge for a year of repairs"
    assert article.authors == ["Ann Lee"]
    paragraphs = [block.text for block in article.blocks if block.type == "paragraph"]
    assert len(paragraphs) == count
    assert paragraphs[0].startswith("Paragraph 0:") and paragraphs[-1].startswith(f"Paragraph {count - 1}:")
