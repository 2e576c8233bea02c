"""The generic parser's body: captions paired with their credits, typed blocks, wire credits."""
from __future__ import annotations

from functools import partial
from itertools import accumulate

from ..lazyre import lazy
from ..lines import Line, list_item_text, word_count
from ..people.credits import credit_only, split_caption_credit
from ..people.datelines import dateline_of, trailing_agency
from ..record.article import Block, Image, Removal
from ..rules.closing import reporting_trailer
from ..rules.limits import BODY_RULE_MAX
from ..rules.registry import BODY_RULES, LineRule, rule_removal
from ..vocab.people import BIO_ROLE, HOVER_CARD
from .builder import BodyBuilder, BodyParts
from .runs import data_row_runs, entry_widgets, labelled_list_runs
from .views import LineView

HEADING_MAX_WORDS = 15
_HOVER_CARD = lazy(HOVER_CARD)
_BIO_ROLE = lazy(BIO_ROLE)
PULL_QUOTE_WORDS = 6  # words: a shorter line may repeat a phrase of a paragraph by chance
PULL_QUOTE_MAX = 300  # characters: a pull quote is a sentence, not a paragraph
PULL_QUOTE_REACH = 8  # lines back where the sentence a pull quote repeats stands
QUOTE_MARKS = "\"'“”‘’«» "
CREDIT_MAX_WORDS = 8  # words: the "Name, Organisation" line under a pull quote is no longer
BIO_REACH = 2  # last body lines where the author's bio may stand
BIO_MAX_WORDS = 80
ITEM_RUN = 3  # short lines one under another that make a list printed without bullets
NUMBERED_HEADINGS = 2  # numbered lines set apart that make a listicle's headings
_NUMBERED = lazy(r"\d{1,2}[.)]\s+\S")


def block_of(text: str, rows: frozenset[str] = frozenset(), headings: frozenset[str] = frozenset()) -> Block:
    """Type one body line: a list item (its bullet dropped, or one of the table's ``rows``), a
    subheading (one of the numbered ``headings`` keeps its number), or a paragraph.

    >>> block_of("• Schools will close at noon.")
    Block(type='list_item', text='Schools will close at noon.')
    >>> block_of("June 9 – Tampa, FL", rows=frozenset({"June 9 – Tampa, FL"}))
    Block(type='list_item', text='June 9 – Tampa, FL')
    >>> block_of("What happens next")
    Block(type='heading', text='What happens next')
    >>> block_of("2. Pension relief", headings=frozenset({"2. Pension relief"}))
    Block(type='heading', text='2. Pension relief')
    >>> block_of("The council voted on Tuesday to close the bridge.")
    Block(type='paragraph', text='The council voted on Tuesday to close the bridge.')
    """
    if text in headings:
        return Block("heading", text)
    item = list_item_text(text)
    if item is not None:
        return Block("list_item", item)
    if text in rows:
        return Block("list_item", text)
    if text[-1] not in ".,;:!\"”’)…" and not text[-1].isdigit() and word_count(text) <= HEADING_MAX_WORDS:
        return Block("heading", text)
    return Block("paragraph", text)


def caption_of_line(text: str) -> Image | None:
    """A caption line with its credit (:func:`~..people.credits.split_caption_credit`), but not a line
    whose "credit" is only the word after a slash between two words ("Low-Code/No-Code", "AR/VR",
    "N/A"): a credit after a slash follows the caption's full stop or a space, unless the line says
    it is a caption with its label ("Image: Courtesy Ann Lee/Parks Board").

    >>> caption_of_line("Erdogan speaks in Ankara, Turkey, February 27, 2020. /AP").credit
    'AP'
    >>> caption_of_line("The Rise of Low-Code/No-Code Solutions") is None
    True
    >>> caption_of_line("Image: Courtesy Ann Lee/Parks Board").credit
    'Parks Board'

    """
    image = split_caption_credit(text)
    if image is None or image.caption is None or image.credit is None:
        return image
    glued = image.caption[-1:].isalnum() and text == f"{image.caption}/{image.credit}"
    return None if glued and ":" not in image.caption else image


