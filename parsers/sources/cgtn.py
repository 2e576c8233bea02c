"""CGTN (China Global Television Network), English and Chinese editions.

Text dumps of CGTN pages open with the section label, the time as
``2020.02.28 07:03 GMT+8``, the headline, an optional ``Updated`` time and the
byline or the outlet's name, and close with ``Copyright ©`` and ``RELATED STORIES``.
"""
from __future__ import annotations

import re

from ..rules import LineRule
from .base import TextLayout, TextSource
from .catalog import BY_ID

SECTIONS = frozenset(
    s.casefold()
    for s in (
        "World", "China", "Politics", "Business", "Tech & Sci", "Tech", "Sci-Tech", "Culture", "Sports",
        "Opinions", "Opinion", "Video", "Nature", "Travel", "Society", "Health", "Economy", "Africa",
        "Americas", "Europe", "Asia Pacific", "Middle East", "Live", "Picture", "Graphics",
        "Documentary", "Environment", "Military", "Special",
        "国际", "中国", "财经", "科技", "文化", "体育", "评论", "视频", "社会", "军事", "健康", "旅游",
    )
)


def video_credit(line: str) -> bool:
    """A credit line for the page's video or cover picture.

    >>> video_credit("Video editor: Zhang Wei")
    True
    >>> video_credit("(Cover image via VCG)")
    True
    >>> video_credit("The editor said the video was real.")
    False
    """
    return bool(_VIDEO_CREDIT.fullmatch(line))


_VIDEO_CREDIT = re.compile(
    r"\(?(?:(?:video|photo|cover|graphic|chart)s?\s*(?:image|photo|picture)?\s*"
    r"(?:editor|by|via|source|credit|designer|producer)s?\s*[:：]?\s*.{1,60}"
    r"|(?:cover|top)\s+(?:image|photo|picture)\s*[:：]\s*.{1,60}"
    r"|(?:视频|图片|编辑|责任编辑|来源)\s*[:：]\s*.{1,40})\)?",
    re.IGNORECASE,
)

LAYOUT_2019 = TextLayout(
    name="2019",
    valid_until=None,
    sections=SECTIONS,
    date_line=re.compile(r"\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}(?:\s*GMT[+-]\d{1,2})?"),
    byline=re.compile(r"(?:By|By:|作者[:：]|记者[:：]?)\s*(?P<names>[^\d]{2,80})", re.IGNORECASE),
    outlet_line=re.compile(r"CGTN(?: Digital| Africa| America| Europe)?|中国国际电视台|CGTN中文"),
    extra_rules=(LineRule("video_credit", "credit", video_credit),),
)

SOURCE = TextSource(entry=BY_ID["cgtn"], layouts=(LAYOUT_2019,))
