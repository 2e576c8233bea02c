"""gzip, bzip2 and xz input read transparently, with a size cap against decompression bombs."""
from __future__ import annotations

import bz2
import gzip
import json
import lzma
from pathlib import Path

import pytest
from commands import ARTICLE, run

from newsclean.parsers.containers.compressed import unpack

PAGE = ("<html><head><title>Quay repairs done</title></head><body><article><h1>Quay repairs done</h1>"
        "<p>The quay repairs finished on Friday, a week early, the harbour master said today.</p>"
        "<p>Fishing boats can moor on the east side again from Monday morning.</p></article></body></html>")
PACKERS = {"gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress}


@pytest.mark.parametrize("suffix", sorted(PACKERS))
def test_compressed_pages_and_dumps_are_read(tmp_path: Path, suffix: str) -> None:
    page = tmp_path / f"quay.html.{suffix}"
    page.write_bytes(PACKERS[suffix](PAGE.encode("utf-8")))
    dump = tmp_path / f"floods.txt.{suffix}"
    dump.write_bytes(PACKERS[suffix](ARTICLE.encode("utf-8")))
    result = run(str(page), str(dump), "-f", "ndjson")
    assert result.returncode == 0, result.stderr
    html_record, text_record = map(json.loads, result.stdout.splitlines())
    assert (html_record["title"], html_record["input"]["format"]) == ("Quay repairs done", "html")
    assert text_record["published_utc"] == "2021-06-03T10:20:00Z"


def test_a_compressed_page_without_a_suffix_is_found_in_a_directory(tmp_path: Path) -> None:
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "page-0001").write_bytes(lzma.compress(PAGE.encode("utf-8")))
    result = run(str(tmp_path / "saved"), "-f", "ndjson")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Quay repairs done"


def test_a_decompression_bomb_is_refused_near_the_cap(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * (30 * 1024 * 1024), compresslevel=9))  # 30 MB from ~30 KB
    assert bomb.stat().st_size < 100_000
    result = run(str(bomb), "--max-bytes", "1000000")
    assert result.returncode == 1
    assert result.stderr.decode() == (f"newsclean: {bomb}: gzip data unpacks to more than 1,000,000 bytes "
                                      "(the size cap; a decompression bomb?)\n")


def test_unpack_stops_at_the_cap_and_joins_members() -> None:
    with pytest.raises(Exception, match="more than 4,096 bytes"):
        unpack(bz2.compress(b"x" * 10_000), "bz2", cap=4096)
    assert unpack(gzip.compress(b"one ") + gzip.compress(b"two"), "gzip") == b"one two"
    assert unpack(lzma.compress(b"x" * 4096), "xz", cap=4096) == b"x" * 4096  # exactly the cap is fine


@pytest.mark.parametrize("kind", ["gzip", "bz2", "xz"])
def test_truncated_or_damaged_data_is_an_error_not_a_crash(kind: str) -> None:
    packed = PACKERS[{"gzip": "gz"}.get(kind, kind)](PAGE.encode("utf-8") * 50)
    with pytest.raises(Exception, match=f"(truncated|damaged) {kind} data"):
        unpack(packed[: len(packed) // 2], kind)
    with pytest.raises(Exception, match=f"damaged {kind} data"):
        unpack(packed[:12] + bytes(64) + packed[76:], kind)