def pair_captions(views: list[LineView]) -> tuple[list[LineView], list[Image], list[Removal]]:
    """Set captions apart: a credit line takes the caption line just above it in the same block
    (and the copies of that line right above it: a picture's alt text printed over its caption).

    A bare label ("Credit...") takes the name on the next line as its credit.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Der Rat tagte am Dienstag.\\n\\nDie Hohe Straße\\nDie Hohe Straße\\n"
    ...     "Foto: dpa/Oliver Berg\\n\\nDie Stadt will Radwege bauen.\\n"))
    >>> kept, images, removed = pair_captions(views)
    >>> [v.text for v in kept], [(image.caption, image.credit) for image in images]
    (['Der Rat tagte am Dienstag.', 'Die Stadt will Radwege bauen.'], [('Die Hohe Straße', 'dpa/Oliver Berg')])
    """
    kept: list[LineView] = []
    images: list[Image] = []
    removed: list[Removal] = []
    skip = -1
    for i, view in enumerate(views):
        if i <= skip:
            continue
        credit = None if view.isolated or view.words > 12 else credit_only(view.text)
        if credit is None:
            kept.append(view)
            continue
        if not credit and i + 1 < len(views) and views[i + 1].line.no == view.line.no + 1:
            credit, skip = views[i + 1].text, i + 1
            removed.append(Removal("caption-credit", views[i + 1].text, "credit_only"))
        caption = None
        if kept and not kept[-1].isolated and kept[-1].line.no == view.line.no - 1:
            caption = kept.pop()
            removed.append(Removal("caption", caption.text, "credit_only"))
            while kept and kept[-1].text == caption.text and kept[-1].line.no == caption.line.no - 1:
                caption = kept.pop()  # the picture's alt text, printed above its caption
                removed.append(Removal("caption", caption.text, "caption_copy"))
        images.append(Image(caption=caption.text if caption else None, credit=credit or None))
        removed.append(Removal("caption-credit", view.text, "credit_only"))
    return kept, images, removed


def item_lines(views: list[LineView]) -> frozenset[str]:
    """The lines of lists printed without bullets: runs of at least :data:`ITEM_RUN` short lines one
    right under another, none set apart or a sentence (a list's items, a table's cells); a line
    ending in a colon is the list's label.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> text = "The bag is packed.\\n\\nTent and poles\\nSleeping bag\\nStove and fuel\\n\\nThe trail starts here."
    >>> sorted(item_lines(view_lines(split_lines(text))))
    ['Sleeping bag', 'Stove and fuel', 'Tent and poles']
    """
    runs: list[list[str]] = []
    above_is_item = False
    for k, view in enumerate(views):
        item = not view.isolated and not view.prose and view.words <= HEADING_MAX_WORDS and view.text[-1] != ":"
        if item and above_is_item and view.line.no == views[k - 1].line.no + 1:
            runs[-1].append(view.text)
        elif item:
            runs.append([view.text])
        above_is_item = item
    return frozenset(text for run in runs if len(run) >= ITEM_RUN for text in run)


def numbered_headings(views: list[LineView]) -> frozenset[str]:
    """The numbered headings of a listicle: lines set apart that start with a number ("1. The
    allowance stays frozen") and end without a sentence's stop, at least :data:`NUMBERED_HEADINGS`
    of them. They keep their numbers; a list typed with numbers runs its items together.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> para = "\\n\\nThe allowance has not moved for three years, so more people pay tax.\\n\\n"
    >>> sorted(numbered_headings(view_lines(split_lines(f"1. Allowance frozen{para}2. Pension relief{para}"))))
    ['1. Allowance frozen', '2. Pension relief']
    >>> numbered_headings(view_lines(split_lines("1. Vote early\\n2. Bring your card\\n3. Ask for help")))
    frozenset()
    """
    found = frozenset(view.text for view in views if view.isolated and view.text[0].isdigit()
                      and view.text[-1] not in ".,;:!?\"”’)…" and view.words <= HEADING_MAX_WORDS
                      and _NUMBERED.match(view.text))
    return found if len(found) >= NUMBERED_HEADINGS else frozenset()


def drop_hover_cards(text: str) -> tuple[str, list[str]]:
    """The line without the hover cards of people named in it, and the cards taken out.

    A link to a person may carry a card that the page shows on hover; a text dump prints it
    inside the sentence, right after the name: the name again (perhaps in full), the card's
    headlines, and its "MORE" link. The name stays once.

    >>> drop_hover_cards("Sen. Ann LeeAnn LeeBridge bill passes | Vote set MORE (D-Ohio) said no.")
    ('Sen. Ann Lee (D-Ohio) said no.', ['Ann LeeBridge bill passes | Vote set MORE'])
    >>> drop_hover_cards("Gov. Ann LeeAnn Mary LeeFerry fares rise MORE (R) spoke.")[0]
    'Gov. Ann Lee (R) spoke.'
    >>> drop_hover_cards("MORE than 40 people came, Ann Lee said.")
    ('MORE than 40 people came, Ann Lee said.', [])
    """
    if "MORE" not in text:
        return text, []
    cards = [match.group()[len(match.group("name")):] for match in _HOVER_CARD.finditer(text)]
    return (_HOVER_CARD.sub(r"\g<name>", text), cards) if cards else (text, [])


