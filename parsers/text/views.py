"""Line views: each line of a dump with the features every step reads (words, prose, the rule it meets)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from ..lazyre import lazy
from ..lines import PROSE_WORDS, SENTENCE_END, Line, word_count
from ..rules.registry import LineRule
from ..rules.screen import match_generic

TWIN_PARAGRAPHS = 5  # paragraphs printed twice, each at the same distance from its copy, that make a second print
TWIN_WORDS = 30  # the median length of those paragraphs: an article's (a carousel of comments printed twice is short)
LONG_RUN_ON = 25  # words: a line this long is running text even without a full stop (not a tag cloud)
_PUNCTUATED = lazy(r"[,.;:!?，、。]\s")


class LineView(NamedTuple):
    """One line and the features the zone finder and the header reader use (a tuple: cheap to make)."""

    line: Line
    words: int
    prose: bool
    isolated: bool  # a blank line (or the edge of the page) before and after it
    repeated: bool  # the same text stands elsewhere in the page
    rule: LineRule | None

    # the line's text: a getter in C (the steps read it some 70,000 times over the corpus)
    text = property(attrgetter("line.text"), doc="The line's text.")


@lru_cache(maxsize=32768)
def line_features(text: str) -> tuple[str, int, bool, LineRule | None]:
    """What a line's text alone says: its case-folded form (to find repeats), words, prose or
    not, and the boilerplate rule that catches it.

    Cached by text: menus, share bars and footers repeat within a page and across the
    pages of one outlet, so a batch reads each distinct line once.

    >>> line_features("Leave a Reply")[1:3], line_features("Leave a Reply")[3].kind
    ((3, False), 'comments')
    """
    words = len(text.split()) if text.isascii() else word_count(text)  # fast paths of word_count and is_prose,
    prose = words >= PROSE_WORDS and text[-1] in SENTENCE_END           # inlined: the cost is in the calls
    return text.casefold(), words, prose, match_generic(text)


def view_lines(lines: list[Line]) -> list[LineView]:
    """Features of every line, in one pass (plus one pass to count repeats).

    >>> from ..lines import split_lines
    >>> v = view_lines(split_lines("Menu\\n\\nA first paragraph of the story that runs long enough.\\n\\nMenu"))
    >>> [(x.prose, x.isolated, x.repeated, x.rule and x.rule.kind) for x in v]
    [(False, True, True, 'navigation'), (True, True, False, None), (False, True, True, 'navigation')]
    """
    features = [line_features(line.text) for line in lines]
    counts = Counter([folded for folded, _, _, _ in features])
    second = second_print([folded for folded, _, _, _ in features], [words for _, words, _, _ in features],
                          [prose for _, _, prose, _ in features], counts)
    repeats = [counts[folded] > 1 for folded, _, _, _ in features]
    if second:  # the article printed twice (a page's mobile and desktop copies): its first print is no repeat
        counts = Counter([folded for i, (folded, _, _, _) in enumerate(features) if i not in second])
        repeats = [i in second or counts[folded] > 1 for i, (folded, _, _, _) in enumerate(features)]
    numbers = [-1, *[line.no for line in lines], float("inf")]  # the page's edges count as blank lines
    make = tuple.__new__  # LineView(...) without the Python-level __new__ of a NamedTuple: a page has thousands
    return [make(LineView, (line, words, prose, numbers[i] < line.no - 1 and numbers[i + 2] > line.no + 1,
                            repeats[i], rule))
            for i, (line, (_, words, prose, rule)) in enumerate(zip(lines, features))]


def second_print(folded: list[str], words: list[int], prose: list[bool], counts: Counter[str]) -> frozenset[int]:
    """The lines of a second print of the article: at least :data:`TWIN_PARAGRAPHS` paragraphs of
    :data:`TWIN_WORDS` words or so that stand twice, each copy the same number of lines after its
    first, and every line that stands that far after a copy of itself. Empty when the page prints no such copy.

    >>> text = [f"paragraph {n}" for n in range(6)]
    >>> folded = ["menu", *text, "footer", *text]
    >>> words, prose = [1] + [40] * 6 + [1] + [40] * 6, [False] + [True] * 6 + [False] + [True] * 6
    >>> sorted(second_print(folded, words, prose, Counter(folded)))
    [8, 9, 10, 11, 12, 13]
    >>> second_print(folded, [1] + [12] * 6 + [1] + [12] * 6, prose, Counter(folded))  # comments shown twice
    frozenset()
    >>> second_print(folded[:9], words[:9], prose[:9], Counter(folded[:9]))
    frozenset()
    """
    first: dict[str, int] = {}
    twins: dict[int, list[int]] = {}  # distance -> the lengths of the paragraphs printed that far apart
    for i, text in enumerate(folded):
        if prose[i] and counts[text] == 2:
            if text in first:
                twins.setdefault(i - first[text], []).append(words[i])
            else:
                first[text] = i
    if not twins:
        return frozenset()
    distance, lengths = max(twins.items(), key=lambda item: len(item[1]))
    if len(lengths) < TWIN_PARAGRAPHS or sorted(lengths)[len(lengths) // 2] < TWIN_WORDS:
        return frozenset()
    return frozenset(i for i in range(distance, len(folded)) if folded[i] == folded[i - distance])


def is_running_text(view: LineView) -> bool:
    """Prose, or a long punctuated line without a full stop at its end (not a tag cloud).

    >>> from ..lines import Line
    >>> text = "Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida, e gostar é sentir " * 2
    >>> is_running_text(LineView(Line(1, text), 34, False, True, False, None))
    True
    """
    return view.prose or view.words >= LONG_RUN_ON and (bool(_PUNCTUATED.search(view.text))
                                                        or reads_as_sentence(view.text))


def reads_as_sentence(text: str) -> bool:
    """Most words start in lower case, as in a sentence that lost its full stop; a run of
    headlines, names or tags (title case, capitals) does not.

    >>> reads_as_sentence("Chelsea have this morning paid the fee to secure the signing of the keeper")
    True
    >>> reads_as_sentence("Home World Business Tech Science Health Sports Arts Travel Opinion Video")
    False
    """
    words = text.split()
    return sum(w[0].islower() for w in words) * 2 > len(words)
