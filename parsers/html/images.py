"""Pictures of the article: ``<figure>`` with its ``<img>`` and ``<figcaption>``, caption and credit apart."""
from __future__ import annotations

import re

from lxml import etree

from ..lazyre import lazy
from ..people.credits import image_from, split_slash_credit
from ..record.article import Image
from .dom import class_words, collapse, text_of
from .vocab import BRACKETED_CREDIT, CREDIT_CLASS_WORDS, FIGURE_CREDIT_TEXT

_FIGURES = etree.XPath(".//figure")
_IMG = etree.XPath(".//img")
_CREDIT_TEXT = lazy(FIGURE_CREDIT_TEXT, re.IGNORECASE)
_BRACKETED_CREDIT = lazy(BRACKETED_CREDIT, re.IGNORECASE)
_SRC_ATTRS = ("src", "data-src", "data-original", "data-lazy-src", "data-srcset", "srcset")


_ADDRESS = etree.XPath(".//address")


def image_src(img: etree._Element) -> str | None:
    """The picture's address as written in the page (lazy-loading attributes first; never fetched).

    >>> image_src(etree.fromstring('<img src="data:image/gif;base64,R0" data-src="/a.jpg"/>'))
    '/a.jpg'
    """
    for attr in _SRC_ATTRS[1:] + _SRC_ATTRS[:1]:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value.split(",")[0].split()[0]
    return None


def split_credit(caption: str) -> tuple[str, str | None]:
    """A caption and the credit printed at its end.

    >>> split_credit("Crowds in the square on Monday. (Photo by Jane Doe/AFP)")
    ('Crowds in the square on Monday.', 'Photo by Jane Doe/AFP')
    >>> split_credit("Erdogan speaks in Ankara, Turkey, February 27, 2020. /AP")
    ('Erdogan speaks in Ankara, Turkey, February 27, 2020.', 'AP')
    >>> split_credit("A quiet street.")
    ('A quiet street.', None)
    """
    slash = split_slash_credit(caption)
    if slash is not None:
        return slash.caption or caption, slash.credit
    match = _CREDIT_TEXT.match(caption)
    if match and match["credit"]:
        return match["caption"].strip(), match["credit"].strip()
    return caption, None


def loose_caption(text: str) -> Image | None:
    """A caption printed as a paragraph of its own, told by the picture credit in brackets
    at its end.

    >>> loose_caption("Protesters marched through the city on Sunday (Image: GETTY )")
    Image(caption='Protesters marched through the city on Sunday', credit='Image: GETTY', src=None)
    >>> loose_caption("The minister (pictured) spoke on Monday.") is None
    True
    """
    return image_from(_BRACKETED_CREDIT.match(text))


def figure_image(figure: etree._Element) -> Image | None:
    """One figure as an :class:`Image`, or None when it shows no picture and has no caption.

    >>> fig = etree.fromstring('<figure><img src="/p.jpg"/><figcaption>A quiet street.'
    ...     '<span class="credit">Jane Doe</span></figcaption></figure>')
    >>> figure_image(fig)
    Image(caption='A quiet street.', credit='Jane Doe', src='/p.jpg')
    >>> figure_image(etree.fromstring('<figure><figcaption>The new ferry. © City<address>By Ann Lee</address>'
    ...                               '</figcaption></figure>'))[:2]
    ('The new ferry.', '© City')
    """
    imgs = _IMG(figure)
    src = image_src(imgs[0]) if imgs else None
    caption_el = figure.find(".//figcaption")
    credit = None
    caption = None
    if caption_el is not None:
        credit_parts = [el for el in caption_el.iter() if el is not caption_el and class_words(el) & CREDIT_CLASS_WORDS]
        credit = collapse(" ".join(text_of(el) for el in credit_parts)) or None
        caption = text_of(caption_el)
        for el in credit_parts + _ADDRESS(caption_el):  # an <address> in the caption is the story's byline
            caption = caption.replace(text_of(el), "")
        caption = collapse(caption) or None
        if caption and credit is None:
            caption, credit = split_credit(caption)
    if src is None and caption is None:
        return None
    return Image(caption=caption, credit=credit, src=src)


def article_images(scopes: list[etree._Element]) -> list[Image]:
    """The figures inside the article's elements, in page order, without repeats."""
    out: list[Image] = []
    for scope in scopes:
        for figure in _FIGURES(scope):
            image = figure_image(figure)
            if image is not None and image not in out:
                out.append(image)
    return out


def absolute_src(pictures: list[Image], page_url: str | None) -> list[Image]:
    """Each picture's ``src`` made absolute against the page's known address (unchanged when there is none).

    >>> pictures = [Image("A ferry.", None, "/img/ferry.jpg"), Image("Quay.", None, None)]
    >>> [p.src for p in absolute_src(pictures, "https://gazette.example/2024/03/ferry")]
    ['https://gazette.example/img/ferry.jpg', None]
    """
    if not page_url or not page_url.startswith(("http://", "https://")):
        return pictures
    return [p._replace(src=_joined(page_url, p.src)) if p.src else p for p in pictures]


def _joined(base: str, src: str) -> str:
    """``src`` against ``base``; as written when either is no valid URL.

    >>> _joined("https://a.example/x/", "p.jpg"), _joined("https://a.example/", "http://[bad/p.jpg")
    ('https://a.example/x/p.jpg', 'http://[bad/p.jpg')
    """
    from urllib.parse import urljoin

    try:
        return urljoin(base, src)
    except ValueError:
        return src
