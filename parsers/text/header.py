"""The header: headline, dek, byline, section and captions read around the article zone, as one :class:`Header`."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from ..lazyre import lazy
from ..people.bylines import byline_authors, is_byline_label, looks_like_name, split_authors
from ..people.credits import credit_only, split_caption_credit
from .byline import bar_byline_over_date, bare_name_over_date, name_over_role
from .headline import find_headline, stacked_dek_over_date, summary_dek, wire_lead_above
from .line_kinds import has_photo_credit, is_anchor, is_caption_line, is_date_line, line_authors, name_beside_date
from .live import entry_start, in_date_list
from .nearby import WINDOW, credit_above, credit_below, is_dek
from .section import category_named, in_topic_list, read_kicker
from .teaser_runs import header_above_teasers
from .teasers import video_blurb
from .views import LineView, is_running_text, reads_as_sentence
from .zone import Zone

_DIGITS = lazy(r"\d")
BYLINE_REACH = 6  # lines into the article where a byline may stand under the lead picture
CAPTION_SENTENCES = 2  # lines of running text a lead picture's caption may take


@dataclass  # one a page: no slots, which build the class twice at start-up
class Header:
    """Indexes (into the views) of what the header holds, and where the body starts."""

    title: int | None = None
    subtitle: int | None = None
    section: int | None = None
    authors: list[str] = field(default_factory=list)
    author_line: int | None = None
    date_lines: list[int] = field(default_factory=list)
    captions: list[int] = field(default_factory=list)
    bio: int | None = None  # a columnist's biography above the headline (:func:`columnist_box`)
    window_start: int = 0
    window_end: int | None = None  # where the header's lines end when a list of teasers, not the body, follows them
    body_start: int = 0


def read_header(views: list[LineView], zone: Zone) -> Header:
    """Headline, dek, section, authors and dates around the zone's start, and where the body starts."""
    header = Header(body_start=zone.start)
    title = find_headline(views, zone)
    lo = max(0, zone.start - WINDOW)
    moved = header_above_teasers(views, title, zone) if title is not None else None
    if moved is not None:
        title, lo = moved[0], 0
    if title is not None:
        header.title = title
        kicker = read_kicker(views, title)
        if kicker.columnist is not None:
            name = kicker.columnist
            header.authors, header.author_line, header.bio = [views[name].text], name, name + 1
        if kicker.section is not None:
            header.section = kicker.section
        nxt = title + 1
        if nxt < len(views) and (is_dek(views, nxt, views[title].words) or stacked_dek_over_date(views, nxt, zone)):
            header.subtitle = nxt
        else:
            header.subtitle = summary_dek(views, title, zone)
        lo = max(lo, title - 3)
    last_header_line = header.subtitle if header.subtitle is not None else title
    start = max(zone.start, (last_header_line if last_header_line is not None else -1) + 1)
    while start < zone.end and _is_header_line(views[start]):
        start += 1
    if title is not None:
        start = entry_start(views, start) if title < start - 1 else start
        start = wire_lead_above(views, title, start)
        if video_blurb(views, start):
            start += 1  # the player's blurb is no part of the story
    header.body_start = start
    header.window_start = lo
    header.window_end = moved[1] if moved is not None else None
    told_byline = True  # the byline found so far says it is one: a bare name found later does not replace it
    for i in range(lo, start if header.window_end is None else header.window_end):
        view = views[i]
        if i in (header.title, header.subtitle) or view.rule is not None and byline_authors(view.text) is None:
            continue  # a widget (but "By Ann Lee ann@example.com" is a byline, whatever rule it meets)
        names = line_authors(view) if i > (title or 0) or not in_topic_list(views, i) else None
        if names is None and i > lo and is_byline_label(views[i - 1].text):
            names = split_authors(view.text)
        told = names is not None  # a byline that says so ("By …", "Author:"), not a name told by its place
        if names is None and title is not None and i > title:
            names = (_bare_name(views, i, header) or bare_name_over_date(views, i) or name_beside_date(view)
                     or bar_byline_over_date(views, i) or name_over_role(views, i))
        if names and (not header.authors or _beats_byline_above(header, i) or told and not told_byline):
            header.authors, header.author_line, told_byline = names, i, told
        if title is not None and i > title and _is_header_caption(views, i):
            header.captions.append(i)
        elif title is not None and i > title and (header.section or -1) < title and category_named(view.text):
            header.section = i  # the category named under the headline beats a label above it
        elif is_date_line(view) and not in_date_list(views, i):
            header.date_lines.append(i)
    if title is not None and not header.authors and (found := _byline_under_picture(views, zone, header.body_start)):
        header.authors, header.author_line = found.authors, found.line
        header.captions.extend(found.captions)
        header.body_start = found.body_start
    return header


