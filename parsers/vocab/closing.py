"""Closing markers: headings and notes after which the article is over, or that stand outside it
(related lists, comments, tags, author bios, copyright, wire trailers, print-edition and editorial notes).

Each entry is matched against one whole stripped line, case-insensitively, unless said otherwise."""
from __future__ import annotations

COPYRIGHT = (
    r"(?:copyright|©|\(c\))(?:\s|$).{0,200}",
    r".{0,120}\ball rights reserved\b.{0,120}",
    r".{0,120}todos os direitos reservados.{0,60}",
    r".{0,120}tutti i diritti riservati.{0,60}",
    r".{0,120}все права защищены.{0,60}",
    r".{0,60}hak cipta dilindungi.{0,60}",
    r".{0,60}무단\s*전재.{0,80}",
)

# "All rights reserved" in the corpus languages: a line holding it is a copyright notice.
RIGHTS_RESERVED = (
    "all rights reserved", "todos os direitos reservados", "tutti i diritti riservati", "все права защищены",
    "hak cipta dilindungi", "무단 전재", "무단전재", "todos los derechos reservados", "tous droits réservés",
    "alle rechte vorbehalten", "版权所有", "無断転載", "著作権",
)

# Headings that start a list of links to other articles: the article is over.
RELATED_HEADINGS = (
    r"related(?: stories?| articles?| news| content| coverage| topics| reading)?:?",
    r"read (?:more|also|next)(?: on this topic)?:?",
    r"recommended(?: for you| stories)?:?",
    r"most (?:popular|read|viewed|shared)(?: stories| now)?:?",
    r"more (?:from|on|stories from|in) .{1,40}",
    r"you (?:may|might) (?:also )?like:?",
    r"(?:leia|veja) também:?",
    r"mais lidas?:?",
    r"leggi anche:?",
    r"читайте также:?",
    r"baca juga:?",
    r"관련\s*기사",
    r"相关(?:新闻|阅读|报道)",
    r"推荐阅读",
)

# Headings that open a list of other articles, in more languages: the article is over.
MORE_LINKS_LINES = RELATED_HEADINGS + (
    r"(?:more|other|latest|top|trending|popular|recent|related|similar|suggested) (?:stories|articles|news|posts"
    r"|videos|headlines|reads|links)(?: (?:from|on|in|for|by|about) .{1,40})?:?",
    r"(?:related|similar|recommended|suggested|latest|popular|trending)(?: posts| videos| links| searches)?:?",
    r"(?:what|who) to read next:?|(?:up|coming) next:?|editor'?s? picks?:?|don'?t miss:?|must read:?|in case you missed it:?",
    r"(?:more|also) (?:on|in|from|about) (?:this|our|the) (?:site|topic|story)\b.{0,40}|more (?:in|from|on) .{1,40}",
    r"most (?:popular|read|viewed|shared|commented|watched)\b.{0,40}|around the web:?|from (?:the|our) (?:web|partners?):?|sponsored (?:stories|links|content):?|promoted stories:?",
    r"(?:notícias|matérias|artigos|posts) relacionad[oa]s:?|(?:veja|leia) (?:mais|também)\b.{0,40}",
    r"você (?:também )?(?:pode|vai|poderá) (?:gostar|se interessar)\b.{0,20}|(?:pode|podem) (?:te |lhe )?interessar\b.{0,20}",
    r"ti (?:potrebbe|potrebbero) (?:piacere|interessare)\b.{0,20}|anda mungkin (?:suka|juga suka)\b.{0,20}",
    r"(?:también )?te (?:puede|pueden) interesar\b.{0,20}|vous aimerez (?:aussi|peut-être)\b.{0,20}",
    r"(?:últimas|mais) (?:notícias|lidas|vistas|populares)\b.{0,30}|(?:conteúdo|posts?) relacionados?:?",
    r"(?:articoli|notizie) (?:correlat[ie]|simili)\b.{0,20}|potrebbe interessarti:?|più lett[ie]:?|ultime notizie:?",
    r"(?:новости|статьи|материалы) по теме:?|похожие (?:новости|статьи|материалы):?|самое (?:читаемое|популярное):?",
    r"вам (?:также )?может (?:быть интересно|понравиться)\b.{0,20}|другие новости\b.{0,30}|популярное:?|читайте (?:также|еще|ещё)\b.{0,40}|последние новости:?",
    r"berita terkait:?|artikel terkait:?|terpopuler:?|berita lainnya:?|baca (?:juga|selengkapnya)\b.{0,40}|berita terkini:?",
    r"(?:noticias|artículos) relacionad[oa]s:?|(?:lo )?más (?:leíd[oa]s?|visto)\b.{0,20}",
    r"(?:articles|à lire) (?:similaires|aussi|également)\b.{0,20}|(?:les )?plus lus:?",
    r"(?:weitere|ähnliche) (?:artikel|nachrichten|themen):?|meistgelesen:?|mehr zum thema:?",
    r"más (?:noticias|información|artículos)\b.{0,30}|sur le même sujet:?|(?:auch|ebenfalls) interessant:?"
    r"|das könnte sie (?:auch )?interessieren:?|i più lett[ie]:?|(?:ver|voir|siehe|vedi|lihat) (?:también|aussi|auch|anche|juga):?|смотрите также:?",
    r"(?:많이|가장\s*많이)\s*본\s*(?:뉴스|기사)|인기\s*기사|주요\s*뉴스|다른\s*기사.{0,10}|최신\s*기사",
    r"関連(?:記事|ニュース)|人気(?:記事|ランキング)|おすすめ(?:記事)?|热门(?:新闻|文章)?",
)

