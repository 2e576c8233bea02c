"""RSS 0.9x/1.0/2.0 and Atom feeds: one record per item, times with the printed offset, XML attacks refused."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from commands import run

from newsclean.parsers.containers import iter_articles
from newsclean.parsers.record.options import ParseOptions

STORY = "The island ferry sailed again on Tuesday morning after three days in port, the operator said."
MORE = "Crews checked the ramps overnight and found no damage from the storm that closed the harbour."

RSS_20 = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Gazette</title><link>https://gazette.example/</link><language>en-gb</language>
<item><title>Ferry service resumes after storm</title><link>https://gazette.example/2024/03/ferry</link>
<guid>https://gazette.example/?p=101</guid><pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>
<dc:creator>Mara Quinn</dc:creator><description>Short teaser only.</description>
<content:encoded><![CDATA[<p>{STORY}</p><script>alert(1)</script><p>{MORE}</p>]]></content:encoded></item>
<item><title>Market moves to the quay</title><link>https://gazette.example/2024/03/market</link>
<pubDate>Wed, 06 Mar 2024 07:00:00 GMT</pubDate><author>desk@gazette.example (Tom Rees)</author>
<description>The weekly market will move to the quay from April, the council decided on Tuesday.</description></item>
<item><title>Ferry service resumes (again)</title><link>https://gazette.example/2024/03/ferry-2</link>
<guid>https://gazette.example/?p=101</guid><description>The guid of the first item: a duplicate.</description></item>
<item><title>Ferry link again</title><link>https://gazette.example/2024/03/market</link><guid>other-guid</guid>
<description>The same link as the second item: a duplicate as well, whatever its guid says.</description></item>
</channel></rss>
"""

RSS_091 = """<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old Wire</title><link>http://wire.example/</link><description>News</description>
<item><title>Council votes on the budget</title><link>http://wire.example/budget</link>
<description>The town council approved the budget on Monday night after a long debate about the school.</description>
</item></channel></rss>
"""

RSS_10 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://wire.example/"><title>RDF Wire</title><link>http://wire.example/</link>
<description>News</description></channel>
<item rdf:about="http://wire.example/a"><title>Harbour dredging starts</title><link>http://wire.example/a</link>
<dc:date>2024-03-05T09:30:00-05:00</dc:date><dc:creator>Lee Park</dc:creator>
<description>Dredging of the harbour channel started on Tuesday and will last until summer, they said.</description>
</item></rdf:RDF>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title><id>urn:courier</id>
<updated>2024-03-05T12:00:00+01:00</updated>
<entry><title>Bridge reopens to traffic</title><id>urn:uuid:bridge</id><link href="https://courier.example/bridge"/>
<published>2024-03-05T09:30:00+01:00</published><updated>2024-03-05T11:00:00+01:00</updated>
<author><name>Ana Lind</name></author><author><name>Jo Berg</name></author>
<content type="html">&lt;p&gt;{STORY}&lt;/p&gt;&lt;p&gt;{MORE}&lt;/p&gt;</content></entry>
</feed>
"""


def _items(text: str, **options: object) -> list:
    return list(iter_articles(text.encode("utf-8"), ParseOptions(**options), path="feed.xml"))


def test_rss_20_items_become_records_with_the_printed_offsets(validate) -> None:
    items = _items(RSS_20)
    assert [i.error for i in items] == [None, None]  # items 3 and 4 repeat a guid and a link: left out
    first, second = (validate(i.article.to_dict()) for i in items)
    assert first["title"] == "Ferry service resumes after storm"
    assert first["body"] == f"{STORY}\n\n{MORE}"  # content:encoded beats the teaser; the script is gone
    assert first["url"] == "https://gazette.example/2024/03/ferry"
    assert first["authors"] == ["Mara Quinn"]
    assert (first["published"], first["published_utc"]) == ("2024-03-05T09:30:00+01:00", "2024-03-05T08:30:00Z")
    assert first["updated"] is None  # RSS gives one date; feedparser's alias must not copy it
    assert first["source"] == {"id": None, "name": "Harbour Gazette", "parser": "generic"}
    assert first["language"] == "en-GB"
    assert first["input"]["format"] == "feed"
    assert (first["input"]["item"], first["input"]["guid"]) == (1, "https://gazette.example/?p=101")
    assert second["authors"] == ["Tom Rees"]  # the e-mail address dropped
    assert second["published"] == "2024-03-06T07:00:00+00:00"
    assert (second["input"]["item"], second["input"]["guid"]) == (2, None)
    assert second["body"].startswith("The weekly market will move")


def test_rss_091_with_its_netscape_doctype_is_read(validate) -> None:
    (item,) = _items(RSS_091)
    record = validate(item.article.to_dict())
    assert (record["title"], record["source"]["name"]) == ("Council votes on the budget", "Old Wire")
    assert record["url"] == "http://wire.example/budget"


def test_rss_10_dc_date_is_the_published_time(validate) -> None:
    (item,) = _items(RSS_10)
    record = validate(item.article.to_dict())
    assert (record["published"], record["published_utc"]) == ("2024-03-05T09:30:00-05:00", "2024-03-05T14:30:00Z")
    assert record["authors"] == ["Lee Park"]


def test_atom_entry_published_and_updated_and_every_author(validate) -> None:
    (item,) = _items(ATOM)
    record = validate(item.article.to_dict())
    assert record["published"] == "2024-03-05T09:30:00+01:00"
    assert record["updated"] == "2024-03-05T11:00:00+01:00"
    assert record["authors"] == ["Ana Lind", "Jo Berg"]
    assert record["input"]["guid"] == "urn:uuid:bridge"
    assert item.key.startswith("item-")


def test_item_keys_stay_the_same_when_the_feed_grows() -> None:
    before = [i.key for i in _items(RSS_20)]
    grown = RSS_20.replace("<item>", "<item><title>New first</title><link>https://gazette.example/new</link>"
                           f"<description>{MORE}</description></item><item>", 1)
    after = [i.key for i in _items(grown)]
    assert after[1:] == before and after[0] not in before


def test_a_feed_item_without_text_fails_alone_naming_the_item() -> None:
    feed = RSS_10.replace("</rdf:RDF>", '<item rdf:about="http://wire.example/b"><title>Only a title</title>'
                          "<link>http://wire.example/b</link></item></rdf:RDF>")
    items = _items(feed)
    assert items[0].error is None
    assert items[1].article is None and "no article text" in items[1].error
    assert items[1].where == "item 2 (http://wire.example/b)"  # RSS 1.0: rdf:about is the guid


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss version="2.0"><channel><title>&lol4;</title><item><title>x</title><description>&lol4;</description></item>
</channel></rss>
"""


