"""Vocabulary for time stamps: zone abbreviations, month and weekday names, labels.

Data only; :mod:`newsclean.parsers.timestamps` holds the logic that reads it.
Offsets are minutes east of UTC. Every name is matched case-insensitively.
"""
from __future__ import annotations

from typing import NamedTuple


class FixedZone(NamedTuple):
    """An abbreviation that names one fixed offset.

    ``region``/``dst`` say where and in which half of the year it is right, so a
    date that contradicts it ("EST" in July) can be warned about.
    """

    minutes: int
    region: str | None = None
    dst: bool | None = None


class ZoneChoice(NamedTuple):
    """One reading of an ambiguous abbreviation."""

    name: str
    region: str  # the IANA zone whose country uses it
    minutes: int
    dst: bool | None = None


FIXED_ZONES: dict[str, FixedZone] = {
    "UTC": FixedZone(0), "GMT": FixedZone(0), "UT": FixedZone(0), "Z": FixedZone(0),
    "EST": FixedZone(-300, "America/New_York", False), "EDT": FixedZone(-240, "America/New_York", True),
    "CDT": FixedZone(-300, "America/Chicago", True),
    "MST": FixedZone(-420, "America/Denver", False), "MDT": FixedZone(-360, "America/Denver", True),
    "PST": FixedZone(-480, "America/Los_Angeles", False), "PDT": FixedZone(-420, "America/Los_Angeles", True),
    "AKST": FixedZone(-540, "America/Anchorage", False), "AKDT": FixedZone(-480, "America/Anchorage", True),
    "HST": FixedZone(-600),
    "ADT": FixedZone(-180, "America/Halifax", True),
    "NST": FixedZone(-210, "America/St_Johns", False), "NDT": FixedZone(-150, "America/St_Johns", True),
    "BRT": FixedZone(-180), "ART": FixedZone(-180),
    "WET": FixedZone(0, "Europe/Lisbon", False), "WEST": FixedZone(60, "Europe/Lisbon", True),
    "CET": FixedZone(60, "Europe/Paris", False), "CEST": FixedZone(120, "Europe/Paris", True),
    "MEZ": FixedZone(60, "Europe/Berlin", False), "MESZ": FixedZone(120, "Europe/Berlin", True),
    "EET": FixedZone(120, "Europe/Athens", False), "EEST": FixedZone(180, "Europe/Athens", True),
    "MSK": FixedZone(180), "МСК": FixedZone(180), "IDT": FixedZone(180, "Asia/Jerusalem", True),
    "WAT": FixedZone(60), "CAT": FixedZone(120), "SAST": FixedZone(120), "EAT": FixedZone(180),
    "GST": FixedZone(240), "IRST": FixedZone(210), "PKT": FixedZone(300), "NPT": FixedZone(345),
    "ICT": FixedZone(420), "WIB": FixedZone(420), "WITA": FixedZone(480), "WIT": FixedZone(540),
    "BJT": FixedZone(480), "HKT": FixedZone(480), "SGT": FixedZone(480), "MYT": FixedZone(480),
    "PHT": FixedZone(480), "AWST": FixedZone(480),
    "JST": FixedZone(540), "KST": FixedZone(540),
    # spelled out
    "Eastern Standard Time": FixedZone(-300, "America/New_York", False),
    "Eastern Daylight Time": FixedZone(-240, "America/New_York", True),
    "Central Standard Time": FixedZone(-360, "America/Chicago", False),
    "Central Daylight Time": FixedZone(-300, "America/Chicago", True),
    "Pacific Standard Time": FixedZone(-480, "America/Los_Angeles", False),
    "Pacific Daylight Time": FixedZone(-420, "America/Los_Angeles", True),
    "Greenwich Mean Time": FixedZone(0), "Coordinated Universal Time": FixedZone(0),
    "British Summer Time": FixedZone(60, "Europe/London", True),
    "Central European Time": FixedZone(60, "Europe/Paris", False),
    "Central European Summer Time": FixedZone(120, "Europe/Paris", True),
    "India Standard Time": FixedZone(330), "China Standard Time": FixedZone(480),
    "Japan Standard Time": FixedZone(540), "Korea Standard Time": FixedZone(540),
    "Moscow Standard Time": FixedZone(180), "Hong Kong Time": FixedZone(480),
    "ACST": FixedZone(570, "Australia/Adelaide", False), "ACDT": FixedZone(630, "Australia/Adelaide", True),
    "AEST": FixedZone(600, "Australia/Sydney", False), "AEDT": FixedZone(660, "Australia/Sydney", True),
    "NZST": FixedZone(720, "Pacific/Auckland", False), "NZDT": FixedZone(780, "Pacific/Auckland", True),
}

# Names of a region's clock, whichever half of the year: resolved through IANA so
# daylight saving follows the date.
REGION_ZONES: dict[str, str] = {
    "ET": "America/New_York", "PT": "America/Los_Angeles", "CT": "America/Chicago", "MT": "America/Denver",
    "Eastern Time": "America/New_York", "Pacific Time": "America/Los_Angeles",
    "Central Time": "America/Chicago", "Mountain Time": "America/Denver",
    "Beijing Time": "Asia/Shanghai", "Moscow Time": "Europe/Moscow",
    "UK Time": "Europe/London", "UK": "Europe/London", "Tokyo Time": "Asia/Tokyo", "Seoul Time": "Asia/Seoul",
    "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai",
}

