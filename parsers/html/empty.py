"""Why a page gave no article text: a frameset, a page its scripts would build, or just none."""
from __future__ import annotations

from lxml import etree

from .dom import parse_tree, text_of

NO_TEXT = "no article text found"
_FRAMES = etree.XPath("//frame[@src]/@src | //iframe[@src]/@src")
_UNSHOWN = ("script", "style", "noscript", "template")


def why_no_text(text: str) -> str:
    """The reason a page gave no article text, for the error line.

    >>> why_no_text('<html><frameset><frame src="nav.html"><frame src="story.html"></frameset></html>')
    'a frameset page: its text is in its frames (nav.html, story.html), not in the page'
    >>> why_no_text('<html><body><script>render()</script></body></html>')
    'no text outside scripts: the page is built by JavaScript in a browser'
    >>> why_no_text('<html><body><p>Subscribe</p></body></html>')
    'no article text found'
    """
    root = parse_tree(text)
    if root.find(".//frameset") is not None:
        frames = ", ".join(str(src) for src in _FRAMES(root)[:5])
        return f"a frameset page: its text is in its frames ({frames}), not in the page"
    scripts = root.findall(".//script")
    body = root.find("body")
    if scripts and (body is None or not _shown_text(body)):
        return "no text outside scripts: the page is built by JavaScript in a browser"
    return NO_TEXT


def _shown_text(body: etree._Element) -> str:
    etree.strip_elements(body, *_UNSHOWN, with_tail=False)
    return text_of(body)
