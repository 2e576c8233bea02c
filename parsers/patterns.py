"""Boilerplate vocabulary and shapes, kept as data apart from the rules that use them.

Each entry is a regular expression matched against one whole, stripped line
(case-insensitive). Add a language's words here, never in the rule functions.
"""
from __future__ import annotations

import re

from .lazyre import LazyPattern, lazy

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

SHARE_WIDGETS = (
    r"share(?: this(?: article| story)?| on (?:facebook|twitter|x|linkedin|whatsapp))?",
    r"(?:tweet|facebook|twitter|linkedin|whatsapp|email|e-mail|print|copy (?:this |the )?link|copied|download|pinterest"
    r"|reddit|weibo|wechat)",
    r"(?:compartilh(?:e|ar)|partilh(?:e|ar)|condividi|teilen|partager|compartir|поделиться|bagikan|공유(?:하기)?|分享(?:到)?)",
)

NEWSLETTER = (
    r".{0,80}\b(?:sign up|subscribe)\b.{0,40}\bnewsletters?\b.{0,80}",
    r".{0,40}\bnewsletters?\b.{0,20}\b(?:sign up|subscribe)\b.{0,80}",
    r"(?:subscribe|sign up) (?:now|today|here)\b.{0,80}",
)

# "(with input from agencies)", "(Source: Xinhua)", "Reporting by Jane Doe; Editing by John Roe"
AGENCY_CREDIT_LINE = r"\((?:with (?:input|inputs|reporting) from|source:|sources:)\s*(?P<who>[^)]{2,80})\)"

# Caption credits at the end of a caption line: ".../AP", "... /CGTN", "... /Xinhua"
SLASH_CREDIT = r"^(?P<caption>.{20,}?[.!?)\"”’]?)\s*/\s*(?P<credit>[A-Z][\w&.' -]{0,30}?|[A-Z]{2,}(?:\s*[/,]\s*[A-Z]\w+)*)$"
# A caption's credit after its last sentence: the agency in capitals, then the photographer and notes set apart by
# slashes, as Reuters and Spanish agencies print them ("… in Buenos Aires. EFE/Juan Roncoroni/Archivo", "REUTERS/Jane Doe").
AGENCY_SLASH_CREDIT = (
    r"(?P<caption>.{10,}?[.!?\"”’)])\s+(?P<credit>[A-Z]{2,}(?:\s*/\s*[A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){0,3}){1,3})"
)


def compile_line_patterns(patterns: tuple[str, ...]) -> LazyPattern:
    """One regex matching a whole line against any of ``patterns``.

    >>> compile_line_patterns(SHARE_WIDGETS).fullmatch("Share") is not None
    True
    """
    return lazy("(?:" + "|".join(patterns) + r")\s*", re.IGNORECASE)



def compile_phrases(phrases: tuple[str, ...]) -> LazyPattern:
    """One regex finding any of ``phrases`` anywhere in a line (use ``search``).

    >>> compile_phrases(COOKIE_PHRASES).search("This site uses cookies to improve it.") is not None
    True
    """
    return lazy("(?:" + "|".join(phrases) + ")", re.IGNORECASE)


# Characters from the most to the least frequent in Latin-script running text; others are rarer still.
_COMMON_CHARACTERS = " etaoinsrhldcumpfgbywvkjxqz"


def key_search(keys: tuple[str, ...]) -> str:
    """A regex finding any of the literal ``keys`` from one of its rare characters: a search stops
    only where one of the :func:`key_anchors` stands and looks back for the rest of the key (the
    screen's keys hold letters such as "b", "y", "@" that few places of a line do).

    >>> key_search(("subscri", "buy", "@"))
    '@|b(?:(?<=sub)scri|uy)'
    """
    anchors = key_anchors(keys)
    rarity = {char: _rarity(char) if char in anchors else -1 for char in set("".join(keys))}.__getitem__
    groups: dict[str, list[str]] = {}
    for key in keys:
        at = key.index(max(key, key=rarity))
        look = f"(?<={re.escape(key[:at + 1])})" if at else ""
        groups.setdefault(key[at], []).append(look + re.escape(key[at + 1:]))
    return "|".join(re.escape(char) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                    for char, rests in sorted(groups.items()))


def key_anchors(keys: tuple[str, ...]) -> frozenset[str]:
    """Few and rare characters, one of which each key holds: each key's rarest, less every common
    one the keys can do without ("buy" holds the "b" of "subscri": no stop at every "y").

    >>> sorted(key_anchors(("subscri", "buy", "@")))
    ['@', 'b']
    """
    rarity = {char: _rarity(char) for char in set("".join(keys))}.__getitem__
    anchors = {max(key, key=rarity) for key in keys}
    holding: dict[str, list[set[str]]] = {}  # anchor -> the characters of each key that holds it
    for key in keys:
        chars = set(key)
        for char in chars & anchors:
            holding.setdefault(char, []).append(chars)
    for char in sorted(anchors, key=lambda c: (rarity(c), c)):  # the most common first
        anchors.discard(char)
        if any(chars.isdisjoint(anchors) for chars in holding[char]):
            anchors.add(char)  # a key needs it
    return frozenset(anchors)


def _rarity(char: str) -> int:
    found = _COMMON_CHARACTERS.find(char)
    return len(_COMMON_CHARACTERS) if found < 0 else found


# ---------------------------------------------------------------------------
# Vocabulary of the generic text parser (whole-page dumps of any outlet).
# Two shapes: *_LINES are whole-line patterns (``compile_line_patterns``),
# *_PHRASES are found anywhere in a line not longer than the rule's limit.
# ---------------------------------------------------------------------------

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

# Cheap screens: a line holds one of these (lower-cased) before the phrases are searched.
COOKIE_KEYS = ("cookie", "쿠키", "クッキー")
SUBSCRIPTION_KEYS = (
    "sign up", "subscri", "register", "newsletter", "inbox", "e-mail", "email", "inscreva", "assine", "cadastre", "подпиш",
    "iscriviti", "abbonati", "подпис", "berlangganan", "suscríb", "abonne", "abonnieren", "구독", "購読",
    "log in", "login", "free", "journalism", "member", "patron", "reached", "you have read", "affiliate",
    "purchase", "buy", "signing", "clicking", "share your", "sell your", "the latest", "breaking news", "our ",
)
# Words that every match of SUBSCRIPTION_PHRASES holds, phrase by phrase: the rules' screen looks for
# these, narrower than SUBSCRIPTION_KEYS ("our ", "free", "buy" stand in much prose).
SUBSCRIPTION_PHRASE_KEYS = (
    "sign up", "subscri", "register", "newsletter", "enter your", "inscreva", "assine", "cadastre", "iscriviti", "подпиш",
    "abbonati", "подпис", "berlangganan", "suscríb", "abonne", "abonnier", "구독", "購読", "to read the full story",
    "log in", "login", "free account", "journalism", "become a", "no spam", "get breaking", "join our", "inbox",
    "breaking news", "the latest", "get our", "affiliate", "when you", "free article", "you have", "signing",
    "clicking", "share your", "sell your",
)

