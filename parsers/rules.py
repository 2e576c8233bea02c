"""Named boilerplate rules, in the manner of ftfy's fixes.

Each rule is a small function that looks at one line and says whether it is
boilerplate; the registry knows each rule's kind so that a removal can be
explained (``removed`` under ``--explain``).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import patterns as pat
from .article import Removal
from .lazyre import lazy

_COPYRIGHT = pat.compile_line_patterns(pat.COPYRIGHT)
_RELATED = pat.compile_line_patterns(pat.RELATED_HEADINGS)
_SHARE = pat.compile_line_patterns(pat.SHARE_WIDGETS)
_NEWSLETTER = pat.compile_line_patterns(pat.NEWSLETTER)
_MORE_LINKS = pat.compile_line_patterns(pat.MORE_LINKS_LINES)
_COMMENTS = pat.compile_line_patterns(pat.COMMENTS_LINES)
_TAGS = pat.compile_line_patterns(pat.TAGS_LINES)
_ABOUT = pat.compile_line_patterns(pat.ABOUT_LINES)
_COOKIE_PHRASE = pat.compile_phrases(pat.COOKIE_PHRASES)
_COOKIE_LINE = pat.compile_line_patterns(pat.COOKIE_LINES)
_SHARE_LINE = pat.compile_line_patterns(pat.SHARE_LINES)
_SUBSCRIPTION_LINE = pat.compile_line_patterns(pat.SUBSCRIPTION_LINES)
_ADVERTISING = pat.compile_line_patterns(pat.ADVERTISING_LINES)
_NAVIGATION = pat.compile_line_patterns(pat.NAVIGATION_LINES + pat.BREADCRUMB_LINES)
_FOOTER = pat.compile_phrases(pat.FOOTER_PHRASES)
_TRAILER = pat.compile_line_patterns(pat.REPORTING_TRAILER_LINES)
_RELATED_LINK = pat.compile_line_patterns(pat.RELATED_LINK_LINES)
_RELATED_BARE = pat.compile_line_patterns(pat.RELATED_LINK_BARE)
_CONTRIBUTED = lazy(pat.CONTRIBUTED_TRAILER, re.IGNORECASE)
_PRINT_EDITION = pat.compile_line_patterns(pat.PRINT_EDITION_LINES)
_APP_PROMOTION = pat.compile_line_patterns(pat.APP_PROMOTION_LINES)
_EDITORIAL_NOTE = pat.compile_line_patterns(pat.EDITORIAL_NOTE_LINES)
_PAYWALL_METER = pat.compile_phrases(pat.PAYWALL_METER_PHRASES)
_PAYWALL_METER_KEY = lazy(pat.key_search(pat.PAYWALL_METER_KEYS))
_EDITORIAL_NOTE_KEY = lazy(pat.key_search(pat.EDITORIAL_NOTE_KEYS))
_ENTRY_TIME_STAMP = lazy(pat.ENTRY_TIME_STAMP, re.IGNORECASE)
_CONTACT = lazy("|".join(pat.CONTACT_PHRASES))
_PUBLISHER = lazy("|".join(pat.PUBLISHER_PHRASES))

SEPARATOR_CHARS = "_-–—=*~#·•. "  # a line of only these is a rule drawn across the page, not text
SHORT = 120  # characters: widgets, labels and headings are never longer
BODY_RULE_MAX = 300  # characters: no body rule takes a longer line (a paragraph)
SCREENED = 400  # characters: no line rule but the cookie banner's takes a longer line


# Literal keys one of which every match holds, rule by rule, as :func:`case_blind` gives them: a
# cheap test before a case-blind pattern.
COPYRIGHT_MARKS = ("copyright", "©", "(c)")  # the first COPYRIGHT pattern starts with one; each other holds a key
COPYRIGHT_KEYS = ("all rights reserved", "todos os direitos reservados", "tutti i diritti riservati",
                  "все права защищены", "hak cipta dilindungi", "무단")
NEWSLETTER_KEYS = ("sign up", "subscribe")
# SUBSCRIPTION_PHRASES one by one, each with its keys (update them with the phrase): only the phrases
# whose keys the line holds are searched, and a one-file run compiles only those.
_SUBSCRIPTION_PHRASE_KEYS = (
    ("sign up", "subscribe", "register"), ("newsletter", "enter your "),
    ("inscreva-se", "assine", "cadastre-se", "iscriviti", "abbonati", "подпишитесь", "подписаться", "berlangganan",
     "suscríbete", "abonnez-vous", "abonnieren", "구독", "購読"),
    ("newsletter",), ("subscriber", "subscribe to ", "to read the full story", "log in to ", "login to ", "free account"),
    ("journalism", "become a "), ("subscribe to our", "unsubscribe at any time", "no spam", "get breaking"),
    ("subscribe to ",), ("join our",), ("your inbox", "get breaking news", "get the latest", "get our"),
    ("affiliate commission", "when you "), ("free article", "you have "),
    ("by signing up", "by subscribing", "by clicking", "share your", "sell your"),
)
_SUBSCRIPTION_PHRASES = tuple(zip(_SUBSCRIPTION_PHRASE_KEYS, (pat.compile_phrases((phrase,))
                                                             for phrase in pat.SUBSCRIPTION_PHRASES), strict=True))


def case_blind(line: str, low: str | None = None) -> str:
    """``line`` case-folded so that every span a case-blind regex matches to a lower-case literal
    holds that literal: "İ" folds to "i" and a dot (dropped), "ı" and "ſ" match "i" and "s".
    ``low``, the line lower-cased, if the caller has it: when it is ASCII it is the answer.

    >>> case_blind("İSTANBUL ſale Kelvin ıd"), case_blind("Sign Up")
    ('istanbul sale kelvin id', 'sign up')
    """
    low = line.lower() if low is None else low
    return low if low.isascii() else line.casefold().replace("\u0307", "").replace("ı", "i")


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
    if any(phrase in low for phrase in pat.RIGHTS_RESERVED):
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
    if len(line) >= 200:
        return False
    blind = case_blind(line)
    return any(key in blind for key in NEWSLETTER_KEYS) and bool(_NEWSLETTER.fullmatch(line))


def _has_key(line: str, keys: tuple[str, ...]) -> bool:
    """A cheap screen before a slow search: does the lower-cased line hold one of ``keys``?"""
    low = line.lower()
    return any(key in low for key in keys)


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


def cookie_notice(line: str) -> bool:
    """Cookie and consent banners and their buttons.

    >>> cookie_notice("We use cookies to give you the best experience. By continuing you agree.")
    True
    >>> cookie_notice("Accept all")
    True
    >>> cookie_notice("The bakery sold 2,000 cookies on Sunday.")
    False
    """
    if len(line) < 40 and _COOKIE_LINE.fullmatch(line):
        return True
    return len(line) < 700 and _has_key(line, pat.COOKIE_KEYS) and bool(_COOKIE_PHRASE.search(line))


def share_buttons(line: str) -> bool:
    """Share, follow, print and font-size buttons, alone or several on one line.

    >>> share_buttons("Facebook Twitter LinkedIn"), share_buttons("Sharing is caring!")
    (True, True)
    >>> share_buttons("Twitter said it would ban political ads.")
    False
    """
    return len(line) < SHORT and (share_widget(line) or bool(_SHARE_LINE.fullmatch(line)))


def subscription_prompt(line: str) -> bool:
    """Newsletter, subscription, membership and paywall prompts.

    >>> subscription_prompt("SIGN UP FOR NEWSLETTERS AND ALERTS")
    True
    >>> subscription_prompt("Subscribe")
    True
    >>> subscription_prompt("The magazine has 2 million subscribers, the company said.")
    False
    """
    if len(line) < 60 and _SUBSCRIPTION_LINE.fullmatch(line):
        return True
    if len(line) >= 400 or not _has_key(line, pat.SUBSCRIPTION_KEYS):
        return False
    blind = case_blind(line)
    return any(any(key in blind for key in keys) and rx.search(line) is not None for keys, rx in _SUBSCRIPTION_PHRASES)


def advertisement(line: str) -> bool:
    """An ad label or "story continues below" marker.

    >>> advertisement("ADVERTISEMENT"), advertisement("Continue reading the main story")
    (True, True)
    >>> advertisement("Advertising revenue fell 5% in the quarter.")
    False
    """
    return len(line) < 80 and bool(_ADVERTISING.fullmatch(line))


def navigation_label(line: str) -> bool:
    """A skip link, menu toggle or other label of the site's navigation.

    >>> navigation_label("Skip to main content"), navigation_label("- Menu -"), navigation_label("Read More")
    (True, True, True)
    >>> navigation_label("Search teams found the hikers on Sunday.")
    False
    """
    return len(line) < 60 and bool(_NAVIGATION.fullmatch(line))


def footer_link(line: str) -> bool:
    """A legal or corporate link of the page footer.

    >>> footer_link("Privacy Policy"), footer_link("Powered by WordPress.com VIP")
    (True, True)
    >>> footer_link("The firm changed its privacy policy after a fine, regulators said on Tuesday.")
    False
    """
    if len(line) >= 80 or line.endswith("."):
        return False
    blind = case_blind(line)
    return any(key in blind for key in pat.FOOTER_KEYS) and bool(_FOOTER.search(line))


def related_link(line: str) -> bool:
    """A link to another story inside the article ("Related: …", "Baca juga: …").

    >>> related_link("Related: SpaceX's Starship in Pictures"), related_link("Baca juga: Harga emas naik")
    (True, True)
    >>> related_link("More than 200 people attended.")
    False
    """
    return len(line) < SHORT and bool(_RELATED_LINK.fullmatch(line))


def contact_line(line: str) -> bool:
    """An e-mail address, a "follow him @…" line or the publisher's own notice under the article.

    >>> contact_line("Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik.")
    True
    >>> contact_line("Space is part of Future US Inc, an international media group.")
    True
    >>> contact_line("He said he would follow the plan.")
    False
    """
    if len(line) >= 300:
        return False
    low = line.lower()
    return "@" in line and bool(_CONTACT.search(low)) \
        or ("part of" in low or "corporate site" in low) and bool(_PUBLISHER.search(low))


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
    >>> print_edition_note("Published in the print edition of the December 2, 2019, issue, with the headline “Keepers.”")
    True
    >>> print_edition_note("The paper will end its print edition next year after 150 years, its owner said on Monday.")
    False
    """
    return len(line) < BODY_RULE_MAX and line.startswith(pat.PRINT_EDITION_STARTS) \
        and bool(_PRINT_EDITION.fullmatch(line))


