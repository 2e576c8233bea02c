"""Hankook Ilbo (hankookilbo.com, 한국일보): its HTML layouts and its text dump.

HTML, classic pages (``/News/Read/…``): the headline ``h1.title``, the body ``div.col-main[itemprop=articleBody]``
opening with the subheads ``h2.sub-tit-ll`` (lines parted by ``<br>``: the subtitle), with pictures, a pull
quote (``div.module-quote``), ad slots, the reporter's line (``div.writer``: place, name, "기자", e-mail), the
reaction buttons, related stories and subscription boxes set into it.

HTML, Next.js pages (``/news/article/…``, 2026): the markup holds no story; the page's flight data does (a
``detail`` object: ``title``, ``subTitle``, ``contentHtml`` in the classic body's markup, ``deployDt`` and
``reDeployDt`` in Seoul time, ``sectionName``, ``byLines``). :func:`flight_article` builds the classic body from
it (the reporter's line from ``byLines`` where the body has none), so the layout reads it as the classic one; the
title is ``meta[name=headline]``.

Text dumps (classic pages): ~130 menu lines, the headline, "입력" over the date, "수정" over the update,
the print page ("4면"), the like counters, the subheads one a line, then the body: "이미지 확대보기" (the zoom
button) over each caption (ending with its credit: "… 있다. 연합뉴스"), and the reporter's line
"순천, 광양 구현모 기자 ninek@hankookilbo.com" under the story.
"""
from __future__ import annotations

from html import escape
from typing import Any

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .header_text import HeaderTextSource
from .layouts import Cut, HeaderTextLayout, HtmlLayout
from .next_flight import flight_text, object_after, resolved_text

SAMPLES: tuple[tuple[str, str], ...] = (
    ("article.html", "classic page: the subheads as subtitle; pull quote, ad slot, reporter's line, reactions and "
                     "related stories cut"),
    ("article_next.html", "Next.js page: the story built from the flight data (title, subheads, body, Seoul "
                          "times, reporter), its ad marker dropped"),
    ("article_dump.txt", "'입력' over the date, update, print page and likes skipped; caption under the zoom button "
                         "with its credit as a picture; the reporter's line under the story gives the author"),
)

DATE_LINE = lazy(r"\A(?P<y>\d{4})\.(?P<mo>\d{2})\.(?P<d>\d{2}) (?P<h>\d{2}):(?P<mi>\d{2})\Z")
_NAMES = r"(?P<names>[가-힣]{2,4}(?:·[가-힣]{2,4})*)"
# "순천, 광양 구현모 기자 ninek@hankookilbo.com": the place the reporter filed from, the names, the e-mail.
REPORTER = lazy(rf"(?:.{{1,40}} )?{_NAMES} 기자(?: [\w.+-]+@[\w.-]+)?")
# "… 연설하고 있다. 연합뉴스": a caption's last sentence, then its credit.
CAPTION = lazy(r"(?P<caption>.{10,400}?다\.)\s+(?P<credit>[^.!?]{2,25})")
AD_MARKER = "$$ARTICLEAD$$"  # where the page's script puts an ad into the flight data's body


def zoom_button(text: str) -> bool:
    """The zoom button printed over each picture's caption.

    >>> zoom_button("이미지 확대보기"), zoom_button("이미지 확대보기를 누르면 크게 보인다.")
    (True, False)
    """
    return text == "이미지 확대보기"


def article_end(text: str) -> bool:
    """The share bar and the related stories under the reporter's line, where the story ends.

    >>> article_end("공유"), article_end("이 기사와 관련된 기사"), article_end("공유 경제가 커지고 있다.")
    (True, True, False)
    """
    return text in ("공유", "기사저장", "댓글 쓰기", "이 기사와 관련된 기사")


def counter(text: str) -> bool:
    """A like or comment counter: a number alone on its line.

    >>> counter("0"), counter("12"), counter("2025년")
    (True, True, False)
    """
    return text.isdigit()


RULES = (
    LineRule("zoom_button", "caption", zoom_button),
    LineRule("counter", "share", counter),
    LineRule("article_end", "share", article_end, ends_article=True),
)


