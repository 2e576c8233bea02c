"""Datelines: the place, date and agency that open a wire story, in the shapes agencies print them."""
from __future__ import annotations

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

# The Korean wire opening: "[서울=한빛통신] 이지은 기자 = …": place, agency, then the reporter.
KOREAN_WIRE_OPENING = r"\[(?P<place>[^\]=]{1,12})=(?P<agency>[^\]=]{1,20})\]\s*(?:(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\s*=)?"
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
