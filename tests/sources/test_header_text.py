"""Header text layouts: a header anchored on one of the layout's marks, a byline printed one name per line
under its label, the byline and date a dump prints under the story, a picture's credit on the line under
its caption (which may read as a byline), an update line of its own, and relative times (which a dump cannot
resolve)."""
from __future__ import annotations

from datetime import UTC, datetime

from newsclean.parsers.lazyre import lazy
from newsclean.parsers.load import load
from newsclean.parsers.record.article import Image
from newsclean.parsers.record.options import ParseOptions
from newsclean.parsers.sources.catalog import BY_ID
from newsclean.parsers.sources.header_text import HeaderTextSource
from newsclean.parsers.sources.layouts import HeaderTextLayout

STORY = ("Die Stadt stellt am Montag den Fahrplan der neuen Fähre vor, die ab Mai im Halbstundentakt fährt.",
         "Der Betreiber rechnet mit zweitausend Fahrgästen am Tag und sucht noch zwölf Fährleute.")

# A dump whose header has no time: the kicker, a lone "-", the headline; the date and the author are printed
# under the story, after its related links.
FOOTED = f"""Startseite
Politik
Inhalt
Neue Verbindung
-
Eine Fähre für die Oker

{STORY[0]}

{STORY[1]}

Mehr zum Thema
Datum 14.10.2025
Autorin/Autor Lena Hartmann
"""
FOOTED_LAYOUT = HeaderTextLayout(
    name="footed", valid_until=None, header=("skip", "dash", "title"), anchor="dash",
    marks=(("dash", lazy(r"-")),), date_line=lazy(r"\d{2}\.\d{2}\.\d{4}"), byline=lazy(r"Von (?P<names>.+)"),
    footer_byline=lazy(r"Autorin/Autor (?P<names>.+)"), footer_date=lazy(r"Datum \d{2}\.\d{2}\.\d{4}"),
)

# A header whose byline is its label alone, then one name per line.
LISTED = f"""Menü
14.10.2025, 09:30 Uhr
Eine Fähre für die Oker
Von
Lena Hartmann,
Jan Otto

{STORY[0]}
"""
LISTED_LAYOUT = HeaderTextLayout(
    name="listed", valid_until=None, header=("date", "title", "by", "name*"),
    marks=(("by", lazy(r"[Vv]on")),), date_line=lazy(r"\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr"),
    byline=lazy(r"Von (?P<names>.+)"), name_line=lazy(r"(?P<names>[A-Z]\w+ [A-Z]\w+),?"),
)


def read(text: str, layout: HeaderTextLayout) -> dict:
    return HeaderTextSource(BY_ID["bsz"], (layout,)).parse(load(text.encode()), ParseOptions()).to_dict(explain=True)


def test_a_mark_anchors_the_header_and_its_line_is_dropped() -> None:
    record = read(FOOTED, FOOTED_LAYOUT)
    assert record["title"] == "Eine Fähre für die Oker"
    assert {"kind": "header", "text": "-", "rule": "bsz.dash"} in record["removed"]
    assert {"kind": "header", "text": "Neue Verbindung", "rule": "bsz.skip"} in record["removed"]


def test_the_byline_and_date_under_the_story_give_author_and_published() -> None:
    record = read(FOOTED, FOOTED_LAYOUT)
    assert record["authors"] == ["Lena Hartmann"]
    assert record["published"] == "2025-10-14"
    assert record["provenance"]["authors"] == "line 14: Autorin/Autor Lena Hartmann"
    assert {"kind": "byline", "text": "Autorin/Autor Lena Hartmann", "rule": "bsz.footer_byline"} in record["removed"]
    assert "Datum" not in record["body"] and "Autorin" not in record["body"]


