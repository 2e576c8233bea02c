"""SRF (Schweizer Radio und Fernsehen, srf.ch/news): its HTML and text layouts.

HTML: the headline is ``h1.article-title`` with the kicker (``…__overline``) and the headline
(``…__text``) as spans; ``og:title`` and ``<title>`` carry an editorial kicker of their own. The body is
``section.article-content[itemprop=articleBody]`` with expandable boxes (a person's profile, background),
figures ("Legende: …") and pull-quotes (kept: Fundus keeps them) inside. The authors are the editors'
short signs under the story, ``p.article-reference span[itemprop=author]`` ("srf/hosb;kesm"), after the
broadcast the story comes from; the page names no other author.

Text dumps: the audio teaser and "News <Ressort>", "Aktueller Artikel", "Inhalt", then the kicker, a line
"-" and the headline (or the headline alone); the time is rendered by script and missing from the dump
(the reference line's time is the broadcast's, not the story's). Paragraphs stand between blank lines;
what the page prints as lines with none between them is a box's heading and its toggles ("Box
aufklappen", "Box zuklappen") or a caption under its "Legende:" label (``box_run``); a box's own
paragraphs cannot be told from the story's and stay. The reference line with the editors' signs closes
the story.
"""
from __future__ import annotations

from typing import Any

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout

SAMPLES: tuple[tuple[str, str], ...] = (
    ('article.html',
     "the headline without its kicker span; the editors' signs under the story as authors, their source 'srf/' "
     "dropped; a person box and a figure cut by name, the pull-quote kept"),
    ('article_dump.txt',
     "audio teaser and menu before 'Inhalt'; kicker and the lone '-' over the headline; the reference line gives the "
     "authors and leaves the body; the caption under 'Legende:' cut as a box; 'Mehr zum Thema' ends it"),
)

# "SRF 4 News, 15.4.2024, 10:05 Uhr; srf/hosb;kesm", or the signs alone ("sda/kesm"): the editors' signs,
# each after the source it came from ("srf/" is SRF itself, "sda/" the agency) where the line names one.
REFERENCE = lazy(r"(?:.{2,80}\d{1,2}:\d{2} Uhr;\s*)?(?:[a-z]{2,6}/)?"
                 r"(?P<names>[a-z]{2,8}(?:;\s*(?:[a-z]{2,6}/)?[a-z]{2,8})*)")
SIGN_SEPARATOR = lazy(r"(?:(?<!\s)\s+)?;\s*(?:[a-z]{2,6}/)?")


def signs(reference: str) -> list[str]:
    """The editors' signs in a reference line's author part, without the sources before them.

    >>> signs("srf/hosb;kesm"), signs("sda/kesm; srf/bert")
    (['hosb', 'kesm'], ['kesm', 'bert'])
    """
    match = REFERENCE.fullmatch(reference.strip())
    return [sign for sign in SIGN_SEPARATOR.split(match["names"]) if sign] if match else []


def more_on_topic(text: str) -> bool:
    """The related stories and the most-read list after the story, where it ends.

    >>> more_on_topic("Mehr zum Thema"), more_on_topic("Meistgelesene Artikel"), more_on_topic("Mehr zum Thema Iran")
    (True, True, False)
    """
    return text in ("Mehr zum Thema", "Meistgelesene Artikel")


def reference_authors(root: Any) -> list[str] | None:
    """The editors' signs under the story, which the page marks as its authors ("srf/hosb;kesm"); None
    when the page has no reference line."""
    found = root.xpath("(//p[contains(@class, 'article-reference')]//*[@itemprop='author'])[1]")
    return signs(" ".join("".join(found[0].itertext()).split())) if found else None


HTML_2024 = HtmlLayout(
    name="2024",
    valid_until=None,
    body=("section.article-content",),
    title=("h1.article-title span.article-title__text",),
    authors=(reference_authors,),
    cuts=(
        Cut("expandable_box", "related", "div.expandable-box"),
        Cut("picture", "caption-credit", "figure"),
    ),
)
HTML_LAYOUTS = (HTML_2024,)

TEXT_2024 = HeaderTextLayout(
    name="2024",
    valid_until=None,
    header=("skip", "dash", "title"),
    anchor="dash",
    marks=(("dash", lazy(r"-")),),
    date_line=lazy(r"\d{1,2}\.\d{1,2}\.\d{4}, \d{1,2}:\d{2} Uhr"),
    byline=lazy(r"Von (?P<names>[^\d.!?]{3,80})"),
    footer_byline=REFERENCE,
    author_separators=SIGN_SEPARATOR,
    rules=(LineRule("more_on_topic", "related", more_on_topic, ends_article=True),),
    box_run=2,
)
# A headline without a kicker: the skip link's "Inhalt" stands right over it.
TEXT_2024_NO_KICKER = TEXT_2024._replace(name="2024 no kicker", header=("content", "title"), anchor="content",
                                         marks=(("content", lazy(r"Inhalt")),))
TEXT_LAYOUTS = (TEXT_2024, TEXT_2024_NO_KICKER)
SOURCE = HeaderTextSource(BY_ID["srf"], TEXT_LAYOUTS)
