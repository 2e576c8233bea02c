"""CGTN (China Global Television Network), English and Chinese editions.

Text dumps of CGTN pages open with the section label, the time as
``2020.02.28 07:03 GMT+8``, the headline, an optional ``Updated`` time and the
byline (``By Li Jing``) or the outlet's name, and close with ``Copyright ©`` and
``RELATED STORIES``. The Chinese edition prints the same header with Chinese
section names and ``发布时间`` / ``更新时间`` labels.

Examples beside the code: each layout's expectations are the golden records under
``samples/cgtn/`` (walked by ``tests/test_samples.py``); :data:`SAMPLES` says what
each one is there to show.
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..rules.registry import LineRule
from .catalog import BY_ID
from .layouts import Cut, HtmlLayout, TextLayout
from .text_source import TextSource

SAMPLES: tuple[tuple[str, str], ...] = (
    ("full_page.txt", "whole-page dump: the menu above the section label removed as navigation, footer after RELATED"),
    ("byline.txt", "Opinions piece: authors from 'By Li Jing'; the contribute prompt removed as promo"),
    ("no_updated.txt", "no 'Updated' line: updated and updated_utc stay null"),
    ("video_credit.txt", "'Video editor:' and '(Cover image via VCG)' removed as credit lines, prose kept"),
    ("share_widgets.txt", "'Share', 'Copied', 'Download' removed in the header and in the body"),
    ("live_updates.txt", "timestamped entries become list_item blocks 'HH:MM text'"),
    ("caption_credits.txt", "captions ending /CGTN, /Xinhua, /VCG, /CFP become images with that credit"),
    ("sources_line.txt", "'Source(s): AFP ,Xinhua News Agency' under the story gives credits; section 'Tech & Sci'"),
    ("source_xinhua.txt", "'(Source: Xinhua)' gives credits; 'BEIJING, May 12 (Xinhua) --' gives the dateline"),
    ("chinese_edition.txt",
     "Chinese edition: English-format stamps, 更新时间 label, CJK prose, 新华社罗马…电 dateline"),
    ("chinese_labels.txt", "Chinese 发布时间/更新时间 labels with zone-less times read in Asia/Shanghai"),
    ("chinese_byline.txt", "Chinese 2022年06月10日 15:20 times, 记者： byline split on 、, no outlet line"),
    ("article_page.html",
     "HTML page: news-title, news-author-name, section label, #cmsMainContent less its related box"),
)

SECTIONS_EN = frozenset(
    s.casefold()
    for s in (
        "World", "China", "Politics", "Business", "Tech & Sci", "Tech", "Sci-Tech", "Culture", "Sports",
        "Opinions", "Opinion", "Video", "Nature", "Travel", "Society", "Health", "Economy", "Africa",
        "Americas", "Europe", "Asia Pacific", "Middle East", "Live", "Picture", "Graphics",
        "Documentary", "Environment", "Military", "Special",
    )
)

SECTIONS_ZH = frozenset(
    ("国际", "中国", "财经", "科技", "文化", "体育", "评论", "视频", "社会", "军事", "健康", "旅游", "直播", "图片")
)

# Credit lines for the page's staff and pictures, never prose (no closing full stop).
_STAFF_CREDIT = lazy(
    r"\(?(?:(?:video|photo|cover|graphic|chart)s?(?:\s+(?:image|photo|picture))?"
    r"\s+(?:editor|by|via|source|credit|designer|producer)s?\s*[:：]?"
    r"|(?:cover|top)\s+(?:image|photo|picture)\s*[:：]"
    r"|(?:视频|图片|封面)?(?:责任编辑|编辑|来源|制作)\s*[:：])"
    r"\s*[^.!?。！？]{1,60}\)?",
    re.IGNORECASE,
)

_CONTRIBUTE_PROMPT = lazy(r"\(?if you want to contribute\b.{0,160}@cgtn\.com\.?\)?\.?", re.IGNORECASE)


def staff_credit(line: str) -> bool:
    """A credit line for the page's video, cover picture or editor.

    >>> staff_credit("Video editor: Zhang Wei")
    True
    >>> staff_credit("(Cover image via VCG)")
    True
    >>> staff_credit("责任编辑：王磊")
    True
    >>> staff_credit("Photos by residents show the water reaching the second floor.")
    False
    """
    return bool(_STAFF_CREDIT.fullmatch(line))


def contribute_prompt(line: str) -> bool:
    """The invitation to write for CGTN Opinions that closes opinion pieces.

    >>> contribute_prompt("(If you want to contribute and have specific expertise, "
    ...                   "please contact us at opinions@cgtn.com.)")
    True
    >>> contribute_prompt("If you want to contribute, the charity said, call the hotline.")
    False
    """
    return bool(_CONTRIBUTE_PROMPT.fullmatch(line))


CGTN_RULES = (
    LineRule("staff_credit", "credit", staff_credit),
    LineRule("contribute_prompt", "promo", contribute_prompt),
)

# "15:40" or "Updated 14:05" standing alone: a live-updates entry starts.
LIVE_STAMP = lazy(r"(?:Updated\s+|更新(?:时间)?\s*[:：]?\s*)?(?P<time>\d{1,2}:\d{2})(?:\s*GMT[+-]\d{1,2})?")

# "BEIJING, May 12 (Xinhua) --": Xinhua copy republished by CGTN.
DATELINE = lazy(
    r"(?P<place>[A-Z][A-Z .'-]{1,40}),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\((?:Xinhua|CGTN)\)\s*(?:--|—|–)"
)

# "Source(s): AFP ,Xinhua News Agency" under the story.
SOURCES_LINE = lazy(r"(?:Sources?(?:\(s\))?|来源)\s*[:：]\s*(?P<who>[^.!?。！？]{2,80})")

# "新华社罗马3月5日电": the Chinese form of the Xinhua dateline.
DATELINE_ZH = lazy(r"新华社(?P<place>[\u4e00-\u9fff]{2,8}?)\d{1,2}月\d{1,2}日电")

LAYOUT_2019 = TextLayout(
    name="2019",
    valid_until=None,
    sections=SECTIONS_EN,
    date_line=lazy(
        r"(?P<y>\d{4})\.(?P<mo>\d{2})\.(?P<d>\d{2}) (?P<h>\d{2}):(?P<mi>\d{2})(?:\s*GMT(?P<off>[+-]\d{1,2}))?"
    ),
    updated_label=lazy(r"Updated\b"),
    byline=lazy(r"By:?\s+(?P<names>[^\d.!?]{2,80})", re.IGNORECASE),
    outlet_line=lazy(r"CGTN(?: Digital| Africa| America| Europe)?"),
    extra_rules=CGTN_RULES,
    live_stamp=LIVE_STAMP,
    dateline=DATELINE,
    credit_line=SOURCES_LINE,
)

LAYOUT_ZH = TextLayout(
    name="zh",
    valid_until=None,
    sections=SECTIONS_ZH,
    date_line=lazy(
        r"(?:(?:发布|更新)时间\s*[:：]?\s*)?\d{4}(?:[.-]\d{2}[.-]\d{2}|年\d{1,2}月\d{1,2}日)\s*\d{2}:\d{2}"
        r"(?:\s*GMT[+-]\d{1,2})?"
    ),
    byline=lazy(r"(?:作者|记者)\s*[:：]\s*(?P<names>[^\d。，！？]{2,40})"),
    outlet_line=lazy(r"CGTN(?:中文)?|中国国际电视台"),
    extra_rules=CGTN_RULES,
    language="zh",
    live_stamp=LIVE_STAMP,
    dateline=DATELINE_ZH,
    credit_line=SOURCES_LINE,
)

SOURCE = TextSource(entry=BY_ID["cgtn"], layouts=(LAYOUT_2019, LAYOUT_ZH))

# The article page of news.cgtn.com: section label, headline, byline box ("By Li Jing" or "CGTN") and the
# text of ``#cmsMainContent``, where related-story boxes are set in. Written from the site's markup as
# remembered, with no saved page to check it against: the generic path reads what it does not name.
HTML_2019 = HtmlLayout(
    name="2019",
    valid_until=None,
    body=("#cmsMainContent",),
    title=("h1.news-title",),
    authors=(".news-author-name",),
    section=(".news-section",),
    cuts=(Cut("related_box", "related", "div.news-related"),),
)
HTML_LAYOUTS = (HTML_2019,)
