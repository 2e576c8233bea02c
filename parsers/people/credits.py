"""Picture credits: the credit that ends a caption line, in the shapes news pages print it, and agency credit lines."""
from __future__ import annotations

import re

from ..lazyre import LazyPattern, compile_line_patterns, lazy
from ..lines import below_cjk
from ..record.article import Image
from ..vocab.captions import (
    AGENCY_CREDIT_LINE,
    AGENCY_SLASH_CREDIT,
    BARE_CAPTION_CREDIT,
    BRACKETED_CAPTION_CREDIT,
    CAPTION_CREDIT_TAILS,
    CAPTION_LABEL_LINE,
    CJK_CAPTION_CREDITS,
    CREDIT_LABEL,
    CREDIT_ONLY_LINES,
    NAMED_CAPTION_LINE,
    PICTURE_NOTE,
    SLASH_CREDIT,
)

_SLASH_CREDIT = lazy(SLASH_CREDIT)
_AGENCY_SLASH_CREDIT = lazy(AGENCY_SLASH_CREDIT)
_AGENCY_CREDIT = lazy(AGENCY_CREDIT_LINE, re.IGNORECASE)
_AGENCY_SEPARATORS = lazy(r",|\band\b|&")


_CAPTION_LABEL = lazy(CAPTION_LABEL_LINE, re.IGNORECASE)
CAPTION_MAX = 1000  # characters: some captions run to a paragraph
_NAMED_CAPTION = lazy(NAMED_CAPTION_LINE, re.IGNORECASE)
CAPTION_LABEL_LEADS = frozenset({"image ", "photo ", "media ", "video "})  # "Image caption, …": a cheap test first
CAPTION_WORDS = 60


def split_slash_credit(line: str) -> Image | None:
    """A caption whose credit follows a slash, as CGTN and Xinhua print them.

    >>> split_slash_credit("Erdogan speaks in Ankara, Turkey, February 27, 2020. /AP")
    Image(caption='Erdogan speaks in Ankara, Turkey, February 27, 2020.', credit='AP', src=None)
    >>> split_slash_credit("The price rose 3/4 of a point.") is None
    True
    """
    return image_from(_SLASH_CREDIT.match(line)) if "/" in line else None  # its slash: a cheap test first


def agency_slash_credit(line: str) -> Image | None:
    """A caption whose credit, after its last sentence, is the agency in capitals and then the
    photographer and notes set apart by slashes: the whole run is the credit.

    >>> agency_slash_credit("Una mujer compra verduras en Buenos Aires. EFE/Juan Ignacio Roncoroni/Archivo")
    Image(caption='Una mujer compra verduras en Buenos Aires.', credit='EFE/Juan Ignacio Roncoroni/Archivo', src=None)
    >>> agency_slash_credit("A man walks past the bank in London. REUTERS/Jane Doe")
    Image(caption='A man walks past the bank in London.', credit='REUTERS/Jane Doe', src=None)
    >>> agency_slash_credit("Erdogan speaks in Ankara, Turkey. /AP") is None
    True
    """
    return image_from(_AGENCY_SLASH_CREDIT.fullmatch(line)) if "/" in line[-CREDIT_REACH:] else None


def image_from(match: re.Match[str] | None) -> Image | None:
    """The image a caption pattern found: its groups ``caption`` and ``credit``, stripped."""
    if not match:
        return None
    return Image(caption=match["caption"].strip(), credit=match["credit"].strip())


def agency_credit(line: str) -> list[str] | None:
    """The agencies named in a "(with input from ...)" line, or None if it is not one.

    >>> agency_credit("(with input from agencies)")
    ['agencies']
    >>> agency_credit("(With input from Xinhua and AFP)")
    ['Xinhua', 'AFP']
    """
    match = _AGENCY_CREDIT.fullmatch(line.strip())
    if not match:
        return None
    return [who.strip() for who in _AGENCY_SEPARATORS.split(match.group("who")) if who.strip()]


