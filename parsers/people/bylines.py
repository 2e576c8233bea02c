"""Bylines: the authors a line names, in the shapes news pages print them."""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..lines import case_blind
from ..vocab.people import (
    AGENCY_BYLINE,
    AUTHOR_HANDLE,
    AUTHOR_LABEL,
    AUTHOR_NAMES_END,
    AUTHOR_SEPARATORS,
    BYLINE_LABEL,
    BYLINE_LINE,
    BYLINE_ROLE,
    CJK_BYLINE,
    CJK_BYLINE_LABELS,
    CJK_LABELLED_BYLINE,
    CJK_NAME,
    CREDENTIALS,
    DATE_THEN_BYLINE,
    GLUED_ROLE,
    NAME_PARTICLES,
    NAMES_THEN_ROLE,
    PICTURE_WORD,
    ROLE_WORD,
    USER_NAME_THEN_DATE,
    WIRE_AGENCIES,
)

_BYLINE = lazy(BYLINE_LINE, re.IGNORECASE)
_ROLE = lazy(BYLINE_ROLE, re.IGNORECASE)
_GLUED_ROLE = lazy(GLUED_ROLE)
_EMAIL = lazy(r"(?<!\S)\S+@\S+\.\w+\S*")  # from a word's start: tried inside long words, quadratic
_SEPARATORS = lazy(AUTHOR_SEPARATORS)
_HANDLE = lazy(AUTHOR_HANDLE, re.IGNORECASE)
_DIGIT = lazy(r"\d")
_DESK = lazy(r"[A-Z][\w.&' ]*\s(?:Staff|STAFF)")  # "HNN Staff", "Editorial Staff": a desk's name, "Staff" is part of it
_BYLINE_LABEL = lazy(BYLINE_LABEL, re.IGNORECASE)
_CJK_BYLINE = lazy(CJK_BYLINE)
_CJK_NAME = lazy(CJK_NAME)
_NAMES_THEN_ROLE = lazy(NAMES_THEN_ROLE)
_NAMES_END = lazy(AUTHOR_NAMES_END, re.IGNORECASE)
_ROLE_WORD = lazy(ROLE_WORD, re.IGNORECASE)
_PARTICLES = frozenset(NAME_PARTICLES.split())
_AGENCY_NAMES = {name.casefold(): name for name in WIRE_AGENCIES}
_PICTURE = lazy(PICTURE_WORD, re.IGNORECASE)
_USER_NAME_THEN_DATE = lazy(USER_NAME_THEN_DATE)
_AUTHOR_LABEL = lazy(AUTHOR_LABEL, re.IGNORECASE)
_DATE_THEN_BYLINE = lazy(DATE_THEN_BYLINE, re.IGNORECASE)
_CJK_LABELLED_BYLINE = lazy(CJK_LABELLED_BYLINE)
_CJK_NAMES_SPLIT = lazy(r"[\s、，,]+")
DATE_BEFORE_BY = 50  # characters: "Posted on November 19, 2019 at 10:30 am" and its like are shorter
_AGENCY_BYLINE = lazy(
    AGENCY_BYLINE.format(agencies="|".join(re.escape(a) for a in sorted(WIRE_AGENCIES, key=len, reverse=True))),
    re.IGNORECASE,
)
# How an agency byline starts (its first two characters, as :func:`case_blind` gives them): "by" or
# an agency's name. A cheap test before the pattern.
_AGENCY_BYLINE_STARTS = frozenset(case_blind(name[:2]) for name in ("by", *WIRE_AGENCIES))
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
    >>> (split_authors("Michael HiltzikBusiness Columnist"),
    ...  split_authors("Megan Rowe meganr@example.com (509) 459-5382"))
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
    >>> (without_outlet(["Ann Lee", "Tom Park"], ["© 2019 The Valley Post"]),
    ...  without_outlet(["Ann Lee"], ["© Ann Lee"]))
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

    >>> (dated_byline("Posted on November 19, 2019 by Sam Kessler"),
    ...  dated_byline("19 Nov 2019, 10:30 by Ann Lee"))
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
        return desk_role_authors(line) if line.count(" ") >= 3 and line[-1].islower() else credentialed_name(line)
    return named_people(match.group("names"))


def credentialed_name(line: str) -> list[str] | None:
    """The author of a byline that prints the name, then post-nominal letters (:data:`CREDENTIALS`),
    kept with the name as printed (they are no second author): "Dylan Bailey, MS, RD, FAND",
    "Jeffrey A. Slotnick CPP, PSP". A comma sets them apart from the name, or there are two of
    them; the name is two to four capitalised words, not in capitals.

    >>> credentialed_name("Dylan Bailey, MS, RD, FAND"), credentialed_name("Jeffrey A. Slotnick CPP, PSP")
    (['Dylan Bailey, MS, RD, FAND'], ['Jeffrey A. Slotnick CPP, PSP'])
    >>> credentialed_name("Ann Lee MD") is None, credentialed_name("Protests Spread To Pittsburgh, PA") is None
    (True, True)
    """
    if len(line) > 80 or "," not in line:
        return None
    words = line.replace(",", " , ").split()
    end = len(words)
    while end and (words[end - 1] == "," or words[end - 1].replace(".", "").casefold() in CREDENTIALS):
        end -= 1
    credentials = sum(word != "," for word in words[end:])
    if not credentials or credentials < 2 and "," not in words[end:]:
        return None
    name = words[:end]
    if not 2 <= len(name) <= 4 or " ".join(name).isupper():
        return None
    names = " ".join(name)
    return [line.strip()] if looks_like_name(names) and not _DIGIT.search(names) and ":" not in names else None


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
    if not line.isascii() and line.startswith(CJK_BYLINE_LABELS):
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

    >>> (looks_like_name("Sarah E. Needleman"),
    ...  looks_like_name("Иван Петров"),
    ...  looks_like_name("the end of the year"))
    (True, True, False)
    """
    words = text.split()
    capitalised = 0 < len(words) <= 5 and text[0].isupper() and all(w[0].isupper() or w in _PARTICLES for w in words)
    return capitalised or _is_cjk_name(text)


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