# Keys of the line patterns that start with ".{" (with RIGHTS_RESERVED): newsletter and comment widgets.
SCREEN_KEYS = (
    "newsletter", "comments powered",
)

COOKIE_PHRASES = (
    r"\b(?:uses?|use of|accept(?:ing)?|consent to|agree to|allow|enable|store) (?:the use of )?(?:\w+ )?cookies\b",
    r"\bcookies? (?:policy|settings|preferences|notice|consent|statement)\b",
    r"\b(?:utiliza|usamos|usa|utilizamos) cookies\b|\bcookies? (?:e|and) tecnologias\b|\butilizziamo (?:i )?cookie\b",
    r"\bиспользует(?:ся)? (?:файлы )?cookie\b|\bmenggunakan cookie\b|쿠키|クッキー|\bcookies? (?:utilisés|nutzen)\b",
    r"\b(?:verwenden|nutzen|setzen|benutzen) (?:wir )?cookies\b|\bcookies und ähnliche technologien\b",
)
COOKIE_LINES = (
    r"(?:accept|allow|reject|decline|manage|refuse)(?: all)?(?: cookies)?|i (?:accept|agree)|got it!?|ok(?:ay)?,? i agree",
    r"(?:aceitar|aceito|concordo|accetto|accetta|принять|setuju|동의)(?: (?:todos )?(?:os )?cookies)?",
    r"(?:alle )?(?:akzeptieren|zustimmen|ablehnen)|einstellungen verwalten|nur notwendige cookies|datenschutz-?einstellungen"
    r"|tout (?:accepter|refuser)|(?:aceptar|rechazar) todo",
)

# Share, follow, print and comment buttons; lines made only of them.
_SOCIAL_WORD = (
    r"(?:share|tweet|facebook|twitter|linkedin|whatsapp|telegram|email|e-mail|print|pinterest|reddit|flipboard"
    r"|mix|pocket|tumblr|instagram|youtube|rss|vk|line|google\+?|kakao(?:talk|story)?|naver|band|sms|copy link|copied!?"
    r"|url ?copied!?|comments?|save|bookmark|pin|pint|baixar|download|salvar|scarica|скачать|unduh|messenger|gmail|weibo|wechat|qq|mail|imprimir|stampa|печать"
    r"|cetak|인쇄|스크랩|\d+)"
)
SHARE_LINES = (
    r"(?:" + _SOCIAL_WORD + r"[\s,|·•/]*){2,12}",
    r"(?:show|hide|close)(?: extra)? (?:more )?sharing options.{0,40}|share (?:close )?extra sharing options",
    r"sharing is caring!?|share (?:this|the) (?:article|story|post|page|video)\b.{0,40}|\d+\s*shares?|shares?",
    r"(?:like|liked|love|enjoy|enjoyed) this (?:story|article|post)\?\s*share it\b.{0,40}",
    r"follow (?:us|@?\w+)(?: on \w+)?(?: for .{1,40})?:?|like us on facebook\b.{0,40}|siga-nos\b.{0,40}|seguici\b.{0,40}",
    r"(?:share|compartilhe|compartilhar|condividi|поделиться|bagikan|공유)(?: (?:on|via|no|su|в|ke))? .{1,30}",
    r"(?:click|tap) (?:here )?to (?:share|print|email|tweet)\b.{0,60}|(?:print|email|e-mail|share) (?:this )?(?:article|story|page)",
    r"(?:font|text) size:?.{0,20}|(?:increase|decrease) (?:font|text)(?: size)?|a\+?\s*a-?|aa",
    r"listen to (?:this )?(?:article|story)\b.{0,30}|(?:\d+ )?min(?:ute)?s? (?:read|listen)|reading time:?.{0,20}",
    r"\d+\s*(?:min|minutos?|minuti|мин\.?|menit|분)\.?\s*(?:read|de leitura|di lettura|чтения|baca)?",
)

SUBSCRIPTION_PHRASES = (
    r"\b(?:sign up|subscribe|register)\b.{0,40}\b(?:newsletters?|updates|alerts|mailing list|briefing|digest)\b",
    r"\bnewsletters?\b.{0,40}\b(?:sign up|subscribe|inbox|delivered)\b|\benter your (?:e-?mail|email address)\b",
    r"\b(?:inscreva-se|assine|cadastre-se|iscriviti|abbonati|подпишитесь|подписаться|berlangganan|suscríbete"
    r"|abonnez-vous|abonnieren|구독(?:하기)?|購読)\b",
    r"\b(?:receba|recebe|recibe|recevez|ricevi|erhalten sie)\b.{0,30}\bnewsletter",
    r"\b(?:already (?:a )?subscriber|subscribers? only|subscribe to (?:read|continue)|to read the full story"
    r"|log ?in to (?:continue|read)|create (?:a )?free account)\b",
    r"\b(?:support (?:independent|quality|our) journalism|become a (?:member|subscriber|patron))\b",
    r"\bsubscribe to our\b|\bunsubscribe at any time\b|\bno spam\b|\bget breaking\b.{0,30}\bnews\b",
    r"\bsubscribe to (?:the|my) [\w .-]{1,40}\bchannel\b",
    r"\bjoin our\b.{0,30}\b(?:forums?|community|newsletter|mailing list|discord|group)\b",
    r"\b(?:meet|to|in) your inbox\b|\bget (?:breaking news|the latest|our)\b.{0,40}\b(?:alerts|updates|newsletters?|e-?mails?)\b",
    r"\b(?:affiliate commission|when you (?:buy|purchase) (?:something )?(?:through|via|using) (?:links|our links))\b",
    r"\b(?:free articles? (?:left|remaining)|you have (?:reached|read) .{0,30}(?:limit|articles?))\b",
    r"\b(?:by (?:signing up|subscribing|clicking)|we (?:will )?(?:never|won'?t) (?:share|sell) your)\b",
)
SUBSCRIPTION_LINES = (
    r"(?:breaking news |news )?(?:e-?mails?|alerts?|notifications?)|(?:get|turn on) (?:the )?(?:app|notifications|alerts)\b.{0,60}",
    r"(?:e-?mail )?newsletters?|subscribe to .{1,40}|(?:sign up|subscribe|register|join|sign in|log ?in|log ?out|my account|manage (?:my )?account"
    r"|donate|contribute)"
    r"(?: (?:now|today|here|for free|free))?[!.]?|your e-?mail(?: address)?:?|e-?mail address:?",
)

