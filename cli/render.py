"""Renderers: an article record to JSON, NDJSON or Markdown text."""
from __future__ import annotations

import json
from typing import Any

from newsclean.parsers.lazyre import lazy

SUFFIX = {"json": ".json", "ndjson": ".ndjson", "markdown": ".md"}


def _escape_surrogates(text: str) -> str:
    r"""JSON text with each lone surrogate written as a ``\udcXX`` escape instead of raw.

    A file name that is not UTF-8 reaches Python with its bad bytes as surrogates
    (``surrogateescape``); as escapes they stay valid UTF-8 JSON, and decoding the JSON
    then ``os.fsencode`` gives the name's bytes back.

    >>> _escape_surrogates('{"path": "caf\udce9.txt"}')
    '{"path": "caf\\udce9.txt"}'
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


# Characters JSON leaves raw that line-reading tools (Python's splitlines, JavaScript) take for line ends.
_LINE_BREAKS_AS_ESCAPES = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _dump(record: object, **layout: Any) -> str:
    r"""JSON text, UTF-8 kept as is, with no character a line reader splits on.

    >>> _dump({"a": "one\u2028two"}, separators=(",", ":"))
    '{"a":"one\\u2028two"}'
    """
    return _escape_surrogates(json.dumps(record, ensure_ascii=False, **layout).translate(_LINE_BREAKS_AS_ESCAPES))


def to_json(record: dict[str, Any] | list[dict[str, Any]]) -> str:
    """Indented JSON, UTF-8 kept as is, with a trailing newline.

    >>> to_json({"title": "Café"})
    '{\\n  "title": "Café"\\n}\\n'
    """
    return _dump(record, indent=2) + "\n"


def to_ndjson_line(record: dict[str, Any]) -> str:
    """One compact JSON object on one line.

    >>> to_ndjson_line({"a": 1, "b": [2]})
    '{"a":1,"b":[2]}\\n'
    """
    return _dump(record, separators=(",", ":")) + "\n"


_MD_LINE_START = lazy(r"^(\s*)([#>*+\-=]|\d+[.)]|`{3}|~{3}|\|)")
_MD_INLINE = lazy(r"([\\`*_\[\]<>&])")


def escape_markdown(text: str) -> str:
    """Escape text so CommonMark shows it as written, not as markup.

    >>> escape_markdown("1. Not a list, *not* emphasis")
    '1\\\\. Not a list, \\\\*not\\\\* emphasis'
    >>> escape_markdown("# not a heading")
    '\\\\# not a heading'
    >>> escape_markdown("AT&T &amp; <b>bold</b>")
    'AT\\\\&T \\\\&amp; \\\\<b\\\\>bold\\\\</b\\\\>'
    """
    text = _MD_INLINE.sub(r"\\\1", text)
    match = _MD_LINE_START.match(text)
    if match:
        lead, mark = match.group(1), match.group(2)
        escaped = mark[:-1] + "\\" + mark[-1] if mark[-1] in ".)" else "\\" + mark
        text = lead + escaped + text[match.end():]
    return text


_FRONT_MATTER_SKIP = ("body", "blocks")


def to_markdown(record: dict[str, Any]) -> str:
    """YAML front matter (every field but the body), then the article as CommonMark."""
    import yaml  # only Markdown output pays for PyYAML

    front = {k: v for k, v in record.items() if k not in _FRONT_MATTER_SKIP}
    parts = ["---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000) + "---\n"]
    if record.get("title"):
        parts.append(f"# {escape_markdown(record['title'])}\n")
    if record.get("subtitle"):
        parts.append(f"*{escape_markdown(record['subtitle'])}*\n")
    byline = _byline(record)
    if byline:
        parts.append(byline + "\n")
    for block in record["blocks"]:
        text = escape_markdown(block["text"])
        kind = block["type"]
        parts.append({"heading": f"## {text}", "list_item": f"- {text}", "quote": f"> {text}"}.get(kind, text) + "\n")
    images = record.get("images") or []
    if images:
        parts.append("---\n")
        for image in images:
            caption = escape_markdown(image.get("caption") or "")
            credit = f" ({escape_markdown(image['credit'])})" if image.get("credit") else ""
            src = f"![]({image['src']})\n" if image.get("src") else ""
            parts.append(f"{src}*Image: {caption}{credit}*\n")
    return "\n".join(parts)


def _byline(record: dict[str, Any]) -> str:
    pieces = []
    if record.get("authors"):
        pieces.append("By " + ", ".join(escape_markdown(a) for a in record["authors"]))
    if record.get("source", {}).get("name"):
        pieces.append(escape_markdown(record["source"]["name"]))
    if record.get("published"):
        pieces.append(record["published"])
    if record.get("updated"):
        pieces.append("updated " + record["updated"])
    return "*" + " · ".join(pieces) + "*" if pieces else ""


def render_one(record: dict[str, Any], fmt: str) -> str:
    """One record in the output format (``json``, ``ndjson`` or ``markdown``)."""
    if fmt == "ndjson":
        return to_ndjson_line(record)
    if fmt == "markdown":
        return to_markdown(record)
    return to_json(record)
