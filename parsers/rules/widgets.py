"""Rules for widgets: share buttons, newsletter and subscription prompts, cookie banners, ads, apps, paywalls."""
from __future__ import annotations

from ..lazyre import compile_line_patterns, compile_phrases, key_search, lazy
from ..lines import case_blind, holds_key
from ..vocab.widgets import (
    ADVERTISING_LINES,
    APP_PROMOTION_LINES,
    COOKIE_KEYS,
    COOKIE_LINES,
    COOKIE_PHRASES,
    NEWSLETTER,
    PAYWALL_METER_KEYS,
    PAYWALL_METER_PHRASES,
    SHARE_LINES,
    SHARE_WIDGETS,
    SUBSCRIPTION_KEYS,
    SUBSCRIPTION_LINES,
    SUBSCRIPTION_PHRASES,
)
from .limits import BODY_RULE_MAX, SHORT

_SHARE = compile_line_patterns(SHARE_WIDGETS)
_NEWSLETTER = compile_line_patterns(NEWSLETTER)
_COOKIE_PHRASE = compile_phrases(COOKIE_PHRASES)
_COOKIE_LINE = compile_line_patterns(COOKIE_LINES)
_SHARE_LINE = compile_line_patterns(SHARE_LINES)
_SUBSCRIPTION_LINE = compile_line_patterns(SUBSCRIPTION_LINES)
_ADVERTISING = compile_line_patterns(ADVERTISING_LINES)
_APP_PROMOTION = compile_line_patterns(APP_PROMOTION_LINES)
_PAYWALL_METER = compile_phrases(PAYWALL_METER_PHRASES)
_PAYWALL_METER_KEY = lazy(key_search(PAYWALL_METER_KEYS))
NEWSLETTER_KEYS = ("sign up", "subscribe")
# Each phrase compiled alone: only the phrases whose keys the line holds are searched, and a one-file run
# compiles only those.
_SUBSCRIPTION_PHRASES = tuple((phrase.keys, compile_phrases((phrase.pattern,))) for phrase in SUBSCRIPTION_PHRASES)


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
    return len(line) < 700 and holds_key(line, COOKIE_KEYS) and bool(_COOKIE_PHRASE.search(line))


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
    if len(line) >= 400 or not holds_key(line, SUBSCRIPTION_KEYS):
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


def paywall_meter(line: str) -> bool:
    """A metered paywall's notice inside the article: how many free articles are left, the price
    of unlimited access.

    >>> paywall_meter("You've reached your limit of free articles. Get unlimited access for just 99 cents.")
    True
    >>> paywall_meter("The library offers unlimited access to its archive, the mayor said.")
    False
    """
    return (len(line) < BODY_RULE_MAX and _PAYWALL_METER_KEY.search(line) is not None
            and bool(_PAYWALL_METER.search(line)))