AMBIGUOUS_ZONES: dict[str, tuple[ZoneChoice, ...]] = {
    "CST": (ZoneChoice("China Standard Time", "Asia/Shanghai", 480),
            ZoneChoice("US Central Standard Time", "America/Chicago", -360, False)),
    "IST": (ZoneChoice("India Standard Time", "Asia/Kolkata", 330),
            ZoneChoice("Irish Standard Time", "Europe/Dublin", 60),
            ZoneChoice("Israel Standard Time", "Asia/Jerusalem", 120)),
    "BST": (ZoneChoice("British Summer Time", "Europe/London", 60, True),
            ZoneChoice("Bangladesh Standard Time", "Asia/Dhaka", 360)),
    "AST": (ZoneChoice("Atlantic Standard Time", "America/Halifax", -240, False),
            ZoneChoice("Arabia Standard Time", "Asia/Riyadh", 180)),
}

# Page language -> the region an ambiguous abbreviation then means.
LANGUAGE_ZONES: dict[str, dict[str, str]] = {
    "CST": {"zh": "Asia/Shanghai"},
    "IST": {lang: "Asia/Kolkata" for lang in ("hi", "mr", "ta", "te", "kn", "ml", "gu", "pa", "or", "as")}
    | {"he": "Asia/Jerusalem", "ga": "Europe/Dublin"},
    "BST": {"bn": "Asia/Dhaka"},
    "AST": {"ar": "Asia/Riyadh"},
}

# The reading most pages in a language mean (English pages with "CST" are almost
# always US ones; China's English outlets print GMT+8/BJT). Used with a warning.
CONVENTION_ZONES: dict[str, dict[str, str]] = {
    "CST": {"en": "America/Chicago"},
    "IST": {"en": "Asia/Kolkata"},
    "BST": {"en": "Europe/London"},
}

# Aliases tzdata keeps for the same clocks (a source may declare either name).
ZONE_ALIASES: dict[str, str] = {"Asia/Calcutta": "Asia/Kolkata", "Asia/Chongqing": "Asia/Shanghai",
                                "Asia/Harbin": "Asia/Shanghai", "PRC": "Asia/Shanghai", "Eire": "Europe/Dublin",
                                "Israel": "Asia/Jerusalem", "Asia/Tel_Aviv": "Asia/Jerusalem", "GB": "Europe/London",
                                "US/Central": "America/Chicago", "Asia/Dacca": "Asia/Dhaka"}

MONTHS: dict[str, int] = {}
for _month, _names in enumerate((
    # en, pt, es, fr, de, it, id, ru (nominative and genitive), nl, pl (genitive), tr, sv/da/no; abbreviations
    "january jan janeiro enero janvier janv januar jänner jän gennaio gen januari январь января янв "
    "stycznia styczeń ocak",
    "february feb febr fevereiro fev febrero février fevrier févr fevr februar febbraio februari февраль февраля фев "
    "februari lutego luty şubat subat",
    "march mar março marco marzo mars märz maerz mär maret март марта maart mrt marca marzec mart marts",
    "april apr abril abr avril avr aprile апрель апреля апр kwietnia kwiecień nisan",
    "may maio mai mayo maggio mag mei май мая maja maj mayıs mayis",
    "june jun junho junio juin juni giugno giu июнь июня июн czerwca czerwiec haziran",
    "july jul julho julio juillet juil juli luglio lug июль июля июл lipca lipiec temmuz",
    "august aug agosto ago août aout agustus agu agt ags август августа авг augustus sierpnia sierpień ağustos "
    "agustos augusti",
    "september sep sept setembro set septiembre setiembre septembre settembre сентябрь сентября сен сент "
    "września wrzesień eylül eylul",
    "october oct outubro out octubre octobre oktober okt ottobre ott октябрь октября окт października "
    "październik ekim",
    "november nov novembro noviembre novembre novembre nopember ноябрь ноября ноя нояб listopada listopad kasım "
    "kasim",
    "december dec dezembro dez diciembre dic décembre decembre dezember dicembre desember des декабрь декабря дек "
    "grudnia grudzień aralık aralik",
), 1):
    MONTHS.update(dict.fromkeys(_names.split(), _month))

WEEKDAYS: tuple[str, ...] = tuple("""
monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun
segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira sábado sabado domingo
segunda terça quarta quinta sexta seg ter qua qui sex sáb
lunes martes miércoles miercoles jueves viernes
lundi mardi mercredi jeudi vendredi samedi dimanche
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica
senin selasa rabu kamis jumat jum'at sabtu minggu
понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
пн вт ср чт пт сб вс
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
poniedziałek wtorek środa czwartek piątek sobota niedziela
pazartesi salı çarşamba perşembe cuma cumartesi pazar
måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag onsdag torsdag fredag lørdag søndag
월요일 화요일 수요일 목요일 금요일 토요일 일요일 월 화 수 목 금 토 일
月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日 月 火 水 木 金 土 日
星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 周一 周二 周三 周四 周五 周六 周日
""".split())

