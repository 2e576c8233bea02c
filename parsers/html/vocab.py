"""How news pages are built, as data: tag sets and the class/id words of boilerplate.

The rules in :mod:`.boilerplate`, :mod:`.render` and :mod:`.body` read these tables;
add a site family's words here, never in the logic.
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
    "navigation", "advertisement", "newsletter", "share", "footer", "header", "form", "aside", "layout", "reviews", "comments",
    "carousel",
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
        ("author", "authors", "bio", "biography", "authorbio", "authorbox", "about", "byline", "contributor"), "byline"
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

# Pieces of class names of elements that print the article's date (the visible byline date).
DATE_CLASS_HINTS = ("date", "time", "publish", "byline", "posted")

# Whole blocks that are widget labels or ad markers (matched casefolded, stripped of punctuation).
LABEL_LINES = frozenset({
    "advertisement", "advertisment", "ad", "ads", "sponsored", "sponsored content", "continue reading",
    "continue reading below", "story continues below", "story continues below advertisement",
    "article continues below", "article continues below advertisement", "scroll to continue with content",
    "read more", "see more", "show more", "load more", "view comments", "comments", "leave a comment",
    "click to expand", "skip advertisement", "publicidade", "publicidad", "pubblicità", "реклама", "iklan",
    "광고", "广告", "loading", "loading...", "close", "back to top", "next", "previous", "more",
})

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

# Words that open an author value ("By Jane Doe", "Por Maria Silva"), cut before the names are split.
AUTHOR_PREFIX = (
    r"^(?:by|por|von|par|di|oleh|door|от|written by|posted by|reporting by|текст|text|texto|testo)\s*:?\s+"
)
# Where one author's name ends and the next begins: punctuation, or "and" in several languages.
AUTHOR_SEPARATORS = r"\s*(?:;|,|\band\b|&|\|)\s*|\s+(?-i:e|y|und|et|dan|и)\s+"

# A short byline block ("By Jane Doe", "Por Maria Silva", "Jane Doe | Reuters").
BYLINE_BLOCK = (
    r"(?:by|por|di|von|par|oleh|door|af|av|от|автор)(?:\s*[:\-]\s*|\s+)\S.{0,80}"
    r"|[\w .'-]{2,60}\s*[|/,]\s*(?:reuters|ap|afp|staff|bloomberg)"
)

# Class words of the part of a figcaption that holds the picture's credit.
CREDIT_CLASS_WORDS = frozenset(
    {"credit", "credits", "copyright", "source", "photographer", "attribution", "byline", "photocredit"}
)
# A figure caption that ends with its credit ("… Photo by Jane Doe", "… © AFP", "… Jane Doe/AP").
FIGURE_CREDIT_TEXT = (
    r"^(?P<caption>.*?)\s*[(\[]?\s*(?P<credit>(?:photo|picture|image|foto|imagem|credit|source|fonte|фото)s?\s*"
    r"(?:by|credit|:|/|©)\s*.{2,80}?|©\s*.{2,80}?"
    r"|\w[\w .&'-]{1,40}/(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg)[\w ]*)\s*[)\]]?$"
)
# A caption standing in the text: ends with a bracketed picture credit ("(Image: GETTY)").
BRACKETED_CREDIT = (
    r"^(?P<caption>.{10,300}?)\s*[(\[]\s*(?P<credit>(?:photo|picture|image|pic|foto|imagem|immagine|фото)s?\s*"
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

# Author strings that name no person.
NON_AUTHORS = frozenset({
    "staff", "admin", "administrator", "editor", "editors", "editorial", "editorial staff", "editorial team",
    "news desk", "newsdesk", "web desk", "webdesk", "desk", "redação", "redacao", "redazione", "redaksi",
    "редакция", "гость", "unknown", "anonymous", "guest", "author", "contributor", "staff writer", "staff reporter",
    "news staff", "wire", "the associated press staff", "full bio", "bio", "view profile", "profile", "about the author",
    "read more", "more", "all posts", "view all posts", "see all", "follow",
})

# Words of a job title printed after a name ("Jane Doe, AP Sports Writer"): such a part is no name.
JOB_WORDS = frozenset({
    "writer", "editor", "correspondent", "reporter", "columnist", "contributor", "producer", "journalist",
    "editor-at-large", "bureau", "chief", "intern", "photographer", "analyst", "repórter",
    "colunista", "redattore", "корреспондент", "wartawan", "director", "expert", "educator", "specialist",
    "consultant", "manager", "officer", "president", "founder", "co-founder", "ceo", "cto", "cfo", "strategist",
    "horticulturalist", "gardener", "astrologer", "grader", "dietitian", "nutritionist", "advisor", "adviser",
    "planner", "researcher", "scientist", "professor", "lecturer", "marketer", "designer", "developer", "engineer",
})

# Headings that open a list of other articles, in languages the shared line rules lack yet:
# the article is over (whole heading, casefolded, matched as a regex).
MORE_RELATED_HEADINGS = (
    r"voc[eê] (?:também )?(?:pode|poderá) gostar.{0,20}", r"(?:notícias|matérias|posts) relacionad[oa]s:?",
    r"(?:también )?te puede interesar:?", r"(?:noticias|notas|artículos) relacionad[oa]s:?",
    r"ti potrebbe interessare:?", r"potrebbe interessarti:?", r"articoli correlati:?",
    r"по теме:?", r"похожие (?:статьи|новости|материалы):?", r"(?:berita|artikel) terkait:?",
    r"more (?:stories|news|articles|headlines)(?: like this)?:?", r"(?:related|similar) posts?:?",
    r"trending (?:now|stories)?:?", r"editor'?s picks?:?", r"don'?t miss:?", r"latest (?:news|stories|headlines):?",
)

# Labels of a post's meta line ("05/10/2018 - Posted by Jane - Category: Health - Tags: …").
META_LINE_LABELS = (
    "posted by", "published by", "written by", "posted in", "filed under", "category:", "categories:", "tags:",
    "publicado por", "postado por", "escrito por", "categoria:", "publicado em", "pubblicato da", "pubblicato il",
    "diterbitkan", "ditulis oleh", "опубликовано", "рубрика:", "теги:",
)

# Labels of a printed date, by what they call it (matched as whole words, casefolded).
UPDATED_LABELS = (
    "updated", "last updated", "modified", "last modified", "reviewed", "fact checked", "atualizado", "actualizado",
    "aggiornato", "aktualisiert", "mis à jour", "mise à jour", "bijgewerkt", "opdateret", "oppdatert", "uppdaterad",
    "zaktualizowano", "aktualizováno", "обновлено", "оновлено", "diperbarui", "güncellendi", "更新",
)
PUBLISHED_LABELS = (
    "published", "posted", "first published", "submitted", "written", "publicado", "publicada", "pubblicato",
    "veröffentlicht", "publié", "publiée", "gepubliceerd", "publisert", "publiceret", "publicerad", "opublikowano",
    "publikováno", "опубликовано", "опубліковано", "diterbitkan", "yayınlanma", "发布", "発行",
)
# Labels of printed dates that are not the story's (a forum member's join date).
OTHER_DATE_LABELS = (
    "joined", "member since", "registered", "last seen", "last active", "since", "mitglied seit", "registriert",
    "inscrit", "membro desde", "miembro desde", "iscritto", "зарегистрирован",
)

# Words that open a time line ("Updated at 1:23 p.m.", "Publicado em 05/10/2018 às 10:00").
DATE_LABELS = (
    "updated", "last updated", "published", "posted", "first published", "modified", "atualizado", "publicado",
    "actualizado", "aggiornato", "pubblicato", "обновлено", "опубликовано", "diperbarui", "diterbitkan",
)
