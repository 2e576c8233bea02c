"""What is known about each source before its module is imported.

Detection reads only this table, so a run imports the one source module that
matches (or none). A source module takes its own entry from here, so these facts
are written once. Signatures are regexes (MULTILINE) searched in the first 6,000 and the
last 3,000 characters of a text dump; each adds its weight to the source's score. A footer
that a whole media group prints (FUNKE, Reach, Euronews) weighs 2 and never claims a page
alone: an outlet-only line (its own promo, its edition's labels) must join it.
"""
from __future__ import annotations

from typing import NamedTuple


class SourceEntry(NamedTuple):
    """How to recognise one outlet, and where its parser lives."""

    id: str
    name: str
    module: str  # module name under newsclean.parsers.sources
    domains: tuple[str, ...]  # a host on one of them, or under it, is the outlet's (the longest match wins)
    text_signatures: tuple[tuple[str, int], ...]  # (regex, weight)
    source_tz: str | None  # the zone the outlet prints its times in
    languages: tuple[str, ...]  # the first is the default

    @property
    def language(self) -> str | None:
        """The outlet's default language."""
        return self.languages[0] if self.languages else None


FUNKE_FOOTER = (r"^Eine Webseite der FUNKE Mediengruppe", 2)
REACH_FOOTER = (r"^© ?\d{4} a Reach plc subsidiary$", 2)
EURONEWS_FOOTER = (r"^Copyright © euronews \d{4}$", 2)

