"""Rules for closing markers: related lists, comments, tags, bios, copyright, wire trailers, print and desk notes."""
from __future__ import annotations

import re

from ..lazyre import compile_line_patterns, key_search, lazy
from ..lines import case_blind
from ..vocab.closing import (
    ABOUT_LINES,
    COMMENTS_LINES,
    CONTRIBUTED_TRAILER,
    COPYRIGHT,
    EDITORIAL_NOTE_KEYS,
    EDITORIAL_NOTE_LINES,
    MORE_LINKS_LINES,
    PRINT_EDITION_LINES,
    PRINT_EDITION_STARTS,
    RELATED_HEADINGS,
    RELATED_LINK_BARE,
    RELATED_LINK_LABELS,
    RELATED_LINK_LINES,
    REPORTING_TRAILER_LINES,
    RIGHTS_RESERVED,
    TAGS_LINES,
)
from .limits import BODY_RULE_MAX, SHORT

_COPYRIGHT = compile_line_patterns(COPYRIGHT)
_RELATED = compile_line_patterns(RELATED_HEADINGS)
_MORE_LINKS = compile_line_patterns(MORE_LINKS_LINES)
_COMMENTS = compile_line_patterns(COMMENTS_LINES)
_TAGS = compile_line_patterns(TAGS_LINES)
_ABOUT = compile_line_patterns(ABOUT_LINES)
_TRAILER = compile_line_patterns(REPORTING_TRAILER_LINES)
_RELATED_LINK = compile_line_patterns(RELATED_LINK_LINES)
_RELATED_BARE = compile_line_patterns(RELATED_LINK_BARE)
_CONTRIBUTED = lazy(CONTRIBUTED_TRAILER, re.IGNORECASE)
_PRINT_EDITION = compile_line_patterns(PRINT_EDITION_LINES)
_EDITORIAL_NOTE = compile_line_patterns(EDITORIAL_NOTE_LINES)
_EDITORIAL_NOTE_KEY = lazy(key_search(EDITORIAL_NOTE_KEYS))
# Literal keys one of which every match holds, rule by rule, as :func:`case_blind` gives them: a
# cheap test before a case-blind pattern.
COPYRIGHT_MARKS = ("copyright", "©", "(c)")  # the first COPYRIGHT pattern starts with one; each other holds a key
COPYRIGHT_KEYS = ("all rights reserved", "todos os direitos reservados", "tutti i diritti riservati",
                  "все права защищены", "hak cipta dilindungi", "무단")


def copyright_line(line: str) -> bool:
    """A copyright or rights-reserved notice.

    >>> copyright_line("Copyright © 2020 CGTN")
    True
    >>> copyright_line("© 2019 Jornal da Cidade. Todos os direitos reservados.")
    True
    >>> copyright_line("Copyright law was at the heart of the case, the judge said.")
    False
    """
    if len(line) >= 240:
        return False
    low = line.lower()
    if any(phrase in low for phrase in RIGHTS_RESERVED):
        return True
    blind = case_blind(line, low)  # an ASCII line holds none of the keys: they are rights phrases or not ASCII
    if not blind.startswith(COPYRIGHT_MARKS) and (low.isascii() or not any(key in blind for key in COPYRIGHT_KEYS)):
        return False
    return bool(_COPYRIGHT.fullmatch(line)) and not line.rstrip().endswith((".", "?", "!"))


def related_heading(line: str) -> bool:
    """A heading that opens a list of other articles ("RELATED STORIES").

    >>> related_heading("RELATED STORIES")
    True
    >>> related_heading("Related reports say the talks failed.")
    False
    """
    return bool(_RELATED.fullmatch(line))


def more_links_heading(line: str) -> bool:
    """A heading over a list of other articles, in any of the corpus languages.

    >>> more_links_heading("More in Minnesota Wild"), more_links_heading("Notícias relacionadas")
    (True, True)
    >>> more_links_heading("More than 40 people were hurt in the blast, police said.")
    False
    """
    return len(line) < SHORT and bool(_MORE_LINKS.fullmatch(line))


