"""A peer extractor's answers as newsclean-shaped NDJSON, so the corpus scorers can score it too.

    .peers/bin/python bench/peer_records.py trafilatura DIR
    .peers/bin/python bench/peer_records.py newspaper4k DIR

Runs the peer on every ``.html``/``.txt`` file in DIR (text files are given to the peer
as they are, as a user of it would) and prints one line per file:
``{"title", "body", "published", "authors", "input": {"path"}}``. Use it as the
scorer's command, e.g.::

    python ../shared/tools/score_wcxb.py --mode html \\
        --cmd '.peers/bin/python bench/peer_records.py trafilatura {dir}'
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def trafilatura_record(data: str) -> dict:
    import trafilatura

    out = trafilatura.extract(data, output_format="json", with_metadata=True, include_comments=False,
                              favor_precision=False)
    if not out:
        return {}
    got = json.loads(out)
    authors = [a.strip() for a in (got.get("author") or "").split(";") if a.strip()]
    return {"title": got.get("title"), "body": got.get("text") or "", "published": got.get("date"),
            "authors": authors}


def newspaper_record(data: str) -> dict:
    from newspaper import Article

    article = Article("https://example.com/")
    article.download(input_html=data)
    article.parse()
    published = article.publish_date.isoformat() if article.publish_date else None
    return {"title": article.title or None, "body": article.text or "", "published": published,
            "authors": list(article.authors)}


PEERS = {"trafilatura": trafilatura_record, "newspaper4k": newspaper_record}


def main() -> int:
    peer, folder = sys.argv[1], Path(sys.argv[2])
    extract = PEERS[peer]
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".html", ".txt")):
        data = path.read_text(encoding="utf-8", errors="replace")
        try:
            record = extract(data)
        except Exception:  # a peer's crash is a page it did not answer
            record = {}
        if record:
            record["input"] = {"path": str(path)}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