def bare_related_link(line: str) -> bool:
    """A link to another story with no punctuation after its label ("Lire aussi Le nombre …").

    >>> bare_related_link("Lire aussi Le nombre d'élèves en zone rurale continue de baisser")
    True
    >>> bare_related_link("Read also the small print before you sign.")
    True
    >>> bare_related_link("Lire aussi")
    False
    """
    return len(line) < SHORT and line[:14].lower().startswith(pat.RELATED_LINK_LABELS) \
        and bool(_RELATED_BARE.fullmatch(line))


def separator_line(line: str) -> bool:
    """A line drawn across the page with underscores, dashes or stars ("___", "* * *").

    >>> separator_line("___"), separator_line("* * *"), separator_line("A — B")
    (True, True, False)
    """
    return not line.strip(SEPARATOR_CHARS)


def app_promotion(line: str) -> bool:
    """A line that promotes the outlet's app ("Download The Courier App for the latest news").

    >>> app_promotion("Download the Valley Post app for breaking news alerts."), app_promotion("Baixe o app do Portal")
    (True, True)
    >>> app_promotion("CLICK HERE TO GET THE VALLEY POST APP")
    True
    >>> app_promotion("Download speeds on the app rose by 40 percent last year.")
    False
    """
    return len(line) < SHORT and bool(_APP_PROMOTION.fullmatch(line))


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
    return len(line) < BODY_RULE_MAX and _EDITORIAL_NOTE_KEY.search(line) is not None \
        and bool(_EDITORIAL_NOTE.fullmatch(line))


