"""A light language guess from scripts and stop-words (en, pt, es, it, fr, de, id, ru, ko, ja, zh)."""
from __future__ import annotations

from collections import Counter

from .lazyre import lazy
from .vocab.languages import STOPWORDS

_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _word in _words.split():
        _LANGS_OF[_word] = _LANGS_OF.get(_word, ()) + (_lang,)
_WORD = lazy(r"[^\W\d_]+")
_SCRIPT_RANGES = (
    ("ko", r"\uac00-\ud7af"), ("ja", r"\u3040-\u30ff"), ("zh", r"\u4e00-\u9fff"), ("ru", r"\u0400-\u04ff")
)
_SCRIPTS = tuple((lang, lazy(f"[{chars}]")) for lang, chars in _SCRIPT_RANGES)
_ANY_SCRIPT = lazy("[" + "".join(chars for _, chars in _SCRIPT_RANGES) + "]")  # one scan rules them all out
# The UTF-8 first bytes of U+0400-U+04FF (D0-D3) and of U+3000-U+DFFF (E3-ED), which hold every range above.
_SCRIPT_LEAD_BYTES = frozenset(range(0xD0, 0xD4)) | frozenset(range(0xE3, 0xEE))
_OTHER_BYTES = bytes(b for b in range(256) if b not in _SCRIPT_LEAD_BYTES)
SAMPLE = 1500  # characters of the body (some 250 words) are enough to tell


def detect_language(text: str) -> str | None:
    """The language of ``text`` as an ISO 639-1 code, or None when it cannot tell.

    >>> detect_language("The minister said that the talks were over and it was time to go.")
    'en'
    >>> detect_language("O ministro disse que não haverá mais negociações com os grevistas.")
    'pt'
    >>> detect_language("Il ministro ha detto che non ci sono più trattative per il momento.")
    'it'
    >>> detect_language("Menteri mengatakan bahwa perundingan itu tidak akan dilanjutkan dan akan ditunda.")
    'id'
    >>> detect_language("Министр заявил, что переговоры окончены."), detect_language("장관은 협상이 끝났다고 말했다.")
    ('ru', 'ko')
    >>> detect_language("12345") is None
    True
    """
    sample = text[:SAMPLE]
    words = _WORD.findall(sample.lower())
    enough = max(3, len(sample) // 20)  # characters of one script that name the language
    scripted = bool(words) and not sample.isascii()
    in_one_script = scripted and script_characters_at_most(sample) >= enough
    if in_one_script and len(_ANY_SCRIPT.findall(sample)) >= enough:
        for lang, script in _SCRIPTS:
            if len(script.findall(sample)) >= enough:
                return lang
    hits = dict.fromkeys(STOPWORDS, 0)
    counts = Counter(words)
    for word in counts.keys() & _LANGS_OF.keys():  # each distinct stop-word once (C-speed counting)
        for lang in _LANGS_OF[word]:
            hits[lang] += counts[word]
    best = max(hits, key=hits.__getitem__)
    return best if hits[best] > 1 else None


def script_characters_at_most(text: str) -> int:
    """At least as many as the Cyrillic, kana, Han and Hangul characters of ``text``: a count of
    their UTF-8 first bytes, in C, with no compile of the wide character classes (Latin text has none).

    >>> script_characters_at_most("Crianças “felizes” — ok"), script_characters_at_most("Министр, 장관")
    (0, 9)
    """
    return len(text.encode("utf-8", "surrogatepass").translate(None, _OTHER_BYTES))
