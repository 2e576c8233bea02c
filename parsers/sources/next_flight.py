"""Next.js flight data: what a page built with the App Router carries in its scripts
(``self.__next_f.push([1, "…"])``) rather than in its markup, for outlets whose layouts read it.

The pushed strings joined are rows: ``ID:JSON`` or ``ID:T<hex length>,<text>`` (a text the JSON refers to as
``"$ID"``, its length in UTF-8 bytes).
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from ..lazyre import lazy

if TYPE_CHECKING:  # lxml is imported by the HTML path only: an outlet's text dumps never need it
    from lxml import etree

PUSH = lazy(r'self\.__next_f\.push\(\[1,\s*("(?:[^"\\]|\\.)*")\]\)')
TEXT_ROW = r"(?:^|(?<=[\n>\]}]))%s:T(?P<size>[0-9a-f]+),"


def flight_text(root: etree._Element) -> str:
    """The page's flight data: every pushed string, decoded and joined ("" where the page has none).

    >>> from lxml import etree
    >>> page = etree.fromstring('<html><body><script>self.__next_f.push([1,"0:[\\\\"$\\\\",1]\\\\n"])'
    ...                         '</script></body></html>')
    >>> flight_text(page)
    '0:["$",1]\\n'
    """
    chunks = [json.loads(m[1]) for script in root.iter("script") for m in PUSH.finditer(script.text or "")]
    return "".join(chunks)


def resolved_text(flight: str, value: str) -> str:
    """A string value of the flight data, with a reference to a text row (``"$24"``) replaced by that text.

    >>> resolved_text('5:{"html":"$a"}\\na:T9,<p>é</p>6:[]', "$a"), resolved_text("", "Plain")
    ('<p>é</p>', 'Plain')
    """
    if not (value.startswith("$") and value[1:].isalnum()):
        return value
    row = re.search(TEXT_ROW % re.escape(value[1:]), flight)
    if row is None:
        return ""
    data = flight.encode("utf-8")
    start = len(flight[:row.end()].encode("utf-8"))
    return data[start:start + int(row["size"], 16)].decode("utf-8", "replace")


def object_after(flight: str, key: str) -> dict[str, Any] | None:
    """The first JSON object the flight data gives as the value of ``key``.

    >>> object_after('3:["$","div",{"detail":{"title":"Rain","n":2}}]', "detail")
    {'title': 'Rain', 'n': 2}
    >>> object_after("3:[]", "detail") is None
    True
    """
    at = flight.find(f'"{key}":{{')
    if at < 0:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(flight, at + len(key) + 3)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