# Comment sections: headings and prompts.
COMMENTS_LINES = (
    r"\d*\s*(?:comments?|responses?|replies|comentários?|commenti|комментари(?:и|ев)|komentar|comentarios|commentaires"
    r"|kommentare|댓글|コメント|评论)(?:\s*\(\d+\))?\s*:?",
    r"(?:join|start) the (?:discussion|conversation)\b.{0,60}|(?:leave|post|add|write) a (?:comment|reply|response)\b.{0,40}",
    r"no comments yet\b.{0,40}|comments? (?:are|is) closed\.?|(?:view|show|load|see|read) (?:all )?(?:\d+ )?comments?\b.{0,20}",
    r"deixe (?:um|seu) comentário\b.{0,30}|lascia un commento\b.{0,30}",
    r"(?:deja|dejar|escribe) (?:un|tu) comentario\b.{0,30}|(?:laisser|laissez|écrire) un commentaire\b.{0,30}"
    r"|kommentar (?:schreiben|verfassen|abgeben)\b.{0,30}|(?:напишите|оставьте|добавить) комментарий\b.{0,30}",
    r".{0,30}comments powered by .{1,30}",
    r"as you comment, please be respectful\b.{0,300}|comment(?:ing)? (?:rules|policy|guidelines)",
    # a blog's heading over its comments: "14 thoughts on “Title”", "One response to “Title”"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|responses?|comments?|replies|reactions?)"
    r" (?:on|to) [“\"«‘'].{1,200}",
)

# An author's bio or a company's boilerplate after the article ("About the author", "Sobre Carlos Nadalim").
ABOUT_LINES = (
    r"(?:about|sobre|su|об|tentang|à propos de|über|acerca de) (?:the authors?|o autor|a autora|os autores|l'autore"
    r"|gli autori|авторе|авторах|penulis|l'auteur|den autor|el autor)\s*:?",
    r"(?:about|sobre|tentang)(?-i: [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})\s*:?",
    r"(?:글쓴이|기자\s*소개|著者(?:について|紹介)|作者简介|关于作者)",
)

ABOUT_KEYS = ("about", "sobre", "su ", "об ", "tentang", "à propos", "über", "acerca", "글쓴이", "기자", "著者", "作者", "关于")

# Tag and topic lists under the article.
TAGS_LINES = (
    r"(?:tags?|topics?|filed under|tagged(?: with)?|categor(?:y|ies)|keywords?|etiquetas|marcadores|tópicos|temas"
    r"|argomenti|parole chiave|теги|метки|тэги|ключевые слова|태그|키워드|タグ|标签|mots-clés|mots clés|étiquettes"
    r"|schlagworte|schlagwörter|stichworte|stichwörter|palabras clave)\s*[:：]?(?:\s.{0,200}|$)",
)

# Inline links to other stories inside the article: "Related: …", "Read more: …", "Baca juga: …".
RELATED_LINK_LINES = (
    r"(?:related(?: posts?| stories| articles?| links?| reading| coverage)?|read more|read also|see also|see more|also read|also"
    r"|more|watch|listen|leia (?:mais|também)|veja (?:mais|também)"
    r"|saiba mais|leggi anche|читайте (?:также|еще|ещё)|смотрите также|baca juga|simak juga|lea también"
    r"|lire aussi|mehr dazu|관련\s*기사|lee también|ver también|voir aussi|à lire aussi|siehe auch|vedi anche"
    r"|lihat juga)\s*[:：|»>-]\s*.{3,150}",
    r"(?:also )?on (?:[\w-]+\.)+[a-z]{2,6}\s*:?\s.{3,150}(?<![.])",  # "Also on example.com Another story"
)

