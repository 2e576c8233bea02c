"""Captions: lines that describe a picture, with their credits, paired into images."""
from __future__ import annotations

from collections.abc import Iterable

from ..record.article import Image
from .credits import credit_only, split_caption_credit


def caption_line_image(text: str) -> Image:
    """The picture a caption line or a bare credit line stands for, its credit split off (a line
    with no credit is all caption).

    >>> caption_line_image("Workers inspect the bridge on Monday. (Getty Images)")
    Image(caption='Workers inspect the bridge on Monday.', credit='Getty Images', src=None)
    >>> caption_line_image("Photo: Jane Doe")
    Image(caption=None, credit='Jane Doe', src=None)
    >>> caption_line_image("Photo by Jane Doe/Getty Images")
    Image(caption=None, credit='Jane Doe/Getty Images', src=None)
    >>> caption_line_image("Blick auf die Hohe Straße.")
    Image(caption='Blick auf die Hohe Straße.', credit=None, src=None)
    """
    credit = credit_only(text)  # a bare credit first: "Photo by Jane Doe/Getty Images" holds no caption
    return Image(caption=None, credit=credit or None) if credit is not None else \
        split_caption_credit(text) or Image(caption=text.strip(), credit=None)


def line_images(lines: Iterable[tuple[int, str]]) -> list[Image]:
    """The pictures a page's caption lines stand for (``(position, text)`` pairs in page order, where
    consecutive positions are lines with no other line between): a bare caption and the bare credit
    next to it, above or below, are one picture ("Foto: dpa/Oliver Berg" under its caption; "Image
    source, X" over "Image caption, Y"); a bare "Credit..." label takes the name under it; a caption
    printed twice in a row (the picture's alt text, then its caption) stands once.

    >>> line_images([(4, "Centro de saúde em Bragança"), (5, "Centro de saúde em Bragança"),
    ...              (6, "Foto: Nuno Ferreira/Lusa")])
    [Image(caption='Centro de saúde em Bragança', credit='Nuno Ferreira/Lusa', src=None)]
    >>> line_images([(1, "Trump asked voters for a big win."), (2, "Credit..."), (3, "Doug Mills/The Times")])
    [Image(caption='Trump asked voters for a big win.', credit='Doug Mills/The Times', src=None)]
    >>> [(i.caption, i.credit) for i in line_images([(1, "Image source, Reuters"), (2, "Image caption, Crowds"),
    ...                                              (3, "Image source, AFP"), (4, "Image caption, Police")])]
    [('Crowds', 'Reuters'), ('Police', 'AFP')]
    >>> [image.caption for image in line_images([(4, "Image caption, Crowds at the court"), (6, "Photo: Jane Doe")])]
    ['Crowds at the court', None]
    """
    images: list[Image] = []
    last, last_text, label = -2, "", False
    for at, text in lines:
        follows = at == last + 1
        last, copy, last_text = at, text == last_text, text
        if follows and (copy or label):
            if label:  # the name under a bare "Credit..." label
                images[-1] = images[-1]._replace(credit=text.strip())
            label = False
            continue
        image = caption_line_image(text)
        label = image.credit is None and credit_only(text) == ""
        if follows and images and halves_of_one(images[-1], image):
            images[-1] = Image(caption=images[-1].caption or image.caption, credit=images[-1].credit or image.credit)
        else:
            images.append(image)
    return images


def halves_of_one(first: Image, second: Image) -> bool:
    """Two images read from lines next to each other are one picture: one holds only a caption,
    the other only a credit (or is a bare "Credit..." label, holding neither).

    >>> halves_of_one(Image("Crowds in Lisbon."), Image(None, "AFP"))
    True
    >>> halves_of_one(Image(None, "AFP"), Image("Crowds in Lisbon."))
    True
    >>> halves_of_one(Image("Crowds in Lisbon.", "AP"), Image(None, "AFP"))
    False
    """
    return first.credit is None and second.caption is None or first.caption is None and second.credit is None


def captions_after(lines: Iterable[tuple[str, bool]]) -> list[tuple[int, Image]]:
    """The pictures of a gallery that runs on past the article's last paragraph, from the lines
    after it (``(text, widget)`` pairs: ``widget`` for a line a rule takes that does not end the
    article, such as a "5 / 6" counter or "Share"): each credited caption line, with its place,
    until the first line that is neither one nor a widget.

    >>> captions_after([("5 / 6", True), ("A family watches the last balloons rise. (Photo: Ana Ruiz)", False),
    ...                 ("More galleries", False), ("The fair in pictures. (Photo: Tom Keyes)", False)])
    [(1, Image(caption='A family watches the last balloons rise.', credit='Ana Ruiz', src=None))]
    >>> captions_after([("Getty Images", False), ("Ferry fares rise. (Photo: Ana Ruiz)", False)])
    []
    """
    found: list[tuple[int, Image]] = []
    for k, (text, widget) in enumerate(lines):
        if widget:
            continue
        image = split_caption_credit(text)
        if image is None or not image.caption or not image.credit:
            break
        found.append((k, image))
    return found
