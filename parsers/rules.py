"""Named boilerplate rules, in the manner of ftfy's fixes.

Each rule is a small function that looks at one line and says whether it is
boilerplate; the registry knows each rule's kind so that a removal can be
explained (``removed`` under ``--explain``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import patterns as pat
from .article import Removal

_COPYRIGHT = pat.compile_line_patterns(pat.COPYRIGHT)
_RELATED = pat.compile_line_patterns(pat.RELATED_HEADINGS)
_SHARE = pat.compile_line_patterns(pat.SHARE_WIDGETS)
_NEWSLETTER = pat.compile_line_patterns(pat.NEWSLETTER)


def copyright_line(line: str) -> bool:
    """A copyright or rights-reserved notice.

    >>> copyright_line("Copyright © 2020 CGTN")
    True
    >>> copyright_line("Copyright law was at the heart of the case, the judge said.")
    False
    """
    return bool(_COPYRIGHT.fullmatch(line)) and len(line) < 240 and not line.rstrip().endswith((".", "?", "!")) \
        or "all rights reserved" in line.lower() and len(line) < 240


def related_heading(line: str) -> bool:
    """A heading that opens a list of other articles ("RELATED STORIES").

    >>> related_heading("RELATED STORIES")
    True
    >>> related_heading("Related reports say the talks failed.")
    False
    """
    return bool(_RELATED.fullmatch(line))


def share_widget(line: str) -> bool:
    """A share / print / download button label.

    >>> share_widget("Share")
    True
    >>> share_widget("Share prices fell on Monday.")
    False
    """
    return bool(_SHARE.fullmatch(line))


def newsletter_prompt(line: str) -> bool:
    """A newsletter or subscription prompt.

    >>> newsletter_prompt("Sign up for our daily newsletter")
    True
    """
    return bool(_NEWSLETTER.fullmatch(line)) and len(line) < 200


@dataclass(frozen=True, slots=True)
class LineRule:
    """A rule with the kind of boilerplate it finds and whether the article ends there."""

    name: str
    kind: str
    test: Callable[[str], bool]
    ends_article: bool = False


LINE_RULES: tuple[LineRule, ...] = (
    LineRule("copyright_line", "copyright", copyright_line),
    LineRule("related_heading", "related", related_heading, ends_article=True),
    LineRule("share_widget", "share", share_widget),
    LineRule("newsletter_prompt", "newsletter", newsletter_prompt),
)


def match_rule(line: str, rules: tuple[LineRule, ...] = LINE_RULES) -> LineRule | None:
    """The first rule that calls ``line`` boilerplate, if any.

    >>> match_rule("RELATED STORIES").kind
    'related'
    >>> match_rule("Idlib is Syria's last rebel-held stronghold.") is None
    True
    """
    for rule in rules:
        if rule.test(line):
            return rule
    return None


def removal(rule: LineRule, text: str) -> Removal:
    return Removal(kind=rule.kind, text=text, rule=rule.name)