ADVERTISING_LINES = (
    r"(?:advertisement|advertising|sponsored(?: content| by .{1,40})?|ads?|promoted(?: content)?|paid (?:content|post)"
    r"|story continues below(?: advertisement)?|continue reading (?:the main story|below)|article continues (?:below|after).{0,30}"
    r"|publicidade|pubblicità|publicidad|publicité|anzeige|реклама|iklan|광고|広告|广告|scroll to continue.{0,30}"
    r"|sponsored links?|スポンサー(?:ド)?リンク|赞助(?:链接)?|파워링크|conteúdo patrocinado|contenuto sponsorizzato"
    r"|(?:skip|close) (?:ad|advertisement)|report (?:this )?ad|ad ?choices|what is this\??|thanks for watching!?.{0,30})",
)

# Skip links and menu labels: nothing of an article is ever worded so.
NAVIGATION_LINES = (
    r"(?:skip|jump) to (?:main )?(?:content|navigation|site index|search|footer|article)\b.{0,20}",
    r"(?:you are here|você está (?:aqui|em)|sei in|вы здесь|anda di sini)\s*:.{0,100}",
    r"(?:main |open |close |toggle )?(?:menu|navigation|nav)(?: (?:open|close|toggle))?|[-–—\s]*menu[-–—\s]*",
    r"search(?: \w+){0,3}|home(?:page)?|back to top\b.{0,10}|previous(?: article| post)?|next(?: article| post)?"
    r"|previous next|more|less|close|open|x|×|☰|«|»|≡|loading\.*|load more|see more|show more|view more|see all"
    r"|view all(?: \(\d+\))?",
    r"(?:image|photo|picture|slide|foto)\s+\d+\s+(?:of|de|di|из)\s*/?\s*\d+|back to (?:the )?gallery",
    r"(?:my )?account|profile|login|entrar|accedi|войти|masuk|로그인|menu principal|главная",
    r"(?:go )?back|voltar|volver|indietro|назад|kembali|retour|zurück|이전|戻る|返回",
    r"(?:read(?: more)?|continue reading|full story|read (?:the )?full (?:article|story)|leia mais|leggi (?:tutto|di più)"
    r"|читать (?:далее|полностью|дальше)|selengkapnya|더\s*보기|続きを読む)\s*[»›→>.…]*",
    r"(?:breaking news|live|trending(?: now)?|latest(?: news)?|top stories|just in|watch|video|photos?|gallery):?",
)

# A breadcrumb trail ("Home » World"), a navigation line too. It may start with any character, so the
# rules' screen looks for its separators (BREADCRUMB_KEYS) instead; the look-ahead fails a line
# without one in a single pass, not by backtracking.
BREADCRUMB_LINES = (
    r"(?=[^»›>]*[»›>])(?:(?:[^»›>\n]{1,40}\s[»›>]\s){1,6}[^»›>\n]{0,80}|[^»›>\n]{1,40}\s*[»›])",
)
BREADCRUMB_KEYS = ("»", "›", ">")

