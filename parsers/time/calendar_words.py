"""Calendar words as data: month and weekday names, connectors, labels, relative-time words, in many languages.

Data only; :mod:`.formats` builds the patterns that read them. Every word is matched case-insensitively.
"""
from __future__ import annotations

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
        "page last modified", "content current as of", "last updated", "last modified", "updated on", "updated at", "updated", "modified", "last update",
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
        "publish date", "published date", "publication date", "date published",
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
EMBED_SIGNATURE = r"^\s*+[—–-]++\s*+[^()]*+\(@\w+\)"

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
