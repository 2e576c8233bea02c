"""Parse time of adversarial inputs of 10 KB, 100 KB and 1 MB, text and HTML: it should grow linearly.

    python bench/adversarial.py [--rounds N]

Each input is built here from lines made to tempt backtracking regexes (long runs of spaces, digits, dots,
dashes and capitals, repeated date fragments, "By By By …", credits and brackets), some 5,000 characters
long, between ordinary sentences. The last column, milliseconds per 100 KB, stays about flat when time is
linear in the size.
"""
from __future__ import annotations

import argparse
import time

from newsclean.parsers import parse
from newsclean.parsers.record.errors import NewscleanError

SIZES = (10_000, 100_000, 1_000_000)
SENTENCE = "The harbour authority said on Monday that the new pier would open to ferries in the spring."
ADVERSARIAL_LINES = (
    "a" + " " * 5000 + "b",
    "8" * 5000 + "news",
    "." * 5000 + "x",
    "-" * 5000,
    "A" * 5000 + " x",
    "ABC " * 1250,
    "By " * 1600 + "Ann Lee",
    "Ann Lee, " * 550 + "and",
    "2020-02-28 07:03 " * 290,
    "Updated " + "19.11.2019 " * 450,
    "Nov. 19, 2019 " * 350,
    "Photo: Getty Images/" * 250 + "AP",
    "BEIJING " + "(AP) " * 1000 + "--",
    "(" * 5000 + "x",
    "Share Tweet " * 400 + "8",
    "北京 " * 1600 + "报道",
    # Short ones too: the line rules screen lines under 400 characters only.
    "8" * 24 + "news",
    "Ann Lee" + " " * 380 + "x",
    "A caption of a picture" + " " * 360 + "(Photo",
    "By " * 120 + "Ann Lee",
)


def adversarial_text(size: int) -> str:
    """Title, a byline, then adversarial lines between sentences, up to ``size`` characters."""
    head = ["Harbour pier to open in spring", "By Ann Lee", "Nov. 19, 2019 8:03 am ET", ""]
    body: list[str] = []
    length = 0
    index = 0
    while length < size:
        for line in (f"{SENTENCE} ({index})", ADVERSARIAL_LINES[index % len(ADVERSARIAL_LINES)][: size // 2], ""):
            body.append(line)
            length += len(line) + 1
        index += 1
    return "\n".join(head + body)


def adversarial_html(size: int) -> str:
    """The same lines as paragraphs of a page, with deep nesting, a long attribute and a broken JSON-LD."""
    paragraphs = "".join(f"<p>{line}</p>" for line in adversarial_text(size).split("\n")[4:] if line)
    jsonld = '<script type="application/ld+json">{"headline": "Harbour pier' + ', "headline": "x' * 50 + "</script>"
    nested = "<div>" * 300 + f"<p>{SENTENCE}</p>" + "</div>" * 300
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour pier</title>{jsonld}</head>'
            f'<body><article><h1>Harbour pier to open in spring</h1><div data-x="{"A" * 5000}"></div>'
            f"{nested}{paragraphs}</article></body></html>")


def timed(data: bytes, rounds: int) -> float:
    """The fastest of ``rounds`` parses, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        try:
            parse(data)
        except NewscleanError:
            pass
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    parse(adversarial_text(10_000).encode())  # warm up: compile the patterns once
    print(f"{'input':<6} {'size':>10} {'seconds':>9} {'ms/100 KB':>10}")
    for kind, build in (("text", adversarial_text), ("html", adversarial_html)):
        for size in SIZES:
            data = build(size).encode("utf-8")
            seconds = timed(data, args.rounds)
            print(f"{kind:<6} {len(data):>10,} {seconds:>9.3f} {seconds * 1e5 / len(data) * 1000:>10.1f}")


if __name__ == "__main__":
    main()
