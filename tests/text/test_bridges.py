"""The article zone carried over lists, tables and code blocks between its paragraphs, and not over a
footer's menu or a list of dated teasers; an article the page prints twice read once.

Every page here was written for the test; the expected bodies were worked out by reading the page.
"""
from __future__ import annotations

from pages import generic

MENU = ("Skip to content", "Trail Notes", "Gear", "Guides", "Trips", "About", "Shop")
INTRO = ("Packing for a first night on the trail is mostly a matter of weight: every item in the bag has to earn "
         "its place, and the heaviest things should sit close to your back.")
MIDDLE = ("Once the big items are in, fill the gaps with food for the trail, spare socks and a warm hat, and keep "
          "the water filter and the map in the top pocket where you can reach them.")
CLOSING = ("Weigh the bag before you leave: if it is more than a fifth of your own weight, take something out, "
           "starting with the spare clothes and the second pan you will not use.")
GEAR = ("Tent with poles and pegs", "Sleeping bag rated for the night's low", "Stove, fuel and a light pan",
        "Water filter and two bottles")


def dump(*lines: str) -> bytes:
    """Paragraphs (``P:``) set apart by blank lines, other lines one under another, as a browser prints them."""
    return "\n".join(f"\n{line[2:]}\n" if line.startswith("P:") else line for line in lines).encode()


HEADER = ("How to pack for your first night on the trail", "By Ann Lee", "May 3, 2025")


def test_a_list_after_the_densest_paragraphs_stays_in_the_article() -> None:
    record = generic(dump(*MENU, *HEADER, f"P:{INTRO}", f"P:{MIDDLE}", "What to pack", *GEAR, f"P:{CLOSING}",
                          "About", "Careers", "Privacy Policy"))
    assert record["body"] == "\n\n".join((INTRO, MIDDLE, "What to pack", *GEAR, CLOSING))


def test_a_list_before_the_densest_paragraphs_stays_in_the_article() -> None:
    record = generic(dump(*MENU, *HEADER, f"P:{INTRO}", *GEAR, f"P:{MIDDLE}", f"P:{CLOSING}", "Privacy Policy"))
    assert record["body"] == "\n\n".join((INTRO, *GEAR, MIDDLE, CLOSING))
    assert record["title"] == HEADER[0]


def test_a_footer_menu_and_the_site_blurb_under_it_stay_out() -> None:
    blurb = ("Our newsroom has covered local schools, courts and city hall since 1994, with a team of twelve "
             "reporters and editors who answer to readers rather than to advertisers, and who live in the towns "
             "they write about.")
    record = generic(dump(*MENU, *HEADER, f"P:{INTRO}", f"P:{MIDDLE}",
                          f"P:{CLOSING}", "Newsroom", "Mary Collins", "Peter Osei", "Lena Fischer", "Careers",
                          f"P:{blurb}"))
    assert record["body"] == "\n\n".join((INTRO, MIDDLE, CLOSING))


def test_a_list_of_dated_teasers_after_the_article_stays_out() -> None:
    teaser = ("The ridge path reopened on Monday after the rangers cleared the trees that fell in the storms, and "
              "the huts along it take bookings again from the first of June.")
    record = generic(dump(*MENU, *HEADER, f"P:{INTRO}", f"P:{MIDDLE}",
                          f"P:{CLOSING}", "Ridge path reopens", "May 2, 2025", "Huts open for bookings",
                          "May 1, 2025", f"P:{teaser}"))
    assert record["body"] == "\n\n".join((INTRO, MIDDLE, CLOSING))


def test_short_paragraphs_each_over_a_list_stay_together() -> None:
    water = "Carry two litres of water for every three hours on the trail."
    food = "Pack one warm meal a day and snacks you can eat while walking."
    drinks = ("Two bottles of one litre", "A water filter that fits the bottles", "Tablets to clean the water",
              "A cup for the stove")
    meals = ("Dried pasta for the warm meal", "Oat bars and nuts to eat while walking", "Tea bags and sugar",
             "A spoon that fits the pan")
    record = generic(dump(*MENU, *HEADER, f"P:{INTRO}", f"P:{MIDDLE}", *drinks, f"P:{water}", *meals, f"P:{food}",
                          "About", "Careers", "Privacy Policy"))
    assert record["body"] == "\n\n".join((INTRO, MIDDLE, *drinks, water, *meals, food))


PRINTED_TWICE = (
    "The river trail was closed for most of the spring after the floods washed out two of its wooden bridges and "
    "left deep mud along the lower path, where walkers had to turn back.",
    "Volunteers rebuilt the bridges in May with timber from the forest service, working at weekends and carrying "
    "every plank in by hand because no truck can reach the lower path.",
    "The trail reopened on the first of June, and the rangers say it is now safer than before, with railings on "
    "both bridges and gravel laid over the muddiest stretch of the path.",
    "Walkers are asked to keep to the path while the new gravel settles, and to leave dogs on a lead near the "
    "bridges, where the banks are still soft after the rebuilding work.",
    "The rangers will walk the whole trail every Saturday morning this summer, and anyone who wants to help with "
    "the next repairs can meet them at the car park at nine o'clock.",
)


CHANGES = ("What changed on the trail", "Railings were fitted on both of the rebuilt bridges",
           "Gravel was laid over the muddiest stretch of the lower path", "New signs at the car park show the way")


def test_an_article_printed_twice_is_read_once() -> None:
    article = (f"P:{PRINTED_TWICE[0]}", *CHANGES, *(f"P:{p}" for p in PRINTED_TWICE[1:]))
    record = generic(dump(*MENU, "River trail reopens after the floods", "By Ann Lee", "June 2, 2025", *article,
                          "Share", "Newsletter", "Mobile menu", "Trail Notes", *article, "About", "Privacy Policy"))
    assert record["body"] == "\n\n".join((PRINTED_TWICE[0], *CHANGES, *PRINTED_TWICE[1:]))


def test_the_lines_of_a_bridged_list_are_list_items() -> None:
    record = generic(dump(*MENU, *HEADER, f"P:{INTRO}", f"P:{MIDDLE}", *GEAR, f"P:{CLOSING}", "Privacy Policy"))
    assert [(block["type"], block["text"]) for block in record["blocks"]] == [
        ("paragraph", INTRO), ("paragraph", MIDDLE), *(("list_item", item) for item in GEAR), ("paragraph", CLOSING)]
