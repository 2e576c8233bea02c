"""The rule registry: every named line rule with its kind, and the lookups the parsers call."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..record.article import Removal
from .closing import (
    about_heading,
    bare_related_link,
    comments_heading,
    copyright_line,
    editorial_note,
    more_links_heading,
    print_edition_note,
    related_heading,
    related_link,
    tag_list,
)
from .page import contact_line, entry_time_stamp, footer_link, navigation_label, separator_line
from .screen import might_be_boilerplate
from .widgets import (
    advertisement,
    app_promotion,
    cookie_notice,
    newsletter_prompt,
    paywall_meter,
    share_buttons,
    share_widget,
    subscription_prompt,
)


@dataclass(frozen=True, slots=True, eq=False)
class LineRule:
    """A rule with the kind of boilerplate it finds and whether the article ends there.

    Each rule is one object: compared and hashed by identity (in C; line views holding a
    rule are cache keys).
    """

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

# The generic parser's rules: the ones above and those for whole-page dumps of any outlet.
GENERIC_RULES: tuple[LineRule, ...] = LINE_RULES + (
    LineRule("more_links_heading", "related", more_links_heading, ends_article=True),
    LineRule("comments_heading", "comments", comments_heading, ends_article=True),
    LineRule("tag_list", "tags", tag_list, ends_article=True),
    LineRule("about_heading", "bio", about_heading, ends_article=True),
    LineRule("cookie_notice", "cookie", cookie_notice),
    LineRule("share_buttons", "share", share_buttons),
    LineRule("subscription_prompt", "newsletter", subscription_prompt),
    LineRule("advertisement", "ad", advertisement),
    LineRule("navigation_label", "navigation", navigation_label),
    LineRule("footer_link", "footer", footer_link),
    LineRule("related_link", "related", related_link),
    LineRule("contact_line", "bio", contact_line),
    LineRule("app_promotion", "newsletter", app_promotion),
)

# Rules run on the article's own lines only (by the generic body builder): boilerplate found inside
# the article, too rare to be worth a place in the screen every line of the page goes through.
BODY_RULES: tuple[LineRule, ...] = (
    LineRule("separator_line", "separator", separator_line),
    LineRule("bare_related_link", "related", bare_related_link),
    LineRule("print_edition_note", "print-edition", print_edition_note),
    LineRule("editorial_note", "note", editorial_note),
    LineRule("paywall_meter", "newsletter", paywall_meter),
    LineRule("entry_time_stamp", "timestamp", entry_time_stamp),
)


def match_generic(line: str) -> LineRule | None:
    """The first of :data:`GENERIC_RULES` that calls ``line`` boilerplate, screened first for speed.

    >>> match_generic("Leave a Reply").kind
    'comments'
    >>> match_generic("Idlib is Syria's last rebel-held stronghold.") is None
    True
    """
    return match_rule(line, GENERIC_RULES) if might_be_boilerplate(line) else None


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


def rule_removal(rule: LineRule, text: str) -> Removal:
    """What ``rule`` took out of ``text``, for ``removed``.

    >>> rule_removal(match_rule("RELATED STORIES"), "RELATED STORIES")
    Removal(kind='related', text='RELATED STORIES', rule='related_heading')
    """
    return Removal(rule.kind, text, rule.name)
