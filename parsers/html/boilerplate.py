"""Named rules that call an element or a block of text boilerplate, and say which kind.

Node rules look at markup (hidden copies, furniture tags, class/id words); block
rules look at one rendered block (widget labels, bylines, link lists). Line rules
shared with the text path (:mod:`newsclean.parsers.rules`) run on every block too.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from ..lazyre import lazy
from ..record.article import Removal
from ..rules import closing
from ..rules.registry import HTML_RULES, match_rule, rule_removal
from ..vocab.closing import MORE_RELATED_HEADINGS
from ..vocab.header_labels import META_LINE_LABELS
from ..vocab.people import BYLINE_BLOCK
from ..vocab.widgets import WIDGET_LABELS
from .dom import name_parts
from .render import TextBlock
from .vocab import HIDDEN_CLASSES, NEGATIVE_WORDS

_HIDDEN_STYLE = lazy(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BYLINE = lazy(BYLINE_BLOCK, re.IGNORECASE)
_VARIANT_OR_VALUE = lazy(r"^.*:|\[[^\]]*\]|/.*$")  # "print:", "lg:", "[4px]", "/6" of utility classes
_SLUG = lazy(r"[a-z0-9]+(?:-[a-z0-9]+)+-?")
_SHOWN_FROM = lazy(r"[\w-]+:(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)")
META_LINE_MAX_CHARS = 200
BYLINE_MAX_CHARS, BYLINE_MAX_WORDS = 90, 10  # "By Jane Doe and John Roe | Reuters"; longer is a sentence
LINE_RULES_MAX_CHARS = 240  # the shared line rules (copyright, share, newsletter…) match only shorter lines
SLUG_MIN_HYPHENS = 4  # an id of five hyphenated words or more is an anchor made from a heading
LINK_DENSITY = 0.5  # a short block with more link text than this is a link, not prose
LONG_BLOCK_CHARS = 200  # a long paragraph may link many names and still be prose
LINK_DENSITY_LONG = 0.8
_PUNCT = lazy(r"[^\w\s]+")
_TAG = lazy(r"<[a-zA-Z][\w-]*[\s>/]")
_MORE_RELATED = lazy("(?:" + "|".join(MORE_RELATED_HEADINGS) + r")[\s.…]*", re.IGNORECASE)


def hidden_elements(root: etree._Element) -> list[etree._Element]:
    """The elements of a page that :func:`hidden_node` calls hidden.

    >>> root = etree.fromstring('<div><p hidden="">a</p><p class="hidden-xs">b</p><p class="hidden">c</p></div>')
    >>> [el.text for el in hidden_elements(root)]
    ['a', 'c']
    """
    return [el for el in root.iter() if isinstance(el.tag, str) and hidden_node(el)]


def hidden_node(el: etree._Element) -> bool:
    """An element the reader never sees: ``hidden``, ``aria-hidden``, inline ``display:none``,
    or a class that only screen readers or scripts show; not a tab panel (a click shows it:
    the code sample in another language, the second tab of a product's details).

    >>> hidden_node(etree.fromstring('<div style="display: none">copy</div>'))
    True
    >>> hidden_node(etree.fromstring('<div aria-hidden="true">copy</div>'))
    True
    >>> hidden_node(etree.fromstring('<div class="story-body">text</div>'))
    False
    >>> hidden_node(etree.fromstring('<div role="tabpanel" hidden="">Python sample</div>'))
    False
    """
    if el.get("role") == "tabpanel":
        return False
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    cls = el.get("class")
    return bool(cls) and _hiding_class(cls)


@lru_cache(maxsize=4096)
def _hiding_class(cls: str) -> bool:
    """A class list that hides the element on a desktop screen; not "hidden lg:flex" (a
    utility class shows it again from a breakpoint on).

    >>> _hiding_class("sr-only"), _hiding_class("hidden lg:flex"), _hiding_class("hidden")
    (True, False, True)
    """
    names = cls.lower().split()
    return any(name in HIDDEN_CLASSES for name in names) and not any(_SHOWN_FROM.fullmatch(n) for n in names)


def vocab_kind(cls: str | None, ident: str | None) -> tuple[str, str] | None:
    """The boilerplate kind that an element's class and id words name, and the word; an id
    that is an anchor made from a heading names nothing.

    >>> vocab_kind("post share-bar", None)
    ('share', 'share')
    >>> vocab_kind(None, "comments")
    ('comments', 'comments')
    >>> vocab_kind("article-body", None), vocab_kind(None, "why-we-skip-the-menu-here")
    (None, None)
    """
    for attr in (cls, None if ident and anchor_slug(ident) else ident):
        if attr:
            for name in attr.split():
                found = _kind_of_name(name)
                if found:
                    return found
    return None


def anchor_slug(ident: str) -> bool:
    """An id made from a heading's words ("why-we-skip-the-menu-here"), not a component's name.

    >>> anchor_slug("why-we-skip-the-menu-here"), anchor_slug("site-footer-menu"), anchor_slug("nav--main__footer-top")
    (True, False, False)
    """
    return ident.count("-") >= SLUG_MIN_HYPHENS and bool(_SLUG.fullmatch(ident))


@lru_cache(maxsize=16384)
def _kind_of_name(name: str) -> tuple[str, str] | None:
    """The kind one class name calls boilerplate; of a utility class, only the utility counts, not
    its variant or its value ("print:hidden" is no print tool, "md:newsletter-box" is a newsletter box).

    >>> _kind_of_name("share-bar"), _kind_of_name("print:hidden"), _kind_of_name("lg:sidebar-open")
    (('share', 'share'), None, ('navigation', 'sidebar'))
    """
    utility = _VARIANT_OR_VALUE.sub("", name)
    return next(((NEGATIVE_WORDS[w], w) for w in name_parts(utility) if w in NEGATIVE_WORDS), None)


def label_line(text: str) -> bool:
    """A widget label or ad marker standing alone ("Advertisement", "Read more").

    >>> label_line("ADVERTISEMENT")
    True
    >>> label_line("Story continues below advertisement")
    True
    >>> label_line("The advertisement ran for weeks.")
    False
    """
    return len(text) < 60 and collapse_label(text) in WIDGET_LABELS


def collapse_label(text: str) -> str:
    """Casefolded words only, for comparing labels.

    >>> collapse_label(" Read More » ")
    'read more'
    """
    return " ".join(_PUNCT.sub(" ", text).split()).casefold()


def byline_line(text: str) -> bool:
    """A short byline ("By Jane Doe", "Por Maria Silva", "Jane Doe | Reuters").

    >>> byline_line("By Jane Doe and John Roe")
    True
    >>> byline_line("Jane Doe / Reuters")
    True
    >>> byline_line("By the end of the year, prices had doubled in most of the country.")
    False
    """
    short = len(text) <= BYLINE_MAX_CHARS and len(text.split()) <= BYLINE_MAX_WORDS
    return short and not text.endswith((".", "?", "!")) and bool(_BYLINE.fullmatch(text))


def markup_text(text: str) -> bool:
    """Markup shown as text (a tracking pixel inside ``<noscript>``, escaped embed code).

    >>> markup_text('<img height="1" width="1" src="https://example.com/p.gif"/>')
    True
    >>> markup_text("If a < b and c > d, then the rule holds.")
    False
    """
    stripped = text.strip()
    return stripped.startswith("<") and stripped.endswith(">") and bool(_TAG.search(stripped))


def related_heading(text: str) -> bool:
    """A heading that opens a list of other articles, from the shared rules or the HTML vocabulary.

    >>> related_heading("Você pode gostar...")
    True
    >>> related_heading("You might also like")
    True
    >>> related_heading("What the court decided")
    False
    """
    return closing.related_heading(text) or bool(_MORE_RELATED.fullmatch(text.strip()))


def meta_line(text: str) -> bool:
    """A post's meta line: who posted it, when, under which category and tags.

    >>> meta_line("05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde - Tags: carros")
    True
    >>> meta_line("The board published by-laws in 2018 and posted them online.")
    False
    """
    if len(text) >= META_LINE_MAX_CHARS or text.rstrip().endswith((".", "!", "?")):
        return False  # a sentence, not a line of labels
    lowered = text.casefold()
    return any(label in lowered for label in META_LINE_LABELS)


def link_list(block: TextBlock) -> bool:
    """A block that is mostly text linking to other pages: a teaser, a menu entry, a "read also" line
    (links within the page, a reference's or a contents list's, are the page's own text).

    >>> from lxml.etree import Element
    >>> link_list(TextBlock("paragraph", "Other story headline", Element("p"), 20))
    True
    >>> link_list(TextBlock("paragraph", "He said the vote, reported here, was close.", Element("p"), 4))
    False
    >>> link_list(TextBlock("paragraph", "x" * 300, Element("p"), 200))  # prose that links many names
    False
    """
    limit = LINK_DENSITY_LONG if len(block.text) >= LONG_BLOCK_CHARS else LINK_DENSITY
    return block.away_link_density > limit


@dataclass(frozen=True, slots=True)
class BlockRule:
    """A rule over one rendered block, with the kind of boilerplate it finds."""

    name: str
    kind: str
    test: Callable[[TextBlock], bool]


BLOCK_RULES: tuple[BlockRule, ...] = (
    BlockRule("markup_text", "code", lambda b: markup_text(b.text)),
    BlockRule("link_list", "related", link_list),
    BlockRule("label_line", "advertisement", lambda b: label_line(b.text)),
    BlockRule("byline_line", "byline", lambda b: byline_line(b.text)),
    BlockRule("meta_line", "byline", lambda b: meta_line(b.text)),
    BlockRule("related_heading", "related", lambda b: len(b.text) < 80 and related_heading(b.text)),
)


def block_removal(block: TextBlock, kept: frozenset[str] = frozenset()) -> Removal | None:
    """The removal a block earns from the HTML block rules (but those of a ``kept`` kind) or the
    shared line rules, if any.

    >>> from lxml.etree import Element
    >>> block_removal(TextBlock("paragraph", "Share this article", Element("p"), 0)).rule
    'share_widget'
    >>> block_removal(TextBlock("paragraph", "Prices rose for a third month.", Element("p"), 0)) is None
    True
    """
    for rule in BLOCK_RULES:
        if rule.kind not in kept and rule.test(block):
            return Removal(rule.kind, block.text, rule.name)
    short = len(block.text) < LINE_RULES_MAX_CHARS
    if short and block.type != "quote" and (line_rule := match_rule(block.text, HTML_RULES)):
        return rule_removal(line_rule, block.text)
    return None
