"""How news pages are built, as data: tag sets and the class/id words of boilerplate.

The rules in :mod:`.boilerplate`, :mod:`.render` and :mod:`.body` read these tables;
add a site family's words here, never in the logic. The words a reader sees (widget labels,
bylines, related headings, meta-line labels) are in :mod:`newsclean.parsers.vocab`, shared with the
text path.
"""
from __future__ import annotations

# Elements whose content is never article text (removed before anything is read).
DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "video", "audio", "source", "track", "map", "input", "select", "option", "textarea", "button",
    "link", "meta", "base", "head", "title", "dialog", "menu",
})

# Controls, which never hold paragraphs: one that does was left unclosed (see prune.py).
CONTROL_TAGS = ("button", "select", "option")

# Furniture that never holds the story: dropped before the page is read (see prune.py).
EARLY_FURNITURE_TAGS = ("nav", "footer", "aside")

# Page furniture by tag, with its kind: cut unless it holds most of the page's prose.
FURNITURE_TAGS: dict[str, str] = {
    "nav": "navigation", "aside": "aside", "footer": "footer", "header": "header", "form": "form",
}

# On a page read as a list, the boilerplate kinds still cut, and the kinds that are its text.
LISTING_CUT_KINDS = frozenset({
    "navigation", "advertisement", "newsletter", "share", "footer", "header", "form", "aside", "layout", "reviews",
    "comments", "carousel",
})
LISTING_TEXT_KINDS = frozenset({"related"})

# Pictures and their captions: read into ``images``, never into the body.
FIGURE_TAGS = frozenset({"figure", "figcaption"})

# Elements that start a new block of text (everything else is inline).
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4",
    "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
    "tbody", "thead", "tfoot", "caption", "figure", "figcaption", "form", "fieldset", "address", "hr",
    "center", "details", "summary", "body", "html", "picture", "hgroup",
})

# Table cells run together on their row's line, separated by a space.
CELL_TAGS = frozenset({"td", "th"})

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LIST_ITEM_TAGS = frozenset({"li", "dd"})
QUOTE_TAGS = frozenset({"blockquote"})

# class/id words (split at - _ space and camelCase) that mark boilerplate, with its kind.
NEGATIVE_WORDS: dict[str, str] = {
    **dict.fromkeys((
        "related", "relatedposts", "recommended", "recommendations", "recirc", "recirculation", "teaser",
        "teasers", "outbrain", "taboola", "popular", "mostread", "trending", "morestories", "readmore",
        "readnext", "upnext", "rp4wp", "yarpp", "crp", "zemanta", "headlines", "topstories", "readalso",
    ), "related"),
    **dict.fromkeys((
        "share", "sharing", "sharebar", "sharethis", "addthis", "social", "socials", "sociallinks",
        "facebook", "twitter", "whatsapp", "pinterest", "linkedin", "print", "tools", "toolbar", "actions",
        "reactions", "bookmark", "follow",
    ), "share"),
    **dict.fromkeys((
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "paywall", "piano",
        "regwall", "membership", "donate", "donation", "cta",
    ), "newsletter"),
    **dict.fromkeys(("comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion"), "comments"),
    **dict.fromkeys((
        "footer", "copyright", "sidebar", "widget", "widgets", "breadcrumb", "breadcrumbs", "nav", "navbar",
        "navigation", "menu", "masthead", "pagination", "pager", "skip", "cookie", "cookies", "consent",
        "gdpr", "modal", "popup", "overlay", "banner", "sticky", "rail", "tags", "tag", "tagcloud",
        "keywords", "topics", "categories", "meta", "postmeta", "entrymeta", "prevnext", "navlinks",
    ), "navigation"),
    **dict.fromkeys((
        "ad", "ads", "advert", "advertisement", "advertising", "adsbygoogle", "dfp", "gpt", "sponsor",
        "sponsored", "promo", "promotion", "promoted", "commercial", "adslot", "adunit", "adcontainer",
    ), "advertisement"),
    **dict.fromkeys(
        ("author", "authors", "bio", "biography", "authorbio", "authorbox", "byline", "contributor"), "byline"
    ),
    **dict.fromkeys(("caption", "captions", "credit", "credits", "figcaption", "wpcaption", "photocredit"), "caption"),
}

