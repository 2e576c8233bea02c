"""How many dev-corpus truth titles a text dump prints at all.

    python bench/text_ceiling.py [CORPUS]

The truth of ../shared/corpus/dev comes from each page's markup (og:title, JSON-LD);
a browser's text dump may never print it (an SEO title, a site logo as <h1>). This
counts the pages whose truth title stands in the dump as a line of its own (compared
as the scorer compares titles): the ceiling of the title figure of `score.py --mode
text`. Exits 0, saying so, without a corpus.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ", "…": "..."})


def fold(text: str) -> str:
    """Text folded as the scorer folds titles.

    >>> fold("“Bridge”  to close – now")
    '"bridge" to close - now'
    """
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_FOLD)).strip().casefold()


def without_site(title: str, site: str | None) -> str:
    """The title less a " | Site" / " - Site" end or start naming ``site``.

    >>> without_site("Bridge to close | Ledger", "Ledger")
    'bridge to close'
    """
    title = fold(title)
    if site:
        name = fold(site)
        for sep in (" | ", " - ", " : ", " :: ", " / ", " · "):
            title = title.removesuffix(sep + name).removeprefix(name + sep)
    return title.strip(" \"'")


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not (corpus / "truth.json").is_file():
        print(f"skipped: no corpus at {corpus}", file=sys.stderr)
        return 0
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    titled = with_title = 0
    for page_id, record in sorted(truth.items()):
        dump = (corpus / "text" / f"{page_id}.txt").read_text(encoding="utf-8", errors="replace")
        lines = {without_site(line, record.get("site_name")) for line in dump.splitlines() if line.strip()}
        if record.get("title"):
            with_title += 1
            titled += without_site(record["title"], record.get("site_name")) in lines
    print(f"truth title printed as a line of the dump: {titled}/{with_title} ({titled / with_title:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