def comments_heading(line: str) -> bool:
    """The heading or prompt of a comment section.

    >>> comments_heading("12 Comments"), comments_heading("Leave a Reply")
    (True, True)
    >>> comments_heading("Comments by the minister angered the union.")
    False
    """
    return len(line) < 400 and bool(_COMMENTS.fullmatch(line))


def tag_list(line: str) -> bool:
    """A list of tags or topics under the article.

    >>> tag_list("Tags: Minnesota Wild, NHL")
    True
    >>> tag_list("Tagged as a flight risk, he was held without bail.")
    False
    """
    return len(line) < 240 and bool(_TAGS.fullmatch(line)) and not line.rstrip().endswith(".")


def about_heading(line: str) -> bool:
    """The heading of an author's bio or a company's boilerplate after the article.

    >>> about_heading("About the author"), about_heading("Sobre Carlos Nadalim"), about_heading("About Ascom")
    (True, True, True)
    >>> about_heading("About 40 people were hurt."), about_heading("about the plan")
    (False, False)
    """
    return len(line) < 60 and bool(_ABOUT.fullmatch(line))


def related_link(line: str) -> bool:
    """A link to another story inside the article ("Related: …", "Baca juga: …").

    >>> related_link("Related: SpaceX's Starship in Pictures"), related_link("Baca juga: Harga emas naik")
    (True, True)
    >>> related_link("More than 200 people attended.")
    False
    """
    return len(line) < SHORT and bool(_RELATED_LINK.fullmatch(line))


def reporting_trailer(line: str) -> bool:
    """The "Reporting by …; Editing by …" trailer of a wire story.

    >>> reporting_trailer("Reporting by Jane Doe; Editing by John Roe")
    True
    >>> reporting_trailer("Reporting by the paper led to his arrest.")
    True
    >>> reporting_trailer("Associated Press writer Dana Wu in Sacramento contributed to this report.")
    True
    >>> reporting_trailer("She contributed to this report's findings. Then she left.")
    False
    """
    return len(line) < 400 and (bool(_TRAILER.fullmatch(line))
                                or "contributed" in line and bool(_CONTRIBUTED.fullmatch(line)))


def print_edition_note(line: str) -> bool:
    """A note that the story ran in print ("Published in the print edition of the … issue").

    >>> print_edition_note("A version of this article appears in print on Nov. 20, 2019, Section A, Page 1.")
    True
    >>> print_edition_note("Published in the print edition of the December 2, 2019, issue, "
    ...                    "with the headline “Keepers.”")
    True
    >>> print_edition_note("The paper will end its print edition next year after 150 years, its owner said on Monday.")
    False
    """
    return (len(line) < BODY_RULE_MAX and line.startswith(PRINT_EDITION_STARTS)
            and bool(_PRINT_EDITION.fullmatch(line)))


def bare_related_link(line: str) -> bool:
    """A link to another story with no punctuation after its label ("Lire aussi Le nombre …").

    >>> bare_related_link("Lire aussi Le nombre d'élèves en zone rurale continue de baisser")
    True
    >>> bare_related_link("Read also the small print before you sign.")
    True
    >>> bare_related_link("Lire aussi")
    False
    """
    return (len(line) < SHORT and line[:14].lower().startswith(RELATED_LINK_LABELS)
            and bool(_RELATED_BARE.fullmatch(line)))


def editorial_note(line: str) -> bool:
    """A note the desk prints under an opinion piece or an interview: whose views these are, how
    the interview was edited.

    >>> editorial_note("The views expressed in this article are the author's own.")
    True
    >>> editorial_note("This interview has been edited and condensed for clarity.")
    True
    >>> editorial_note("The views expressed by residents at the meeting were mostly angry, she said.")
    True
    >>> editorial_note("Residents expressed their views at a meeting on Tuesday.")
    False
    """
    return (len(line) < BODY_RULE_MAX and _EDITORIAL_NOTE_KEY.search(line) is not None
            and bool(_EDITORIAL_NOTE.fullmatch(line)))
