"""The time context of one parse: the source's zone and language, the user's zone and now."""
from __future__ import annotations

from ..record.options import ParseOptions
from .stamp import TimeContext


def time_context(options: ParseOptions, source_tz: str | None = None, language: str | None = None) -> TimeContext:
    """What the time-stamp engine needs to know: the source's zone and the page's language, the user's
    zone (``--timezone``) and now.

    >>> time_context(ParseOptions(default_tz="UTC"), "Asia/Shanghai", "en")[:3]
    ('Asia/Shanghai', 'UTC', None)
    """
    return TimeContext(source_tz=source_tz, user_tz=options.default_tz, now=options.now, language=language)
