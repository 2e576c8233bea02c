"""One article out of a container, or the reason it could not be read, and where it sat."""
from __future__ import annotations

from typing import NamedTuple

from ..record.article import Article


class Item(NamedTuple):
    """An article (or the one-line reason there is none) and its place in the container.

    ``where`` names the place for messages ("item 3", "record at offset 5120"); ``key``
    is a short stable name for it, the same from run to run ("item-1f3a…", "offset-5120"),
    empty for an input that is one page.
    """

    article: Article | None
    error: str | None = None
    where: str = ""
    key: str = ""