def _external_entity(secret: Path, well_formed: bool) -> str:
    tail = "</channel></rss>" if well_formed else ""
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
            '<rss version="2.0"><channel><title>T</title><item><title>Leak</title>'
            f"<description>The secret is &xxe; and words around it to make a paragraph.</description></item>{tail}")


@pytest.mark.parametrize("well_formed", [True, False])
def test_an_external_entity_is_never_read(tmp_path: Path, well_formed: bool) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN-4711", encoding="utf-8")
    feed = tmp_path / "feed.xml"
    feed.write_text(_external_entity(secret, well_formed), encoding="utf-8")
    result = run(str(feed), "-f", "ndjson")
    assert result.returncode == 1
    assert b"TOP-SECRET" not in result.stdout + result.stderr
    assert result.stdout == b""
    assert result.stderr.decode().startswith(f"newsclean: {feed}: unsafe XML refused")


def test_billion_laughs_is_refused_not_expanded(tmp_path: Path) -> None:
    feed = tmp_path / "lolz.rss"
    feed.write_text(BILLION_LAUGHS, encoding="utf-8")
    result = run(str(feed))
    assert result.returncode == 1
    assert b"lollol" not in result.stdout + result.stderr
    assert b"unsafe XML refused: it declares entities" in result.stderr
    assert result.stderr.count(b"\n") == 1


def test_a_feed_on_stdin_gives_a_json_array_of_its_items(validate) -> None:
    result = run("-", stdin=RSS_20.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    records = [validate(r) for r in json.loads(result.stdout)]
    assert [r["title"] for r in records] == ["Ferry service resumes after storm", "Market moves to the quay"]
    assert all(r["input"]["path"] == "-" for r in records)


def test_a_feed_under_output_dir_gives_one_file_per_item(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "gazette.rss").write_text(RSS_20, encoding="utf-8")
    out = tmp_path / "out"
    result = run(str(tmp_path / "feeds"), "-o", str(out), "-f", "ndjson")
    assert result.returncode == 0, result.stderr
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.ndjson"))
    assert len(files) == 2 and all(f.startswith("gazette/item-") for f in files)
