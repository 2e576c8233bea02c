"""Score newsclean on the fundus-dev pages (../shared/corpus/fundus-dev), publisher by publisher.

    python bench/score_fundus.py --mode html|text [--cmd 'newsclean {dir} --format ndjson --quiet']
                                 [--publishers BBC,DW] [--pages]

The truth is what Fundus' hand-written parser for the publisher gives (a few values are
wrong: see the corpus README). Per page: title (equal after NFKC, casefold, quotes,
dashes and spaces folded), authors (the same set of names, folded alike), published to
the minute (the same instant when both sides carry an offset, else the same wall clock),
and body word F1 (bag of lowercased \\w+ words, as the WCXB scorer counts) of
``subtitle + body`` against Fundus' summary + sections, as Fundus counts its summary.
Prints one row per publisher and the totals; ``--pages`` prints one row per page.
"""
from __future__ import annotations

import argparse
import ast
import gzip
import json
import re
import shlex
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "fundus-dev"


def fold(text: str | None) -> str:
    """Text as the title and author checks compare it.

    >>> fold("“Die  Welt” – heute ")
    '"die welt" - heute'
    """
    text = unicodedata.normalize("NFKC", text or "").replace("\u00ad", "").casefold()
    text = re.sub("[\u2018\u2019\u201a\u201b`\u00b4]", "'", text)
    text = re.sub("[\u201c\u201d\u201e\u00ab\u00bb]", '"', text)
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip(" .")


def word_f1(predicted: str, truth: str) -> float:
    """Bag-of-words F1 over lowercased \\w+ tokens.

    >>> round(word_f1("a b c", "a b d"), 3)
    0.667
    """
    p, r = Counter(re.findall(r"\w+", predicted.lower())), Counter(re.findall(r"\w+", truth.lower()))
    overlap = sum((p & r).values())
    if not p or not r or not overlap:
        return float(p == r)
    precision, recall = overlap / sum(p.values()), overlap / sum(r.values())
    return 2 * precision * recall / (precision + recall)


def instant(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def same_minute(predicted: str | None, truth: str | None) -> bool:
    """The same instant to the minute; wall clocks when either side has no offset.

    >>> same_minute("2024-04-15T13:38:00+02:00", "2024-04-15 11:38:00+00:00")
    True
    >>> same_minute("2024-04-15T13:38", "2024-04-15 13:38:00+02:00")
    True
    """
    p, t = instant(predicted), instant(truth)
    if p is None or t is None:
        return False
    if p.tzinfo is None or t.tzinfo is None:
        p, t = p.replace(tzinfo=None), t.replace(tzinfo=None)
    return abs((p - t).total_seconds()) < 60


def as_list(value: str | list) -> list:
    return ast.literal_eval(value) if isinstance(value, str) and value.startswith("[") else (value or [])


def page_scores(record: dict, truth: dict) -> dict[str, float]:
    predicted_body = "\n".join(x for x in (record.get("subtitle"), record.get("body")) if x)
    want_authors = sorted(fold(a) for a in as_list(truth["authors"]))
    return {
        "title": float(fold(record.get("title")) == fold(truth["title"])),
        "authors": float(sorted(fold(a) for a in record.get("authors") or []) == want_authors),
        "published": float(same_minute(record.get("published"), truth.get("published"))),
        "body": word_f1(predicted_body, truth.get("body") or ""),
    }


def run_command(cmd: str, names: list[str], mode: str, corpus: Path) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            if mode == "html":
                data = gzip.decompress((corpus / "pages" / f"{name}.html.gz").read_bytes())
                (Path(tmp) / f"{name}.html").write_bytes(data)
            else:
                (Path(tmp) / f"{name}.txt").write_bytes((corpus / "text" / f"{name}.txt").read_bytes())
        argv = [part.replace("{dir}", tmp) for part in shlex.split(cmd)]
        lines = subprocess.run(argv, capture_output=True, text=True).stdout.splitlines()
    records = {}
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        stem = Path((record.get("input") or {}).get("path") or "").name
        records[stem.removesuffix(".html").removesuffix(".txt")] = record
    return records


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=("html", "text"), required=True)
    ap.add_argument("--cmd", default="newsclean {dir} --format ndjson --quiet")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--publishers", default="", help="comma-separated publisher names (default: all)")
    ap.add_argument("--pages", action="store_true", help="one row per page")
    args = ap.parse_args()
    if not (args.corpus / "truth.json").is_file():
        print(f"skipped: no corpus at {args.corpus}", file=sys.stderr)
        return 0
    truth = json.loads((args.corpus / "truth.json").read_text(encoding="utf-8"))
    wanted = set(args.publishers.split(",")) - {""}
    names = sorted(k for k, v in truth.items() if not wanted or v["publisher"] in wanted)
    records = run_command(args.cmd, names, args.mode, args.corpus)
    by_publisher: dict[str, list[dict[str, float]]] = defaultdict(list)
    for name in names:
        scores = page_scores(records.get(name, {}), truth[name])
        by_publisher[truth[name]["publisher"]].append(scores)
        if args.pages:
            print(f"{name:<45} " + "  ".join(f"{k} {v:.2f}" for k, v in scores.items()))
    fields = ("title", "authors", "published", "body")
    print(f"{'publisher':<24} pages " + " ".join(f"{f:>9}" for f in fields))
    for publisher, rows in sorted(by_publisher.items()):
        means = " ".join(f"{sum(r[f] for r in rows) / len(rows):>9.2f}" for f in fields)
        print(f"{publisher:<24} {len(rows):>5} " + means)
    every = [r for rows in by_publisher.values() for r in rows]
    print(f"{'ALL':<24} {len(every):>5} " + " ".join(f"{sum(r[f] for r in every) / len(every):>9.3f}" for f in fields))
    print(f"no record for {len(names) - len([n for n in names if n in records])} of {len(names)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