FOOTER_PHRASES = (
    r"\b(?:privacy (?:policy|notice|statement|settings)|terms (?:of|and) (?:use|service|conditions)"
    r"|cookie policy|contact us|about us|advertise with us|site ?map|do not sell my (?:personal )?info)",
    r"(?:política de privacidade|termos de uso|fale conosco|quem somos|informativa (?:sulla )?privacy"
    r"|chi siamo|политика конфиденциальности|kebijakan privasi|tentang kami|개인정보\s*처리\s*방침|이용약관"
    r"|プライバシーポリシー|利用規約)",
    r"\bpowered by\b|\b(?:is a (?:registered )?trademark|a division of)\b",
    r"\b(?:CNPJ|P\.? ?IVA|partita iva|ИНН|ОГРН|NPWP|사업자\s*등록\s*번호)\b",
)
# Keys of the footer phrases for the rules' screen, which looks for them in the lower-cased line.
FOOTER_KEYS = (
    "privacy", "terms ", "cookie policy", "contact us", "about us", "advertise with us", "site map", "sitemap",
    "do not sell my", "política de privacidade", "termos de uso", "fale conosco", "quem somos", "informativa",
    "chi siamo", "политика конфиденциальности", "kebijakan privasi", "tentang kami", "개인정보", "이용약관",
    "プライバシーポリシー", "利用規約", "powered by", "trademark", "a division of", "partita iva", "사업자",
    "cnpj", "piva", "p.iva", "p iva", "p. iva", "инн", "огрн", "npwp",
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

# Contact and follow lines of the author or the outlet, and the publisher's own notice.
CONTACT_PHRASES = (
    r"\b[\w.+-]+@[\w-]+\.[a-z]{2,}|\bfollow (?:him|her|them|me|us)\b.{0,40}@\w+"
    r"|\b(?:e-?mail|contact|write to) (?:him|her|them|the author)\b",
)
PUBLISHER_PHRASES = (
    r"\bis part of [\w .,&'-]{2,60}\b(?:inc|ltd|llc|plc|group|media|network)\b|\bvisit our corporate site\b",
)
# Keys of the contact and publisher phrases for the rules' screen.
CONTACT_KEYS = ("@", "is part of", "corporate site")

# "Reporting by Jane Doe; Editing by John Roe": the trailer that closes a wire story.
REPORTING_TRAILER_LINES = (
    r"\(?(?:additional |contributing )?(?:reporting|writing|editing|compiled|research)(?: and \w+)? by\b.{2,300}",
    r"\(?(?:reportagem|reportaggio|редактор|penulis|editor|redação|редакция)\s*[:：].{2,120}",
)

# Author bylines: the prefix and the roles and handles removed from names.
BYLINE_LINE = (
    r"(?:(?:written|words|story|text|posted|reported|published|report|analysis|commentary|opinion|review|photos?"
    r"|interview(?:ed)?|edited|compiled|live reporting) by|by|por|oleh|von|par|автор|авторы"
    r"|(?:escrit[oa]|publicad[oa]|postad[oa]) por|(?:scritto|pubblicato|a cura) di|écrit par|geschrieben von|ditulis oleh"
    r"|penulis|reporter|repórter|reportagem|redator|texto|testo di|di|текст и фото|фото и текст|текст)\s*[:：]?\s+(?P<names>.{2,160})"
)
# Korean and Japanese bylines put the role after the name: "김민수 기자", "山田太郎 記者".
CJK_BYLINE = (
    r"(?:\[?[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*(?:기자|특파원|선임기자|객원기자|논설위원|칼럼니스트)\]?"
    r"|[\u4e00-\u9fff\u3040-\u30ff]{2,6}\s*(?:記者|特派員|编辑|记者))(?:\s+[\w.+-]+@[\w.-]+)?"
)
BYLINE_LABEL = r"(?:by|author|authors|written by|posted by|por|autor|autore|autori|автор|авторы|penulis|oleh|글|기자|著者)\s*[:：]?"
BYLINE_ROLE = (
    r"(?:,|\||\s[-–—]\s|\s)\s*(?:(?:senior|chief|staff|special|contributing|political|foreign|national|deputy|associate"
    r"|managing|executive|science|tech|health|sports|opinion|guest|investigative|white house|business|entertainment)\s+)*"
    r"(?:staff writer|writer|reporter|correspondent|contributor|columnist|editor(?:[- ]at[- ]large)?|producer|journalist"
    r"|analyst|critic|photographer|author|staff|repórter|colunista|redator|giornalista|корреспондент|обозреватель"
    r"|wartawan|기자|특파원|記者)s?\b.*"
)
# Where the names of a byline end: an "Updated …" label, a digit, a date.
AUTHOR_NAMES_END = (
    r"\s+(?:updated|published|posted|last updated|on|em|il|le|follow|seguir|segui)\b|\s*\d"
    r"|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
)
ROLE_WORD = (
    r"\b(?:writer|reporter|correspondent|contributor|columnist|editor|producer|journalist|staff|repórter|reportera?"
    r"|corrispondente|corresponsal|correspondant|korrespondent|colunista|redator|redattore|giornalista|periodista"
    r"|journaliste|inviat[oa]|корреспондент|обозревател|колумнист|редактор|wartawan|jurnalis|kontributor)"
)
# A role glued to the name by a lost line break: "Meg JamesStaff Writer", "Michael HiltzikBusiness Columnist".
GLUED_ROLE = r"(?<=[a-z])(?=(?:[A-Z][a-z]+ )?(?:Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Staff)\b)"
CJK_NAME = (
    r"[가-힣]{2,4}(?=\s*(?:[·,]|기자|특파원|선임기자|객원기자|논설위원|칼럼니스트))"
    r"|[\u4e00-\u9fff\u3040-\u30ff]{2,6}(?=\s*(?:記者|特派員|编辑|记者))"
)
# Lower-case words that may stand inside a person's name.
NAME_PARTICLES = "de da do dos das van von der den di del della la le bin binti al el ibn"
AUTHOR_SEPARATORS = r"\s*(?:,|;|\band\b|\bund\b|\be\b|\by\b|\bdan\b|\bи\b|&|、|和|·)\s*"
AUTHOR_HANDLE = r"\s*@\w+|\s*[|•].*|\s+[-–—/]\s.*|\s*\(.*?\)|\s+(?:for|special to|in|at)\s.*"
# "Ann Lee, Staff Writer", "Ann Lee | Reporter", "Ann Lee — Correspondent": names, then a role.
NAMES_THEN_ROLE = r"(?P<names>[^,|]{3,60}?)\s*(?:[,|]|\s[-–—]\s)\s*(?P<role>[^.!?]{2,50})"
# A user name as the byline, then the date: "By admin - 2018-09-16", "By jdoe | March 3, 2020".
USER_NAME_THEN_DATE = r"(?P<user>[a-z][a-z0-9_.-]{2,30})\s*[-–—|•·]\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}).{0,30}"

# The words that label a picture credit ("Photo:", "Foto di", "Bild:", "Foto/Ilustrasi:"), then how the name follows.
CREDIT_WORDS = (
    r"(?:photo(?:graph)?|image|pic(?:ture)?|credit|fotografi[ae]|fotografía|photographie|foto|bild|imagem|imagen|immagine"
    r"|ilustrasi|фото|사진|写真|图片|crédito|crédit)s?(?:\s*/\s*(?:ilustrasi|illustration|video|arte))?"
)
CREDIT_JOIN = r"\s*(?:by|credit)?\s*[:：=]|\s+(?:by|di|de|da|do|von|par)\s"
# Words that say where a picture came from, in brackets after its caption: "(Supplied: Ben Carter)", "(Fonte: X)".
CREDIT_SOURCE_WORDS = r"supplied|courtesy|source|fonte|fuente|quelle|sumber|handout|reprodução"
# The literal forms of CREDIT_WORDS (lower case, as str.casefold gives them): one stands in every match.
CREDIT_WORD_KEYS = ("photo", "image", "pic", "credit", "foto", "bild", "immagine", "ilustrasi", "фото", "사진", "写真",
                    "图片", "crédit")
# Credits in caption lines, each with the keys one of which its every match holds (a cheap test first).
CAPTION_CREDIT_TAILS = (
    ((")",), r"(?P<caption>.{15,}?)\s*\(\s*(?P<credit>[^()]{0,60}?(?:getty images|ap photo|reuters|afp|epa|shutterstock|istock"
     r"|associated press|xinhua|yonhap|ansa|bloomberg|\befe\b|\bdpa\b|photo|images?|/)[^()]{0,60})\s*\)"),
    # "… in May. Photo: Jane Doe", "… em Porto Alegre — Foto: Ana Lima/Agência", "… | Bild: dpa", "… Foto di Mario Rossi"
    # (with no colon, a name follows: capitalised, no full stop after it: "Foto de família no palácio." is a sentence)
    (CREDIT_WORD_KEYS, r"(?P<caption>.{15,}?)(?:\s*\||\s+[-–—]|(?<=[.!?”\"'’)])\s)\s*(?P<credit>(?:" + CREDIT_WORDS
     + r")(?:\s*(?:by|credit)?\s*[:：=]\s*.{2,80}|\s+(?:by|di|de|da|do|von|par)\s+(?-i:[A-ZÀ-ÖØ-Þ])[^!?]{1,70}(?<![.!?])))"),
    (("©",), r"(?P<caption>.{15,}?[.!?”\"'’)])\s*(?P<credit>©\s*.{2,80})"),
    (("credit", "photo", "image", "picture"),
     r"(?P<caption>.{15,}?[\w.!?”\"'’)])(?P<credit>(?-i:Credit|Photo|Image|Picture)s?\s*:\s*.{2,80})"),
)
# The label before a picture credit: "Photo:", "Image credit:", "Credit...".
CREDIT_LABEL = (
    r"^\(?\s*(?:(?:photo(?:graph)?s?|images?|pictures?|credits?|foto|фото|사진|写真|图片|crédito|illustration"
    r"|image credit|photo credit|image source|photo source)\s*(?:by|credit|source)?\s*(?:[:：=]|\.\.\.|…)"
    r"|(?:" + CREDIT_WORDS + "|" + CREDIT_SOURCE_WORDS + ")(?:" + CREDIT_JOIN + r")|(?:image|photo|media|video) (?:copyright|source),?\s"
    r"|fot[oó]s? (?=(?-i:[A-ZÀ-Þ])))?\s*"
)
# A caption introduced by its label: "Image: Jose Mourinho has agreed a deal to become manager".
CAPTION_LABEL_LINE = r"(?:image|photo|picture|foto|фото|사진|写真|图片|gambar)\s*[:：]\s*(?P<caption>(?:\S+\s+){6,}\S.*)"
CREDIT_ONLY_LINES = (
    r"\(?\s*(?:photo(?:graph)?s?|images?|pictures?|credits?|foto|фото|사진|写真|图片|crédito|illustration"
    r"|(?:image|photo) credit|image source|photo source)\s*(?:by|credit|source)?\s*(?:[:：=]|\.\.\.|…)\s*.{0,80}",
    r"\(?\s*(?:" + CREDIT_WORDS + r"|supplied)\s*[:：=]\s*.{2,80}",  # "Bild: dpa", "Fotografia: Ana Lima"
    r"(?:image|photo|media|video) (?:copyright|source),?\s+.{2,80}",  # "Image source, Getty Images", "Image copyright PA"
    r"\(?\s*©\s*.{2,80}",
    # "NAME / WHO"; after a bar only a picture agency: "NAME | OUTLET" or "NAME | Reporter" is a byline
    r"\(?\s*[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\s*(?:/\s*(?:the [\w .]+|[A-Z][\w.]+(?: [A-Z][\w.]+){0,4})"
    r"|\|\s*(?:getty images|ap|afp|reuters|epa|dpa|efe|ansa|xinhua|shutterstock|pa(?: images)?)\b)\s*\)?",
    r"\(?\s*(?:getty images|ap photo|associated press|reuters|afp|epa(?:-efe)?|shutterstock|istock(?:photo)?"
    r"|pa(?: images| wire)|anadolu agency|xinhua|bloomberg|ansa|tass|ria novosti|yonhap|연합뉴스|newsis)"
    r"(?:\s*(?:/|via)\s*[\w .'-]{2,60})?\s*\)?",
)

# The date after a wire story's place: "Feb. 28", "28 Feb", "19 nov", "19 de noviembre", "19" (the day alone, as
# Spanish agencies print it: "MADRID, 19 (EUROPA PRESS) -"), with or without the year.
WIRE_DATE = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}(?:\.? (?:de )?[A-Za-z][a-z]{2,8}\.?)?)(?:,? \d{4})?"
# Wire-story openings: "WASHINGTON (AP) —", "BEIJING, Feb. 28 (Xinhua) --", "(Reuters) -", "LONDON —",
# "Buenos Aires, 19 nov (EFE).-". The place in capitals (with its state: "BUFFALO, N.Y."), a date (with or without
# the year), a press-release wire ("/PRNewswire/"), the agency ("(AP)", "(dpa)", "(EFE)."), then a dash, or the story
# glued to the agency ("Hong Kong (CNN Business)A muddled view …", as CNN pages copy).
_DASH = r"(?:[—–]|--?)\s+(?=\S)"
_GLUED = r"(?=[A-Z\"“])"
_DATELINE_TAIL = (
    r"(?:,\s*" + WIRE_DATE + r")?)?\s*{outlet}"
    r"(?:/[A-Z][\w .-]{1,30}/\s*)?(?:\((?P<agency>[A-Z][\w&./ -]{1,30}|dpa|epd|kna|dts)\)(?:\.?\s*" + _DASH + "|" + _GLUED + ")"
    r"|" + _DASH + ")"
)
DATELINE = (
    r"(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ ]{1,40}[A-ZÀ-ÖØ-Þ.](?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
    + _DATELINE_TAIL.replace("{outlet}", "")
)
# The same with the place in mixed case ("Jakarta", "Köln", "Rio de Janeiro"); an outlet's name after it is no part
# of it ("Jakarta, Kabar Nusantara --").
# The place and date after the agency, as Italian agencies open: "(ANSA) - ROMA, 19 NOV - Il governo …".
PLACE_AFTER_AGENCY = (
    r"(?P<place>[A-ZÀ-ÖØ-Þ][\w'’]+(?: [\w'’]+){0,3}),\s*\d{1,2}\s+(?P<month>[A-Za-z]{3,9}\.?)\s*[-–—]\s+(?=\S)"
)
# A lower-case particle inside a place's name: "Rio de Janeiro", "Ciudad de México", "Reggio di Calabria".
PLACE_PARTICLE = r"(?:(?:de|da|do|dos|das|del|de la|di|la|el|sur|am|an der|upon) )?"
MIXED_DATELINE = (
    r"(?P<place>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,20}(?:[ -]" + PLACE_PARTICLE + r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,20}){0,2}"
    + _DATELINE_TAIL.replace("{outlet}", r"(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\s*)?")
)
# The dateline printed on a line of its own over the story, the outlet bare: "Lordstown, Ohio CNN  —",
# "Hong Kong CNN Business —".
DATELINE_ABOVE = (
    r"(?P<place>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:,? [A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}?)\s+\(?(?P<agency>[A-Z]{2,6}(?: [A-Z][a-z]+)?)\)?"
    r"\s*[—–-]"
)
MIXED_DATELINE_DASHES = (" — ", " – ", " -- ", " - ", ").- ")  # one stands near the start of such an opening,
MIXED_DATELINE_GLUE = r"\)[A-Z\"“]"  # or the agency's bracket glued to the story's first word
# The German regional dateline, the place and a full stop: "Köln. Der Stadtrat hat …", "Bad Homburg. Die …"; the
# next word is an article, a pronoun or a preposition (the first word of a German sentence).
STOP_DATELINE = r"(?P<place>[A-ZÀ-ÖØ-Þ][\w'’-]{2,20}(?:[ /][A-ZÀ-ÖØ-Þ][\w'’-]{2,20})?)\. (?P<next>[A-ZÄÖÜ][a-zäöüß]{1,7}) "
STOP_DATELINE_NEXT = frozenset((
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "im", "am", "in", "an", "auf",
    "aus", "bei", "mit", "nach", "seit", "vor", "zum", "zur", "für", "über", "unter", "um", "es", "er", "sie", "wir",
    "nachdem", "wegen", "trotz", "rund", "mehr", "fast", "nur", "auch", "bereits", "wer", "wie", "was", "wo",
))
# Words in mixed case that open a sentence before a dash and are no place ("Monday — The team …").
NOT_PLACES = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    "meanwhile", "now", "then", "still", "also", "first", "finally", "here", "there", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "heute", "gestern", "senin", "selasa", "rabu", "kamis",
    "jumat", "sabtu", "minggu", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes",
    "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda", "terça", "quarta", "quinta", "sexta",
    "ja", "nein", "doch", "genau", "achtung", "stopp", "schluss", "endlich", "danke", "vorsicht", "klar",
))
TRAILING_AGENCY = (
    r".{20,}?[.!?”\"]\s*[—–-]{1,2}\s*(?P<agency>AFP|AP|Reuters|Bloomberg|Xinhua|dpa|ANSA|TASS|EFE|UPI|Yonhap|Kyodo"
    r"|Lusa|Antara|Agência Brasil)\.?"
)

