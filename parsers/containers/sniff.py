"""Tell a container by its first bytes: compressed, WARC, an RSS/Atom feed, or a page."""
from __future__ import annotations

import re

from ..lazyre import lazy

_MAGIC = ((b"\x1f\x8b", "gzip"), (b"BZh", "bz2"), (b"\xfd7zXZ\x00", "xz"), (b"WARC/", "warc"))
# RSS 0.9x/2.0 (<rss>), RSS 0.90/1.0 (<rdf:RDF> with the RSS namespace), Atom (<feed> with its namespace).
_FEED_ROOT = lazy(
    rb"<(?:rss[\s>]|(?:\w+:)?RDF[^>]*purl\.org/rss/1\.0|(?:\w+:)?RDF[^>]*my\.netscape\.com/rdf/simple/0\.9"
    rb"|feed[^>]*http://www\.w3\.org/2005/Atom)"
)
_XML_PROLOGUE = lazy(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*"
                     rb"|<\?[^>]*\?>\s*)*", re.DOTALL)


def container_kind(data: bytes) -> str | None:
    r"""``"gzip"``, ``"bz2"``, ``"xz"``, ``"warc"``, ``"feed"``, or None for a page.

    A gzip file that holds a WARC (``.warc.gz``) is ``"gzip"`` here; unpacking it first
    tells the rest (:func:`.compressed.unpack` leaves WARC files to the WARC reader).

    >>> container_kind(b'<?xml version="1.0"?>\n<rss version="2.0"><channel>')
    'feed'
    >>> container_kind(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n"), container_kind(b"<html><body>")
    ('warc', None)
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:4096]
    prologue = _XML_PROLOGUE.match(head)
    start = head[prologue.end() if prologue else 0:]
    if _FEED_ROOT.match(start):
        return "feed"
    return None
