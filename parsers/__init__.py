"""newsclean's library: parse a saved news article into one clean :class:`Article`.

>>> from newsclean.parsers import parse
"""
from .api import parse
from .record.article import Article
from .record.errors import NewscleanError

__all__ = ["Article", "NewscleanError", "parse"]
