"""Arbitrary bytes never raise anything but the project's own error, and results are valid."""
from __future__ import annotations

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


def _check(data: bytes, validate) -> None:
    try:
        article = parse(data)
    except NewscleanError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    validate(article.to_dict(explain=True))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes, validate) -> None:
    _check(data, validate)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_NEWSY)
def test_newsy_fragments(data: bytes, validate) -> None:
    _check(data, validate)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=1500))
def test_arbitrary_text(text: str, validate) -> None:
    _check(text.encode("utf-8"), validate)