def flight_article(root: Any) -> Any:
    """The classic body (``div.col-main``, the subheads in ``h2.sub-tit-ll``) built from a Next.js page's
    flight data, with the times as ``data-published``/``data-updated``; None on a page without it."""
    from lxml.html import fragment_fromstring  # here: a text dump's parse never needs lxml

    flight = flight_text(root)
    detail = object_after(flight, "detail") if flight else None
    if not detail or not isinstance(detail.get("contentHtml"), str):
        return None
    body = resolved_text(flight, detail["contentHtml"]).replace(AD_MARKER, "")
    if 'class="writer"' not in body:  # the reporters the data names, as the classic reporter's line
        names = [b["writerName"] for b in detail.get("byLines") or [] if isinstance(b, dict) and b.get("writerName")]
        body += "".join(f'<div class="writer"><span class="name"><strong>{escape(n)}</strong> 기자</span></div>'
                        for n in names)
    article = fragment_fromstring(f"<h2 class='sub-tit-ll'>{detail.get('subTitle') or ''}</h2>{body}",
                                  create_parent="div")
    article.set("class", "col-main flight-article")
    for name, key in (("data-published", "deployDt"), ("data-updated", "reDeployDt"), ("data-section", "sectionName")):
        if isinstance(detail.get(key), str):
            article.set(name, detail[key])
    return article


def subheads(root: Any) -> str | None:
    """The subheads over the body, one line each (parted by ``<br>``), as one subtitle.

    >>> from lxml import etree
    >>> subheads(etree.fromstring("<div><h2 class='sub-tit-ll'>첫 줄<br/>둘째 줄</h2></div>"))
    '첫 줄 둘째 줄'
    """
    found = root.xpath("(//h2[contains(concat(' ', normalize-space(@class), ' '), ' sub-tit-ll ')])[1]")
    lines = [" ".join(part.split()) for part in found[0].itertext()] if found else []
    return " ".join(line for line in lines if line) or None


HTML_2025 = HtmlLayout(
    name="2025",
    valid_until=None,
    body=("div.col-main[itemprop=articleBody]",),
    subtitle=(subheads,),
    cuts=(
        Cut("subheads", "header", "h2.sub-tit-ll"),
        Cut("pull_quote", "pull-quote", "div.module-quote"),
        Cut("reporter", "byline", "div.writer"),
        Cut("reactions", "share", "div.reaction-btns"),
        Cut("more_news", "related", "div.more-news"),
        Cut("interest_issues", "related", "div.more-articles"),
        Cut("subscribe", "newsletter", "div.edit-subscribe"),
        Cut("paper_subscription", "promo", "div.newspaper-subscribe"),
        Cut("ad_slot", "ad", "div.end-ad-container"),
    ),
    block_rules=RULES,
)
HTML_2026 = HTML_2025._replace(
    name="2026 next",
    embedded=flight_article,
    body=("div.flight-article",),
    title=("meta:headline",),
    authors=("div.flight-article div.writer strong",),
    published=("div.flight-article@data-published",),
    updated=("div.flight-article@data-updated",),
    section=("div.flight-article@data-section",),
)
HTML_LAYOUTS = (HTML_2026, HTML_2025)

TEXT_2025 = HeaderTextLayout(
    name="2025",
    valid_until=None,
    header=("title", "input", "date", "modified?", "updated?", "page?", "likes*", "lead*"),
    # a subhead line: short, no sentence of the story, not the zoom button over the first picture
    shapes=(("lead", lazy(r"(?!이미지 확대보기$).{2,60}(?<!다\.)")),),
    marks=(("input", lazy("입력")), ("modified", lazy("수정")), ("updated", DATE_LINE), ("page", lazy(r"\d{1,2}면")),
           ("likes", lazy(r"좋아요|\d+|\d+ 댓글달기 \d+"))),
    date_line=DATE_LINE,
    byline=REPORTER,
    footer_byline=REPORTER,
    author_separators=lazy("·"),
    caption=CAPTION,
    rules=RULES,
    language="ko",
)
SOURCE = HeaderTextSource(BY_ID["hankookilbo"], (TEXT_2025,))
