"""What a page says it is (an article, a product page), and what a product page shows besides its product."""
from __future__ import annotations

from lxml import etree

from .dom import name_words
from .vocab import ARTICLE_TYPES, PRODUCT_PAGE_NOISE, PRODUCT_PAGE_TYPES

PRODUCT_NOISE_MAX_SHARE = 0.5  # an element holding this share of a product page's text is the page
_ARTICLE_TYPE_NAMES = frozenset({*(t.lower() for t in ARTICLE_TYPES), "article"})  # og:type "article" too


def says_article(types: frozenset[str], root: etree._Element) -> bool:
    """The page says it is an article: by its JSON-LD or og:type, or by holding one ``<article>``
    (a page of teasers holds many).

    >>> says_article(frozenset(), etree.fromstring("<body><article><p>x</p></article></body>"))
    True
    """
    return article_page(types) or len(root.findall(".//article")) == 1


def article_page(types: frozenset[str]) -> bool:
    """A page that says it is an article (a JSON-LD article type, og:type "article").

    >>> article_page(frozenset({"newsarticle", "breadcrumblist"})), article_page(frozenset({"website"}))
    (True, False)
    """
    return not types.isdisjoint(_ARTICLE_TYPE_NAMES)


def product_page(types: frozenset[str]) -> bool:
    """A page that says it sells one thing and says it is no article.

    >>> product_page(frozenset({"product", "breadcrumblist"})), product_page(frozenset({"product", "article"}))
    (True, False)
    """
    return not types.isdisjoint(PRODUCT_PAGE_TYPES) and not article_page(types)


def product_noise(root: etree._Element) -> dict[etree._Element, tuple[str, str]]:
    """The elements of a product page that show something besides the product (its reviews, a
    carousel of other products), outermost only, each with its kind and rule; not one holding
    most of the page (a ``<body class="single-product-reviews-01">`` names its theme's options).

    >>> root = etree.fromstring('<div><div class="pdp-reviews"><p class="review">Great.</p></div>'
    ...     '<p>Oak frame, linen cover, 180 by 90 cm.</p></div>')
    >>> [(el.get("class"), found) for el, found in product_noise(root).items()]
    [('pdp-reviews', ('reviews', 'product_page_noise'))]
    """
    found: dict[etree._Element, tuple[str, str]] = {}
    total = _text_size(root)
    for el in root.iter():
        if not isinstance(el.tag, str) or any(a in found for a in el.iterancestors()):
            continue
        words = name_words(el.get("class"), el.get("id"))
        kind = next((PRODUCT_PAGE_NOISE[w] for w in words if w in PRODUCT_PAGE_NOISE), None)
        if kind and _text_size(el) < PRODUCT_NOISE_MAX_SHARE * total:
            found[el] = (kind, "product_page_noise")
    return found


def _text_size(el: etree._Element) -> int:
    return len(etree.tostring(el, method="text", encoding=str, with_tail=False))