_CREDIT_TAILS = tuple((tail.keys, lazy(tail.pattern, re.IGNORECASE)) for tail in CAPTION_CREDIT_TAILS)
_CREDIT_ONLY = compile_line_patterns(CREDIT_ONLY_LINES)
CREDIT_REACH = 90  # characters at the end of a line where a credit and its mark stand
_CREDIT_MARK = lazy(r"[(/:：=©]")
_URL_END = lazy(r"\w\.[a-z]{2,}$|https?:$")  # "pic.twitter.com/Xy": a link, not a "/Credit"
_CREDIT_LABEL = lazy(CREDIT_LABEL, re.IGNORECASE)
_BARE_CREDIT = lazy(BARE_CAPTION_CREDIT)
_BRACKETED_CREDIT = lazy(BRACKETED_CAPTION_CREDIT, re.IGNORECASE)
_PICTURE_NOTE = lazy(PICTURE_NOTE, re.IGNORECASE)
_CJK_CREDITS = tuple((credit.keys, lazy(credit.pattern)) for credit in CJK_CAPTION_CREDITS)
SENTENCE_ENDS = (". ", "! ", "? ", "… ", "” ", '" ', ") ")  # a caption's last sentence ends, its bare credit follows
NO_MARK_CREDIT_WORDS = ("foto", "photo", "bild", "imag", "pictur", "credit", "crédit", "ilustrasi", "фото")
NOTE_KEYS = ("represent", "illustr", "ilustr", "symbol", "archiv", "file", "stock", "repertorio", "архив",
             "иллюстр")  # words: a caption before a bare credit is a sentence or three, not a paragraph


def credit_only(line: str) -> str | None:
    """The credit of a line that holds only a picture credit ("" for a bare "Credit..." label).

    >>> credit_only("Image Credit: WeWork")
    'WeWork'
    >>> credit_only("(Reed Saxon / Associated Press)")
    'Reed Saxon / Associated Press'
    >>> credit_only("Credit...")
    ''
    >>> credit_only("Getty Images")
    'Getty Images'
    >>> credit_only("Image source, Getty Images")
    'Getty Images'
    >>> credit_only("Photos show the flood reached the second floor of the school.") is None
    True
    >>> credit_only("Redaksi Kabar Nusantara | Kabar Nusantara") is None  # a byline: "NAME | OUTLET"
    True
    """
    if len(line) > 100 or not _CREDIT_ONLY.fullmatch(line) or _CAPTION_LABEL.fullmatch(line):
        return None
    return _CREDIT_LABEL.sub("", line).strip(" ()")


def split_caption_credit(line: str) -> Image | None:
    """A caption with its credit at the end: "(Getty Images)", "Photo: …", "© Reuters / Name", "/AP",
    a bare agency or "NAME / AGENCY" after the last sentence, a CJK credit ("…佐藤花子撮影", "(사진=…)").

    >>> split_caption_credit("Fans cheer in Lisbon on Sunday. (Getty Images)")
    Image(caption='Fans cheer in Lisbon on Sunday.', credit='Getty Images', src=None)
    >>> split_caption_credit("The new bridge at night. Photo: Jane Doe")
    Image(caption='The new bridge at night.', credit='Jane Doe', src=None)
    >>> split_caption_credit("Police at the scene on Monday. © Reuters / John Roe")
    Image(caption='Police at the scene on Monday.', credit='Reuters / John Roe', src=None)
    >>> split_caption_credit("Image: Jose Mourinho has agreed a deal to become manager of Spurs")
    Image(caption='Jose Mourinho has agreed a deal to become manager of Spurs', credit=None, src=None)
    >>> split_caption_credit("Photo: Smoke hides the bridge on Tuesday morning. (Supplied: Ben Carter)")
    Image(caption='Smoke hides the bridge on Tuesday morning.', credit='Ben Carter', src=None)
    >>> split_caption_credit("Posto de combustíveis em Porto Alegre — Foto: Ana Lima/Diário")
    Image(caption='Posto de combustíveis em Porto Alegre', credit='Ana Lima/Diário', src=None)
    >>> split_caption_credit("Image caption, Crowds gathered outside the court on Monday")
    Image(caption='Crowds gathered outside the court on Monday', credit=None, src=None)
    >>> split_caption_credit("Sales rose (see chart) in May.") is None
    True
    >>> split_caption_credit("Don't worry, South Dakota, we're on it pic.twitter.com/XPxUJuyIAC") is None
    True
    """
    if len(line) > CAPTION_MAX:
        return None
    labelled = ("：" in line or ":" in line) and _CAPTION_LABEL.fullmatch(line)  # the label's colon: a cheap test first
    if not labelled and line[:6].casefold() in CAPTION_LABEL_LEADS:
        labelled = _NAMED_CAPTION.fullmatch(line)
    if labelled:
        caption = labelled.group("caption").strip()
        return split_credit_tail(caption) or Image(caption=caption, credit=None)
    return split_credit_tail(line)


