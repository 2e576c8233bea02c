"""People: byline labels and roles, name shapes, wire agencies, author bios and hover cards."""
from __future__ import annotations

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
# Spaces open a match only where their run starts ((?<!\s)): tried at each space of a long run, it was quadratic.
BYLINE_ROLE = (
    r"(?:,|\||(?<!\s)\s+[-–—]\s|(?<!\s)\s)\s*(?:(?:senior|chief|staff|special|contributing|political|foreign|national|deputy|associate"
    r"|managing|executive|science|tech|health|sports|opinion|guest|investigative|white house|business|entertainment)\s+)*"
    r"(?:staff writer|writer|reporter|correspondent|contributor|columnist|editor(?:[- ]at[- ]large)?|producer|journalist"
    r"|analyst|critic|photographer|author|staff|repórter|colunista|redator|giornalista|корреспондент|обозреватель"
    r"|wartawan|기자|특파원|記者)s?\b.*"
)
# Where the names of a byline end: an "Updated …" label, a digit, a date.
AUTHOR_NAMES_END = (
    r"(?<!\s)\s+(?:updated|published|posted|last updated|on|em|il|le|follow|seguir|segui)\b|(?<!\s)\s*\d"
    r"|(?<!\s)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
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
# A match starts at the first space of a run ((?<!\s)): tried at every space of a long run, the split was quadratic.
AUTHOR_SEPARATORS = r"(?<!\s)\s*(?:,|;|\band\b|\bund\b|\be\b|\by\b|\bdan\b|\bи\b|&|、|和|·)\s*"
AUTHOR_HANDLE = r"(?<!\s)(?:\s*@\w+|\s*[|•⋅].*|\s+[-–—/]\s.*|\s*\([^)]{0,200}\)|\s+(?:for|special to|in|at)\s.*)"
# "Ann Lee, Staff Writer", "Ann Lee | Reporter", "Ann Lee — Correspondent": names, then a role.
NAMES_THEN_ROLE = r"(?P<names>[^,|]{3,60}?)\s*(?:[,|]|\s[-–—]\s)\s*(?P<role>[^.!?]{2,50})"
# A user name as the byline, then the date: "By admin - 2018-09-16", "By jdoe | March 3, 2020".
USER_NAME_THEN_DATE = r"(?P<user>[a-z][a-z0-9_.-]{2,30})\s*[-–—|•·]\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}).{0,30}"

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

# "Chris Davies - Nov 19, 2019": a name, a separator, then a date.
NAME_THEN_DATE = r"(?P<names>[^|\d\-–—•·]{3,60}?)\s*(?:\s[-–—|•·]|[|•·])\s*(?P<date>.*\d.{2,60})"
# A person's hover card printed inside a sentence: the linked name, the name again (perhaps in full) as
# the card's title, the card's headlines, and its "MORE" link ("Rep. Jane DoeJane Ann DoeSenate passes … MORE").
HOVER_CARD = r"(?P<name>(?P<first>[A-Z][\w.'’-]{0,40}+)(?: [A-Z][\w.'’-]*){1,3})(?P=first)\b.{0,600}?\sMORE\b"

# A byline glued to the link to the author's other stories: "Ann LeeView More Articles", "Ann Lee See all posts".
AUTHOR_PAGE_LINK = r"(?P<names>[^\d|]{3,60}?)\s*(?:view|see|read|show|browse)\s+(?:more|all)\s+(?:articles|posts|stories)\W*"

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
# A Korean paper's own bracketed byline opening the story: "[한빛일보=홍길동 기자] …", "[아시아경제 김철수 기자] …":
# the paper (no place, no agency), then its reporter.
KOREAN_BRACKET_BYLINE = r"\[(?P<outlet>[^\]=]{1,20})[= ](?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\]"
# A role that ends an author's bio: "Claire Holloway is a contributing writer at The Longitude."
BIO_ROLE = (
    r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) is (?:an?|the) (?:[\w-]+ ){0,4}?"
    r"(?:writer|editor|reporter|correspondent|journalist|columnist|contributor|author|photographer|producer|critic)\b"
)

# Words that open an author value in a page's metadata ("By Jane Doe", "Por Maria Silva"), cut before the names are split.
METADATA_AUTHOR_PREFIX = (
    r"^(?:by|por|von|par|di|oleh|door|от|written by|posted by|reporting by|текст|text|texto|testo)(?:\s*+:\s++|\s++)"
)
# Where one author's name ends and the next begins: punctuation, or "and" in several languages.
METADATA_AUTHOR_SEPARATORS = r"(?<!\s)(?:\s*(?:;|,|\band\b|&|\|)\s*|\s+(?-i:e|y|und|et|dan|og|och|и)\s+)"

# Initials or a desk code in parentheses after a name ("Jane Doe (jd)", "Ola Nordmann (NTB)"): not part of it.
NAME_TAIL_CODE = r"(?<!\s)\s*\((?:[A-Za-z]\.?){1,4}\)$"  # (?<!\s): tried once per run of spaces

# A short byline block ("By Jane Doe", "Por Maria Silva", "Jane Doe | Reuters").
BYLINE_BLOCK = (
    r"(?:by|por|di|von|par|oleh|door|af|av|от|автор)(?:\s*[:\-]\s*|\s+)\S.{0,80}"
    r"|[\w .'-]{2,60}\s*[|/,]\s*(?:reuters|ap|afp|staff|bloomberg)"
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

# Post-nominal letters printed after an author's name ("Dylan Bailey, MS, RD, FAND", "Ann Lee CPP, PSP"):
# degrees, licences and board certifications, matched case-blind with their dots taken out.
CREDENTIALS = frozenset({
    "md", "do", "phd", "ms", "msc", "ma", "mba", "mph", "msw", "mfa", "med", "edd", "psyd", "pharmd", "dnp", "drph",
    "rd", "rdn", "ld", "ldn", "cdn", "cde", "cdces", "fand", "rn", "bsn", "msn", "np", "fnp", "aprn", "cnm", "ibclc",
    "cpa", "ea", "cfp", "cfa", "chfc", "clu", "jd", "esq", "llm", "cscs", "cpt", "cpp", "psp", "cissp", "cism",
    "pmp", "dds", "dmd", "dvm", "dpt", "lcsw", "lmft", "lpc", "facp", "facc", "faap", "fache", "mpa", "rph",
})

# A line naming who reviewed or checked the story, printed with the byline ("Medically reviewed by Ann Lee, MD",
# "Fact-checked by Tom Park"): it marks the header as a byline does, but names no author.
REVIEWER_LINE = (
    r"(?i:(?:medically |expert |editorially )?(?:reviewed|fact[- ]?checked|verified)\s+by)\s*:?\s*(?P<names>[A-Z].{1,100})"
)