# News agencies whose name alone under a headline is the byline of wire copy.
WIRE_AGENCIES = (
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "Xinhua", "dpa", "ANSA",
    "TASS", "RIA Novosti", "Interfax", "EFE", "UPI", "Yonhap", "Kyodo", "Lusa", "Agência Brasil", "Antara", "PTI",
    "IANS", "AAP", "Anadolu", "Press Association", "PA", "CNA", "Bernama", "연합뉴스", "뉴시스", "共同通信",
)
# A picture credit, not a byline: "AFP Photo", "REUTERS/Jane Doe", "© AP".
PICTURE_WORD = r"photo|image|foto|фото|/|©|getty"
# An agency byline: the agency's name, perhaps with the place or the time after it.
AGENCY_BYLINE = (
    r"(?:by\s+)?(?P<agency>{agencies})(?:\s*(?:[,|/·-]\s*|\s+)(?:(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}}),?"
    r"|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{{1,4}}[./:-]\d)[^.!?]{{0,40}}))?"
)

# Languages told apart by their commonest short words (scripts decide ko, ja, zh, ru first).
STOPWORDS = {  # a word frequent in several of these languages is listed under each of them, or under none
    "en": "the and of to in is that for it was on with as are be by this have from at not but they his has",
    "pt": "que não uma os para com por mais das dos como mas foi ao ele na ela até isso também são pelo pela em"
          " seu sua quando já há sem porque sobre este entre do o da e",
    "es": "el los del las que por una con para como pero sus más fue ha también porque muy sobre y al lo su"
          " sin ya cuando según hay han este entre",
    "it": "il che di della per non una sono gli del dei nel alla anche come più questo delle degli ha è con da e",
    "fr": "le les des est une pour dans qui pas que sur avec sont ce ont mais aux ses cette leur été et du au"
          " il nous vous selon ne entre",
    "de": "der die und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an wird",
    "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena oleh ada mereka bisa",
}

