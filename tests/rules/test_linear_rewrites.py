"""The patterns rewritten to run in linear time (issue #12) still read the edge cases their old form read:
runs of several spaces where the old pattern backtracked, a separator right after another, a colon without a
space after it. test_regex_safety.py checks their speed; these check what they find.
"""
from __future__ import annotations

import re

from newsclean.parsers.containers.feed import author_name
from newsclean.parsers.html.images import split_credit
from newsclean.parsers.people.bylines import split_authors
from newsclean.parsers.people.credits import cjk_caption_credit
from newsclean.parsers.sources.srf import SIGN_SEPARATOR
from newsclean.parsers.time.header import is_embed_signature
from newsclean.parsers.vocab.people import METADATA_AUTHOR_PREFIX


def test_a_feed_author_with_spaces_around_the_name() -> None:
    assert author_name("  Ann Lee  <ann@example.com> ") == "Ann Lee"


def test_a_figure_credit_after_several_spaces_and_a_spaced_bracket() -> None:
    assert split_credit("The bridge at dawn  ( Photo: Ann Lee )") == ("The bridge at dawn", "Photo: Ann Lee")


def test_a_cjk_credit_after_a_double_space() -> None:
    image = cjk_caption_credit("北京天安门广场  新华社记者 张三 摄")
    assert image is not None
    assert (image.caption, image.credit) == ("北京天安门广场", "新华社记者 张三")


def test_srf_signs_split_at_a_semicolon_right_after_another() -> None:
    assert SIGN_SEPARATOR.split("ab ; ;cd;  fr/ef") == ["ab", "", "cd", "ef"]


def test_an_embed_signature_needs_the_handle_in_the_first_brackets() -> None:
    assert is_embed_signature("— Ann Lee (@annlee) May 1, 2020")
    assert not is_embed_signature("-- a (b) (@c)")


def test_a_bracketed_agency_after_a_byline_name_is_dropped() -> None:
    assert split_authors("Ann Lee (Reuters) and Bo Chen") == ["Ann Lee", "Bo Chen"]


def test_the_metadata_author_prefix_takes_the_spaces_but_not_a_glued_colon() -> None:
    prefix = re.compile(METADATA_AUTHOR_PREFIX, re.IGNORECASE)
    found = [match.group() if (match := prefix.match(text)) else None for text in ("By :Ann", "By: Ann", "By  Ann")]
    assert found == ["By ", "By: ", "By  "]
