"""Widgets: share and follow buttons, newsletter and subscription prompts, cookie banners, ads,
app promotions and paywall meters, in every language of the corpus."""
from __future__ import annotations

from ..lazyre import Phrase

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

# Cheap screens: a line holds one of these (lower-cased) before the phrases are searched.
COOKIE_KEYS = ("cookie", "쿠키", "クッキー")
SUBSCRIPTION_KEYS = (
    "sign up", "subscri", "register", "newsletter", "inbox", "e-mail", "email", "inscreva", "assine", "cadastre", "подпиш",
    "iscriviti", "abbonati", "подпис", "berlangganan", "suscríb", "abonne", "abonnieren", "구독", "購読",
    "log in", "login", "free", "journalism", "member", "patron", "reached", "you have read", "affiliate",
    "purchase", "buy", "signing", "clicking", "share your", "sell your", "the latest", "breaking news", "our ",
)
# Stems of the keys of SUBSCRIPTION_PHRASES: the rules' screen looks for these,
# narrower than SUBSCRIPTION_KEYS ("our ", "free", "buy" stand in much prose).
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
    r"|cetak|인쇄|스크랩|\d++)"  # possessive: "8888" is one count (split every way, the match was exponential)
)
SHARE_LINES = (
    r"(?:" + _SOCIAL_WORD + r"[\s,|·•/]*){2,12}|\d{2,}[\s,|·•/]*",  # a count alone: "412" (shares)
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
    Phrase(r"\b(?:sign up|subscribe|register)\b.{0,40}\b(?:newsletters?|updates|alerts|mailing list|briefing|digest)\b",
           ("sign up", "subscribe", "register")),
    Phrase(r"\bnewsletters?\b.{0,40}\b(?:sign up|subscribe|inbox|delivered)\b|\benter your (?:e-?mail|email address)\b",
           ("newsletter", "enter your ")),
    Phrase(r"\b(?:inscreva-se|assine|cadastre-se|iscriviti|abbonati|подпишитесь|подписаться|berlangganan|suscríbete"
           r"|abonnez-vous|abonnieren|구독(?:하기)?|購読)\b",
           ("inscreva-se", "assine", "cadastre-se", "iscriviti", "abbonati", "подпишитесь", "подписаться",
            "berlangganan", "suscríbete", "abonnez-vous", "abonnieren", "구독", "購読")),
    Phrase(r"\b(?:receba|recebe|recibe|recevez|ricevi|erhalten sie)\b.{0,30}\bnewsletter",
           ("newsletter",)),
    Phrase(r"\b(?:already (?:a )?subscriber|subscribers? only|subscribe to (?:read|continue)|to read the full story"
           r"|log ?in to (?:continue|read)|create (?:a )?free account)\b",
           ("subscriber", "subscribe to ", "to read the full story", "log in to ", "login to ", "free account")),
    Phrase(r"\b(?:support (?:independent|quality|our) journalism|become a (?:member|subscriber|patron))\b",
           ("journalism", "become a ")),
    Phrase(r"\bsubscribe to our\b|\bunsubscribe at any time\b|\bno spam\b|\bget breaking\b.{0,30}\bnews\b",
           ("subscribe to our", "unsubscribe at any time", "no spam", "get breaking")),
    Phrase(r"\bsubscribe to (?:the|my) [\w .-]{1,40}\bchannel\b",
           ("subscribe to ",)),
    Phrase(r"\bjoin our\b.{0,30}\b(?:forums?|community|newsletter|mailing list|discord|group)\b",
           ("join our",)),
    Phrase(r"\b(?:meet|to|in) your inbox\b|\bget (?:breaking news|the latest|our)\b.{0,40}\b(?:alerts|updates|newsletters?|e-?mails?)\b",
           ("your inbox", "get breaking news", "get the latest", "get our")),
    Phrase(r"\b(?:affiliate commission|when you (?:buy|purchase) (?:something )?(?:through|via|using) (?:links|our links))\b",
           ("affiliate commission", "when you ")),
    Phrase(r"\b(?:free articles? (?:left|remaining)|you have (?:reached|read) .{0,30}(?:limit|articles?))\b",
           ("free article", "you have ")),
    Phrase(r"\b(?:by (?:signing up|subscribing|clicking)|we (?:will )?(?:never|won'?t) (?:share|sell) your)\b",
           ("by signing up", "by subscribing", "by clicking", "share your", "sell your")),
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

# A promotion of the outlet's app: "Download the Valley Post app for breaking news alerts.", "CLICK HERE TO GET
# THE VALLEY POST APP".
APP_PROMOTION_LINES = (
    r"(?:(?:click|tap) here to )?(?:download|install|get) (?:the|our) [\w .&'’-]{0,40}\bapps?\b.{0,80}",
    r"(?:baixe|scarica|descarga|descargue|téléchargez|laden sie|скачайте)\b.{0,40}\b(?:app|aplicativo|aplicación"
    r"|application|приложение)\b.{0,80}",
)
# A metered paywall's count inside the article (a body rule: a generic rule would end the zone there):
# "You've reached your limit of free articles.", "Get unlimited access for just 99 cents."
PAYWALL_METER_PHRASES = (
    r"\b(?:you(?:'ve|’ve| have) (?:reached|used) (?:your|the) (?:limit|maximum)|(?:limit|number) of free (?:articles|stories)"
    r"|free (?:articles?|stories) (?:left|remaining) (?:this|per) month|unlimited (?:digital )?access (?:for|from) (?:just|only)?)",
)
PAYWALL_METER_KEYS = ("limit", "free articles", "free stories", "nlimited")  # as printed ("Unlimited", "unlimited")

# Whole blocks that are widget labels or ad markers (matched casefolded, stripped of punctuation).
WIDGET_LABELS = frozenset({
    "advertisement", "advertisment", "ad", "ads", "sponsored", "sponsored content", "continue reading",
    "continue reading below", "story continues below", "story continues below advertisement",
    "article continues below", "article continues below advertisement", "scroll to continue with content",
    "read more", "see more", "show more", "load more", "view comments", "comments", "leave a comment",
    "click to expand", "skip advertisement", "publicidade", "publicidad", "pubblicità", "реклама", "iklan",
    "광고", "广告", "loading", "loading...", "close", "back to top", "next", "previous", "more",
})