# Picture agencies whose bare name ends a caption ("… a la salida de clase. EFE"), printed as they sign.
PHOTO_AGENCIES = (
    "EFE", "AFP", "AP", "Reuters", "REUTERS", "EPA", "dpa", "ANSA", "LaPresse", "Getty Images", "Shutterstock",
    "iStock", "Alamy", "Europa Press", "Xinhua", "Yonhap", "Kyodo", "Lusa", "Agência Brasil", "Bloomberg", "TASS",
    "ТАСС", "РИА Новости", "Sputnik", "Anadolu", "AAP", "PA", "Antara", "Keystone", "Imago", "Sipa", "Hans Lucas",
)
_PHOTO_AGENCY_NAMES = "|".join(re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True))
# A mark of a picture credit on a line: a slash, a colon, "©", "Credit…", "Photo", "Getty", "(foto NAME)", a CJK credit
# ("撮影", "摄", "사진="), or an agency's name after the last sentence.
PHOTO_CREDIT_MARK = (
    r"[/|:©…=＝]|\.\.\.|credit|photo|image|getty|撮影|摄|사진|\(fot[oó]s? |[.!?]\s+\(?(?-i:" + _PHOTO_AGENCY_NAMES
    + r")\)?$"
)
# "Chris Davies - Nov 19, 2019": a name, a separator, then a date.
NAME_THEN_DATE = r"(?P<names>[^|\d\-–—•·]{3,60}?)\s*(?:\s[-–—|•·]|[|•·])\s*(?P<date>.*\d.{2,60})"
# "Headline | Site", "Headline - Site".
SITE_SUFFIX = r"(?P<title>.{12,}?)\s+(?:\||[-–—·•:])\s+(?P<site>[^|]{2,40})"

# The first word of a breadcrumb trail printed as one line ("Home News Science & Astronomy").
BREADCRUMB_START = r"(?:home|início|inicio|startseite|accueil|portada|главная|beranda|홈|ホーム|首页)\b"