def split_credit_tail(line: str) -> Image | None:
    """The caption and the credit that ends it, in any shape :func:`split_caption_credit` knows.

    >>> split_credit_tail("Il ponte di notte, a Genova. Foto di Mario Rossi")
    Image(caption='Il ponte di notte, a Genova.', credit='Mario Rossi', src=None)
    >>> split_credit_tail("The minister spoke on Monday.") is None
    True
    """
    if not line.isascii() and _holds_cjk(line):  # CJK shapes only on lines holding CJK characters
        image = cjk_caption_credit(line)
        if image is not None:
            return image
    marked = _CREDIT_MARK.search(line, max(0, len(line) - CREDIT_REACH)) is not None
    bare = line[-1:].isalnum() or line[-1:] == "»"  # a credit with no mark has no full stop either
    if not (marked or bare):
        return None  # a credit stands at the end, after one of its marks
    bracketed = line[-1] in ")]"
    image = picture_note(line) if bracketed else None
    if image is not None:
        return image
    image = agency_slash_credit(line) if marked else None
    if image is not None:
        return image
    folded = line.casefold().replace("\u0307", "")  # "İ" folds to "i" and a dot, as a case-blind regex reads it
    for keys, rx in _CREDIT_TAILS if marked else _unmarked_tails(line):
        match = any(key in folded for key in keys) and rx.fullmatch(line)
        if match:
            return Image(caption=match.group("caption").strip(), credit=_credit_text(match.group("credit")))
    image = bracketed_credit(line) if bracketed else bare_credit(line) if bare else None
    if image is not None or not marked:
        return image
    image = split_slash_credit(line)
    return None if image is None or _URL_END.search(image.caption) else image


def _holds_cjk(line: str) -> bool:
    """A character from U+3000 up (CJK punctuation, kana, Han, Hangul) stands in ``line``.

    >>> _holds_cjk("Em São Paulo — ok"), _holds_cjk("東京都内")
    (False, True)
    """
    return not below_cjk(line)


def _unmarked_tails(line: str) -> tuple[tuple[tuple[str, ...], LazyPattern], ...]:
    """The one credit tail a line may end with and hold no mark: "… Foto di Mario Rossi" (when a
    credit word stands in the line: a cheap test before the pattern)."""
    folded = line[-CREDIT_REACH:].casefold()
    return (_CREDIT_TAILS[1],) if any(word in folded for word in NO_MARK_CREDIT_WORDS) else ()


def _credit_text(credit: str) -> str | None:
    """The credit without its label ("Photo:", "Foto di", "Supplied:"), brackets and "©"."""
    return _CREDIT_LABEL.sub("", credit).strip(" ()[]©") or None


def bare_credit(line: str) -> Image | None:
    """A credit printed bare after the caption's last sentence, with no label and no full stop:
    an agency's name, "NAME / AGENCY", "NAME for THE OUTLET". The caption is
    at most a few sentences (:data:`CAPTION_WORDS`): a longer line is a paragraph signed by its agency.

    >>> bare_credit("Alumnos de un colegio de Madrid a la salida de clase. EFE")
    Image(caption='Alumnos de un colegio de Madrid a la salida de clase.', credit='EFE', src=None)
    >>> bare_credit("Dans un collège de la Creuse, en septembre 2019. JEAN-LUC PETIT / HANS LUCAS")
    Image(caption='Dans un collège de la Creuse, en septembre 2019.', credit='JEAN-LUC PETIT / HANS LUCAS', src=None)
    >>> bare_credit("Rescuers search the rubble in Durres. Getty Images via AFP")
    Image(caption='Rescuers search the rubble in Durres.', credit='Getty Images via AFP', src=None)
    >>> bare_credit("Voters queue outside a school in Leeds. Jane Doe for The Daily Ledger")
    Image(caption='Voters queue outside a school in Leeds.', credit='Jane Doe for The Daily Ledger', src=None)
    >>> bare_credit("The lighthouse crew in the winter of 1961. Courtesy of the Lund family").credit
    'Courtesy of the Lund family'
    >>> bare_credit("The council met on Monday. It voted for the plan") is None
    True
    >>> bare_credit("Best gifts for co-workers under $50 on sale now. SEE FULL GALLERY") is None
    True
    """
    tail = line[-CREDIT_REACH:]
    if not any(end in tail for end in SENTENCE_ENDS):
        return None  # no sentence ends before the last words: a cheap test first
    match = _BARE_CREDIT.fullmatch(line)
    if match is None or len(match.group("caption").split()) > CAPTION_WORDS:
        return None
    return image_from(match)


