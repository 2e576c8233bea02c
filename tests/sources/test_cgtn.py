"""CGTN cases checked field by field: engine-dependent shapes, header edge cases, bad input."""
from __future__ import annotations

import pytest

from newsclean.parsers import parse
from newsclean.parsers.record.errors import NewscleanError

CHINESE_DATE_PAGE = """国际
2020年02月28日 07:03

联合国呼吁各方在伊德利卜停火

CGTN

联合国秘书长发言人周四表示，秘书长对叙利亚西北部局势持续升级深表关切，呼吁各方立即停火。

发言人说，联合国将继续向当地民众提供人道主义援助。
""".encode()


def test_chinese_date_shape_never_becomes_the_title(validate) -> None:
    """"2020年02月28日 07:03" is read as the published time (Asia/Shanghai), never kept as the title."""
    record = validate(parse(CHINESE_DATE_PAGE).to_dict())
    assert record["source"]["id"] == "cgtn"
    assert record["language"] == "zh"
    assert record["section"] == "国际"
    assert record["title"] == "联合国呼吁各方在伊德利卜停火"
    assert record["body"].startswith("联合国秘书长发言人周四表示")
    assert "07:03" not in record["body"]
    assert record["published"] == "2020-02-28T07:03:00+08:00"
    assert record["published_utc"] == "2020-02-27T23:03:00Z"
    assert record["warnings"] == []


BY_HEADLINE_PAGE = b"""China
2021.07.22 10:05 GMT+8

By boat and by truck, relief supplies reach flooded villages in Henan

By Chen Yu and Wang Fei

Boats carrying drinking water and food reached villages cut off by floods in central China's Henan Province on Thursday, local officials said.

Copyright \xc2\xa9 2021 CGTN
"""  # noqa: E501 (the page prints its paragraph on one line)


def test_headline_starting_with_by_is_not_a_byline(validate) -> None:
    """A byline comes after the headline; a headline that starts with "By" stays the title."""
    record = validate(parse(BY_HEADLINE_PAGE).to_dict())
    assert record["title"] == "By boat and by truck, relief supplies reach flooded villages in Henan"
    assert record["authors"] == ["Chen Yu", "Wang Fei"]
    assert record["body"].startswith("Boats carrying drinking water")


def test_header_without_body_is_an_error() -> None:
    """A CGTN header with no article text under it is bad input, reported with the project's error."""
    with pytest.raises(NewscleanError, match="no article text"):
        parse(b"World\n2020.02.28 07:03 GMT+8\n\nTurkish soldiers killed in Idlib\n\nCGTN\n\nCopyright \xc2\xa9\n")
