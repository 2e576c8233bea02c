"""A first HTML reader: title from the markup, paragraphs from ``<p>``.

The full extractor of issue 5 replaces this behind the same ``parse_html``.
"""
from __future__ import annotations

from ..article import Article, Block, SourceInfo
from ..errors import NewscleanError
from ..loading import Document
from ..options import ParseOptions
from ..sources.base import new_article


def parse_html(doc: Document, options: ParseOptions) -> Article:
    from bs4 import BeautifulSoup  # HTML input only: text input never imports bs4

    soup = BeautifulSoup(doc.text, "lxml")
    article = new_article(doc, SourceInfo(None, None, "generic-html"), options)
    heading = soup.find("h1") or soup.find("title")
    article.title = heading.get_text(" ", strip=True) if heading else None
    article.blocks = [Block("paragraph", t) for p in soup.find_all("p") if (t := p.get_text(" ", strip=True))]
    if not article.blocks and not article.title:
        raise NewscleanError("no article text found in the HTML")
    return article
