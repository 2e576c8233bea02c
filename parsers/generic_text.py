"""The generic parser for text dumps of outlets without a parser of their own."""
from __future__ import annotations

from .article import Article, SourceInfo
from .errors import NewscleanError
from .loading import Document
from .options import ParseOptions
from .sources.base import new_article, set_time, time_context
from .textdump import BodyBuilder, is_prose, split_lines, word_count
from .timestamps import label_of, parse_stamp


def parse_text(doc: Document, options: ParseOptions) -> Article:
    """Headline, times and prose paragraphs from any text dump."""
    lines = split_lines(doc.text)
    article = new_article(doc, SourceInfo(None, None, "generic"), options)
    ctx = time_context(None, options)
    first_prose = next((i for i, line in enumerate(lines) if is_prose(line.text)), None)
    if first_prose is None:
        raise NewscleanError("no article text found")
    header = lines[:first_prose]
    for line in header:
        stamp = parse_stamp(line.text, ctx)
        if stamp is not None:
            field_name = label_of(line.text)
            if getattr(article, field_name) is None:
                set_time(article, field_name, stamp, f"line {line.no}")
        elif article.title is None and word_count(line.text) >= 3:
            article.title = line.text
            article.provenance["title"] = f"line {line.no}"
    parts = BodyBuilder().feed(lines[first_prose:])
    article.blocks, article.images, article.credits, article.removed = (
        parts.blocks, parts.images, parts.credits, parts.removed)
    return article