def drop_inline_boxes(views: list[LineView], marked: bool) -> tuple[list[LineView], list[Removal]]:
    """Take out a "Related" box inside the article: its heading and the links under it, and
    lines repeated elsewhere on the page that are not paragraphs of their own (a caption shown
    twice, the copy of a pull quote), and the widget a page of entries prints after each entry
    (:func:`~.runs.entry_widgets`).

    The zone finder kept the box because the article goes on after it; the box runs
    from its heading to the next line of prose (set apart, when the page marks paragraphs).
    """
    kept: list[LineView] = []
    removed: list[Removal] = []
    rule: LineRule | None = None
    widgets = set(entry_widgets(views))
    for k, view in enumerate(views):
        if k in widgets:
            removed.append(Removal(view.rule.kind if view.rule else "repeated", view.text, "entry_widget"))
            continue
        if view.rule is not None and view.rule.ends_article:
            rule = view.rule
            removed.append(rule_removal(rule, view.text))
            continue
        if rule is not None and (view.prose or view.words >= HEADING_MAX_WORDS * 2) and (view.isolated or not marked):
            rule = None
        if rule is not None:
            removed.append(Removal(rule.kind, view.text, f"after_{rule.name}"))
        elif marked and view.repeated and not view.isolated and view.words >= 8:
            removed.append(Removal("repeated", view.text, "repeated_line"))
        else:
            kept.append(view)
    return kept, removed


def drop_pull_quotes(lines: list[Line]) -> tuple[list[Line], list[Removal]]:
    """Take out a pull quote: a line that repeats a sentence of an earlier paragraph, set in large
    type inside the article, and the short "Name, Organisation" credit right under it. A pull quote
    is a display line: it ends without the full stop of running text, or with a quote mark.

    >>> said = "“We cannot keep asking people to pay more for a worse service,” said Ann Lee, who runs the group."
    >>> lines = [Line(1, said), Line(3, "We cannot keep asking people to pay more for a worse service"),
    ...          Line(4, "Ann Lee, Fair Rail"), Line(6, "The minister did not reply.")]
    >>> kept, removed = drop_pull_quotes(lines)
    >>> [line.no for line in kept], [r.rule for r in removed]
    ([1, 6], ['pull_quote', 'pull_quote'])
    """
    texts = [line.text for line in lines]
    page = "\n".join(texts)  # searched between offsets: no string made a line
    offsets = list(accumulate([len(text) + 1 for text in texts], initial=0))
    reach = PULL_QUOTE_REACH
    quotes = [k for k, text in enumerate(texts) if k and len(text) < PULL_QUOTE_MAX and text[-1] not in ".!?;:,"
              and text.count(" ") >= PULL_QUOTE_WORDS - 1
              and page.find(text.strip(QUOTE_MARKS), offsets[k - reach if k > reach else 0], offsets[k]) >= 0
              and _quotes_earlier(text.strip(QUOTE_MARKS), texts[k - reach if k > reach else 0:k])]
    if not quotes:
        return lines, []
    dropped = set(quotes)
    dropped.update(k + 1 for k in quotes if k + 1 < len(lines) and _credits_quote(lines[k], lines[k + 1]))
    return ([line for k, line in enumerate(lines) if k not in dropped],
            [Removal("pull-quote", texts[k], "pull_quote") for k in sorted(dropped)])


def _credits_quote(quote: Line, line: Line) -> bool:
    """``line`` is the short "Name, Organisation" credit printed right under a pull quote."""
    text = line.text
    if line.no != quote.no + 1 or word_count(text) > CREDIT_MAX_WORDS:
        return False
    return text[-1] not in ".!?" and text[0].isupper()


def _quotes_earlier(core: str, earlier: list[str]) -> bool:
    """``core`` is a part of one of the ``earlier`` lines, not the whole of it (a line printed twice
    over is a refrain or a widget, not a pull quote)."""
    return any(core in text and len(text) > len(core) + 2 for text in earlier)