# A line that is (mostly) a date or a time: month names in the corpus languages, numeric dates, clock times.
DATE_HINT = (
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b\d{1,2}\s+(?:de\s+)?(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    r"|dezembro|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maret"
    r"|mei|juni|juli|agustus|oktober|desember|enero|febrero|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b"
    r"|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b"
    r"|\d{4}\s*년\s*\d{1,2}\s*월|\d{4}年\d{1,2}月|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b"
    r"|\b(?:published|publish date|date|updated|posted|publicado|atualizado|pubblicato|aggiornato|опубликовано|обновлено|diperbarui"
    r"|diterbitkan|입력|수정|기사입력|更新)\b"
)

# A person's hover card printed inside a sentence: the linked name, the name again (perhaps in full) as
# the card's title, the card's headlines, and its "MORE" link ("Rep. Jane DoeJane Ann DoeSenate passes … MORE").
HOVER_CARD = r"(?P<name>(?P<first>[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){1,3})(?P=first)\b.{0,600}?\sMORE\b"

# A byline glued to the link to the author's other stories: "Ann LeeView More Articles", "Ann Lee See all posts".
AUTHOR_PAGE_LINK = r"(?P<names>[^\d|]{3,60}?)\s*(?:view|see|read|show|browse)\s+(?:more|all)\s+(?:articles|posts|stories)\W*"

# --- Bylines, datelines and closing notes in more shapes (issue #4) ---
# A label before the author's name: "Author: Jenna Ortiz", "Autor: …", "Автор: …".
AUTHOR_LABEL = r"(?:authors?|autor(?:a|es|as)?|autore|autori|auteurs?|автор(?:ы)?|penulis|작성자|著者|作者)\s*[:：]\s*"
# The date, then the author: "Posted on November 19, 2019 by Sam Kessler", "19 Nov 2019, 10:30 by Ann Lee".
DATE_THEN_BYLINE = (
    r"(?:(?:posted|published|updated|written)\s+(?:on\s+)?)?(?:[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4}"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?:,? (?:at )?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?,?\s+by\s+(?P<names>.{2,100})"
)
# Chinese bylines put the label first: "记者 陈晓明", "记者：陈晓明", "文/陈晓明", "本报记者 陈晓明 李华".
CJK_LABELLED_BYLINE = (
    r"(?:本报)?(?:记者|記者|作者|撰文|文字|文(?=\s*[/／]))\s*[:：/／]?\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,3})"
)
CJK_BYLINE_LABELS = ("记者", "記者", "作者", "撰文", "文字", "文/", "文／", "本报记者")
# The Korean wire opening: "[서울=한빛통신] 이지은 기자 = …": place, agency, then the reporter.
KOREAN_WIRE_OPENING = r"\[(?P<place>[^\]=]{1,12})=(?P<agency>[^\]=]{1,20})\]\s*(?:(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\s*=)?"
# A Korean paper's own bracketed byline opening the story: "[한빛일보=홍길동 기자] …", "[아시아경제 김철수 기자] …":
# the paper (no place, no agency), then its reporter.
KOREAN_BRACKET_BYLINE = r"\[(?P<outlet>[^\]=]{1,20})[= ](?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\]"
# A dateline with a colon, as South Asian papers print it: "NEW DELHI: Parliament on Tuesday …".
COLON_DATELINE = r"(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+(?=[A-Z\"“‘])"
# Labels in capitals that open a paragraph the same way and are no place.
COLON_LABELS = frozenset((
    "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "UPDATES", "EXCLUSIVE", "WATCH", "LISTEN", "VIDEO", "PHOTOS",
    "PHOTO", "ANALYSIS", "OPINION", "EDITOR'S NOTE", "EDITOR’S NOTE", "NOTE", "LIVE", "READ", "READ MORE", "ALSO READ",
    "READ ALSO", "FILE", "CORRECTION", "CLARIFICATION", "WARNING", "SPOILER", "SPOILERS", "Q", "A", "FACT CHECK",
    "REVIEW", "INTERVIEW", "PODCAST", "NEW", "ALERT", "URGENT", "FLASH", "FYI", "PS", "P.S.", "SUMMARY", "BACKGROUND",
    "CONTEXT", "WHY IT MATTERS", "WHAT'S NEXT", "DEVELOPING", "MORE", "SEE ALSO", "SOURCE", "SOURCES", "GALLERY",
    "EXPLAINER", "COMMENTARY", "SPONSORED", "ADVERTISEMENT", "CONTENT WARNING", "TRIGGER WARNING", "TL;DR", "TLDR",
    "EDITORIAL", "DISCLAIMER", "DISCLOSURE", "RELATED", "LATEST", "IMPORTANT", "QUOTE", "FACTBOX", "TIMELINE",
))
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
# A promotion of the outlet's app: "Download the Valley Post app for breaking news alerts.", "CLICK HERE TO GET
# THE VALLEY POST APP".
APP_PROMOTION_LINES = (
    r"(?:(?:click|tap) here to )?(?:download|install|get) (?:the|our) [\w .&'’-]{0,40}\bapps?\b.{0,80}",
    r"(?:baixe|scarica|descarga|descargue|téléchargez|laden sie|скачайте)\b.{0,40}\b(?:app|aplicativo|aplicación"
    r"|application|приложение)\b.{0,80}",
)
# A role that ends an author's bio: "Claire Holloway is a contributing writer at The Longitude."
BIO_ROLE = (
    r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) is (?:an?|the) (?:[\w-]+ ){0,4}?"
    r"(?:writer|editor|reporter|correspondent|journalist|columnist|contributor|author|photographer|producer|critic)\b"
)

# The lead of a line under a blog post's headline that names the category it is filed in ("Posted in Databases").
CATEGORY_LEADS = (
    "posted in ", "filed in ", "posted under ", "categorized as ", "categorised as ", "categorized in ",
    "categorised in ", "publicado en ", "publicado em ", "pubblicato in ", "publié dans ", "veröffentlicht in ",
    "опубликовано в ", "diposting di ", "diposting dalam ",
)

