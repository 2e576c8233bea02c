"""Arbitrary bytes behind a container's head never raise out of ``iter_articles``: an article or one line each."""
from __future__ import annotations

import bz2
import gzip
import lzma

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.parsers.containers import iter_articles
from newsclean.parsers.record.options import ParseOptions

_HEADS = [b"", b"WARC/1.0\r\n", b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\n",
          b'<?xml version="1.0"?><rss version="2.0"><channel><item><description>',
          b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">',
          b'<rdf:RDF xmlns="http://purl.org/rss/1.0/"><item>', b"\x1f\x8b\x08\x00", b"BZh9", b"\xfd7zXZ\x00"]
_PACKERS = [lambda b: b, gzip.compress, bz2.compress, lzma.compress, lambda b: gzip.compress(b)[: len(b) // 2 + 10]]


def _check(data: bytes, validate) -> None:
    for item in iter_articles(data, ParseOptions(), max_bytes=1 << 20):
        assert (item.article is None) != (item.error is None)
        if item.error is not None:
            assert item.error and "\n" not in item.error
        else:
            validate(item.article.to_dict())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(head=st.sampled_from(_HEADS), tail=st.binary(max_size=600), packer=st.sampled_from(_PACKERS))
def test_any_bytes_behind_a_container_head(head: bytes, tail: bytes, packer, validate) -> None:
    _check(packer(head + tail), validate)
