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

# Where a rule applies: to every line of the page (the zone finder and the header see it), or to the
# article's own lines only (boilerplate found inside the article, too rare to be worth a place in the
# screen every line of the page goes through).
PAGE = "page"
BODY = "body"
# The parsers that read lines: the generic text parser, the text layouts of known sources, the HTML path
# (its blocks, once rendered, go through the same rules).
GENERIC = "generic"
LAYOUT = "layout"
HTML = "html"
EVERY_READER = frozenset({GENERIC, LAYOUT, HTML})


@dataclass(frozen=True, eq=False)  # a few dozen objects: no slots, which build the class twice at start-up
class LineRule:
    """A rule with the kind of boilerplate it finds, whether the article ends there, where it applies
    (``scope``: :data:`PAGE` or :data:`BODY`) and which parsers apply it (``readers``).

    Each rule is one object: compared and hashed by identity (in C; line views holding a
    rule are cache keys).
    """

    name: str
    kind: str
    test: Callable[[str], bool]
    ends_article: bool = False
    scope: str = PAGE
    readers: frozenset[str] = EVERY_READER


# The one registry, in the order the rules are tried. A rule for whole-page dumps of any outlet reaches
# the generic parser only until it is shown to help the other readers too (#15 opened to every reader those
# that helped pages of several sites and hurt none, or changed nothing, on wcxb-dev HTML, the old dev HTML and
# text, fundus-dev text and the goldens: comments_heading, cookie_notice, advertisement, separator_line,
# paywall_meter, entry_time_stamp).
RULES: tuple[LineRule, ...] = (
    LineRule("copyright_line", "copyright", copyright_line),
    LineRule("related_heading", "related", related_heading, ends_article=True),
    LineRule("share_widget", "share", share_widget),
    LineRule("newsletter_prompt", "newsletter", newsletter_prompt),
    LineRule("more_links_heading", "related", more_links_heading, ends_article=True, readers=frozenset({GENERIC})),
    LineRule("comments_heading", "comments", comments_heading, ends_article=True),
    LineRule("tag_list", "tags", tag_list, ends_article=True, readers=frozenset({GENERIC})),
    LineRule("about_heading", "bio", about_heading, ends_article=True, readers=frozenset({GENERIC})),
    LineRule("cookie_notice", "cookie", cookie_notice),
    LineRule("share_buttons", "share", share_buttons, readers=frozenset({GENERIC})),
    LineRule("subscription_prompt", "newsletter", subscription_prompt, readers=frozenset({GENERIC})),
    LineRule("advertisement", "ad", advertisement),
    LineRule("navigation_label", "navigation", navigation_label, readers=frozenset({GENERIC})),
    LineRule("footer_link", "footer", footer_link, readers=frozenset({GENERIC})),
    LineRule("related_link", "related", related_link, readers=frozenset({GENERIC})),
    LineRule("contact_line", "bio", contact_line, readers=frozenset({GENERIC})),
    LineRule("app_promotion", "newsletter", app_promotion, readers=frozenset({GENERIC})),
    LineRule("separator_line", "separator", separator_line, scope=BODY),
    LineRule("bare_related_link", "related", bare_related_link, scope=BODY, readers=frozenset({GENERIC})),
    LineRule("print_edition_note", "print-edition", print_edition_note, scope=BODY, readers=frozenset({GENERIC})),
    LineRule("editorial_note", "note", editorial_note, scope=BODY, readers=frozenset({GENERIC})),
    LineRule("paywall_meter", "newsletter", paywall_meter, scope=BODY),
    LineRule("entry_time_stamp", "timestamp", entry_time_stamp, scope=BODY),
)


def rules_for(reader: str, scope: str = PAGE) -> tuple[LineRule, ...]:
    """The rules one parser applies in one scope, in registry order.

    >>> [rule.name for rule in rules_for(LAYOUT)]
    ['copyright_line', 'related_heading', 'share_widget', 'newsletter_prompt', 'comments_heading', 'cookie_notice',
     'advertisement']
    >>> len(rules_for(GENERIC)), [rule.name for rule in rules_for(GENERIC, BODY)][:2]
    (17, ['separator_line', 'bare_related_link'])
    """
    return tuple(rule for rule in RULES if rule.scope == scope and reader in rule.readers)


LINE_RULES = rules_for(LAYOUT)  # a source layout's page rules (before its own)
HTML_RULES = rules_for(HTML) + rules_for(HTML, BODY)  # what the HTML path asks of every rendered block
GENERIC_RULES = rules_for(GENERIC)  # every line of a whole-page dump
BODY_RULES = rules_for(GENERIC, BODY)  # the article's own lines, in the generic body builder


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
