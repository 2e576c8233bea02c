"""The headline and the dek: which line is the title, what stands with it, and the teasers, players and
live-page lists that are neither.

Every page here was written for the test, modelled on how some kind of news page prints the thing under
test; the expected values were worked out by reading the page, not copied from the parser's output.
"""
from __future__ import annotations

from pages import (
    ARTICLE,
    COUNCIL_HEADLINE,
    LIVE_ENTRIES,
    NEWS_MENU,
    PARAGRAPHS,
    VALLEY_MENU,
    generic,
    header_page,
    page,
)

from newsclean.parsers import parse
from newsclean.parsers.lines import split_lines
from newsclean.parsers.text.header import read_header
from newsclean.parsers.text.headline import find_headline
from newsclean.parsers.text.views import view_lines
from newsclean.parsers.text.zone import Zone

CAR_MENU = ("Find a car", "Choose a brand", *(f"Brand {letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            "Choose a model")
RELATED_TEASERS = ("More stories like this", "NEWS", "Ferry service to run all winter", "June 8, 2017",
                   "FEATURES", "The river in ten old photographs", "July 1, 2016",
                   "NEWS", "Old mill to become a museum", "May 2, 2018")


CUT_TEASERS = (
    "The mayor says she will not run for a third term, and the race to follow her is wide open with five n..",
    "Ferry fares are to rise by a fifth in May as fuel costs climb, the operator said, and season tickets w..",
    "The market hall will open on Sundays from April, with a farmers' market and food stalls on the groun..",
)
TEASER_ARTICLE = (
    "The city council voted on Tuesday to close the old river bridge for two years of repairs.",
    "Engineers found cracks in three of the bridge's steel supports during an inspection in June.",
)


def test_headline_is_the_line_above_byline_and_date_not_the_site_or_section() -> None:
    record = generic(page(*VALLEY_MENU, "Local", "Bridge to close for two years of repairs",
                          "By Ann Lee", "March 3, 2020 9:15 AM", *PARAGRAPHS, "Privacy Policy"))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["section"] == "Local"
    assert record["authors"] == ["Ann Lee"]
    assert record["published"] == "2020-03-03T09:15:00"
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_dek_between_headline_and_byline_is_the_subtitle() -> None:
    dek = "The city says the work cannot wait after inspectors found cracks."
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", dek, "By Ann Lee", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["subtitle"] == dek
    assert dek not in record["body"]


def test_site_suffix_never_stays_on_the_title() -> None:
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs | The Valley Post", "By Ann Lee",
                          *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"


def test_teasers_in_the_menu_do_not_beat_a_short_article() -> None:
    teasers = tuple(f"Teaser headline number {n} about something else entirely happening in town today." for n in
                    range(8))
    record = generic(page(*VALLEY_MENU, *teasers, "Bridge to close for two years of repairs", "By Ann Lee",
                          *PARAGRAPHS))
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_the_site_suffix_names_the_source() -> None:
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs | The Valley Post", "By Ann Lee",
                          *PARAGRAPHS))
    assert record["source"] == {"id": None, "name": "The Valley Post", "parser": "generic"}


