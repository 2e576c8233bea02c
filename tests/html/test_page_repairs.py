"""HTML pages whose markup would lose their text: a control left open, a page hidden until its
script runs, text served in <noscript>, tab panels, utility classes, page-builder widgets.
Pages written for these tests; expected bodies worked out by hand."""
from __future__ import annotations

from html_pages import P1, P2, P3, P4, article_body, page, record


def test_menu_button_left_open_does_not_swallow_the_page(validate) -> None:
    # The page opens a <div> inside the menu button and never closes it: libxml2 puts the rest
    # of the page inside the button, which a browser would have closed at </button>.
    body = ('<header><button class="menu-button">Menu<div></button><a href="/">Harbour Herald</a></header>'
            '<main><h1>New pier to open in spring</h1>' + article_body(P1, P2, P3) + '</main>')
    rec = record(page("", body), validate)
    assert rec["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_page_hidden_until_its_script_runs_is_read(validate) -> None:
    body = f'<div hidden id="S:0"><h1>New pier to open in spring</h1>{article_body(P1, P2, P3)}</div>'
    rec = record(page("", body), validate)
    assert rec["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_hidden_on_phones_shown_on_desktop(validate) -> None:
    body = article_body(P1) + f'<div class="hidden lg:block"><p>{P2}</p></div><div class="hidden"><p>{P3}</p></div>'
    rec = record(page("", body), validate)
    assert rec["body"] == f"{P1}\n\n{P2}"


def test_page_served_in_noscript_is_read(validate) -> None:
    posts = "".join(f'<div class="topic-post"><p>{p}</p></div>' for p in (P1, P2, P3))
    body = f'<div id="app"></div><noscript><h1>Pier opening: what do you think?</h1>{posts}</noscript>'
    rec = record(page("", body), validate)
    assert rec["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_tracking_pixel_in_noscript_stays_out(validate) -> None:
    body = article_body(P1, P2) + '<noscript><p>Enable JavaScript to comment.</p></noscript>'
    assert record(page("", body), validate)["body"] == f"{P1}\n\n{P2}"


def test_hidden_tab_panel_is_text(validate) -> None:
    body = ('<article><div class="story-body">' f'<p>{P1}</p>'
            f'<div role="tabpanel"><p>{P2}</p></div><div role="tabpanel" hidden><p>{P3}</p></div>'
            '</div></article>')
    assert record(page("", body), validate)["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_utility_class_variant_names_no_boilerplate(validate) -> None:
    # "print:hidden" hides an element on paper; it is no print button.
    body = (f'<article><div class="story-body"><p>{P1}</p><div class="mt-4 print:hidden"><p>{P2}</p></div>'
            f'<p>{P3}</p><p>{P4}</p></div></article>')
    assert record(page("", body), validate)["body"] == f"{P1}\n\n{P2}\n\n{P3}\n\n{P4}"


def test_heading_anchor_id_names_no_boilerplate(validate) -> None:
    body = ('<article><div class="story-body">' f'<p>{P1}</p>'
            '<h2 id="why-the-council-chose-to-skip-the-tender">Why the council chose to skip the tender</h2>'
            f'<p>{P2}</p></div></article>')
    rec = record(page("", body), validate)
    assert rec["body"] == f"{P1}\n\nWhy the council chose to skip the tender\n\n{P2}"


def test_page_builder_widgets_holding_the_story_are_kept(validate) -> None:
    # Each widget holds one paragraph of a few sentences; the sidebar's widget, a list of links.
    widgets = "".join(f'<div class="elementor-widget elementor-widget-text-editor"><p>{p}</p></div>'
                      for p in (f"{P1} {P2}", f"{P3} {P4}"))
    sidebar = ('<div class="widget widget_recent_entries"><ul>'
               + "".join(f'<li><a href="/s{i}">Another harbour story number {i}</a></li>' for i in range(5))
               + '</ul></div>')
    rec = record(page("", f'<div class="content">{widgets}{sidebar}</div>'), validate)
    assert rec["body"] == f"{P1} {P2}\n\n{P3} {P4}"


def test_table_in_a_figure_is_text(validate) -> None:
    table = ('<figure class="wp-block-table"><table><tr><th>Berth</th><th>Length</th></tr>'
             '<tr><td>North</td><td>120 m</td></tr></table></figure>')
    body = f'<article><div class="story-body"><p>{P1}</p>{table}<p>{P2}</p></div></article>'
    rec = record(page("", body), validate)
    assert rec["body"] == f"{P1}\n\nBerth Length\n\nNorth 120 m\n\n{P2}"