# Words allowed between a date and its time ("at", "às", "um", "pukul", …).
CONNECTORS: tuple[str, ...] = tuple("""
at on às as à a las alle ore um kl kl. om pukul jam в le el il am de del du godz godz. saat klo
""".split())

# Labels that say which time a line gives. Matched at word boundaries.
LABELS: dict[str, tuple[str, ...]] = {
    "updated": (
        "last updated", "last modified", "updated on", "updated at", "updated", "modified", "last update",
        "atualizado em", "atualizado", "atualização", "actualizado", "actualizado el", "actualización",
        "mis à jour le", "mis à jour", "mise à jour", "modifié le", "modifié", "ultima modifica",
        "modifica il", "modificato il", "modificato",
        "última actualización", "última atualização", "aktualisiert am", "aktualisiert",
        "zuletzt aktualisiert", "aggiornato il", "aggiornato", "aggiornamento", "обновлено", "обновлен",
        "diperbarui", "update", "bijgewerkt", "laatst bijgewerkt", "aktualizacja", "zaktualizowano",
        "güncelleme", "güncellenme", "oppdatert", "uppdaterad", "opdateret", "수정", "최종수정", "업데이트", "更新时间", "更新時間", "更新于", "更新於",
        "最后更新", "最終更新", "更新",
    ),
    "published": (
        "first published on", "first published", "originally published", "published on", "published at",
        "published", "posted on", "posted at", "posted", "original", "created", "publicado em", "publicado el",
        "publicado", "publicada", "publié le", "publié", "publie le", "veröffentlicht am", "veröffentlicht",
        "erstellt am", "pubblicato il", "pubblicato", "опубликовано", "опубликован", "дата публикации",
        "diterbitkan", "dipublikasikan", "dipublikasi", "gepubliceerd", "opublikowano", "publikacja",
        "yayınlanma", "yayınlandı", "publisert", "publicerad", "publiceret", "입력", "기사입력", "등록", "송고시간", "发布时间", "發布時間",
        "发布于", "發佈", "发布", "發布", "公開日", "公開", "配信",
    ),
}

# The signature line of an embedded post ("— Name (@handle) November 15, 2019"):
# its date is the post's, not the article's.
EMBED_SIGNATURE = r"^\s*[—–-]+\s*[^()]*\(@\w+\)"

# Relative times: numbers, units, and the words that make them past ("ago", "há").
NUMBER_WORDS: dict[str, int] = {"a": 1, "an": 1, "one": 1, "uma": 1, "um": 1, "una": 1, "un": 1, "une": 1,
                                "einer": 1, "einem": 1, "ein": 1, "satu": 1}
TIME_UNITS: dict[str, str] = {}
for _unit, _names in (
    ("seconds", "seconds second secs sec segundos segundo secondes seconde sekunden sekunde secondi secondo "
                "секунд секунды секунду detik 초 秒"),
    ("minutes", "minutes minute mins min minutos minuto minuten minute minuti minuto минут минуты минуту "
                "menit 분 分钟 分鐘 分"),
    ("hours", "hours hour hrs hr horas hora heures heure stunden stunde ore ora часов часа час jam 시간 小时 小時 時間"),
    ("days", "days day dias dia días día jours jour tagen tag giorni giorno дней дня день hari 일 天 日"),
    ("weeks", "weeks week semanas semana semaines semaine wochen woche settimane settimana недель недели неделю "
              "minggu 주 周 週間"),
):
    TIME_UNITS.update(dict.fromkeys(_names.split(), _unit))
AGO_BEFORE: tuple[str, ...] = ("há", "ha", "hace", "il y a", "vor")
AGO_AFTER: tuple[str, ...] = ("ago", "fa", "назад", "yang lalu", "lalu", "전", "前")
JUST_NOW: tuple[str, ...] = ("just now", "agora mesmo", "ahora mismo", "à l'instant", "gerade eben",
                             "только что", "baru saja", "방금", "刚刚", "剛剛", "たった今")
DAY_WORDS: dict[str, int] = {
    "today": 0, "hoje": 0, "hoy": 0, "aujourd'hui": 0, "heute": 0, "oggi": 0, "сегодня": 0,
    "hari ini": 0, "오늘": 0, "今日": 0, "今天": 0,
    "yesterday": -1, "ontem": -1, "ayer": -1, "hier": -1, "gestern": -1, "ieri": -1, "вчера": -1,
    "kemarin": -1, "어제": -1, "昨日": -1, "昨天": -1,
}
PM_WORDS: tuple[str, ...] = ("오후", "午後", "下午", "晚上", "中午")
AM_WORDS: tuple[str, ...] = ("오전", "午前", "上午", "早上", "凌晨")

# Languages that write numeric dates month first (11/19/2019).
MONTH_FIRST_LANGUAGES: frozenset[str | None] = frozenset({None, "en"})
