"""The literal keys tested before case-blind patterns (``rules.case_blind``): a key test may never
say no where the pattern says yes, so every character a case-blind regex reads as one of a key's
characters must fold to that very character ("İ", "ı" and "ſ" match "i", "i" and "s")."""
from __future__ import annotations

import re
import sys

from newsclean.parsers import bylines, rules
from newsclean.parsers import patterns as pat

EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def _key_characters() -> set[str]:
    keys = (rules.COPYRIGHT_MARKS + rules.COPYRIGHT_KEYS + rules.NEWSLETTER_KEYS + pat.FOOTER_KEYS
            + tuple(key for keys in rules._SUBSCRIPTION_PHRASE_KEYS for key in keys)
            + tuple(bylines._AGENCY_BYLINE_STARTS))
    return set("".join(keys))


def test_every_character_a_case_blind_regex_matches_folds_to_the_key_character() -> None:
    for char in sorted(_key_characters()):
        for match in re.findall(re.escape(char), EVERY_CHARACTER, re.IGNORECASE):
            assert rules.case_blind(match) == char, (char, match)


def test_the_odd_case_partners_fold_to_their_ascii_letter() -> None:
    assert rules.case_blind("\u0130\u0131\u017f\u212a") == "iisk"  # İ ı ſ K (Kelvin)


def test_keys_are_written_as_case_blind_gives_them() -> None:
    for keys in rules._SUBSCRIPTION_PHRASE_KEYS:
        assert all(rules.case_blind(key) == key for key in keys)
    assert len(rules._SUBSCRIPTION_PHRASE_KEYS) == len(pat.SUBSCRIPTION_PHRASES)
