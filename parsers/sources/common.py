"""What the layouts of several outlets share: the ad label rule (the generic rule function, which source
layouts do not run by default), the attribution line of an embedded social post, the byline of Spanish
papers, and a person's name as a byline prints it, in the capitals of the outlet's alphabet."""
from __future__ import annotations

from ..lazyre import lazy
from ..rules.registry import LineRule
from ..rules.widgets import advertisement

ADVERTISEMENT = LineRule("advertisement", "ad", advertisement)

# "— David Lammy (@DavidLammy) September 15, 2024": the line under an embedded post (X, Threads, Bluesky).
POST_ATTRIBUTION = lazy(r"[—–-]\s*[^()\n]{1,80}\(@[\w.]{1,40}\)\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}")

# "Carlota Guindal", "Daniel Aragón y Marta Soler i Puig": the names a Spanish paper's byline prints alone on its
# line, parted by commas or "y" (a Catalan "i" joins the two surnames of one person).
_SPANISH_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’.-]+(?: (?:[A-ZÁÉÍÓÚÑ][\w'’.-]+|de|del|la|i|y)){1,4}"
SPANISH_BYLINE = lazy(rf"(?P<names>{_SPANISH_NAME}(?:(?:,\s*|\s+y\s+){_SPANISH_NAME})*)")
SPANISH_AUTHOR_SEPARATORS = lazy(r"\s*(?:,|\by\b)\s*")

# The capital letters of an alphabet, as the body of a regex class.
NORWEGIAN_CAPITALS = "A-ZÆØÅ"
POLISH_CAPITALS = "A-ZĄĆĘŁŃÓŚŹŻ"
TURKISH_CAPITALS = "A-ZÇĞİÖŞÜ"


def name_pattern(capitals: str, particles: tuple[str, ...] = ()) -> str:
    """A person's name as a byline prints it: two to four capitalised words (or the name's lower-case
    ``particles``, "de", "van"), as a regex.

    >>> import re
    >>> bool(re.fullmatch(name_pattern(TURKISH_CAPITALS), "Fatma Sevinç Çetin"))
    True
    >>> dutch = name_pattern("A-Z", ("van",))
    >>> bool(re.fullmatch(dutch, "Anna van Berg")), bool(re.fullmatch(dutch, "Anna"))
    (True, False)
    """
    word = rf"[{capitals}][\w'’.-]+"
    joined = "|".join((word, *particles))
    return rf"{word}(?: (?:{joined})){{1,3}}"
