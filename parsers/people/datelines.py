"""Datelines: the place (and agency) that opens a story, and the agency that closes one."""
from __future__ import annotations

from typing import NamedTuple

from ..lazyre import lazy
from ..time.header import is_calendar_word
from ..vocab.datelines import (
    COLON_DATELINE,
    COLON_LABELS,
    DATELINE,
    DATELINE_ABOVE,
    KOREAN_WIRE_OPENING,
    MIXED_DATELINE,
    MIXED_DATELINE_DASHES,
    MIXED_DATELINE_GLUE,
    NOT_PLACES,
    PLACE_AFTER_AGENCY,
    STOP_DATELINE,
    STOP_DATELINE_NEXT,
    TRAILING_AGENCY,
    WIRE_DATE,
)
from ..vocab.people import KOREAN_BRACKET_BYLINE

_DATELINE = lazy(DATELINE)
_MIXED_DATELINE = lazy(MIXED_DATELINE)
_GLUE = lazy(MIXED_DATELINE_GLUE)
_DATELINE_ABOVE = lazy(DATELINE_ABOVE)
_PLACE_AFTER_AGENCY = lazy(PLACE_AFTER_AGENCY)
_STOP_DATELINE = lazy(STOP_DATELINE)
_TRAILING_AGENCY = lazy(TRAILING_AGENCY)
_DATE_AFTER_PLACE = lazy(r",\s*" + WIRE_DATE + "$")  # "BEIJING, Feb. 28", "Buenos Aires, 19 nov"
_KOREAN_WIRE = lazy(KOREAN_WIRE_OPENING)
_COLON_DATELINE = lazy(COLON_DATELINE)
_NOT_CAPITAL = lazy(r"[^A-Z]")
_KOREAN_BRACKET_BYLINE = lazy(KOREAN_BRACKET_BYLINE)


class Dateline(NamedTuple):
    """Where a wire story was filed and which agency filed it."""

    place: str | None
    agency: str | None


def dateline_of(paragraph: str) -> Dateline | None:
    """The dateline that opens a paragraph, if it has one.

    >>> dateline_of("WASHINGTON (AP) — The House voted on Tuesday.")
    Dateline(place='WASHINGTON', agency='AP')
    >>> dateline_of("BEIJING, Feb. 28 (Xinhua) -- China said on Friday that")
    Dateline(place='BEIJING', agency='Xinhua')
    >>> dateline_of("(Reuters) - Oil prices rose on Monday.")
    Dateline(place=None, agency='Reuters')
    >>> dateline_of("BUFFALO, N.Y. — Hours before the game")
    Dateline(place='BUFFALO, N.Y.', agency=None)
    >>> dateline_of("I — like many others — was there.") is None
    True
    >>> dateline_of("NEW DELHI: Parliament on Tuesday passed a bill.")
    Dateline(place='NEW DELHI', agency=None)
    >>> dateline_of("[서울=한빛통신] 이지은 기자 = 서울시가 19일 밝혔다.")
    Dateline(place='서울', agency='한빛통신')
    >>> dateline_of("KÖLN (dpa) — Der Rat hat beschlossen"), dateline_of("Jakarta (ANTARA) - Banjir merendam")
    (Dateline(place='KÖLN', agency='dpa'), Dateline(place='Jakarta', agency='ANTARA'))
    >>> dateline_of("COPENHAGEN, Nov. 19, 2019 /PRNewswire/ -- Nordvale Energy today announced")
    Dateline(place='COPENHAGEN', agency=None)
    >>> (dateline_of("Buenos Aires, 19 nov (EFE).- Los precios subieron"),
    ...  dateline_of("MADRID, 19 (EUROPA PRESS) - El"))
    (Dateline(place='Buenos Aires', agency='EFE'), Dateline(place='MADRID', agency='EUROPA PRESS'))
    >>> dateline_of("Rio de Janeiro (Agência Brasil) – O governo anunciou nesta terça-feira")
    Dateline(place='Rio de Janeiro', agency='Agência Brasil')
    >>> dateline_of("(ANSA) - ROMA, 19 NOV - Il governo ha approvato la manovra")
    Dateline(place='ROMA', agency='ANSA')
    >>> (dateline_of("Hong Kong (CNN Business)A muddled view of the talks"),
    ...  dateline_of("WASHINGTON (CNN)The House voted"))
    (Dateline(place='Hong Kong', agency='CNN Business'), Dateline(place='WASHINGTON', agency='CNN'))
    >>> dateline_of("Apple (AAPL) shares rose 2% on Monday.") is None
    True
    """
    match = _DATELINE.match(paragraph)
    dashed = any(dash in paragraph[:80] for dash in MIXED_DATELINE_DASHES)
    glued = ")" in paragraph[:60] and _GLUE.search(paragraph[:60]) is not None
    mixed = not match and paragraph[:1].isupper() and (dashed or glued)
    if mixed:  # the longer pattern compiled and run only for a paragraph that may open so
        match = _MIXED_DATELINE.match(paragraph)
    if not match or not (match.group("place") or match.group("agency")):
        return colon_dateline(paragraph) or korean_wire_dateline(paragraph) or stop_dateline(paragraph)
    place = match.group("place")
    if place:
        place = _DATE_AFTER_PLACE.sub("", place.strip())
        if mixed and not mixed_case_place(place, paragraph[match.end():]):
            return None
        if not mixed and len(_NOT_CAPITAL.sub("", place)) < 2:
            return None
    return Dateline(place or place_after_agency(paragraph[match.end():]), match.group("agency"))


