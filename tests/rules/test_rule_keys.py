"""The literal keys tested before case-blind patterns (``case_blind``): a key test may never
say no where the pattern says yes, so every character a case-blind regex reads as one of a key's
characters must fold to that very character ("İ", "ı" and "ſ" match "i", "i" and "s")."""
from __future__ import annotations

import re
import sys

from newsclean.parsers.lines import case_blind
from newsclean.parsers.people.bylines import _AGENCY_BYLINE_STARTS
from newsclean.parsers.rules.closing import COPYRIGHT_KEYS, COPYRIGHT_MARKS
from newsclean.parsers.rules.widgets import NEWSLETTER_KEYS
from newsclean.parsers.vocab.navigation import FOOTER_KEYS
from newsclean.parsers.vocab.widgets import SUBSCRIPTION_PHRASES

EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def _key_characters() -> set[str]:
    keys = (COPYRIGHT_MARKS + COPYRIGHT_KEYS + NEWSLETTER_KEYS + FOOTER_KEYS
            + tuple(key for phrase in SUBSCRIPTION_PHRASES for key in phrase.keys)
            + tuple(_AGENCY_BYLINE_STARTS))
    return set("".join(keys))


def test_every_character_a_case_blind_regex_matches_folds_to_the_key_character() -> None:
    for char in sorted(_key_characters()):
        for match in re.findall(re.escape(char), EVERY_CHARACTER, re.IGNORECASE):
            assert case_blind(match) == char, (char, match)


def test_the_odd_case_partners_fold_to_their_ascii_letter() -> None:
    assert case_blind("\u0130\u0131\u017f\u212a") == "iisk"  # İ ı ſ K (Kelvin)


def test_keys_are_written_as_case_blind_gives_them() -> None:
    for phrase in SUBSCRIPTION_PHRASES:
        assert phrase.keys and all(case_blind(key) == key for key in phrase.keys)
