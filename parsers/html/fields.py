"""Where pages put each metadata field, as data, best source first.

Meta keys are the lower-cased ``property``/``name``/``itemprop`` of ``<meta>``;
itemprop keys are lower-cased ``itemprop`` values of any element.
"""
from __future__ import annotations

META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("og:title", "twitter:title", "sailthru.title", "dc.title", "parsely-title"),
    "authors": (
        "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator", "dcterms.creator",
        "og:article:author", "citation_author", "cxenseparse:author", "article.author",
    ),
    "published": (
        "article:published_time", "article:published", "og:article:published_time", "og:published_time",
        "published_time", "article.published", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "date_published", "datepublished", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
        "dcterms.issued", "sailthru.date", "parsely-pub-date", "originalpublicationdate",
        "cxenseparse:recs:publishtime",
        "release_date", "displaydate", "dc.date.created", "published", "published-date", "publication_date",
        "publication-date",
    ),
    "updated": (
        "article:modified_time", "article:modified", "og:updated_time", "og:article:modified_time", "modified_time",
        "datemodified", "article.updated", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod",
        "revised", "modified-date",
    ),
    "section": ("article:section", "og:article:section", "section", "parsely-section", "sailthru.section",
                "dc.subject"),
    "site_name": ("og:site_name", "application-name", "apple-mobile-web-app-title", "dc.publisher"),
    "description": ("og:description", "description", "twitter:description", "dc.description"),
    "url": ("og:url", "twitter:url", "cxenseparse:url"),
    "language": ("content-language", "og:locale", "dc.language", "language", "inlanguage"),
}

ITEMPROP_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("headline",),
    "authors": ("author", "creator"),
    "published": ("datepublished", "datecreated"),
    "updated": ("datemodified", "dateupdated"),
    "section": ("articlesection",),
    "description": ("description", "alternativeheadline"),
}

JSONLD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("headline", "name", "alternativeHeadline"),
    "authors": ("author", "creator"),
    "published": ("datePublished", "dateCreated"),
    "updated": ("dateModified", "dateUpdated"),
    "section": ("articleSection",),
    "description": ("description", "abstract"),
    "url": ("url", "mainEntityOfPage", "@id"),
    "language": ("inLanguage",),
}

# Sources read only when the article's own metadata gives no time: a page's loose
# ``<time>`` elements also date the teasers around the article.
FALLBACK_SOURCES = frozenset({"time[datetime]"})