# --- Caption credits in more shapes (issue #4) ---
# A credit printed bare after the caption's last sentence, with no label and no full stop (matched with case):
# "… de clase. EFE", "… 2019. JEAN-LUC PETIT / HANS LUCAS", "… Monday. Getty Images via AFP",
# "… Monday. Jane Doe for The Daily Ledger", "… in piazza. Foto ANSA", "… Monday. AP Photo/Jane Doe".
# (Capitals alone are no credit: "… SEE FULL GALLERY".)
# An initial ("… 2019.J. Scott …") ends no sentence.
BARE_CAPTION_CREDIT = (
    r"(?P<caption>.{15,}?[.!?…”\")])(?<!\b[A-Z]\.)\s+(?:(?:Foto|FOTO|Photo|PHOTO)\s+)?"
    r"(?P<credit>(?:" + _PHOTO_AGENCY_NAMES + r")(?:\s+(?:Photo|PHOTO|Foto|FOTO))?(?:\s*(?:/|via|for)\s*[\w .&'’-]{2,40})?"
    r"|(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’.-]*\s*/\s*(?:[A-ZÀ-ÖØ-Þ]|" + _PHOTO_AGENCY_NAMES
    + r")[\w&'’.«» -]{0,40}"
    r"|(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+(?:for|pour|para|für|per|FOR|POUR|PARA)\s+[\w&'’.«» -]{2,40}"
    r"|(?:Courtesy|Cortesía|Cortesia|Per gentile concessione)(?: of| de| da| di)?\s+[\w&'’. -]{2,50})"
)
# A labelled credit in brackets ending a caption: "(Supplied: Ben Carter)", "(Foto: Ana Lima)", "[Bild: dpa]",
# or the outlet and the photographer's name, all capitalised: "(ABC News: Jane Doe)", "(AAP: Dan Roe)".
BRACKETED_CAPTION_CREDIT = (
    r"(?P<caption>.{15,}?)\s*[(\[]\s*(?P<credit>(?:" + CREDIT_WORDS + "|" + CREDIT_SOURCE_WORDS + r")\b[^()\[\]]{0,80}"
    r"|(?-i:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}:\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}))\s*[)\]]"
)
# A note in brackets that says what the picture is, not who took it: "(Representative image)", "(Symbolbild)".
PICTURE_NOTE = (
    r"(?P<caption>.{15,}?)\s*[(\[]\s*(?:(?:representative|representational|illustrative|symbolic|file|archive|stock)"
    r" (?:image|photo|picture|pic)s?|(?:image|photo|picture|pic)s? (?:used )?for (?:representation|illustration)"
    r"(?:al purposes?)?|symbolbild|symbolfoto|archivbild|archivfoto|foto de archivo|imagen de archivo|foto ilustrativa"
    r"|imagem ilustrativa|foto d'archivio|foto di repertorio|photo d'illustration|illustration|foto ilustrasi|ilustrasi"
    r"|фото из архива|архивное фото|иллюстративное фото)(?: only)?\s*[)\]]"
)
# Credits ending CJK captions: the Japanese photographer "…＝東京都内、佐藤花子撮影" (the note stays in the caption),
# the agency "…＝ロイター"; Korean "(사진=연합뉴스)", "/사진=뉴스1", "… /연합뉴스"; Chinese "（新华社记者 张三 摄）",
# "图/张三", "（图片来源：视觉中国）".
CJK_CAPTION_CREDITS = (
    r"(?P<caption>.{2,}?[、＝=（(\s](?P<credit>[\u4e00-\u9fff々]{2,6}|[\u30a0-\u30ff・]{2,12})撮影)[)）]?"
    r"(?:\s*[（(]写真[)）])?",
    r"(?P<caption>.{4,}?)[＝=](?P<credit>ロイター|共同|時事|AFP時事|AP|AFP|EPA|ゲッティ|新華社|聯合)",
    r"(?P<caption>.{4,}?)\s*[(\[/]?\s*(?:사진|자료사진|사진제공|제공)\s*[=:：]\s*(?P<credit>[^()\[\]=]{1,40}?)\s*[)\]]?",
    r"(?P<caption>.{4,}?[.。\d])\s*/\s*(?P<credit>[가-힣]{2,8}|뉴스1)",  # after a sentence or a date: not a menu
    r"(?P<caption>.{4,}?[。！？\s）)]|.{4,}?(?=[（(]))\s*[（(]?\s*(?P<credit>[^\s（()）。，、]{2,12}(?:\s[^\s（()）。，、]{2,6})?)"
    r"\s*摄\s*[)）]?",
    r"(?P<caption>.{4,}?)\s*[（(]?\s*(?:图|图片|摄影|图片来源)\s*[/／:：]\s*(?P<credit>[^（()）]{1,30}?)\s*[)）]?",
    r"(?P<caption>.{4,}?)\s*[（(](?P<credit>[^（()）]{2,20}?)\s*(?:供图|发)[)）]",  # "（受访者供图）", "（新华社发）"
)
# A caption printed under its label with a comma, as some broadcasters print them: "Image caption, Crowds …".
NAMED_CAPTION_LINE = r"(?:image|photo|media|video) caption,?\s+(?P<caption>\S.{2,})"
# --- (end of the caption credits) ---

# --- Body notes and live-page stamps (issue #4, probe round 2) ---
# A note under an opinion piece or an interview: "The views expressed … are the author's own",
# "This interview has been edited and condensed for clarity."
EDITORIAL_NOTE_LINES = (
    r"(?:the )?(?:views|opinions) expressed (?:in this|here|by|in these|in the)\b.{0,200}",
    r"(?:this|the) (?:interview|conversation|q&a|transcript|exchange) (?:has been|was|have been) (?:lightly )?"
    r"(?:edited|condensed)\b.{0,100}|(?:interview |responses )?(?:lightly )?edited (?:and|&) condensed\b.{0,100}",
)
EDITORIAL_NOTE_KEYS = ("expressed", "condensed", "edited")  # found in the line as printed: mid-sentence words
# A metered paywall's count inside the article (a body rule: a generic rule would end the zone there):
# "You've reached your limit of free articles.", "Get unlimited access for just 99 cents."
PAYWALL_METER_PHRASES = (
    r"\b(?:you(?:'ve|’ve| have) (?:reached|used) (?:your|the) (?:limit|maximum)|(?:limit|number) of free (?:articles|stories)"
    r"|free (?:articles?|stories) (?:left|remaining) (?:this|per) month|unlimited (?:digital )?access (?:for|from) (?:just|only)?)",
)
PAYWALL_METER_KEYS = ("limit", "free articles", "free stories", "nlimited")  # as printed ("Unlimited", "unlimited")
# A live page's time-only stamp standing alone before an entry: "Posted at 20:41", "Updated 21:05 GMT", "14:05".
ENTRY_TIME_STAMP = (
    r"(?:(?:posted|updated|published|added)(?: at)?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d"
    r"(?:\s*(?:[ap]\.?m\.?|(?-i:[A-Z]{2,5})))?"
)

# --- Header labels that are not the section (issue #4, probe round 2, header side) ---
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