def place_after_agency(rest: str) -> str | None:
    """The place named after the agency, with the day and month, as Italian agencies open a story
    ("(ANSA) - ROMA, 19 NOV - Il governo …": ``rest`` is what follows "(ANSA) - ").

    >>> (place_after_agency("ROMA, 19 NOV - Il governo ha approvato"),
    ...  place_after_agency("Il governo ha approvato"))
    ('ROMA', None)
    >>> place_after_agency("The House, 19 votes - short of a majority") is None
    True
    """
    match = _PLACE_AFTER_AGENCY.match(rest) if rest[:1].isupper() else None
    return match.group("place") if match and is_calendar_word(match.group("month")) else None


def dateline_above(line: str) -> Dateline | None:
    """The dateline a page prints on a line of its own over the story, the outlet bare and a dash
    closing it ("Lordstown, Ohio CNN  —", as CNN pages copy); the place is no label or day.

    >>> dateline_above("Lordstown, Ohio CNN  —"), dateline_above("WASHINGTON (AP) —")
    (Dateline(place='Lordstown, Ohio', agency='CNN'), Dateline(place='WASHINGTON', agency='AP'))
    >>> dateline_above("Watch CNN —") is None, dateline_above("Monday AP —") is None
    (True, True)
    """
    match = _DATELINE_ABOVE.fullmatch(line.strip()) if len(line) <= 60 and line.rstrip()[-1:] in "—–-" else None
    if match is None or not mixed_case_place(match.group("place"), "A"):
        return None
    return Dateline(match.group("place"), match.group("agency"))


def mixed_case_place(place: str, rest: str) -> bool:
    """A place in mixed case that opens a story before a dash ("Copenhagen – Nordvale …",
    "Jakarta, Kabar Nusantara -- Pemerintah …"): the story goes on with a capital, and the word is no
    label ("Update — …") or day ("Monday — …").

    >>> (mixed_case_place("Copenhagen", "Nordvale Energy today announced"),
    ...  mixed_case_place("Update", "The road is open"))
    (True, False)
    >>> mixed_case_place("Monday", "The team flew home")
    False
    >>> mixed_case_place("Nobody", "not even the mayor, knew")
    False
    """
    return rest[:1].isupper() and place.upper() not in COLON_LABELS and place.casefold() not in NOT_PLACES


