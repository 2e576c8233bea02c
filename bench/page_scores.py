"""Per-page scores on the shared HTML corpora, kept as a file, and what moved between two runs.

    python bench/page_scores.py run OUT.json [--corpora wcxb,fundus,dev] [--ndjson PEER.ndjson]
    python bench/page_scores.py compare OLD.json NEW.json [--show 40]

``run`` parses every HTML page of ``../shared/corpus/{wcxb-dev,fundus-dev,dev}`` in-process
(or reads a peer's answers from NDJSON lines matched by ``input.path``, as
``bench/peer_records.py`` writes them) and keeps, per page: its site, its type, the body's
word F1 (WCXB's metric: bag of lowercased ``\\w+`` tokens) and whether title, published
date and author are right (WCXB: title equal after folding, date's first 10 characters,
the author string equals one name or all of them joined; fundus-dev: the same title and
date tests, authors as a set; dev: title, and published to the day). ``compare`` prints
the totals of both runs by corpus and page type, the sites whose pages got better and
worse, and every page that got worse (``bench/score_fundus.py`` prints fundus-dev per
publisher). Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
CORPORA = ("wcxb", "fundus", "dev")
FIELDS = ("f1", "title", "date", "author")


def tokens(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def word_f1(pred: str | None, ref: str | None) -> float:
    """WCXB's body metric for one page."""
    p, r = Counter(tokens(pred)), Counter(tokens(ref))
    if not r:
        return 1.0 if not p else 0.0
    overlap = sum((p & r).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(r.values())
    return 2 * precision * recall / (precision + recall)


def norm(text: str | None) -> str:
    """The title and author folding of WCXB's scorer."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = re.sub(r"[\u2018\u2019\u201a\u201b`\u00b4]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\u00ab\u00bb]", '"', text)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip(" .")


def pages(corpus: str) -> Iterator[tuple[str, Path, dict]]:
    """(id, page file, truth) of every page of a corpus."""
    folder = SHARED / {"wcxb": "wcxb-dev", "fundus": "fundus-dev", "dev": "dev"}[corpus]
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        suffix = ".html" if corpus == "dev" else ".html.gz"
        yield key, folder / "pages" / f"{key}{suffix}", truth[key]


def parsed(path: Path) -> dict:
    from newsclean.parsers import NewscleanError, parse

    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    try:
        return parse(data, now=NOW, path=path.name.removesuffix(".gz")).to_dict()
    except NewscleanError as exc:
        return {"error": str(exc)}


def score(corpus: str, truth: dict, rec: dict) -> dict:
    """One page's figures (None where the truth has no value)."""
    names = [norm(a) for a in rec.get("authors") or []]
    got_day = (rec.get("published") or "")[:10]
    if corpus == "wcxb":
        want_author = norm(truth["author"]) if truth["author"] else None
        out = {
            "site": truth["domain"], "type": truth["page_type"],
            "f1": word_f1(rec.get("body"), truth["main_content"]),
            "title": norm(rec.get("title")) == norm(truth["title"]) if truth["title"] else None,
            "date": got_day == truth["publish_date"][:10] if truth["publish_date"] else None,
            "author": want_author in [*names, ", ".join(names), " and ".join(names)] if want_author else None,
        }
    elif corpus == "fundus":
        out = {
            "site": truth["publisher"], "type": "article", "f1": word_f1(rec.get("body"), truth["body"]),
            "title": norm(rec.get("title")) == norm(truth["title"]) if truth["title"] else None,
            "date": got_day == truth["published"][:10] if truth["published"] else None,
            "author": sorted(names) == sorted(norm(a) for a in truth["authors"]) if truth["authors"] else None,
        }
    else:
        out = {
            "site": re.sub(r"^https?://(?:www\.)?([^/]+).*", r"\1", truth["url"]), "type": "article",
            "f1": word_f1(rec.get("body"), truth["body"]),
            "title": norm(rec.get("title")) == norm(truth["title"]) if truth.get("title") else None,
            "date": got_day == truth["published"][:10] if truth.get("published") else None,
            "author": sorted(names) == sorted(norm(a) for a in truth["authors"]) if truth.get("authors") else None,
        }
    out["got"] = {"title": rec.get("title"), "published": rec.get("published"), "authors": rec.get("authors"),
                  "error": rec.get("error")}
    return out


def _peer_records(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out[Path((rec.get("input") or {}).get("path") or "").name.removesuffix(".html")] = rec
    return out


def run(out: Path, corpora: list[str], peer: Path | None, jobs: int) -> None:
    todo = [(corpus, key, path, truth) for corpus in corpora for key, path, truth in pages(corpus)]
    if peer is not None:
        got = _peer_records(peer)
        records = [got.get(key, {"error": "no record"}) for _, key, _, _ in todo]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            records = list(pool.map(parsed, [path for _, _, path, _ in todo], chunksize=16))
    result = {f"{corpus}/{key}": score(corpus, truth, rec) for (corpus, key, _, truth), rec in zip(todo, records)}
    out.write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(result)} pages scored into {out}")
    _totals({"run": result})


def _totals(runs: dict[str, dict]) -> None:
    """Figures per corpus and page type, one column group per run."""
    groups: dict[str, set[str]] = defaultdict(set)
    for result in runs.values():
        for key, page in result.items():
            corpus = key.split("/")[0]
            groups[corpus].add(key)
            if corpus == "wcxb":
                groups[f"wcxb {page['type']}"].add(key)
    print(f"{'group':<20} {'n':>5}  " + "  ".join(f"{name[:34]:>34}" for name in runs))
    print(f"{'':<20} {'':>5}  " + "  ".join(f"{'F1   title   date  author  none':>34}" for _ in runs))
    for group in sorted(groups):
        keys = groups[group]
        cells = []
        for result in runs.values():
            got = [result[k] for k in keys if k in result]
            f1 = sum(p["f1"] for p in got) / max(len(got), 1)
            rates = [_rate(got, name) for name in FIELDS[1:]]
            none = sum(1 for p in got if p["got"].get("error"))
            cells.append(f"{f1:.3f} " + " ".join(rates) + f" {none:>5}")
        print(f"{group:<20} {len(keys):>5}  " + "  ".join(f"{c:>34}" for c in cells))


def _rate(pages_: list[dict], name: str) -> str:
    known = [p[name] for p in pages_ if p[name] is not None]
    return f"{sum(known) / max(len(known), 1):6.1%}"


def compare(old_path: Path, new_path: Path, show: int) -> None:
    old = json.loads(old_path.read_text(encoding="utf-8"))
    new = json.loads(new_path.read_text(encoding="utf-8"))
    _totals({old_path.name: old, new_path.name: new})
    better: dict[str, int] = defaultdict(int)
    worse: dict[str, int] = defaultdict(int)
    changes = []
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        delta_f1 = b["f1"] - a["f1"]
        moved = [name for name in FIELDS[1:] if a[name] != b[name]]
        if abs(delta_f1) < 0.005 and not moved:
            continue
        lost = delta_f1 <= -0.005 or any(a[name] and not b[name] for name in moved)
        gained = delta_f1 >= 0.005 or any(b[name] and not a[name] for name in moved)
        site = f"{key.split('/')[0]}:{a['site']}"
        if lost:
            worse[site] += 1
        if gained:
            better[site] += 1
        changes.append((lost, delta_f1, key, a, b, moved))
    print(f"\npages changed: {len(changes)}; sites better: {len(better)}, sites worse: {len(worse)}")
    print(f"sites both better and worse: {sorted(better.keys() & worse.keys())}")
    print("\npages that got worse (F1 delta, fields lost):")
    for lost, delta_f1, key, a, b, moved in sorted(changes, key=lambda c: c[1]):
        if lost:
            fields = " ".join(f"{n}:{a['got'][_GOT[n]]!r}->{b['got'][_GOT[n]]!r}" for n in moved if a[n])
            print(f"  {key:<44} {a['type']:<13} {a['site'][:28]:<28} {delta_f1:+.3f} {a['f1']:.3f} {fields}"[:400])
    print("\npages that got better:")
    shown = 0
    for lost, delta_f1, key, a, b, moved in sorted(changes, key=lambda c: -c[1]):
        if not lost and shown < show:
            shown += 1
            fields = " ".join(n for n in moved if b[n])
            print(f"  {key:<44} {a['type']:<13} {a['site'][:28]:<28} {delta_f1:+.3f} {b['f1']:.3f} {fields}")


_GOT = {"title": "title", "date": "published", "author": "authors"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    one = sub.add_parser("run")
    one.add_argument("out", type=Path)
    one.add_argument("--corpora", default=",".join(CORPORA))
    one.add_argument("--ndjson", type=Path, help="a peer's records instead of newsclean's")
    one.add_argument("--jobs", type=int, default=2)
    two = sub.add_parser("compare")
    two.add_argument("old", type=Path)
    two.add_argument("new", type=Path)
    two.add_argument("--show", type=int, default=30)
    args = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"no shared corpora at {SHARED}")
    if args.command == "run":
        run(args.out, args.corpora.split(","), args.ndjson, args.jobs)
    else:
        compare(args.old, args.new, args.show)


if __name__ == "__main__":
    main()