CATALOG: tuple[SourceEntry, ...] = (
    SourceEntry(
        id="cgtn",
        name="CGTN",
        module="cgtn",
        domains=("cgtn.com", "news.cgtn.com", "newsaf.cgtn.com", "newsus.cgtn.com", "chinese.cgtn.com"),
        text_signatures=(
            (r"^\d{4}\.\d{2}\.\d{2} \d{2}:\d{2} GMT\+8$", 3),
            (r"^(?:Updated|更新(?:时间)?[:：]?) ?\d{4}\.\d{2}\.\d{2} \d{2}:\d{2} GMT\+8$", 3),
            (r"^CGTN(?: Digital| Africa| America| Europe)?$", 2),
            (r"^Copyright © \d{0,4}\s*CGTN", 3),
            (r"^(?:By |Source: |Video editor: )?CGTN\b", 1),
            (r"^(?:Copyright ©|RELATED STORIES)$", 1),
            # The Chinese edition's header time, alone on its line (common to Chinese sites: weight 1).
            (r"^(?:(?:发布|更新)时间[:：]?\s*)?\d{4}(?:-\d{2}-\d{2}|年\d{1,2}月\d{1,2}日)\s*\d{2}:\d{2}$", 1),
        ),
        source_tz="Asia/Shanghai",
        languages=("en", "zh"),
    ),
    # FUNKE Mediengruppe: one CMS (parsers/sources/funke.py); the closing promo and blurb name the paper.
    SourceEntry(
        id="bsz", name="Braunschweiger Zeitung", module="bsz", domains=("braunschweiger-zeitung.de",),
        text_signatures=(FUNKE_FOOTER, (r"^(?:Kennen Sie schon unsere PLUS-Inhalte\? )?Jetzt BZ-WN\s+testen$", 3),
                         (r"aus Braunschweig, der Region und Niedersachsen", 2)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    SourceEntry(
        id="morgenpost", name="Berliner Morgenpost", module="morgenpost", domains=("morgenpost.de",),
        text_signatures=(FUNKE_FOOTER, (r"^(?:Kennen Sie schon unsere PLUS-Inhalte\? )?Jetzt Morgenpost\s+testen$", 3),
                         (r"Wirtschaft und Sport aus Berlin, Deutschland und der Welt\.$", 2)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    SourceEntry(
        id="abendblatt", name="Hamburger Abendblatt", module="abendblatt", domains=("abendblatt.de",),
        text_signatures=(FUNKE_FOOTER, (r"^(?:Kennen Sie schon unsere PLUS-Inhalte\? )?Jetzt Abendblatt\s+testen$", 3),
                         (r"^Nachrichten aus Hamburg - Aktuelle Nachrichten", 2)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    SourceEntry(
        id="waz", name="WAZ", module="waz", domains=("waz.de",),
        text_signatures=(FUNKE_FOOTER, (r"^(?:Kennen Sie schon unsere PLUS-Inhalte\? )?Jetzt WAZ\s+testen$", 3),
                         (r"Sport - aus Essen, Deutschland und der Welt\.$", 2), (r"\bWAZ-Newsletter\b", 2)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    # Reach plc: one CMS (parsers/sources/reach.py); the subscription line names the paper.
    SourceEntry(
        id="mirror", name="The Mirror", module="mirror", domains=("mirror.co.uk",),
        text_signatures=(REACH_FOOTER, (r"^Subscribe to Daily Mirror and Sunday Mirror newspapers$", 3),
                         (r"^Mirror Bingo$", 1)),
        source_tz="Europe/London", languages=("en",),
    ),
    SourceEntry(
        id="dailystar", name="Daily Star", module="dailystar", domains=("dailystar.co.uk",),
        text_signatures=(REACH_FOOTER, (r"^Subscribe to Daily Star and Daily Star On Sunday newspapers$", 3),
                         (r"^Follow Daily Star on socials:$", 1)),
        source_tz="Europe/London", languages=("en",),
    ),
    # Euronews: one CMS, an edition per language (parsers/sources/euronews.py); the byline's labels
    # name the edition.
    SourceEntry(
        id="euronews_de", name="Euronews (Deutsch)", module="euronews_de", domains=("de.euronews.com",),
        text_signatures=(EURONEWS_FOOTER, (r"^Zuerst veröffentlicht am \d{2}/\d{2}/\d{4}", 3)),
        source_tz="Europe/Brussels", languages=("de",),
    ),
    SourceEntry(
        id="euronews_en", name="Euronews", module="euronews_en", domains=("www.euronews.com",),
        text_signatures=(EURONEWS_FOOTER, (r"^(?:Published|Updated) on \d{2}/\d{2}/\d{4}", 3)),
        source_tz="Europe/Brussels", languages=("en",),
    ),
    SourceEntry(
        id="euronews_fr", name="Euronews (Français)", module="euronews_fr", domains=("fr.euronews.com",),
        text_signatures=(EURONEWS_FOOTER, (r"^Publié le \d{2}/\d{2}/\d{4}", 3)),
        source_tz="Europe/Brussels", languages=("fr",),
    ),
    # German-language public broadcasters and papers, one CMS each: the footer or promo lines name the outlet.
    SourceEntry(
        id="srf", name="SRF", module="srf", domains=("srf.ch",),
        text_signatures=((r"^SRF Schweizer Radio und Fernsehen,$", 3),
                         (r"^Schweizer Radio und Fernsehen, zur Startseite$", 2),
                         (r"^Zweigniederlassung der Schweizerischen Radio- und Fernsehgesellschaft$", 1)),
        source_tz="Europe/Zurich", languages=("de",),
    ),
    SourceEntry(
        id="20min", name="20 Minuten", module="zwanzig_minuten", domains=("20min.ch",),
        text_signatures=((r"^Publiziert\d{1,2}\. [A-ZÄ][a-zä]+ \d{4}, \d{1,2}:\d{2}$", 3),
                         (r"Whatsapp-Kanal von 20 Minuten|^Folgst du schon 20 Minuten auf", 2),
                         (r"^Kochen mit FOOBY$", 1)),
        source_tz="Europe/Zurich", languages=("de",),
    ),
    SourceEntry(
        id="br", name="BR24", module="br", domains=("br.de",),
        text_signatures=((r"^Zum Feierabend das Wichtigste aus der BR24 Redaktion\.$", 3),
                         (r"^BR24-App downloaden$", 2), (r"^(?:Der )?BR24 Newsletter$", 1)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    SourceEntry(
        id="boersen_zeitung", name="Börsen-Zeitung", module="boersen_zeitung", domains=("boersen-zeitung.de",),
        text_signatures=((r"^© \d{4} Börsen-Zeitung – eine Marke der", 3), (r"^Börsen-Zeitung abonnieren$", 2),
                         (r"^ESG PRO abonnieren$", 1)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    SourceEntry(
        id="dw", name="Deutsche Welle", module="dw", domains=("dw.com",),
        text_signatures=((r"^© \d{4} Deutsche Welle\b", 3), (r"https://p\.dw\.com/p/\w+$", 2)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    SourceEntry(
        id="welt", name="WELT", module="welt", domains=("welt.de",),
        text_signatures=((r"^WELT-PHOTO SYNDICATION$", 2), (r"^Stand: .{0,20}Lesedauer: \d+ Minuten?$", 2),
                         (r"^WELT EDITION$", 1), (r"^WELT NEWS$", 1)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    SourceEntry(
        id="faz", name="Frankfurter Allgemeine Zeitung", module="faz", domains=("faz.net",),
        text_signatures=((r"^© Frankfurter Allgemeine Zeitung GmbH 2001\s*[-–]\s*\d{4}$", 3), (r"^MEHR F\.A\.Z\.$", 2),
                         (r"^Über die F\.A\.Z\.$", 1)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    SourceEntry(
        id="mdr", name="MDR", module="mdr", domains=("mdr.de",),
        text_signatures=((r"^Der Mitteldeutsche Rundfunk ist Mitglied der ARD\.$", 3), (r"^Zur MDR Mediathek$", 2),
                         (r"^MDR\.DE$", 1)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    # News sites and agencies in German and English, one CMS each: their copyright or account lines name them.
    SourceEntry(
        id="ntv", name="ntv Nachrichten", module="ntv", domains=("n-tv.de",),
        text_signatures=((r"^© ntv\.de Alle Rechte vorbehalten$", 3),
                         (r"^\w+, \d{1,2}\. \w+ \d{4} \d{2}:\d{2} Uhr Frankfurt \| .{0,40}London", 2),
                         (r"\bn-tv Nachrichtenfernsehen GmbH\b", 2)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    SourceEntry(
        id="stern", name="stern", module="stern", domains=("stern.de",),
        # "© G+J Medien GmbH" is printed by the group's other titles (Capital, Geo…) too: weight 2.
        text_signatures=((r"^© G\+J Medien GmbH$", 2), (r"^Zugang zu allen STERN PLUS-Inhalten", 3),
                         (r"^Mein stern-Konto", 2), (r"^Stiftung stern\s*$", 1), (r"^stern PLUS$", 1)),
        source_tz="Europe/Berlin", languages=("de",),
    ),
    SourceEntry(
        id="nationalpost", name="National Post", module="nationalpost", domains=("nationalpost.com",),
        # "Postmedia Network Inc." is printed by the group's other papers too: weight 2.
        text_signatures=((r"^© \d{4} National Post, a division of Postmedia Network Inc\.", 3),
                         (r"\bPostmedia Network Inc\.", 2), (r"^Share this Story : ", 1)),
        source_tz="America/Toronto", languages=("en",),
    ),
    SourceEntry(
        id="ninenews", name="9News", module="ninenews", domains=("nine.com.au",),
        # The pages print times in the reader's clock: UTC in the saved pages and their dumps.
        text_signatures=((r"^© \d{4} Nine Entertainment Co\.$", 3), (r"^nine\.com\.au$", 1),
                         (r"^(?:9Now|Wide World of Sports)$", 1)),
        source_tz="UTC", languages=("en",),
    ),
    SourceEntry(
        id="metro", name="Metro", module="metro", domains=("metro.co.uk",),
        # "Associated Newspapers Limited" is printed by the i Paper and the Daily Mail too: weight 2.
        text_signatures=((r"^© \d{4} Associated Newspapers Limited Powered by WordPress\.com VIP", 3),
                         (r"^Search Metro$", 2), (r"^(?:Stay in touch )?MetroUK @MetroUK", 2)),
        source_tz="Europe/London", languages=("en",),
    ),
    SourceEntry(
        id="telegraph", name="The Telegraph", module="telegraph", domains=("telegraph.co.uk",),
        text_signatures=((r"^© Telegraph Media Group Limited \d{4}$", 3), (r"^Download the Telegraph App$", 1),
                         (r"^The Telegraph values your comments", 2), (r"^Work at The Telegraph$", 1)),
        source_tz="Europe/London", languages=("en",),
    ),
    SourceEntry(
        id="apnews", name="AP News", module="apnews", domains=("apnews.com",),
        # Other sites print AP copy with its copyright line: weight 2, joined by AP's own footer links.
        text_signatures=((r"^Copyright \d{4} The Associated Press\. All Rights Reserved\.$", 2),
                         (r"^AP News Values and Principles\s*$", 2), (r"^AP Definitive Source Blog\s*$", 1),
                         (r"^More From AP News\s*$", 1)),
        source_tz="America/New_York", languages=("en",),
    ),
    SourceEntry(
        id="businessinsider", name="Business Insider", module="businessinsider",
        domains=("businessinsider.com", "insider.com"),
        text_signatures=((r"^\* Copyright © \d{4} Insider Inc\. All rights reserved\.", 3),
                         (r"^Jobs @ Business Insider$", 2), (r"^Stock quotes by finanzen\.net$", 1)),
        source_tz="America/New_York", languages=("en",),
    ),
    SourceEntry(
        id="seznamzpravy", name="Seznam Zprávy", module="seznamzpravy", domains=("seznamzpravy.cz",),
        # "Seznam.cz, a.s." is printed by the group's other sites too: weight 2.
        text_signatures=((r"^Copyright © Seznam Zprávy, a\.s\.", 3), (r"^Seznam Zprávy$", 1),
                         (r"Copyright © Seznam\.cz, a\.s\.", 2), (r"^Drobečková navigace$", 1)),
        source_tz="Europe/Prague", languages=("cs",),
    ),
    SourceEntry(
        id="lavanguardia", name="La Vanguardia", module="lavanguardia", domains=("lavanguardia.com",),
        text_signatures=((r"^© La Vanguardia Ediciones, SLU", 3), (r"^La Vanguardia$", 1),
                         (r"^\d{2}/\d{2}/\d{4} \d{2}:\d{2} Actualizado a \d{2}/\d{2}/\d{4} \d{2}:\d{2}$", 1)),
        source_tz="Europe/Madrid", languages=("es",),
    ),
    SourceEntry(
        id="abc", name="ABC", module="abc", domains=("abc.es",),
        # "Webs de Vocento" closes the pages of the group's other papers too: weight 1.
        text_signatures=((r"^Copyright © DIARIO ABC, S\.L\.", 3), (r"^Ventajas ABC suscriptor$", 2),
                         (r"^Webs de Vocento\s*$", 1)),
        source_tz="Europe/Madrid", languages=("es",),
    ),
    SourceEntry(
        id="hankookilbo", name="Hankook Ilbo", module="hankookilbo", domains=("hankookilbo.com",),
        text_signatures=((r"Copyright ⓒ Hankookilbo", 3), (r"^세상을 보는 균형, 한국일보", 2), (r"^한국일보에$", 1)),
        source_tz="Asia/Seoul", languages=("ko",),
    ),
    SourceEntry(
        id="dagbladet", name="Dagbladet", module="dagbladet", domains=("dagbladet.no",),
        # Labrador CMS runs other Aller Media sites: its footer counts only with the paper's name in it.
        text_signatures=((r"^© \d{4} Dagbladet \| Powered by Labrador CMS", 3),
                         (r"^Dagbladet er en del av Aller Media\.", 3),
                         (r"^Sammendraget er laget av \w+ og godkjent av Dagbladet\.$", 2), (r"^Jobb i Dagbladet$", 1)),
        source_tz="Europe/Oslo", languages=("nb",),
    ),
    SourceEntry(
        id="rzeczpospolita", name="Rzeczpospolita", module="rzeczpospolita", domains=("rp.pl",),
        # Gremi Media publishes other titles (Parkiet): its copyright weighs 2.
        text_signatures=((r"^© Copyright by GREMI MEDIA SA$", 2), (r"^Źródło: rp\.pl$", 3),
                         (r"^Analizy Rzeczpospolitej$", 2), (r"^Rp\.pl wyjaśnia$", 1)),
        source_tz="Europe/Warsaw", languages=("pl",),
    ),
    SourceEntry(
        id="ntvtr", name="NTV (Türkiye)", module="ntvtr", domains=("ntv.com.tr",),
        # The Doğuş group's line is printed by its other sites too: weight 2.
        text_signatures=((r"^NTV uygulamasını indirin, gelişmelerden haberdar olun$", 3), (r"^Doğuş Yayın Grubu$", 2),
                         (r"^NTVParaCanlı Döviz Kuru", 2), (r"^İzleyici Temsilcisi$", 1),
                         (r"^Canlı İzleSon Dakika$", 1)),
        source_tz="Europe/Istanbul", languages=("tr",),
    ),
    SourceEntry(
        id="anadolu", name="Anadolu Ajansı", module="anadolu", domains=("aa.com.tr",),
        # Other sites print AA copy and name the agency: only its own footer and notice count.
        text_signatures=((r"Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi \(HAS\)", 3),
                         (r"Anadolu Ajansı © \d{4}", 3), (r"^Değişen Dünyanın Habercisi", 1)),
        source_tz="Europe/Istanbul", languages=("tr",),
    ),
)

BY_ID: dict[str, SourceEntry] = {entry.id: entry for entry in CATALOG}

# A text must score at least this much for a source to claim it, and more than any other source.
TEXT_MATCH_THRESHOLD = 4
