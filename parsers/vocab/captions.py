"""Captions and picture credits: credit labels and marks, picture agencies, credit shapes in many scripts."""
from __future__ import annotations

import re

from ..lazyre import Phrase

# "(with input from agencies)", "(Source: Xinhua)", "Reporting by Jane Doe; Editing by John Roe"
AGENCY_CREDIT_LINE = r"\((?:with (?:input|inputs|reporting) from|source:|sources:)\s*(?P<who>[^)]{2,80})\)"

# Caption credits at the end of a caption line: ".../AP", "... /CGTN", "... /Xinhua"
SLASH_CREDIT = r"^(?P<caption>.{20,}?[.!?)\"”’]?)(?<!\s)\s*/\s*(?P<credit>[A-Z][\w&.' -]{0,30}?|[A-Z]{2,}(?:\s*[/,]\s*[A-Z]\w+)*)$"
# A caption's credit after its last sentence: the agency in capitals, then the photographer and notes set apart by
# slashes, as Reuters and Spanish agencies print them ("… in Buenos Aires. EFE/Juan Roncoroni/Archivo", "REUTERS/Jane Doe").
AGENCY_SLASH_CREDIT = (
    r"(?P<caption>.{10,}?[.!?\"”’)])\s+(?P<credit>[A-Z]{2,}(?:\s*/\s*[A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){0,3}){1,3})"
)


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
# Credits in caption lines, each with the keys one of which its every match holds (a cheap test first). A caption
# ends on a non-space ((?<!\s)): ended inside a run of spaces, each end tried again the rest of the run (quadratic).
CAPTION_CREDIT_TAILS = (
    Phrase(r"(?P<caption>.{15,}?)(?<!\s)\s*\(\s*(?P<credit>[^()]{0,60}?(?:getty images|ap photo|reuters|afp|epa|shutterstock|istock"
           r"|associated press|xinhua|yonhap|ansa|bloomberg|\befe\b|\bdpa\b|photo|images?|/)[^()]{0,60})\s*\)",
           (")",)),
    # "… in May. Photo: Jane Doe", "… em Porto Alegre — Foto: Ana Lima/Agência", "… | Bild: dpa", "… Foto di Mario Rossi"
    # (with no colon, a name follows: capitalised, no full stop after it: "Foto de família no palácio." is a sentence)
    Phrase(r"(?P<caption>.{15,}?)(?<!\s)(?:\s*\||\s+[-–—]|(?<=[.!?”\"'’)])\s)\s*(?P<credit>(?:" + CREDIT_WORDS
           + r")(?:\s*(?:by|credit)?\s*[:：=]\s*.{2,80}|\s+(?:by|di|de|da|do|von|par)\s+(?-i:[A-ZÀ-ÖØ-Þ])[^!?]{1,70}(?<![.!?])))",
           CREDIT_WORD_KEYS),
    Phrase(r"(?P<caption>.{15,}?[.!?”\"'’)])\s*(?P<credit>©\s*.{2,80})", ("©",)),
    Phrase(r"(?P<caption>.{15,}?[\w.!?”\"'’)])(?P<credit>(?-i:Credit|Photo|Image|Picture)s?\s*:\s*.{2,80})",
           ("credit", "photo", "image", "picture")),
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
    r"(?P<caption>.{15,}?)(?<!\s)\s*[(\[]\s*(?P<credit>(?:" + CREDIT_WORDS + "|" + CREDIT_SOURCE_WORDS + r")\b[^()\[\]]{0,80}"
    r"|(?-i:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}:\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}))\s*[)\]]"
)
# A note in brackets that says what the picture is, not who took it: "(Representative image)", "(Symbolbild)".
PICTURE_NOTE = (
    r"(?P<caption>.{15,}?)(?<!\s)\s*[(\[]\s*(?:(?:representative|representational|illustrative|symbolic|file|archive|stock)"
    r" (?:image|photo|picture|pic)s?|(?:image|photo|picture|pic)s? (?:used )?for (?:representation|illustration)"
    r"(?:al purposes?)?|symbolbild|symbolfoto|archivbild|archivfoto|foto de archivo|imagen de archivo|foto ilustrativa"
    r"|imagem ilustrativa|foto d'archivio|foto di repertorio|photo d'illustration|illustration|foto ilustrasi|ilustrasi"
    r"|фото из архива|архивное фото|иллюстративное фото)(?: only)?\s*[)\]]"
)
# Credits ending CJK captions: the Japanese photographer "…＝東京都内、佐藤花子撮影" (the note stays in the caption),
# the agency "…＝ロイター"; Korean "(사진=연합뉴스)", "/사진=뉴스1", "… /연합뉴스"; Chinese "（新华社记者 张三 摄）",
# "图/张三", "（图片来源：视觉中国）".
# Keys: the literal characters one of which every match holds, as printed (the patterns are case-sensitive).
CJK_CAPTION_CREDITS = (
    Phrase(r"(?P<caption>.{2,}?[、＝=（(\s](?P<credit>[\u4e00-\u9fff々]{2,6}|[\u30a0-\u30ff・]{2,12})撮影)[)）]?"
           r"(?:\s*[（(]写真[)）])?", ("撮影",)),
    Phrase(r"(?P<caption>.{4,}?)[＝=](?P<credit>ロイター|共同|時事|AFP時事|AP|AFP|EPA|ゲッティ|新華社|聯合)", ("＝", "=")),
    Phrase(r"(?P<caption>.{4,}?)(?<!\s)\s*(?:[(\[/]\s*)?(?:사진|자료사진|사진제공|제공)\s*[=:：]\s*(?P<credit>[^()\[\]=]{1,40}?)\s*[)\]]?",
           ("사진", "제공")),
    Phrase(r"(?P<caption>.{4,}?[.。\d])\s*/\s*(?P<credit>[가-힣]{2,8}|뉴스1)", ("/",)),  # after a sentence or a date: not a menu
    Phrase(r"(?P<caption>.{4,}?(?:[。！？）)]|\s(?!\s))|.{4,}?(?=[（(]))\s*+[（(]?\s*+(?P<credit>[^\s（()）。，、]{2,12}(?:\s[^\s（()）。，、]{2,6})?)"
           r"\s*摄\s*[)）]?", ("摄",)),
    Phrase(r"(?P<caption>.{4,}?)(?<!\s)\s*(?:[（(]\s*)?(?:图|图片|摄影|图片来源)\s*[/／:：]\s*(?P<credit>[^（()）]{1,30}?)\s*[)）]?",
           ("图", "摄影")),
    Phrase(r"(?P<caption>.{4,}?)(?<!\s)\s*[（(](?P<credit>[^（()）]{2,20}?)\s*(?:供图|发)[)）]", ("供图", "发")),  # "（受访者供图）", "（新华社发）"
)
# A caption printed under its label with a comma, as some broadcasters print them: "Image caption, Crowds …".
NAMED_CAPTION_LINE = r"(?:image|photo|media|video) caption,?\s+(?P<caption>\S.{2,})"