def _beats_byline_above(header: Header, i: int) -> bool:
    """A byline found on line ``i``, under the headline, beats one found above the headline: the
    header prints its byline under the headline; a name above it belongs to a menu or a list."""
    title, found = header.title, header.author_line
    return title is not None and found is not None and found < title < i


def _is_header_caption(views: list[LineView], i: int) -> bool:
    """A picture's caption with its credit among the header's lines: not a date line or a byline,
    unless it is a sentence that merely holds a date ("… on Tuesday, Nov. 19, 2019. (AP Photo/…)");
    or a caption whose bare credit stands alone on the next line (:func:`_caption_over_credit`).

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Crews set a backfire above the town on Tuesday, Nov. 19, 2019. (AP "
    ...                                "Photo/Luis Romero)"
    ...     "\\nPublished 3:42 PM EST, November 19, 2019\\nBlick auf die Hohe Straße.\\nFoto: dpa/Oliver Berg\\n"))
    >>> [_is_header_caption(views, i) for i in range(4)]
    [True, False, True, True]
    """
    view = views[i]
    credited = has_photo_credit(view.text) and (not is_anchor(view) or view.prose and line_authors(view) is None)
    return credited and is_caption_line(view) or _caption_over_credit(views, i)


def _caption_over_credit(views: list[LineView], i: int) -> bool:
    """Line ``i`` is a caption printed bare, its credit alone on the next line (:func:`credit_below`)
    or right above it, in the same block (:func:`credit_above`): a sentence (a teaser's title-case headline over
    a "Photos: …" link is not), not a widget, a byline, a date line or a credit itself.

    >>> from ..lines import split_lines
    >>> from .views import view_lines
    >>> views = view_lines(split_lines("Центр рассчитан на 60 детей\\nФото: Алексей Громов\\n"
    ...     "By Jane Doe\\nPhoto: Getty Images\\nBest of the Capital Region: Pizza\\nPhotos: The mall "
    ...     "through the years\\n"))
    >>> [_caption_over_credit(views, i) for i in (0, 1, 2, 4)]
    [True, False, False, False]
    """
    view = views[i]
    if view.rule is not None or view.words < 2 or is_anchor(view) or is_caption_line(view):
        return False
    if view.text[-1] not in ".!?)" and not reads_as_sentence(view.text):
        return False
    return credit_below(views, i) is not None or credit_above(views, i) and views[i - 1].line.no == view.line.no - 1


class PictureByline(NamedTuple):
    """A byline under the lead picture: its authors and line, the caption lines above it, where the body starts."""

    authors: list[str]
    line: int
    captions: list[int]
    body_start: int


def _byline_under_picture(views: list[LineView], zone: Zone, start: int) -> PictureByline | None:
    """A "By …" line a few lines into the article (which starts at ``start``), below the lead picture's
    caption and credit: it is the header's byline, and the article starts after it (the caption lines
    leave the body).

    Only a byline with "By" counts, behind at most two sentences (a caption is one or two).
    """
    for j in range(start, min(start + BYLINE_REACH, zone.end)):
        names = byline_authors(views[j].text)
        if names is not None:
            break
    else:
        return None
    if sum(is_running_text(v) for v in views[start:j]) > CAPTION_SENTENCES:
        return None
    captions = [i for i in range(start, j) if split_caption_credit(views[i].text) or credit_only(views[i].text)]
    body = j + 1
    while body < zone.end and _is_header_line(views[body]):
        body += 1
    return PictureByline(names, j, captions, body)


def _bare_name(views: list[LineView], i: int, header: Header) -> list[str] | None:
    """A byline that is only a person's name, told by where it stands: just under the headline
    or the dek, or just above the author's @handle."""
    view = views[i]
    if not 2 <= view.words <= 6 or _DIGITS.search(view.text) or is_caption_line(view):
        return None
    names = [n for n in split_authors(view.text) if 2 <= len(n.split()) <= 4 and looks_like_name(n)]
    if not names or len(names) > 2:
        return None
    if i - 1 in (header.title, header.subtitle) or i + 1 < len(views) and views[i + 1].text.startswith("@"):
        return names
    return None


def _is_header_line(view: LineView) -> bool:
    """A line between the headline and the first paragraph that is not article text."""
    if view.prose and view.isolated:
        return False
    return (view.rule is not None or is_anchor(view) or is_caption_line(view)
            or (view.words <= 3 and view.text[-1] not in ".!?\"”"))