def paywall_meter(line: str) -> bool:
    """A metered paywall's notice inside the article: how many free articles are left, the price
    of unlimited access.

    >>> paywall_meter("You've reached your limit of free articles. Get unlimited access for just 99 cents.")
    True
    >>> paywall_meter("The library offers unlimited access to its archive, the mayor said.")
    False
    """
    return len(line) < BODY_RULE_MAX and _PAYWALL_METER_KEY.search(line) is not None \
        and bool(_PAYWALL_METER.search(line))


def entry_time_stamp(line: str) -> bool:
    """A time alone on its line inside the article: the stamp a live page prints over each entry
    ("Posted at 20:41", "Updated 21:05 GMT", "14:05").

    >>> entry_time_stamp("Posted at 20:41"), entry_time_stamp("Updated 21:05 GMT"), entry_time_stamp("9.30am")
    (True, True, True)
    >>> entry_time_stamp("Posted at 20:41 by Ann Lee"), entry_time_stamp("24:10")
    (False, False)
    """
    return len(line) < 30 and (":" in line or "." in line) and bool(_ENTRY_TIME_STAMP.fullmatch(line))


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


_SCREENED = tuple(dict.fromkeys(  # each pattern once: MORE_LINKS_LINES holds RELATED_HEADINGS
    pat.COPYRIGHT + pat.RELATED_HEADINGS + pat.SHARE_WIDGETS + pat.NEWSLETTER + pat.MORE_LINKS_LINES
    + pat.COMMENTS_LINES + pat.TAGS_LINES + pat.COOKIE_LINES + pat.SHARE_LINES
    + pat.SUBSCRIPTION_LINES + pat.ADVERTISING_LINES + pat.NAVIGATION_LINES + pat.RELATED_LINK_LINES
    + pat.APP_PROMOTION_LINES
))
# The screen runs on the lower-cased line without IGNORECASE (twice as fast); patterns that may
# match anywhere in a line (".{0,n}…") are screened by their keys instead.
_GENERIC_SCREEN = lazy("(?:" + "|".join(p for p in _SCREENED if not p.startswith(".{")) + r")\s*")
_GENERIC_KEYS = lazy(pat.key_search(
    pat.COOKIE_KEYS + pat.SUBSCRIPTION_PHRASE_KEYS + pat.SCREEN_KEYS + pat.RIGHTS_RESERVED
    + pat.FOOTER_KEYS + pat.CONTACT_KEYS + pat.BREADCRUMB_KEYS
))


def might_be_boilerplate(line: str) -> bool:
    """A cheap screen that every line a generic rule catches passes (most article lines do not).

    >>> might_be_boilerplate("Share"), might_be_boilerplate("We use cookies on this site to improve it, see policy.")
    (True, True)
    >>> might_be_boilerplate("The council voted on Tuesday to close the bridge.")
    False
    >>> might_be_boilerplate("As you comment, please be respectful of other commenters and other viewpoints. " * 2)
    True
    """
    size = len(line)
    if size >= SCREENED:  # only a cookie banner runs this long
        return size < 700 and _has_key(line, pat.COOKIE_KEYS)
    low = line.lower()
    return bool(_GENERIC_SCREEN.fullmatch(low) or _GENERIC_KEYS.search(low)
                or low.startswith(pat.ABOUT_KEYS) and about_heading(line))


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


def removal(rule: LineRule, text: str) -> Removal:
    """What ``rule`` took out of ``text``, for ``removed``.

    >>> removal(match_rule("RELATED STORIES"), "RELATED STORIES")
    Removal(kind='related', text='RELATED STORIES', rule='related_heading')
    """
    return Removal(rule.kind, text, rule.name)
