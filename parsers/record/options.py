"""The one options object every parser receives."""
from __future__ import annotations

from datetime import datetime
from typing import NamedTuple


class ParseOptions(NamedTuple):
    """What the caller tells the library about an input.

    ``source`` forces a parser by id; ``url`` hints the source and fills ``url``;
    ``now`` resolves relative times; ``default_tz`` (IANA name) is the zone for
    times printed with none.
    """

    source: str | None = None
    url: str | None = None
    now: datetime | None = None
    default_tz: str | None = None