def bracketed_credit(line: str) -> Image | None:
    """A labelled credit in brackets ending a caption: "(Supplied: X)", "(Credit: X)", "(Foto: X)", "[Bild: X]",
    "(Outlet: Name)".

    >>> bracketed_credit("Smoke hides the Harbour Bridge on Tuesday. (Supplied: Ben Carter)")
    Image(caption='Smoke hides the Harbour Bridge on Tuesday.', credit='Ben Carter', src=None)
    >>> bracketed_credit("Il sindaco in piazza a Bologna. (Foto di Mario Rossi)")
    Image(caption='Il sindaco in piazza a Bologna.', credit='Mario Rossi', src=None)
    >>> bracketed_credit("La libreria in via Moscova (foto Andrea Colombo)").credit
    'Andrea Colombo'
    >>> bracketed_credit("Smoke over the city from the ferry wharf. (ABC News: Jane Roe)").credit
    'ABC News: Jane Roe'
    >>> bracketed_credit("The firm did not reply. (Update: It replied on Tuesday)") is None
    True
    >>> bracketed_credit("Sales rose in May (source of the chart below) and fell.") is None
    True
    """
    match = _BRACKETED_CREDIT.fullmatch(line)
    if match is None:
        return None
    return Image(caption=match.group("caption").strip(), credit=_credit_text(match.group("credit")))


def picture_note(line: str) -> Image | None:
    """A caption ending with a note on what the picture is, not who took it: no credit.

    >>> picture_note("A student at a coaching centre in Kota. (Representative image)")
    Image(caption='A student at a coaching centre in Kota.', credit=None, src=None)
    >>> picture_note("Ein Klassenzimmer in einer Grundschule. (Symbolbild)")
    Image(caption='Ein Klassenzimmer in einer Grundschule.', credit=None, src=None)
    >>> picture_note("A student at a coaching centre in Kota. (AP Photo/File)") is None
    True
    """
    note = line[line.rfind("(" if line[-1] == ")" else "["):].casefold()
    if not any(key in note for key in NOTE_KEYS):
        return None  # a cheap test first: brackets at the end of a line are common
    match = _PICTURE_NOTE.fullmatch(line)
    return Image(caption=match.group("caption").strip(), credit=None) if match else None


def cjk_caption_credit(line: str) -> Image | None:
    """The credit ending a Chinese, Japanese or Korean caption. A Japanese photographer's note
    ("＝place、NAME撮影") is part of the caption, which keeps it.

    >>> cjk_caption_credit("保育所で遊ぶ子どもたち＝東京都内、佐藤花子撮影")
    Image(caption='保育所で遊ぶ子どもたち＝東京都内、佐藤花子撮影', credit='佐藤花子', src=None)
    >>> cjk_caption_credit("記者会見する首相＝19日、首相官邸＝ロイター")
    Image(caption='記者会見する首相＝19日、首相官邸', credit='ロイター', src=None)
    >>> cjk_caption_credit("19일 서울의 한 어린이집에서 아이들이 놀고 있다. (사진=한빛통신)")
    Image(caption='19일 서울의 한 어린이집에서 아이들이 놀고 있다.', credit='한빛통신', src=None)
    >>> cjk_caption_credit("11月19日，孩子们在北京一所幼儿园里玩耍。新华社记者 张三 摄")
    Image(caption='11月19日，孩子们在北京一所幼儿园里玩耍。', credit='新华社记者 张三', src=None)
    >>> cjk_caption_credit("他们在富士山を撮影した。") is None
    True
    """
    for keys, rx in _CJK_CREDITS:
        if any(key in line for key in keys):
            image = image_from(rx.fullmatch(line))
            if image is not None:
                return image
    return None
