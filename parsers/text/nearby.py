"""Looking around a header line: sentence ends, credits above or below, deks, the next line that counts."""
from __future__ import annotations

from ..lazyre import lazy
from ..people.bylines import looks_like_name
from ..people.credits import credit_only
from .byline import anchors_header
from .line_kinds import has_photo_credit, is_anchor, is_caption_line
from .views import LineView

WINDOW = 40  # lines before the article zone where the headline may stand
CAPTION_MIN_WORDS = 8  # a dated caption is a sentence; a date line with a credit mark ("9:14 AM / Updated") is shorter
_CLOSING_CREDIT = lazy(r"([.!?])\s*\([^()]{2,60}\)$")


def sentence_end(text: str) -> str:
    """The last character of ``text`` before a closing bracketed credit ("… campaign. (onmeth.com)").

    >>> sentence_end("Workers inspect the bridge on Monday. (Jane Doe/Ledger)"), sentence_end("Senate passes bill")
    ('.', 'l')
    >>> sentence_end("Bridge to close (again)")
    ')'
    """
    match = _CLOSING_CREDIT.search(text)
    return match.group(1) if match else text[-1]


def credit_follows(views: list[LineView], i: int) -> bool:
    """Line ``i`` is a caption (a sentence) whose bare picture credit stands on the next line, or
    on the line above it (:func:`credit_above`)."""
    text = views[i].text
    return text[-1] in ".!?)" and credit_below(views, i) is not None or credit_above(views, i)


def credit_above(views: list[LineView], i: int) -> bool:
    """Line ``i`` is a sentence under a line that holds only a picture credit: the caption of a
    picture whose credit is printed over it ("Alex Wong | Getty Images" / "Kristi Noem, pictured …").

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Alex Wong | Getty Images\\n\\nThe governor at the White House in 2018.\\n"
    ...     "Photo: Getty Images\\nBridge to close for two years\\n"))
    >>> credit_above(views, 1), credit_above(views, 3)
    (True, False)
    """
    above = views[i - 1].text if i else ""
    return sentence_end(views[i].text) == "." and has_photo_credit(above) and bool(credit_only(above))


def credit_below(views: list[LineView], i: int) -> int | None:
    """The line of the bare picture credit printed right under line ``i`` ("Foto: dpa/Oliver Berg"),
    past copies of line ``i`` (a picture's alt text printed above its caption), or None.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Centro de saúde em Bragança\\nCentro de saúde em Bragança\\n"
    ...     "Foto: Nuno Ferreira/Lusa\\nA ponte\\n\\nFoto: Ana Lima\\n"))
    >>> credit_below(views, 0), credit_below(views, 1), credit_below(views, 3)
    (2, 2, None)
    """
    text, j = views[i].text, i + 1
    while j < len(views) and views[j].text == text and views[j].line.no == views[j - 1].line.no + 1:
        j += 1
    if j >= len(views) or views[j].line.no != views[j - 1].line.no + 1:
        return None
    return j if has_photo_credit(views[j].text) and credit_only(views[j].text) is not None else None


def is_dek(views: list[LineView], i: int, headline_words: int) -> bool:
    """A sentence under the headline with a byline, date, caption or widget (not the article) after
    it. A line there that is shorter than the headline and ends without a full stop is another
    headline (a teaser above the story's own), not a dek."""
    view = views[i]
    if view.rule is not None or view.words < 6 or view.words > 80:
        return False
    if is_anchor(view) or is_caption_line(view):
        return False
    if view.words < headline_words and sentence_end(view.text) not in ".!?":
        return False  # shorter than the headline and no sentence: another headline
    if i + 1 >= len(views):
        return True  # the last line
    after = views[i + 1]
    if anchors_header(views, i + 1) or after.rule is not None:
        return True  # a byline, a date line or a widget follows
    if is_caption_line(after) or credit_follows(views, i + 1):
        return True  # a caption or a picture credit follows
    return after.words <= 3 and (not after.isolated or looks_like_name(after.text))


def next_significant(views: list[LineView], i: int, reach: int = 4, skip_rules: bool = True) -> int | None:
    """The next line that is not a caption, a short label or (with ``skip_rules``) a widget, within ``reach``."""
    for j in range(i, min(i + reach, len(views))):
        view = views[j]
        if view.rule is not None and not skip_rules:
            return None
        if is_anchor(view) or not (view.rule is not None or is_caption_line(view) or credit_follows(views, j)
                                    or view.words <= 3):
            return j
    return None


def label_between(views: list[LineView], i: int, j: int) -> bool:
    """A short label set apart as a paragraph of its own stands between lines ``i`` and ``j``: the
    two are teasers of a grid, each under its label ("Mobile Commerce / Sell more with mobile commerce /
    Ticketing / Sell more tickets with our software"), not a headline and its dek (which follows it
    directly, or past a caption).

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Ferries\\n\\nNew ferry service to run all winter\\n\\nBridges\\n\\n"
    ...     "Engineers find cracks in the old bridge over the river\\n"))
    >>> label_between(views, 1, 3), label_between(views, 0, 1)
    (True, False)
    """
    return any(v.words <= 3 and v.isolated and not is_caption_line(v) for v in views[i + 1:j])