def test_a_teaser_headline_above_the_storys_own_does_not_take_it_for_its_dek() -> None:
    record = generic(page(*VALLEY_MENU, "Breaking News", "Mayor says she will not run for a third term",
                          "https://www.valleypost.example/news/bridge-to-close",
                          "Bridge to close for two years of repairs",
                          "Updated 9:15 am CST, Tuesday, March 3, 2020", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["subtitle"] is None and record["section"] is None  # a link is no section


def test_a_short_dek_that_is_a_sentence_stays_the_dek() -> None:
    dek = "Inspectors found cracks in three supports in June."
    record = generic(page(*VALLEY_MENU, "Bridge over the Valley river to close for two years of repairs", dek,
                          "By Ann Lee", *PARAGRAPHS))
    assert (record["title"], record["subtitle"]) == ("Bridge over the Valley river to close for two years of repairs",
                                                     dek)


def test_the_line_under_a_breadcrumb_trail_is_the_headline() -> None:
    record = generic(page(*VALLEY_MENU, "Home » Local news", "Bridge to close for two years of repairs",
                          "P:Drivers face long detours", "P:Engineers found cracks in three supports",
                          *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"


def test_a_headline_carrying_its_own_date_stands_above_its_dek() -> None:
    dek = "The council shuts the bridge, and what a week it was ..."
    record = generic(page(*VALLEY_MENU, "Morning Brief 11.18.19", dek, "Author:", "Ann Lee", "Publish date:",
                          "Nov 18, 2019",
                          *PARAGRAPHS))
    assert (record["title"], record["subtitle"]) == ("Morning Brief 11.18.19", dek)
    assert record["authors"] == ["Ann Lee"]
    assert record["published"].startswith("2019-11-18")


def test_a_list_of_dated_teasers_over_the_article_leaves_the_header_above_it() -> None:
    """Headline, byline glued to its author link, dek and date, then a long menu and a list of
    related stories (headline over date, thrice), then the article: the header is the one above."""
    record = generic(page(*VALLEY_MENU, "Local", "Bridge to close for two years of repairs",
                          "Ann LeeView More Articles", "Engineers found cracks in three steel supports",
                          "City Hall March 3, 2020 9:15", *CAR_MENU, *RELATED_TEASERS, *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["authors"] == ["Ann Lee"]
    assert record["published"] == "2020-03-03T09:15:00"
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_two_dated_teasers_over_the_article_are_not_a_list_yet() -> None:
    """Two teasers are too few to call a list: the last one, right above the article, keeps the headline."""
    record = generic(page(*VALLEY_MENU, *RELATED_TEASERS[1:7], *PARAGRAPHS))
    assert record["title"] == "The river in ten old photographs"


def test_a_heading_over_a_list_of_dates_inside_the_article_is_not_the_headline() -> None:
    """A schedule (one date per line) is no header's date line: the heading above it stays in the article."""
    schedule = ("Phase 1: April 6 – north lane", "Phase 2: May 4 – south lane", "Phase 3: June 1 – footpath",
                "Phase 4: July 6 – both lanes")
    record = generic(page(*VALLEY_MENU, "Bridge to close for two years of repairs", "March 3, 2020 9:15 AM",
                          PARAGRAPHS[0],
                          "P:When the lanes close in 2020", *schedule, *PARAGRAPHS[1:]))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["published"] == "2020-03-03T09:15:00"


def test_a_grid_of_labelled_teasers_above_the_article_does_not_take_the_headline() -> None:
    """Each teaser under its own short label: the second is not the dek of the first, so the
    headline standing right above the article wins."""
    grid = ("P:Ferries", "P:Ride the new ferry across the river all winter", "P:Parking",
            "P:Find a parking space near the market hall", "P:Events", "P:See what is on in town this weekend")
    record = generic(page(*VALLEY_MENU, *grid, "Contact us", "Bridge to close for two years of repairs",
                          "Back to all news",
                          *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"


def test_a_dek_printed_under_the_byline_leaves_the_headline_above_the_byline() -> None:
    record = generic(page(*VALLEY_MENU, "Local", "Bridge to close for two years of repairs", "By Ann Lee",
                          "Engineers found cracks in three steel supports", "March 3, 2020 9:15 AM", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"
    assert record["authors"] == ["Ann Lee"]
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_headline_over_a_bare_date_after_two_dated_teasers_stays_the_headline() -> None:
    """Two dated teasers, then the story's own headline over its bare date: three alike in a row,
    but no header with a byline stands above them, so the story keeps its headline (the dated
    teaser above the menu is no header either)."""
    record = generic(page(*VALLEY_MENU, "Storm warning for the valley tonight", "March 2, 2020", *CAR_MENU,
                          "Latest news", *RELATED_TEASERS[1:7], "Bridge to close for two years of repairs",
                          "March 3, 2020", *PARAGRAPHS))
    assert record["title"] == "Bridge to close for two years of repairs"


def test_a_list_of_dates_between_the_headline_and_the_article_is_no_date_line_of_the_header() -> None:
    """A race calendar printed between the header and where the article zone starts is not read
    as more date lines of the header (which would take its lines out of the record)."""
    from newsclean.parsers.lines import split_lines
    from newsclean.parsers.text.header import read_header
    from newsclean.parsers.text.views import view_lines
    from newsclean.parsers.text.zone import Zone

    rounds = [f"Round {n}: {day} – {town}" for n, (day, town) in enumerate(
        (("March 10", "Riverside"), ("April 8", "Hilltop"), ("May 6", "Lakeside"), ("June 3", "Riverside")), 1)]
    views = view_lines(split_lines("\n".join(("Home", "The bridge race calendar for 2020",
                                              "Monday, January 20, 2020 at 9:15",
                                              "Share this", "The calendar", *rounds, "", ARTICLE[0], "", ARTICLE[1],
                                              ""))))
    header = read_header(views, Zone(9, len(views), True))
    assert [views[i].text for i in header.date_lines] == ["Monday, January 20, 2020 at 9:15"]


def test_an_unpunctuated_dek_stacked_under_the_headline_above_the_date_is_the_dek() -> None:
    """Two headline-like lines right above the date, the lower shorter and without a full stop:
    the upper is the headline, the lower its dek."""
    dek = "Repairs to cost EUR 40 million; ferry to run meanwhile"
    article = parse(header_page(*NEWS_MENU, "Newsroom", "Press releases", "Press release", COUNCIL_HEADLINE, dek,
                          "19 November 2019 08:00 CET", "Download PDF"), path="x.txt")
    assert article.title == COUNCIL_HEADLINE
    assert article.subtitle == dek


def test_a_summary_list_under_a_live_pages_headline_is_no_headline_and_entry_stamps_start_entries() -> None:
    """The headline stands over a "Summary" heading and its points; "All times stated are UK" is a
    note, not a headline; the time-only stamp over each entry is no page date, and the first entry's
    heading opens the body."""
    page = "\n".join((*NEWS_MENU, "Live", COUNCIL_HEADLINE, "Summary", "The vote is expected before ten tonight",
                      "Traders fear losing trade for two years", "Edited by Jane Doe", "All times stated are UK",
                      *LIVE_ENTRIES))
    article = parse(page.encode(), path="x.txt")
    assert article.title == COUNCIL_HEADLINE
    assert article.published is None
    assert article.blocks[0].text == "Council votes to close the bridge"
    assert "Summary" not in article.body and "All times" not in article.body


def test_a_note_on_the_zone_of_the_times_is_no_headline() -> None:
    article = parse(header_page(*NEWS_MENU, "Live", COUNCIL_HEADLINE, "Live Reporting", "All times stated are UK",
                          "Tuesday 19 November 2019"), path="x.txt")
    assert article.title == COUNCIL_HEADLINE


def test_a_video_player_under_the_date_does_not_give_the_headline() -> None:
    """A cable-news page prints the video player between the date and the story: a button, the
    clip's title and its running time with its source. The clip's title is no headline (a running
    time stands under it, not a byline or a date), and "Source: …" is no author."""
    article = parse(header_page(*NEWS_MENU, "Now Playing", "Why the bridge had to close", "02:14", "Up next",
                          "Ferry passengers speak out", "01:48", "Bridges", COUNCIL_HEADLINE, "By Ann Lee, CNN",
                          "Updated 6:12 PM EST, Tue November 19, 2019", "Link Copied!", "Video Ad Feedback",
                          "Why the bridge had to close", "02:14 - Source: CNN"), path="x.txt")
    assert article.title == COUNCIL_HEADLINE
    assert article.authors == ["Ann Lee"]
    assert article.body.split("\n\n") == list(ARTICLE)


def test_a_summary_paragraph_under_its_label_between_the_date_and_the_story_is_the_dek() -> None:
    """A science-news page prints "Summary:" and one paragraph under the date and source: that
    paragraph is the standfirst, the story starts after the buttons."""
    dek = ("The council will close the old river bridge for two years after engineers found cracks, "
           "and a ferry will replace it.")
    article = parse(header_page(*NEWS_MENU, "Environment", COUNCIL_HEADLINE, "November 19, 2019",
                                "Source: University of Westport",
                          "Summary:", dek, "Share:", "FULL STORY"), path="x.txt")
    assert article.title == COUNCIL_HEADLINE
    assert article.subtitle == dek
    assert article.body.split("\n\n") == list(ARTICLE)


def test_a_headline_over_a_bare_time_and_the_date_stays_the_headline() -> None:
    """A time of day under the headline, the date under it ("15:23" / "19 November 2019"), or a time
    and a date on one line after a bar ("15:23 | 19.11.2019"), is no video's running time."""
    for stamp in (("15:23", "19 November 2019"), ("15:23 | 19.11.2019",)):
        article = parse(header_page(*NEWS_MENU, "Politics", COUNCIL_HEADLINE, *stamp, "By Ann Lee"), path="x.txt")
        assert article.title == COUNCIL_HEADLINE


def test_a_wire_lead_printed_among_the_header_lines_above_the_picture_stays_in_the_body() -> None:
    """"Headline / NAME / 3 Min Read / AMSTERDAM (Reuters) - … / caption", then a blank line and the
    rest: the line opening with the dateline is the story's first paragraph, not header furniture."""
    lead = "AMSTERDAM (Reuters) - " + ARTICLE[0]
    last = "Engineers said the steel supports had rusted through in places after decades of salt spray from the river."
    text = "\n".join((*NEWS_MENU, "Business News", "November 19, 2019 / 9:14 AM", COUNCIL_HEADLINE, "Anna van Dijk",
                      "3 Min Read",
                      lead, "Bottles move along a line at a brewery in Amsterdam, March 3, 2019. REUTERS/Piet Jansen",
                      "", ARTICLE[1], "", ARTICLE[2], "", last, ""))
    article = parse(text.encode(), path="x.txt")
    assert article.body.split("\n\n") == [lead, ARTICLE[1], ARTICLE[2], last]
    assert (article.dateline, article.credits) == ("AMSTERDAM", ["Reuters"])
    assert [i.credit for i in article.images] == ["REUTERS/Piet Jansen"]


def test_a_video_players_blurb_over_the_story_is_not_its_first_paragraph() -> None:
    """"close / Video / clip title / one sentence on the clip", then a blank line and the story:
    the sentence describes the video; the story starts after the blank line."""
    article = parse(header_page(*NEWS_MENU, "Published November 19, 2019 4:05pm EST", COUNCIL_HEADLINE,
                                "By Ann Lee | River News",
                          "Facebook", "Twitter", "close", "Video", "Bridge closure explained",
                          "Engineers explain why the old bridge had to shut for two years."), path="x.txt")
    assert article.body.split("\n\n") == list(ARTICLE)


def test_a_zone_that_starts_at_teasers_cut_short_still_reaches_the_headline_under_them() -> None:
    """The zone starts at a box of cut teasers ("… n.."): they are no headline, and the headline
    under them (with its date line) is still within reach though it stands past the usual three lines."""
    text = "\n".join(("Home", "News", "Top stories", *CUT_TEASERS, "Bridge to close for two years of repairs",
                      "March 3, 2020 9:15 AM", "", TEASER_ARTICLE[0], "", TEASER_ARTICLE[1], ""))
    views = view_lines(split_lines(text))
    zone = Zone(3, len(views), True)  # the zone as a finder fooled by the teasers' length gives it
    title = find_headline(views, zone)
    assert title is not None and views[title].text == "Bridge to close for two years of repairs"
    header = read_header(views, zone)
    assert [views[i].text for i in header.date_lines] == ["March 3, 2020 9:15 AM"]
    assert views[header.body_start].text == TEASER_ARTICLE[0]
