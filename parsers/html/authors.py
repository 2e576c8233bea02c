"""Author names from markup values: people's names, never URLs, handles or "Staff"."""
from __future__ import annotations

import html
import re
from typing import Any

from ..lazyre import lazy
from ..people.bylines import is_byline_label, without_label
from ..vocab.people import (
    JOB_WORDS,
    METADATA_AUTHOR_PREFIX,
    METADATA_AUTHOR_SEPARATORS,
    NAME_TAIL_CODE,
    NON_AUTHORS,
)
from .dom import collapse

_PREFIX = lazy(METADATA_AUTHOR_PREFIX, re.IGNORECASE)
_SPLIT = lazy(METADATA_AUTHOR_SEPARATORS, re.IGNORECASE)
_TAIL_CODE = lazy(NAME_TAIL_CODE)
# URLs, handles, user names ("jane.doe"), template placeholders ("page.head.author"), phone numbers.
_NOT_A_NAME = lazy(r"https?:|www\.|@|/|\d{3}|\.(?:com|org|net)\b|[a-z]\.[a-z]{2,}", re.IGNORECASE)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def names_from(value: Any, refs: dict[str, dict[str, Any]] | None = None) -> list[str]:
    """Raw author strings from a JSON-LD or meta value (string, ``{"name": …}``,
    ``{"@id": …}`` resolved through ``refs``, or a list of those).

    >>> names_from([{"@type": "Person", "name": "Jane Doe"}, {"@id": "#p2"}], {"#p2": {"name": "John Roe"}})
    ['Jane Doe', 'John Roe']
    """
    refs = refs or {}
    if isinstance(value, list):
        return [name for item in value for name in names_from(item, refs)]
    if isinstance(value, dict):
        if "name" not in value and value.get("@id") in refs:
            value = refs[value["@id"]]
        name = value.get("name")
        return names_from(name, refs) if name else []
    return [value] if isinstance(value, str) else []


def clean_authors(raw: list[str]) -> list[str]:
    """Names split at "and"/commas, without "By", URLs, handles, job titles or desk names; no repeats.
    An outlet named as the author stays: the page says so.

    >>> clean_authors(["By Jane Doe and John Roe", "https://example.com/staff/jane", "Staff"])
    ['Jane Doe', 'John Roe']
    >>> clean_authors(["Robert Burns, AP National Security Writer"])
    ['Robert Burns']
    >>> clean_authors(["Martin Luther King, Jr."])
    ['Martin Luther King, Jr.']
    """
    out: list[str] = []
    seen: set[str] = set()
    for value in raw:
        for name in split_names(value):
            key = name.casefold()
            if key in seen or not is_person_name(name):
                continue
            seen.add(key)
            out.append(name)
    return out


def split_names(value: str) -> list[str]:
    """One author string as separate names.

    >>> split_names("Jane Doe, John Roe & Ann Poe")
    ['Jane Doe', 'John Roe', 'Ann Poe']
    >>> split_names("Author: Maria &amp; Katerina"), split_names('"David Kim"')
    (['Maria', 'Katerina'], ['David Kim'])
    >>> split_names("Kari Nordmann og Ola Nordmann (NTB)"), split_names("Jane Doe (jd.)")
    (['Kari Nordmann', 'Ola Nordmann'], ['Jane Doe'])
    """
    value = without_label(_PREFIX.sub("", collapse(html.unescape(value)))).strip(" \"'“”")
    names: list[str] = []
    for part in (_TAIL_CODE.sub("", p).strip(" ,:;-–—") for p in _SPLIT.split(value)):
        if part.lower().rstrip(".") in _SUFFIXES and names:
            names[-1] = f"{names[-1]}, {part}"
        elif part:
            names.append(part)
    return names


def is_person_name(name: str) -> bool:
    """A plausible name: not a URL or handle, not a generic desk or a job title, not a label,
    not too long (a named desk, "The Investopedia Team", is the byline the page prints).

    >>> is_person_name("Jane Doe"), is_person_name("Staff"), is_person_name("@janedoe"), is_person_name("Written By")
    (True, False, False, False)
    >>> is_person_name("Master Horticulturalist"), is_person_name("andrew.keaveney")
    (False, False)
    """
    if not name or len(name) > 60 or len(name.split()) > 6 or _NOT_A_NAME.search(name) or is_byline_label(name):
        return False
    key = name.casefold()
    words = key.replace(".", " ").split()
    return key not in NON_AUTHORS and JOB_WORDS.isdisjoint(words)
