"""Navigation and footer: skip links, menus, breadcrumbs, legal links, contact and publisher notices."""
from __future__ import annotations

# A business site's buttons: a demo, a quote, a trial, a sign-in, the way back to the blog's index.
_CALL_TO_ACTION = (
    r"(?:request|book|get|schedule)(?: a| an| your)?(?: free)? (?:demo|consultation)|get started"
    r"|start (?:your |a )?(?:free )?trial|try (?:it )?(?:for )?free|(?:member |customer |client )?(?:log ?in|sign ?in|sign up)"
    r"|back to (?:the )?(?:blog|news|articles|posts|resources|insights)|find a (?:location|store|dealer)"
    r"|contact sales|talk to (?:sales|an expert)"
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
    # A site's calls to action, alone or a few in a row ("Book a Demo Log In", "800.226.7529 Request Demo").
    r"(?:\+?[\d().-]{7,16}\s+)?(?:" + _CALL_TO_ACTION + r")(?:\s*(?:" + _CALL_TO_ACTION + r"))*",
    r"what are you looking for\??|(?:new to [\w ]{2,30}\? )?join now",
    # A menu's facets ("By Industry", "By Company Size"): never a byline.
    r"(?:shop |browse |filter |solutions )?by (?:industry|role|company (?:type|size)|team size|modality|topic|category"
    r"|use case|solutions?|services?|product|function|department|audience|region|location|need|type|price|brand"
    r"|business size)",
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

# Contact and follow lines of the author or the outlet, and the publisher's own notice.
# An address is read from the start of its run of address characters: from every word start, it was quadratic.
CONTACT_PHRASES = (
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[a-z]{2,}|\bfollow (?:him|her|them|me|us)\b.{0,40}@\w+"
    r"|\b(?:e-?mail|contact|write to) (?:him|her|them|the author)\b",
)
PUBLISHER_PHRASES = (
    r"\bis part of [\w .,&'-]{2,60}\b(?:inc|ltd|llc|plc|group|media|network)\b|\bvisit our corporate site\b",
)
# Keys of the contact and publisher phrases for the rules' screen.
CONTACT_KEYS = ("@", "is part of", "corporate site")

# The first word of a breadcrumb trail printed as one line ("Home News Science & Astronomy").
BREADCRUMB_START = r"(?:home|início|inicio|startseite|accueil|portada|главная|beranda|홈|ホーム|首页)\b"
