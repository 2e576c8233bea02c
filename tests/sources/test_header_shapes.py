"""Header-slot text layouts, the parts a layout may add to the slot order: slot shapes (a kicker in capitals
cut off the title, a lead told from a title by its full stop), a byline printed on the date line, a caption
credited on the line under it (in the header and in the body), and a title function that reads the page above
the header."""
from __future__ import annotations

from newsclean.parsers.lazyre import lazy
from newsclean.parsers.lines import Line
from newsclean.parsers.load import load
from newsclean.parsers.record.article import Image
from newsclean.parsers.record.options import ParseOptions
from newsclean.parsers.sources.catalog import BY_ID
from newsclean.parsers.sources.header_text import HeaderTextSource
from newsclean.parsers.sources.layouts import HeaderTextLayout

P1 = "Die Fähre soll an den Wochenenden stündlich fahren, unter der Woche alle zwei Stunden, teilte die Stadt mit."
P2 = "Gebaut wird das Boot von einer Werft in Minden. Es fährt mit Strom aus zwei Akkus, die nachts laden."
DATE = lazy(r"(?:Von (?P<names>.+?) )?(?P<d>\d{2})\.(?P<mo>\d{2})\.(?P<y>\d{4}), (?P<h>\d{2}):(?P<mi>\d{2}) Uhr")
LAYOUT = HeaderTextLayout(
    name="t", valid_until=None, header=("title", "caption", "credit", "byline?", "date", "lead?"),
    date_line=DATE, byline=lazy(r"von (?P<names>.+)"),
    shapes=(("title", lazy(r"(?:[^a-zäöüß]+ )?(?P<title>\S*[a-zäöüß].*)")), ("lead", lazy(r".{20,}[.!?]"))),
    caption_credit=lazy(r"(?:©|\(Foto:) ?(?P<credit>[^()]+)\)?"),
)


def read(lines: list[str], layout: HeaderTextLayout = LAYOUT):
    """The article an invented outlet's parser reads from the dump's lines (blank lines between them)."""
    return HeaderTextSource(BY_ID["bsz"], (layout,)).parse(load("\n\n".join(lines).encode()), ParseOptions())


def test_a_title_shape_cuts_the_kicker_in_capitals_and_pairs_the_header_caption_with_its_credit() -> None:
    article = read(["Menü", "NAHVERKEHR Eine Fähre für die Oker", "Die Fähre am Anleger.", "© Anna Berg",
                    "von Lena Hartmann", "14.10.2025, 09:30 Uhr", "Die Stadt stellt den Fahrplan der neuen Fähre vor.",
                    P1, P2])
    assert article.title == "Eine Fähre für die Oker"
    assert article.images == [Image("Die Fähre am Anleger.", "Anna Berg")]
    assert article.authors == ["Lena Hartmann"]
    assert article.subtitle == "Die Stadt stellt den Fahrplan der neuen Fähre vor."
    assert article.published == "2025-10-14T09:30:00+02:00"
    assert article.body == P1 + "\n\n" + P2


def test_a_lead_shape_leaves_a_short_first_line_to_the_body() -> None:
    article = read(["NAHVERKEHR Eine Fähre für die Oker", "Die Fähre am Anleger.", "© Anna Berg",
                    "14.10.2025, 09:30 Uhr", "Ein Boot für alle", P1])
    assert article.subtitle is None  # "Ein Boot für alle" ends no sentence: no lead
    assert article.body == "Ein Boot für alle\n\n" + P1


def test_a_title_without_the_shape_fits_no_header() -> None:
    article = read(["Eine Fähre für die Oker", "Die Fähre am Anleger.", "© Anna Berg", "14.10.2025, 09:30 Uhr", P1])
    assert article.source.parser == "generic"  # no kicker in capitals: the slot order alone would take any line


def test_a_byline_on_the_date_line_names_the_authors() -> None:
    layout = LAYOUT._replace(header=("title", "date"))
    article = read(["NAHVERKEHR Eine Fähre für die Oker", "Von Lena Hartmann und Jan Otto 14.10.2025, 09:30 Uhr", P1],
                   layout)
    assert article.authors == ["Lena Hartmann", "Jan Otto"]
    assert article.published == "2025-10-14T09:30:00+02:00"


def test_a_credit_under_its_caption_in_the_body_makes_one_picture() -> None:
    layout = LAYOUT._replace(header=("title", "date"))
    article = read(["NAHVERKEHR Eine Fähre für die Oker", "14.10.2025, 09:30 Uhr", P1, "Die Werft in Minden.",
                    "(Foto: Jan Otto)", P2], layout)
    assert article.body == P1 + "\n\n" + P2
    assert article.images == [Image("Die Werft in Minden.", "Jan Otto")]


def test_a_title_function_reads_the_page_above_the_header() -> None:
    def after_seo_line(text: str, above: list[Line]) -> str:
        seo = above[-1].text.partition(": ")[2]
        return text[text.index(seo):] if seo and seo in text else text

    layout = LAYOUT._replace(header=("title", "date"), shapes=(), title_of=after_seo_line)
    article = read(["Nahverkehr: Eine Fähre für die Oker", "Neu im Sommer Eine Fähre für die Oker",
                    "14.10.2025, 09:30 Uhr", P1], layout)
    assert article.title == "Eine Fähre für die Oker"


def test_an_embedded_post_goes_with_its_attribution_line() -> None:
    layout = LAYOUT._replace(header=("title", "date"),
                             post_attribution=lazy(r"— [^()]+ \(@\w+\) [A-Z][a-z]+ \d{1,2}, \d{4}"))
    article = read(["NAHVERKEHR Eine Fähre für die Oker", "14.10.2025, 09:30 Uhr", P1,
                    "Endlich fährt sie wieder! Ab Montag stündlich.", "— Stadt Minden (@minden) October 13, 2025", P2],
                   layout)
    assert article.body == P1 + "\n\n" + P2
    assert [r.kind for r in article.removed if r.rule == "bsz.post_attribution"] == ["embed", "embed"]


def test_a_box_with_an_opening_and_a_closing_line_goes_whole() -> None:
    layout = LAYOUT._replace(header=("title", "date"),
                             marked_boxes=((lazy("MEISTGELESEN"), lazy("Alle Artikel")),))
    article = read(["NAHVERKEHR Eine Fähre für die Oker", "14.10.2025, 09:30 Uhr", P1, "MEISTGELESEN",
                    "Neuer Radweg an der Oker", "Stadtfest im Juni", "Alle Artikel", P2], layout)
    assert article.body == P1 + "\n\n" + P2
