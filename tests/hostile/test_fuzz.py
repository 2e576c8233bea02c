"""Arbitrary bytes, and the samples mutated at random, never raise anything but the project's own error;
results are schema-valid, and the same input always gives the same record.

``HYPOTHESIS_PROFILE=long`` runs 50 times as many examples (the fallback for bench/fuzz.py without atheris).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.parsers import NewscleanError, parse

_NEWSY = st.lists(
    st.sampled_from([
        "World", "2020.02.28 07:03 GMT+8", "Updated 2020.02.28 09:00 GMT+8", "By Li Jing", "CGTN",
        "Copyright ©", "RELATED STORIES", "Share", "(with input from agencies)", "<p>", "</div>", "<html>",
        "Officials said on Monday that the bridge would reopen to traffic after repairs.", "/AP", "", "\u00a0",
        "Nov. 19, 2019 8:03 am ET", "3 hours ago", "北京", "<script>x</script>",
    ]),
    max_size=30,
).map(lambda parts: "\n".join(parts).encode("utf-8"))


SAMPLES = sorted(p for p in (Path(__file__).resolve().parents[2] / "samples").glob("*/*")
                 if p.suffix in (".txt", ".html"))
_SCALE = 50 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 1
_TAGS = [b"<p>", b"</p>", b"<div>", b"</div></div>", b"<script>", b"<!--", b"<h1>", b"<![CDATA[", b"<frameset>",
         b"<meta charset='utf-16'>", b'<script type="application/ld+json">{"headline": [', b"\x00", b"\xff\xfe"]


def _check(data: bytes, validate) -> None:
    try:
        article = parse(data)
    except NewscleanError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    record = validate(article.to_dict(explain=True))
    assert json.dumps(parse(data).to_dict(explain=True)) == json.dumps(record)  # the same input, the same record


@st.composite
def mutated_samples(draw: st.DrawFn) -> bytes:
    """A sample page or dump, cut short, with bytes flipped, tags inserted or a block repeated."""
    data = bytearray(draw(st.sampled_from(SAMPLES)).read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["truncate", "flip", "tag", "repeat"]))
        if kind == "truncate":
            del data[at:]
        elif kind == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "tag":
            data[at:at] = draw(st.sampled_from(_TAGS))
        elif kind == "repeat":
            end = min(len(data), at + draw(st.integers(1, 2000)))
            data[at:at] = data[at:end] * draw(st.integers(2, 5))
    return bytes(data)


@settings(max_examples=150 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                            HealthCheck.too_slow])
@given(data=mutated_samples())
def test_mutated_samples(data: bytes, validate) -> None:
    _check(data, validate)


@settings(max_examples=300 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes, validate) -> None:
    _check(data, validate)


@settings(max_examples=300 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_NEWSY)
def test_newsy_fragments(data: bytes, validate) -> None:
    _check(data, validate)


@settings(max_examples=100 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=1500))
def test_arbitrary_text(text: str, validate) -> None:
    _check(text.encode("utf-8"), validate)