# "Reporting by Jane Doe; Editing by John Roe": the trailer that closes a wire story.
REPORTING_TRAILER_LINES = (
    r"\(?(?:additional |contributing )?(?:reporting|writing|editing|compiled|research)(?: and \w+)? by\b.{2,300}",
    r"\(?(?:reportagem|reportaggio|редактор|penulis|editor|redação|редакция)\s*[:：].{2,120}",
)

# "Associated Press writer Dana Wu contributed to this report.", "Ann Lee contributed reporting from Paris."
CONTRIBUTED_TRAILER = (
    r"[^!?]{3,200}\bcontributed (?:to this (?:report|story|article)|reporting|additional reporting)\b[^!?.]{0,160}\.?"
)
# A related-story link without punctuation after its label: "Lire aussi Le nombre d'élèves …" (the labels
# first, lower case, for a plain-string test).
RELATED_LINK_LABELS = (
    "à lire aussi", "lire aussi", "read also", "leia também", "leggi anche", "lee también", "lea también", "baca juga",
    "simak juga", "читайте также", "voir aussi",
)
RELATED_LINK_BARE = ("(?:" + "|".join(RELATED_LINK_LABELS) + r")\s+.{3,150}",)
# Notes that the story ran in print: "Published in the print edition of the December 2, 2019, issue".
PRINT_EDITION_LINES = (
    r"(?:this (?:article|story) (?:was )?|it (?:was )?)?(?:published|appeared|appears|printed|ran) in (?:the )?"
    r"(?:print\b|[^!?]{0,80}?\bprint (?:edition|issue)\b).{0,200}",
    r"a version of this [\w ]{2,20} (?:appeared|appears|was published|ran)\b.{0,200}",
    r"(?:cet article|article paru|paru|dieser artikel|der artikel|erschienen|este artículo|publicado|este artigo"
    r"|questo articolo|pubblicato|статья)[^.!?]{0,80}(?:édition papier|édition imprimée|printausgabe|edición impresa"
    r"|edição impressa|edizione cartacea|печатн\w+ (?:версии|выпуске|номере))\b.{0,160}",
)
# How such a note starts (a plain startswith test before the patterns).
PRINT_EDITION_STARTS = (
    "Published", "Appeared", "Appears", "Printed", "Ran ", "A version", "This article", "This story", "It was", "It ran",
    "Cet article", "Article paru", "Paru", "Dieser Artikel", "Der Artikel", "Erschienen", "Este artículo", "Publicado",
    "Este artigo", "Questo articolo", "Pubblicato", "Статья",
)
# A note under an opinion piece or an interview: "The views expressed … are the author's own",
# "This interview has been edited and condensed for clarity."
EDITORIAL_NOTE_LINES = (
    r"(?:the )?(?:views|opinions) expressed (?:in this|here|by|in these|in the)\b.{0,200}",
    r"(?:this|the) (?:interview|conversation|q&a|transcript|exchange) (?:has been|was|have been) (?:lightly )?"
    r"(?:edited|condensed)\b.{0,100}|(?:interview |responses )?(?:lightly )?edited (?:and|&) condensed\b.{0,100}",
)
EDITORIAL_NOTE_KEYS = ("expressed", "condensed", "edited")  # found in the line as printed: mid-sentence words

# More headings over a list of other articles, read by the HTML path beside RELATED_HEADINGS (the generic
# text path has their like among MORE_LINKS_LINES): the article is over. Merged into RELATED_HEADINGS they
# would only rename what the text path's --explain says removed them.
MORE_RELATED_HEADINGS = (
    r"voc[eê] (?:também )?(?:pode|poderá) gostar.{0,20}", r"(?:notícias|matérias|posts) relacionad[oa]s:?",
    r"(?:también )?te puede interesar:?", r"(?:noticias|notas|artículos) relacionad[oa]s:?",
    r"ti potrebbe interessare:?", r"potrebbe interessarti:?", r"articoli correlati:?",
    r"по теме:?", r"похожие (?:статьи|новости|материалы):?", r"(?:berita|artikel) terkait:?",
    r"more (?:stories|news|articles|headlines)(?: like this)?:?", r"(?:related|similar) posts?:?",
    r"trending (?:now|stories)?:?", r"editor'?s picks?:?", r"don'?t miss:?", r"latest (?:news|stories|headlines):?",
)