# Class/id words that page builders also give to blocks of the story ("elementor-widget-wrap",
# "post-meta-wrapper", "has-rail-right"): an element they name is cut only when it is not mostly prose.
WEAK_WORDS = frozenset({"widget", "widgets", "meta", "nav", "navigation", "rail", "skip", "menu"})

# Whole class names that hide an element from readers (CSS the saved page would load).
HIDDEN_CLASSES = frozenset({
    "hidden", "hide", "invisible", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
    "screen-reader-only", "offscreen", "u-hidden", "is-hidden", "element-invisible", "print-only",
})

# class/id words of a standfirst (the dek under the headline).
DEK_WORDS = frozenset({
    "dek", "standfirst", "subtitle", "subheadline", "subhead", "summary", "excerpt", "deck", "strapline",
    "description", "abstract", "subtitulo", "sottotitolo", "lead", "lede",
})

# class/id words of a kicker: the topic label set over (or inside) the headline.
KICKER_WORDS = frozenset({
    "kicker", "overline", "eyebrow", "topline", "roofline", "supertitle", "overtitle", "dachzeile", "spitzmarke",
    "antetitulo", "antetitle", "occhiello", "surtitre", "surtitle", "chapeau",
})

# What sets a site's or a section's name apart from the headline in a title ("Rates rise | Daily Planet").
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " ⋆ ", " / ", " « ", " » ")
# What ends a kicker set before the headline in the same line ("Opinion | …", "Blog: …").
KICKER_SEPARATORS = (": ", " | ", " - ", " – ", " — ")

# Pieces of class names of elements that print the article's date (the visible byline date).
DATE_CLASS_HINTS = ("date", "time", "publish", "byline", "posted")

# JSON-LD @type values that describe the article itself, best first.
ARTICLE_TYPES = (
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
    "BackgroundNewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "TechArticle",
    "ScholarlyArticle", "Report", "Review",
)
PAGE_TYPES = ("WebPage", "ItemPage", "AboutPage", "CollectionPage")
# What a page that sells one thing says it is (JSON-LD @type, og:type; lower-cased) …
PRODUCT_PAGE_TYPES = frozenset({"product", "productgroup", "individualproduct", "product.item", "og:product"})
# … and the class/id words of what such a page shows besides the product: customers' reviews, carousels of others.
PRODUCT_PAGE_NOISE = {"reviews": "reviews", "review": "reviews", "carousel": "carousel"}

# Class words of the part of a figcaption that holds the picture's credit.
CREDIT_CLASS_WORDS = frozenset(
    {"credit", "credits", "copyright", "source", "photographer", "attribution", "byline", "photocredit"}
)
# A figure caption that ends with its credit ("… Photo by Jane Doe", "… © AFP", "… Jane Doe/AP").
FIGURE_CREDIT_TEXT = (
    r"^(?P<caption>.*?)(?<!\s)\s*+[(\[]?\s*+(?P<credit>(?:photo|picture|image|foto|imagem|credit|source|fonte|фото)s?\s*"
    r"(?:by|credit|:|/|©)\s*.{2,80}?|©\s*.{2,80}?"
    r"|\w[\w .&'-]{1,40}/(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg)[\w ]*)\s*[)\]]?$"
)
# A caption standing in the text: ends with a bracketed picture credit ("(Image: GETTY)").
BRACKETED_CREDIT = (
    r"^(?P<caption>.{10,300}?)(?<!\s)\s*[(\[]\s*(?P<credit>(?:photo|picture|image|pic|foto|imagem|immagine|фото)s?\s*"
    r"(?:by|credit)?\s*[:/©]?\s*[^()\[\]]{2,80}?)\s*[)\]]$"
)

# class/id words of the element that prints the author's name by the headline.
AUTHOR_CLASS_WORDS = frozenset({
    "author", "authors", "authorname", "byline", "bylines", "writer", "writers", "creator", "contributor",
    "contributors", "autor", "autore", "auteur", "verfasser", "reporter", "journalist",
})
# Path segments of links to an author's page ("/author/jane-doe/"), as regex alternatives.
AUTHOR_PATHS = (
    "author", "authors", "autor", "autores", "autore", "auteur", "auteurs", "contributor", "contributors",
    "writer", "writers", "people", "staff", "profile", "profiles", "team", "journalist", "journalists",
    "reporter", "reporters", "columnist", "columnists", "producers", "redaktion", "redazione", "by",
)

# Elements that never hold content and have no end tag (HTML's void elements).
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