def closing_bio(lines: list[Line]) -> int | None:
    """Where the author's bio starts among the last body lines: a short paragraph that opens with
    a name and "is a … writer" (editor, reporter, correspondent…).

    >>> closing_bio([Line(1, "The lamp still turns."), Line(3, "Claire Holloway is a contributing writer here.")])
    1
    >>> closing_bio([Line(1, "Ann Lee is a nurse in Leeds. She said the ward was full.")]) is None
    True
    """
    for k in range(max(0, len(lines) - BIO_REACH), len(lines)):
        text = lines[k].text
        if (" is a" in text or " is the " in text) and _BIO_ROLE.match(text) and word_count(text) <= BIO_MAX_WORDS:
            return k
    return None


def build_body(views: list[LineView], marked: bool = False) -> tuple[BodyParts, str | None]:
    """Blocks, images, credits and removals for the body lines of a generic dump
    (``marked``: the page sets its paragraphs apart with blank lines), and the place of
    the dateline that opens the first block, if any."""
    views, boxes = drop_inline_boxes(views, marked)
    kept, images, removed = pair_captions(views)
    removed = boxes + removed
    removed.extend(Removal(v.rule.kind, v.text, v.rule.name) for v in kept if v.rule is not None)
    table_rows = {kept[k].text for first, last in data_row_runs(kept) for k in range(first, last)}
    list_items = {kept[k].text for first, last in labelled_list_runs(kept) for k in range(first + 1, last)}
    rows = frozenset(table_rows | list_items)
    headings = numbered_headings(kept)
    builder = BodyBuilder((), caption_of=caption_of_line,
                          block_of=partial(block_of, rows=rows | item_lines(kept), headings=headings))
    builder.parts.images.extend(images)
    builder.parts.removed.extend(removed)
    lines = [v.line for v in kept if v.rule is None and not _take_furniture(v.text, builder.parts)]
    lines, quotes = drop_pull_quotes(lines)
    builder.parts.removed.extend(quotes)
    bio = closing_bio(lines)
    if bio is not None:
        builder.parts.removed.extend(Removal("bio", line.text, "closing_bio") for line in lines[bio:])
        lines = lines[:bio]
    parts = builder.feed([_without_hover_cards(line, builder.parts) if "MORE" in line.text else line
                          for line in lines])
    if parts.blocks:
        opening = dateline_of(parts.blocks[0].text)
        if opening and opening.place and is_speaker_label(opening.place, parts.blocks):
            opening = None
        closing = trailing_agency(parts.blocks[-1].text)
        if closing and closing not in parts.credits:
            parts.credits.append(closing)
        if opening and opening.agency and opening.agency not in parts.credits:
            parts.credits.insert(0, opening.agency)
        return parts, opening.place if opening else None
    return parts, None


def is_speaker_label(place: str, blocks: list[Block]) -> bool:
    """The "NAME:" that opens the first block opens another one too: a transcript's speaker
    ("BLITZER: …", then "BLITZER: …" again), not a dateline ("NEW DELHI: …" stands once).

    >>> blocks = [Block("paragraph", "SMITH: Good evening."), Block("paragraph", "JONES: Thank you."),
    ...           Block("paragraph", "SMITH: Let us start.")]
    >>> is_speaker_label("SMITH", blocks), is_speaker_label("JONES", blocks[1:2])
    (True, False)
    """
    label = place + ":"
    return any(block.text.startswith(label) for block in blocks[1:])


def _without_hover_cards(line: Line, parts: BodyParts) -> Line:
    text, cards = drop_hover_cards(line.text)
    parts.removed.extend(Removal("related", card, "hover_card") for card in cards)
    return line._replace(text=text) if cards else line


def _take_furniture(text: str, parts: BodyParts) -> bool:
    """Take out a credit trailer (kept as a credit) or a line one of the body rules catches; False
    when the line is the article's own (one call a line: most lines are)."""
    if reporting_trailer(text):
        credit = text.strip("() ")
        if credit not in parts.credits:
            parts.credits.append(credit)
        parts.removed.append(Removal("credit", text, "reporting_trailer"))
        return True
    if len(text) < BODY_RULE_MAX:
        for rule in BODY_RULES:
            if rule.test(text):
                parts.removed.append(rule_removal(rule, text))
                return True
    return False
