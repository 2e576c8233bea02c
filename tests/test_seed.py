"""The seed CGTN article, the first case every change must still get exactly right."""
from __future__ import annotations

from newsclean.parsers import parse


def test_seed_fields(seed_bytes: bytes, validate) -> None:
    record = validate(parse(seed_bytes).to_dict(explain=True))
    assert record["title"] == ("Turkish soldiers killed in airstrike in Syria's Idlib amid Russian-Turkish "
                               "de-escalation talks")
    assert record["section"] == "World"
    assert record["source"] == {"id": "cgtn", "name": "CGTN", "parser": "cgtn"}
    assert record["published"] == "2020-02-28T07:03:00+08:00"
    assert record["published_utc"] == "2020-02-27T23:03:00Z"
    assert record["updated"] == "2020-02-28T09:00:00+08:00"
    assert record["updated_utc"] == "2020-02-28T01:00:00Z"
    assert record["credits"] == ["agencies"]
    paragraphs = record["body"].split("\n\n")
    assert len(paragraphs) == 12
    assert paragraphs[0].startswith("At least 34 Turkish soldiers")
    assert paragraphs[-1].endswith("mass migration from Idlib, the Turkish ministry said following the "
                                   "meeting in Ankara.")
    assert all(p == p.strip() and "\u00a0" not in p for p in paragraphs)
    assert [i["credit"] for i in record["images"]] == ["AP", "AP"]
    assert record["images"][0]["caption"] == (
        "Turkish President Recep Tayyip Erdogan speaks to his ruling party members, in Ankara, Turkey, "
        "February 27, 2020."
    )
    assert not any(i["caption"].endswith("/AP") for i in record["images"])
    for junk in ("Copyright", "RELATED STORIES", "/AP", "with input from agencies"):
        assert junk not in record["body"]
    kinds = {(r["kind"], r["text"]) for r in record["removed"]}
    assert ("copyright", "Copyright ©") in kinds
    assert ("related", "RELATED STORIES") in kinds
