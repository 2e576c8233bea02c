"""Bylines, datelines and wire credits: who wrote the story and where it was filed."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as pat
from .lazyre import lazy
from .rules import case_blind
from .timestamps import is_calendar_word

_BYLINE = lazy(pat.BYLINE_LINE, re.IGNORECASE)
_ROLE = lazy(pat.BYLINE_ROLE, re.IGNORECASE)
_GLUED_ROLE = lazy(pat.GLUED_ROLE)
_EMAIL = lazy(r"\S+@\S+\.\w+\S*")
_SEPARATORS = lazy(pat.AUTHOR_SEPARATORS)
_HANDLE = lazy(pat.AUTHOR_HANDLE, re.IGNORECASE)
_DATELINE = lazy(pat.DATELINE)
_MIXED_DATELINE = lazy(pat.MIXED_DATELINE)
_GLUE = lazy(pat.MIXED_DATELINE_GLUE)
_DATELINE_ABOVE = lazy(pat.DATELINE_ABOVE)
_PLACE_AFTER_AGENCY = lazy(pat.PLACE_AFTER_AGENCY)
_STOP_DATELINE = lazy(pat.STOP_DATELINE)
_TRAILING_AGENCY = lazy(pat.TRAILING_AGENCY)
_DIGIT = lazy(r"\d")
_DESK = lazy(r"[A-Z][\w.&' ]*\s(?:Staff|STAFF)")  # "HNN Staff", "Editorial Staff": a desk's name, "Staff" is part of it
_BYLINE_LABEL = lazy(pat.BYLINE_LABEL, re.IGNORECASE)
_CJK_BYLINE = lazy(pat.CJK_BYLINE)
_CJK_NAME = lazy(pat.CJK_NAME)
_NAMES_THEN_ROLE = lazy(pat.NAMES_THEN_ROLE)
_NAMES_END = lazy(pat.AUTHOR_NAMES_END, re.IGNORECASE)
_ROLE_WORD = lazy(pat.ROLE_WORD, re.IGNORECASE)
_PARTICLES = frozenset(pat.NAME_PARTICLES.split())
_AGENCY_NAMES = {name.casefold(): name for name in pat.WIRE_AGENCIES}
_PICTURE = lazy(pat.PICTURE_WORD, re.IGNORECASE)
_DATE_AFTER_PLACE = lazy(r",\s*" + pat.WIRE_DATE + "$")  # "BEIJING, Feb. 28", "Buenos Aires, 19 nov"
_NOT_CAPITAL = lazy(r"[^A-Z]")
_USER_NAME_THEN_DATE = lazy(pat.USER_NAME_THEN_DATE)
_AUTHOR_LABEL = lazy(pat.AUTHOR_LABEL, re.IGNORECASE)
_DATE_THEN_BYLINE = lazy(pat.DATE_THEN_BYLINE, re.IGNORECASE)
_CJK_LABELLED_BYLINE = lazy(pat.CJK_LABELLED_BYLINE)
_CJK_NAMES_SPLIT = lazy(r"[\s、，,]+")
_KOREAN_WIRE = lazy(pat.KOREAN_WIRE_OPENING)
_KOREAN_BRACKET_BYLINE = lazy(pat.KOREAN_BRACKET_BYLINE)
_COLON_DATELINE = lazy(pat.COLON_DATELINE)
DATE_BEFORE_BY = 50  # characters: "Posted on November 19, 2019 at 10:30 am" and its like are shorter
_AGENCY_BYLINE = lazy(
    pat.AGENCY_BYLINE.format(agencies="|".join(re.escape(a) for a in sorted(pat.WIRE_AGENCIES, key=len, reverse=True))),
    re.IGNORECASE,
)
# How an agency byline starts (its first two characters, as :func:`rules.case_blind` gives them): "by" or
# an agency's name. A cheap test before the pattern.
_AGENCY_BYLINE_STARTS = frozenset(case_blind(name[:2]) for name in ("by", *pat.WIRE_AGENCIES))
# The marks between the names and the role that NAMES_THEN_ROLE needs: one of them stands in every match.
_ROLE_MARKS = frozenset(",|-–—")


def split_authors(names: str) -> list[str]:
    """Author names from the part of a byline after "By", roles and handles removed.

    >>> split_authors("Jane Doe and John Roe, Staff Writers")
    ['Jane Doe', 'John Roe']
    >>> split_authors("Chaim Gartenberg@cgartenberg")
    ['Chaim Gartenberg']
    >>> split_authors("BILL HOPPE | Special to the Pioneer Press")
    ['Bill Hoppe']
    >>> split_authors("Meg JamesStaff Writer")
    ['Meg James']
    >>> split_authors("Chris Cillizza, CNN Editor-at-large")
    ['Chris Cillizza']
    >>> split_authors("HNN Staff"), split_authors("Ann Lee, Staff"), split_authors("Ann Lee Staff Writer")
    (['HNN Staff'], ['Ann Lee'], ['Ann Lee'])
    >>> split_authors("Al Root Updated Nov. 19, 2019 8:21 am ET")
    ['Al Root']
    >>> split_authors("Michael HiltzikBusiness Columnist"), split_authors("Megan Rowe meganr@example.com (509) 459-5382")
    (['Michael Hiltzik'], ['Megan Rowe'])
    >>> split_authors("Author: Jenna Ortiz")
    ['Jenna Ortiz']
    """
    names = _GLUED_ROLE.sub(" ", _EMAIL.sub(" ", names).replace("@", " @"))
    names = _NAMES_END.split(without_label(names), maxsplit=1)[0]
    found = []
    for n, part in enumerate(_SEPARATORS.split(_HANDLE.sub("", names))):
        if n and (_ROLE_WORD.search(part) or not_a_person(part.strip())):
            continue
        name = (part if _DESK.fullmatch(part.strip()) else _ROLE.sub("", part)).strip(" .,:;-–—([*")
        if not name or _DIGIT.search(name) or len(name.split()) > 5:
            continue
        found.append(name.title() if name.isupper() else name)
    return found


def without_label(names: str) -> str:
    """The names without the label a template prints before them ("Author:", "Autor:", "Автор:").

    >>> without_label("Autor: Jenna Ortiz"), without_label("Jenna Ortiz: a profile")
    ('Jenna Ortiz', 'Jenna Ortiz: a profile')
    """
    if names.find(":", 0, 14) < 0 and names.find("：", 0, 14) < 0:
        return names
    match = _AUTHOR_LABEL.match(names)
    return names[match.end():] if match else names


def without_outlet(authors: list[str], outlet_lines: list[str]) -> list[str]:
    """The authors less any after the first that names the site itself: a byline part that the
    page's copyright line or the site's name holds ("Por Fernanda Lopes, Portal Sul — Porto Alegre",
    "© 2019 Portal Sul").

    >>> without_outlet(["Fernanda Lopes", "Portal Sul"], ["© 2000-2019 Portal Sul. Todos os direitos reservados."])
    ['Fernanda Lopes']
    >>> without_outlet(["Ann Lee", "Tom Park"], ["© 2019 The Valley Post"]), without_outlet(["Ann Lee"], ["© Ann Lee"])
    (['Ann Lee', 'Tom Park'], ['Ann Lee'])
    """
    if len(authors) < 2 or not outlet_lines:
        return authors
    outlets = " | ".join(outlet_lines)
    return authors[:1] + [a for a in authors[1:]
                          if not re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", outlets, re.IGNORECASE)]


def not_a_person(part: str) -> bool:
    """A part of a byline after the first name that names no person: where the story comes from
    ("da Redação", "from Rome": it starts in lower case) or the outlet's acronym ("CNN", "AP").

    >>> not_a_person("da Redação"), not_a_person("CNN"), not_a_person("John Roe"), not_a_person("JOHN ROE")
    (True, True, False, False)
    """
    return bool(part) and (part[0].islower() or part.isupper() and len(part) <= 6 and " " not in part)


def byline_authors(line: str) -> list[str] | None:
    """The authors of a "By …" line, or None when the line is not a byline.

    >>> byline_authors("By Sarah E. Needleman")
    ['Sarah E. Needleman']
    >>> byline_authors("By Tess Bonn - 11/19/19 06:56 AM EST")
    ['Tess Bonn']
    >>> byline_authors("By the end of the year, prices had doubled.") is None
    True
    >>> byline_authors("Author: Jenna Ortiz"), byline_authors("Posted on November 19, 2019 by Sam Kessler")
    (['Jenna Ortiz'], ['Sam Kessler'])
    >>> byline_authors("Interview by Ann Lee"), byline_authors("Edited by Tom Park")
    (['Ann Lee'], ['Tom Park'])
    >>> byline_authors("By Ann Lee at the Riverside Ground"), byline_authors("By Ann Lee in Kyiv")
    (['Ann Lee'], ['Ann Lee'])
    """
    if len(line) > 160:
        return None
    match = _BYLINE.fullmatch(line)
    if not match:  # plain-string tests first: most lines are no byline at all
        found = labelled_byline(line) if ":" in line or "：" in line else None
        return found or (dated_byline(line) if " by " in line or " By " in line else None)
    return named_people(match.group("names")) or user_name(match.group("names"))


def labelled_byline(line: str) -> list[str] | None:
    """The authors after a label and a colon ("Author: Jenna Ortiz"); without the colon a line
    such as "Author Salman Rushdie Dies At 75" is a headline.

    >>> labelled_byline("Autore: Marco Bianchi"), labelled_byline("Author Salman Rushdie Dies At 75")
    (['Marco Bianchi'], None)
    """
    stripped = without_label(line)
    return named_people(stripped) if stripped is not line else None


def dated_byline(line: str) -> list[str] | None:
    """The authors of a blog template's "Posted on DATE by NAME" or "DATE by NAME" line.

    >>> dated_byline("Posted on November 19, 2019 by Sam Kessler"), dated_byline("19 Nov 2019, 10:30 by Ann Lee")
    (['Sam Kessler'], ['Ann Lee'])
    >>> dated_byline("Crowds grew to 40,000 by Tuesday") is None
    True
    """
    at = line.find(" by ")
    if at < 0:
        at = line.find(" By ")
    if not 8 <= at <= DATE_BEFORE_BY or not _DIGIT.search(line, 0, at):  # no date before "by": no long regex
        return None
    match = _DATE_THEN_BYLINE.fullmatch(line)
    return named_people(match.group("names")) if match else None


def user_name(names: str) -> list[str] | None:
    """The site's user name (a login in lower case) a blog template prints as the byline, followed
    by the date: "By admin - 2018-09-16". Without the date after it, a lower-case word after "By"
    is more likely the start of a sentence.

    >>> user_name("admin - 2018-09-16"), user_name("jane_doe | March 3, 2020")
    (['admin'], ['jane_doe'])
    >>> user_name("now - it is 2020") is None, user_name("admin") is None
    (True, True)
    """
    match = _USER_NAME_THEN_DATE.fullmatch(names)
    return [match.group("user")] if match else None


def role_byline_authors(line: str) -> list[str] | None:
    """The authors of a byline without "By" that names a role ("Greg Beacham, AP Sports Writer").

    >>> role_byline_authors("Greg Beacham, AP Sports Writer")
    ['Greg Beacham']
    >>> role_byline_authors("The writer said the plan would fail.") is None
    True
    >>> role_byline_authors("- Become A Contributor") is None
    True
    >>> role_byline_authors("Helen Marsh Transport correspondent")
    ['Helen Marsh']
    """
    if len(line) > 80:
        return None
    match = _NAMES_THEN_ROLE.fullmatch(line) if not _ROLE_MARKS.isdisjoint(line) else None
    if not match or not _ROLE_WORD.search(match.group("role")):
        return desk_role_authors(line) if line.count(" ") >= 3 and line[-1].islower() else None
    return named_people(match.group("names"))


def desk_role_authors(line: str) -> list[str] | None:
    """The author of a byline that prints the name, then the desk and role with only the desk's
    first word capitalised ("Helen Marsh Transport correspondent", "Ann Lee Chief political
    editor"). A headline in title case ends in a capital ("Meet The New Editor"); one in sentence
    case has lower-case words inside the name part ("Ann Lee named BBC political editor").

    >>> desk_role_authors("Ann Lee Chief political editor"), desk_role_authors("Meet The New Editor")
    (['Ann Lee'], None)
    >>> desk_role_authors("Ann Lee named BBC political editor") is None
    True
    """
    words = line.split()
    if not 4 <= len(words) <= 8 or not words[-1].islower() \
            or not _ROLE_WORD.fullmatch(words[-1].removesuffix("s")):
        return None
    desk = max(i for i, word in enumerate(words) if not word.islower())  # the role's first, capitalised word
    if not 2 <= desk <= 4 or desk < len(words) - 3 or not words[desk][0].isupper():
        return None
    names = " ".join(words[:desk])
    return [names] if looks_like_name(names) and not _DIGIT.search(names) else None


def cjk_byline_authors(line: str) -> list[str] | None:
    """The authors of a Korean or Japanese byline, where the role follows the name.

    >>> cjk_byline_authors("김민수 기자 minsu@example.com")
    ['김민수']
    >>> cjk_byline_authors("김민수·이영희 기자")
    ['김민수', '이영희']
    >>> cjk_byline_authors("기자회견이 열렸다") is None
    True
    >>> cjk_byline_authors("记者 陈晓明"), cjk_byline_authors("文/王丽 李华")
    (['陈晓明'], ['王丽', '李华'])
    """
    if len(line) > 80:
        return None
    if not line.isascii() and line.startswith(pat.CJK_BYLINE_LABELS):
        return chinese_byline_authors(line)
    if not _CJK_BYLINE.fullmatch(line):
        return None
    return _CJK_NAME.findall(line) or None


def chinese_byline_authors(line: str) -> list[str] | None:
    """The authors of a Chinese byline, where the label comes first ("记者 陈晓明", "记者：陈晓明",
    "文/陈晓明"); "文" ("text") alone is a label only with its slash.

    >>> chinese_byline_authors("本报记者：陈晓明、李华"), chinese_byline_authors("文化部门表示")
    (['陈晓明', '李华'], None)
    """
    match = _CJK_LABELLED_BYLINE.fullmatch(line)
    return _CJK_NAMES_SPLIT.split(match.group("names")) if match else None


def agency_byline(line: str) -> str | None:
    """The agency named alone as the byline of wire copy ("REUTERS", "Reuters, Washington").

    >>> agency_byline("REUTERS"), agency_byline("Reuters November 18, 2019 11:03 PM")
    ('Reuters', 'Reuters')
    >>> agency_byline("Reuters said the deal was off.") is None, agency_byline("AFP Photo") is None
    (True, True)
    """
    match = _AGENCY_BYLINE.fullmatch(line.strip()) if len(line) < 80 \
        and case_blind(line.strip()[:2]) in _AGENCY_BYLINE_STARTS and not _PICTURE.search(line) else None
    return _AGENCY_NAMES[match.group("agency").casefold()] if match else None


def is_byline_label(line: str) -> bool:
    """A label that stands alone above the author's name ("Author:", "Por", "Автор:").

    >>> is_byline_label("Author:"), is_byline_label("Written by"), is_byline_label("Authority")
    (True, True, False)
    """
    return len(line) < 20 and bool(_BYLINE_LABEL.fullmatch(line))


def looks_like_name(text: str) -> bool:
    """Capitalised words, at most five: a person's or a desk's name.

    >>> looks_like_name("Sarah E. Needleman"), looks_like_name("Иван Петров"), looks_like_name("the end of the year")
    (True, True, False)
    """
    words = text.split()
    return 0 < len(words) <= 5 and text[0].isupper() and all(w[0].isupper() or w in _PARTICLES for w in words) \
        or _is_cjk_name(text)


def named_people(names: str) -> list[str] | None:
    """The authors in the names part of a byline, if every one of them looks like a name.

    >>> named_people("Jane Doe and John Roe, Staff Writers")
    ['Jane Doe', 'John Roe']
    >>> named_people("the end of the year") is None
    True
    """
    authors = split_authors(names)
    return authors if authors and all(looks_like_name(a) for a in authors) else None


def _is_cjk_name(text: str) -> bool:
    return 2 <= len(text) <= 5 and all("\uac00" <= c <= "\ud7af" or "\u4e00" <= c <= "\u9fff" for c in text)


@dataclass(frozen=True, slots=True)
class Dateline:
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
    >>> dateline_of("Buenos Aires, 19 nov (EFE).- Los precios subieron"), dateline_of("MADRID, 19 (EUROPA PRESS) - El")
    (Dateline(place='Buenos Aires', agency='EFE'), Dateline(place='MADRID', agency='EUROPA PRESS'))
    >>> dateline_of("Rio de Janeiro (Agência Brasil) – O governo anunciou nesta terça-feira")
    Dateline(place='Rio de Janeiro', agency='Agência Brasil')
    >>> dateline_of("(ANSA) - ROMA, 19 NOV - Il governo ha approvato la manovra")
    Dateline(place='ROMA', agency='ANSA')
    >>> dateline_of("Hong Kong (CNN Business)A muddled view of the talks"), dateline_of("WASHINGTON (CNN)The House voted")
    (Dateline(place='Hong Kong', agency='CNN Business'), Dateline(place='WASHINGTON', agency='CNN'))
    >>> dateline_of("Apple (AAPL) shares rose 2% on Monday.") is None
    True
    """
    match = _DATELINE.match(paragraph)
    mixed = not match and paragraph[:1].isupper() and (any(dash in paragraph[:80] for dash in pat.MIXED_DATELINE_DASHES)
                                                       or ")" in paragraph[:60] and _GLUE.search(paragraph[:60]) is not None)
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

    >>> place_after_agency("ROMA, 19 NOV - Il governo ha approvato"), place_after_agency("Il governo ha approvato")
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

    >>> mixed_case_place("Copenhagen", "Nordvale Energy today announced"), mixed_case_place("Update", "The road is open")
    (True, False)
    >>> mixed_case_place("Monday", "The team flew home")
    False
    >>> mixed_case_place("Nobody", "not even the mayor, knew")
    False
    """
    return rest[:1].isupper() and place.upper() not in pat.COLON_LABELS and place.casefold() not in pat.NOT_PLACES


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
    if not match or match.group("next").casefold() not in pat.STOP_DATELINE_NEXT \
            or match.group("place").casefold() in pat.NOT_PLACES:
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
    if not match or match.group("place") in pat.COLON_LABELS:
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


def korean_bracket_byline(paragraph: str) -> list[str] | None:
    """The reporter of a Korean paper's own bracketed byline that opens the story: the paper, then
    the reporter and "기자" (reporter) inside the brackets ("[한빛일보=홍길동 기자] …", "[아시아경제 김철수 기자] …").

    >>> korean_bracket_byline("[한빛일보=홍길동 기자] 19일 경기 남부"), korean_bracket_byline("[아시아경제 김철수 기자] 정부는")
    (['홍길동'], ['김철수'])
    >>> korean_bracket_byline("[서울=한빛통신] 이지은 기자 = 서울시가") is None
    True
    """
    match = _KOREAN_BRACKET_BYLINE.match(paragraph) if paragraph.startswith("[") else None
    return [match.group("name")] if match else None


def opening_authors(paragraph: str) -> list[str] | None:
    """The reporter a story names in its opening ("[서울=한빛통신] 이지은 기자 = …", "[한빛일보=홍길동 기자] …").

    >>> opening_authors("[서울=한빛통신] 이지은 기자 = 서울시가 19일 밝혔다."), opening_authors("[부산=연합뉴스] 부산시는")
    (['이지은'], None)
    >>> opening_authors("[한빛일보=홍길동 기자] 19일 경기 남부 지역의")
    ['홍길동']
    """
    match = _KOREAN_WIRE.match(paragraph) if paragraph.startswith("[") else None
    return [match.group("name")] if match and match.group("name") else korean_bracket_byline(paragraph)


def trailing_agency(paragraph: str) -> str | None:
    """The agency signed at the end of a story ("… said. —AFP").

    >>> trailing_agency("The talks will resume next week, officials said. —AFP")
    'AFP'
    >>> trailing_agency("He said the AP was wrong.") is None
    True
    """
    match = _TRAILING_AGENCY.fullmatch(paragraph)
    return match.group("agency") if match else None
