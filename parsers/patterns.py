"""Boilerplate vocabulary and shapes, kept as data apart from the rules that use them.

Each entry is a regular expression matched against one whole, stripped line
(case-insensitive). Add a language's words here, never in the rule functions.
"""
from __future__ import annotations

import re

COPYRIGHT = (
    r"(?:copyright|©|\(c\))(?:\s|$).{0,200}",
    r".{0,120}\ball rights reserved\b.{0,120}",
    r".{0,120}todos os direitos reservados.{0,60}",
    r".{0,120}tutti i diritti riservati.{0,60}",
    r".{0,120}все права защищены.{0,60}",
    r".{0,60}hak cipta dilindungi.{0,60}",
    r".{0,60}무단\s*전재.{0,80}",
)

# Headings that start a list of links to other articles: the article is over.
RELATED_HEADINGS = (
    r"related(?: stories| articles| news| content| coverage| topics| reading)?:?",
    r"read (?:more|also|next)(?: on this topic)?:?",
    r"recommended(?: for you| stories)?:?",
    r"most (?:popular|read|viewed|shared)(?: stories| now)?:?",
    r"more (?:from|on|stories from|in) .{1,40}",
    r"you (?:may|might) (?:also )?like:?",
    r"(?:leia|veja) também:?",
    r"mais lidas?:?",
    r"leggi anche:?",
    r"читайте также:?",
    r"baca juga:?",
    r"관련\s*기사",
    r"相关(?:新闻|阅读|报道)",
    r"推荐阅读",
)

SHARE_WIDGETS = (
    r"share(?: this(?: article| story)?| on (?:facebook|twitter|x|linkedin|whatsapp))?",
    r"(?:tweet|facebook|twitter|linkedin|whatsapp|email|e-mail|print|copy link|copied|download|pinterest|reddit|weibo|wechat)",
    r"(?:compartilh(?:e|ar)|condividi|поделиться|bagikan|공유(?:하기)?|分享(?:到)?)",
)

NEWSLETTER = (
    r".{0,80}\b(?:sign up|subscribe)\b.{0,40}\bnewsletters?\b.{0,80}",
    r".{0,40}\bnewsletters?\b.{0,20}\b(?:sign up|subscribe)\b.{0,80}",
    r"(?:subscribe|sign up) (?:now|today|here)\b.{0,80}",
)

# "(with input from agencies)", "(Source: Xinhua)", "Reporting by Jane Doe; Editing by John Roe"
AGENCY_CREDIT_LINE = r"\((?:with (?:input|inputs|reporting) from|source:|sources:)\s*(?P<who>[^)]{2,80})\)"

# Caption credits at the end of a caption line: ".../AP", "... /CGTN", "... /Xinhua"
SLASH_CREDIT = r"^(?P<caption>.{20,}?[.!?)\"”’]?)\s*/\s*(?P<credit>[A-Z][\w&.' -]{0,30}?|[A-Z]{2,}(?:\s*[/,]\s*[A-Z]\w+)*)$"


def compile_line_patterns(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One regex matching a whole line against any of ``patterns``.

    >>> compile_line_patterns(SHARE_WIDGETS).fullmatch("Share") is not None
    True
    """
    return re.compile("(?:" + "|".join(patterns) + r")\s*", re.IGNORECASE)
