"""Header labels: what stands around a headline and is not the section, the byline or the story
(category leads, date hints, buttons, genres, key points, video labels, time-zone notes, running times)."""
from __future__ import annotations

# "Headline | Site", "Headline - Site".
SITE_SUFFIX = r"(?P<title>.{12,}?)(?<!\s)\s+(?:\||[-–—·•:])\s+(?P<site>[^|]{2,40})"

# A line that is (mostly) a date or a time: month names in the corpus languages, numeric dates, clock times.
DATE_HINT = (
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b\d{1,2}\s+(?:de\s+)?(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    r"|dezembro|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maret"
    r"|mei|juni|juli|agustus|oktober|desember|enero|febrero|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b"
    r"|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b"
    r"|\d{4}\s*년\s*\d{1,2}\s*월|\d{4}年\d{1,2}月|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b"
    r"|\b(?:published|publish date|date|updated|modified|current as of|posted|publicado|atualizado|pubblicato|aggiornato|опубликовано|обновлено|diperbarui"
    r"|diterbitkan|입력|수정|기사입력|更新)\b"
)

# The lead of a line under a blog post's headline that names the category it is filed in ("Posted in Databases").
CATEGORY_LEADS = (
    "posted in ", "filed in ", "posted under ", "categorized as ", "categorised as ", "categorized in ",
    "categorised in ", "publicado en ", "publicado em ", "pubblicato in ", "publié dans ", "veröffentlicht in ",
    "опубликовано в ", "diposting di ", "diposting dalam ",
)

# A live page's time-only stamp standing alone before an entry: "Posted at 20:41", "Updated 21:05 GMT", "14:05".
ENTRY_TIME_STAMP = (
    r"(?:(?:posted|updated|published|added)(?: at)?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d"
    r"(?:\s*(?:[ap]\.?m\.?|(?-i:[A-Z]{2,5})))?"
)

# Buttons printed by the headline or the columnist's box: skipped when looking for the section.
BUTTON_LABELS = frozenset(("follow", "+ follow", "follow author", "following", "folgen", "seguir", "suivre", "segui",
                           "ikuti", "подписаться"))
# Notices that stand where a kicker would: the page has no section label there.
RELEASE_NOTICES = frozenset(("for immediate release", "immediate release", "for release", "news release"))
# The kind of story, not where it sits: the section is the label above one, when there is one.
GENRE_LABELS = frozenset((
    "match report", "report", "interview", "interviews", "q&a", "review", "reviews", "analysis", "explainer",
    "live", "feature", "features", "press release", "exclusive", "fact check", "podcast", "video", "gallery",
    "analyse", "reportage", "entrevista", "análise", "análisis", "entretien", "интервью", "анализ", "wawancara",
))
# Headings of site-wide lists run across the top of the page ("Trending:"), not of the story's own topics.
SITE_WIDE_LIST_WORDS = ("trending", "popular", "most read", "hot topics", "top stories")
# A columnist's short biography under their name, above the headline: "NAME is a former deputy governor …".
AUTHOR_BIO_VERBS = (" is ", " was ", " ist ", " war ", " est ", " es ", " é ", " è ", " adalah ")
# Headings of a list that stands under the headline as its standfirst ("Summary" + short lines, on live pages).
KEY_POINTS_HEADINGS = frozenset((
    "summary", "key points", "highlights", "in brief", "at a glance", "in short", "what we know", "the essentials",
    "das wichtigste in kürze", "auf einen blick", "resumo", "resumen", "en bref", "l'essentiel", "in sintesi",
    "главное", "poin penting", "要点", "요약",
))
# The label over a video player that heads a story, above the clip's title and blurb.
VIDEO_LABELS = frozenset(("video", "watch", "watch video", "play video", "now playing", "vídeo", "vidéo"))
# A live page's note on the time zone of its entry stamps: "All times stated are UK", "All times ET".
TIME_ZONE_NOTE = (
    r"(?:all )?times (?:stated |shown |given |listed |quoted )?(?:are )?(?:in )?"
    r"(?:(?-i:[A-Z]{2,5})|local|eastern|pacific|central|mountain)(?: time| times)?\.?"
)
# A video's running time printed under its title in a player or a playlist, alone or with the
# clip's source: "02:14", "1:02:14", "02:14 - Source: CNN" (a date after the bar is no source: "15:23 | 19.11.2019").
RUNNING_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?P<source>\s+[-–—|]\s+(?i:source|fonte|fuente|quelle|video)\b.*)?"

# Labels of a post's meta line ("05/10/2018 - Posted by Jane - Category: Health - Tags: …").
META_LINE_LABELS = (
    "posted by", "published by", "written by", "posted in", "filed under", "category:", "categories:", "tags:",
    "publicado por", "postado por", "escrito por", "categoria:", "publicado em", "pubblicato da", "pubblicato il",
    "diterbitkan", "ditulis oleh", "опубликовано", "рубрика:", "теги:",
)

# Words that open a time line ("Updated at 1:23 p.m.", "Publicado em 05/10/2018 às 10:00").
DATE_LABELS = (
    "updated", "last updated", "published", "posted", "first published", "modified", "atualizado", "publicado",
    "actualizado", "aggiornato", "pubblicato", "обновлено", "опубликовано", "diperbarui", "diterbitkan",
)

# Labels of a printed date, by what they call it (matched as whole words, casefolded): the story's
# publication, its update, or a date that is not the story's (a forum member's join date).
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
OTHER_DATE_LABELS = (
    "joined", "member since", "registered", "last seen", "last active", "since", "mitglied seit", "registriert",
    "inscrit", "membro desde", "miembro desde", "iscritto", "зарегистрирован",
)
