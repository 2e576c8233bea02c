"""The parsed page: lxml's C parser straight into an element tree, and small tree helpers.

lxml is used directly (no BeautifulSoup layer): it parses a typical news page in
about 2 ms and its C iterators keep every later pass cheap.
"""
from __future__ import annotations

from functools import lru_cache

from lxml import etree

from ..lazyre import lazy
from ..record.errors import NewscleanError
from . import depth

# huge_tree: text and attributes over 10 MB (a data: URI) and nesting past 256 do not end the page early.
_PARSER = etree.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=True
)
_WORD_SPLIT = lazy(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")


def parse_tree(text: str) -> etree._Element:
    """The root ``<html>`` element of a page, or :class:`NewscleanError` when there is none.

    >>> parse_tree("<p>Hello</p>").find("body/p").text
    'Hello'
    """
    root = etree.fromstring(text.encode("utf-8", "replace"), _PARSER)
    for kept_tags in (depth.SHAPE_TAGS, frozenset()):  # past the parser's depth: flatten, then flatten harder
        if not depth.too_deep(_PARSER.error_log):
            break
        root = etree.fromstring(depth.flatten(text, kept_tags=kept_tags).encode("utf-8", "replace"), _PARSER)
    if root is None:
        raise NewscleanError("no HTML elements found")
    _adopt_stray_trees(root)
    return root


def _adopt_stray_trees(root: etree._Element) -> None:
    """Move into the body what lxml set in a second tree after the first ``</html>`` (a page that closes
    ``</html>`` early, or holds a second ``<html>``): the story may be there.

    >>> page = parse_tree("<html><body><p>Menu</p></body></html><div><p>The story.</p></div>")
    >>> [p.text for p in page.iter("p")]
    ['Menu', 'The story.']
    """
    body = root.find("body")
    if body is None:
        return
    for extra in [el for el in root.itersiblings() if isinstance(el.tag, str)]:
        for part in list(extra):
            if part.tag == "body":
                body.extend(list(part))
            elif part.tag != "head":
                body.append(part)


def collapse(text: str) -> str:
    """Whitespace runs as one space, trimmed.

    >>> collapse("  two\\n\\t words ")
    'two words'
    """
    return " ".join(text.split())


def text_of(el: etree._Element) -> str:
    """All text under an element, whitespace collapsed.

    >>> text_of(etree.fromstring("<p>One <b>two</b>\\n three</p>"))
    'One two three'
    """
    return collapse("".join(el.itertext()))


def class_words(el: etree._Element) -> frozenset[str]:
    """Lower-cased words of an element's class and id, split at separators and camelCase,
    plus each class name with its separators removed.

    >>> sorted(class_words(etree.fromstring('<div class="read-more relatedPosts" id="x_1"/>')))
    ['1', 'more', 'posts', 'read', 'readmore', 'related', 'relatedposts', 'x', 'x1']
    """
    return name_words(el.get("class"), el.get("id"))


def name_words(cls: str | None, ident: str | None) -> frozenset[str]:
    """The words of a class and an id attribute (see :func:`class_words`).

    >>> sorted(name_words("share-bar", None))
    ['bar', 'share', 'sharebar']
    """
    return frozenset(word for attr in (cls, ident) if attr for name in attr.split() for word in name_parts(name))


@lru_cache(maxsize=16384)
def name_parts(name: str) -> tuple[str, ...]:
    """One class name's lower-cased words and the name without separators (cached: pages
    repeat class names on hundreds of elements).

    >>> name_parts("relatedPosts")
    ('related', 'posts', 'relatedposts')
    """
    parts = [p.lower() for p in _WORD_SPLIT.split(name) if p]
    return (*parts, "".join(parts))


def drop(el: etree._Element) -> None:
    """Remove an element but keep the text that follows it (its tail).

    >>> root = etree.fromstring("<p>a<b>b</b>c</p>")
    >>> drop(root[0]); etree.tostring(root)
    b'<p>ac</p>'
    """
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
