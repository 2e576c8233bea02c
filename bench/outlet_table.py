"""The per-outlet table: each covered outlet's fundus-dev pages read by the generic parser and by the outlet's
own, from HTML and from the text dumps, scored as ``bench/score_fundus.py`` scores them.

    python bench/outlet_table.py [--cmd 'newsclean {dir} --format ndjson --quiet']

Prints a Markdown table, one row per outlet: title / authors / published / body F1, means over its pages.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent

MODES = ("html", "text")
FIELDS = ("title", "authors", "published", "body")


def scorer() -> ModuleType:
    """``bench/score_fundus.py``, whose runner and metrics the table reuses."""
    spec = importlib.util.spec_from_file_location("score_fundus", HERE / "score_fundus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def outlet_of_publisher() -> dict[str, str]:
    """Fundus publisher name -> the outlet id whose domain its pages' URLs are on."""
    from newsclean.parsers.sources.registry import entry_for_url

    score = scorer()
    truth = json.loads((score.CORPUS / "truth.json").read_text("utf-8"))
    found = {}
    for item in truth.values():
        entry = entry_for_url(item["url"])
        if entry is not None:
            found[item["publisher"]] = entry.id
    return found


def printed(corpus: Path, name: str) -> bool:
    """Whether a page's text dump holds text (a page whose scripts cleared it without the network has none)."""
    return bool((corpus / "text" / f"{name}.txt").read_bytes().strip())


def cell(rows: list[dict[str, float]]) -> str:
    """``t/a/p/F1`` means over an outlet's pages ("-": none, as for the blank dumps of a page its scripts cleared).

    >>> cell([{"title": 1.0, "authors": 0.0, "published": 1.0, "body": 0.984}]), cell([])
    ('1.00/0.00/1.00/0.98', '-')
    """
    if not rows:
        return "-"
    return "/".join(f"{sum(r[f] for r in rows) / len(rows):.2f}" for f in FIELDS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", default="newsclean {dir} --format ndjson --quiet")
    args = ap.parse_args()
    score = scorer()
    if not (score.CORPUS / "truth.json").is_file():
        print(f"skipped: no corpus at {score.CORPUS}", file=sys.stderr)
        return 0
    truth = json.loads((score.CORPUS / "truth.json").read_text("utf-8"))
    outlets = outlet_of_publisher()
    names = sorted(k for k, v in truth.items() if v["publisher"] in outlets)
    table: dict[tuple[str, str, str], list[dict[str, float]]] = defaultdict(list)
    for mode in MODES:
        read = [name for name in names if mode == "html" or printed(score.CORPUS, name)]
        for parser, cmd in (("generic", args.cmd + " --source generic"), ("outlet", args.cmd)):
            records = score.run_command(cmd, read, mode, score.CORPUS)
            for name in read:
                page = score.page_scores(records.get(name, {}), truth[name])
                table[(outlets[truth[name]["publisher"]], mode, parser)].append(page)
    print("| outlet | pages | HTML generic | HTML outlet | text generic | text outlet |")
    print("| --- | --- | --- | --- | --- | --- |")
    for outlet in sorted(set(outlets.values())):
        cells = [cell(table[(outlet, mode, parser)]) for mode in MODES for parser in ("generic", "outlet")]
        print(f"| {outlet} | {len(table[(outlet, 'html', 'outlet')])} | " + " | ".join(cells) + " |")
    every = {key: [r for (_, m, p), rows in table.items() if (m, p) == key for r in rows]
             for key in ((m, p) for m in MODES for p in ("generic", "outlet"))}
    print(f"| all | {len(names)} | " + " | ".join(cell(rows) for rows in every.values()) + " |")
    print("\ncells: title / authors / published to the minute / body word F1 (subtitle + body), means over pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