def stop_dateline(paragraph: str) -> Dateline | None:
    """The place and a full stop that open a German regional story ("Köln. Der Stadtrat hat …"): the
    next word opens a German sentence (an article, a pronoun, a preposition), the place is no day
    or interjection ("Nein. Der …"), and a sentence follows.

    >>> stop_dateline("Köln. Der Stadtrat hat am Dienstag beschlossen, die Innenstadt zu sperren.")
    Dateline(place='Köln', agency=None)
    >>> stop_dateline("Nein. Der Rat hat das nicht beschlossen."), stop_dateline("Wow. The council voted.")
    (None, None)
    """
    match = _STOP_DATELINE.match(paragraph) if paragraph.find(". ", 3, 45) > 0 else None  # most: no regex
    if not match or match.group("next").casefold() not in STOP_DATELINE_NEXT \
            or match.group("place").casefold() in NOT_PLACES:
        return None
    return Dateline(match.group("place"), None)


def colon_dateline(paragraph: str) -> Dateline | None:
    """The place in capitals and a colon that open a story, as South Asian papers print the
    dateline ("NEW DELHI: Parliament …"); a label in capitals ("BREAKING:", "UPDATE:") is no place.

    >>> colon_dateline("ISLAMABAD: The cabinet met."), colon_dateline("UPDATE: The road has reopened.")
    (Dateline(place='ISLAMABAD', agency=None), None)
    """
    if ":" not in paragraph[:40]:
        return None
    match = _COLON_DATELINE.match(paragraph)
    if not match or match.group("place") in COLON_LABELS:
        return None
    return Dateline(match.group("place"), None)


def korean_wire_dateline(paragraph: str) -> Dateline | None:
    """The place and agency of a Korean wire story's opening, "[서울=한빛통신] 이지은 기자 = …".

    >>> korean_wire_dateline("[부산=연합뉴스] 김민수 기자 = 부산시는 19일")
    Dateline(place='부산', agency='연합뉴스')
    >>> korean_wire_dateline("[사진] 서울 도심") is None, korean_wire_dateline("[한빛일보=홍길동 기자] 19일") is None
    (True, True)
    """
    match = _KOREAN_WIRE.match(paragraph) if paragraph.startswith("[") else None
    if match is None or korean_bracket_byline(paragraph) is not None:
        return None  # a paper's own byline names no place and no agency
    return Dateline(match.group("place").strip(), match.group("agency").strip())


def trailing_agency(paragraph: str) -> str | None:
    """The agency signed at the end of a story ("… said. —AFP").

    >>> trailing_agency("The talks will resume next week, officials said. —AFP")
    'AFP'
    >>> trailing_agency("He said the AP was wrong.") is None
    True
    """
    match = _TRAILING_AGENCY.fullmatch(paragraph)
    return match.group("agency") if match else None


def korean_bracket_byline(paragraph: str) -> list[str] | None:
    """The reporter of a Korean paper's own bracketed byline that opens the story: the paper, then
    the reporter and "기자" (reporter) inside the brackets ("[한빛일보=홍길동 기자] …", "[아시아경제 김철수 기자] …").

    >>> (korean_bracket_byline("[한빛일보=홍길동 기자] 19일 경기 남부"),
    ...  korean_bracket_byline("[아시아경제 김철수 기자] 정부는"))
    (['홍길동'], ['김철수'])
    >>> korean_bracket_byline("[서울=한빛통신] 이지은 기자 = 서울시가") is None
    True
    """
    match = _KOREAN_BRACKET_BYLINE.match(paragraph) if paragraph.startswith("[") else None
    return [match.group("name")] if match else None


def opening_authors(paragraph: str) -> list[str] | None:
    """The reporter a story names in its opening ("[서울=한빛통신] 이지은 기자 = …", "[한빛일보=홍길동 기자] …").

    >>> (opening_authors("[서울=한빛통신] 이지은 기자 = 서울시가 19일 밝혔다."),
    ...  opening_authors("[부산=연합뉴스] 부산시는"))
    (['이지은'], None)
    >>> opening_authors("[한빛일보=홍길동 기자] 19일 경기 남부 지역의")
    ['홍길동']
    """
    match = _KOREAN_WIRE.match(paragraph) if paragraph.startswith("[") else None
    return [match.group("name")] if match and match.group("name") else korean_bracket_byline(paragraph)