def test_a_header_byline_wins_over_the_footer() -> None:
    dump = FOOTED.replace("Eine Fähre für die Oker\n", "Eine Fähre für die Oker\nVon Jan Otto\n")
    layout = FOOTED_LAYOUT._replace(header=("skip", "dash", "title", "byline"))
    assert read(dump, layout)["authors"] == ["Jan Otto"]


def test_names_printed_one_per_line_under_the_label_are_the_authors() -> None:
    record = read(LISTED, LISTED_LAYOUT)
    assert record["authors"] == ["Lena Hartmann", "Jan Otto"]
    assert record["provenance"]["authors"] == "line 5: Lena Hartmann,"
    assert record["body"] == STORY[0]


def test_a_page_without_the_mark_is_read_as_generic() -> None:
    record = read(FOOTED.replace("\n-\n", "\n"), FOOTED_LAYOUT)
    assert record["source"]["parser"] == "generic"


def test_a_credit_under_its_caption_makes_an_image() -> None:
    dump = FOOTED.replace(f"{STORY[1]}\n", f"Die Fähre am Anleger.\n\nAnna Berg/dpa\n\n{STORY[1]}\n")
    record = read(dump, FOOTED_LAYOUT._replace(caption_credit=lazy(r"[\w ]+/dpa")))
    assert record["images"] == [Image("Die Fähre am Anleger.", "Anna Berg/dpa").to_dict()]
    assert record["body"].startswith(STORY[0] + "\n\n" + STORY[1])
    assert {"kind": "caption-credit", "text": "Die Fähre am Anleger. Anna Berg/dpa", "rule": "bsz.caption"} \
        in record["removed"]


def test_a_relative_time_gives_no_published_whatever_now_is() -> None:
    dump = LISTED.replace("14.10.2025, 09:30 Uhr", "vor 3 Stunden")
    layout = LISTED_LAYOUT._replace(date_line=lazy(r"vor \d+ Stunden"))
    options = ParseOptions(now=datetime(2025, 10, 14, 12, 0, tzinfo=UTC))
    record = HeaderTextSource(BY_ID["bsz"], (layout,)).parse(load(dump.encode()), options).to_dict()
    assert (record["title"], record["published"]) == ("Eine Fähre für die Oker", None)


# A header whose picture's caption names the person pictured (it reads as a byline), its credit under it, and
# the authors under the credit; the update printed on a line of its own, a separator between it and the date.
CAPTIONED = f"""Menü
Eine Fähre für die Oker
14.10.2025
•
Aktualisiert 15.10.2025
Jan Otto
Foto: Anna Berg
Lena Hartmann

{STORY[0]}
"""
CAPTIONED_LAYOUT = HeaderTextLayout(
    name="captioned", valid_until=None, header=("title", "date", "dot", "updated", "caption", "credit", "byline*"),
    marks=(("dot", lazy(r"•")), ("updated", lazy(r"Aktualisiert \d{2}\.\d{2}\.\d{4}"))),
    date_line=lazy(r"^\d{2}\.\d{2}\.\d{4}"),
    updated_line=lazy(r"(?<=Aktualisiert )\d{2}\.\d{2}\.\d{4}"),
    byline=lazy(r"(?P<names>[A-Z]\w+ [A-Z]\w+)"), caption_credit=lazy(r"Foto: (?P<credit>.+)"),
)


def test_a_caption_that_reads_as_a_byline_is_the_caption_over_its_credit() -> None:
    record = read(CAPTIONED, CAPTIONED_LAYOUT)
    assert record["authors"] == ["Lena Hartmann"]
    assert record["images"] == [Image("Jan Otto", "Anna Berg").to_dict()]


def test_an_update_line_of_its_own_gives_the_update_time() -> None:
    record = read(CAPTIONED, CAPTIONED_LAYOUT)
    assert (record["published"], record["updated"]) == ("2025-10-14", "2025-10-15")
    assert {"kind": "header", "text": "Aktualisiert 15.10.2025", "rule": "bsz.updated"} in record["removed"]
