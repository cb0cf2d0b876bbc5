"""Read dates as pages write them: ISO 8601 and other machine formats, and human dates in many languages.

Every parser returns a `PageDate`: an aware `datetime` when the text gives an offset or a zone, a naive one
when it gives a time without a zone, a `date` when it gives only the day. Offsets are kept as written.

Human dates: day-month-year, month-day-year and year-first orders, with the month names of some fifty
languages in one trie-shaped alternative (so their number costs little), and the time of day as those
languages write it. Digits of any script are read as they are (Python's regexes and `int` take Persian,
Arabic-Indic, Devanagari, Bengali, Thai and full-width digits: no translation pass). Two calendars
besides the Gregorian are converted: the Thai Buddhist era (the year less 543, where a Thai month or
Thai script marks it) and the Solar Hijri calendar of Iran and Afghanistan (its months, or a year in
numbers where Persian or Arabic script marks it). A numeric date whose order is open ("03/04/2020")
reads day first unless the caller says otherwise; the page's language settles the few month words two
languages read differently.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crawler.extraction.article import PageDate
from crawler.extraction.patterns import word_alternation

MIN_YEAR = 1995
MAX_YEAR = dt.date.today().year + 1

# Month names and abbreviations, lower case, in the languages of the news we crawl.
_MONTH_WORDS = {
    1: "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari ianuarie "
    "stycznia styczeń ocak января январь ledna leden január tammikuuta sausio janúar січня jan.",
    2: "february feb februar février fevrier févr fév febrero febbraio fevereiro fev februari "
    "februarie lutego luty şubat subat февраля февраль února únor február helmikuuta vasario "
    "febrúar лютого",
    3: "march mar märz maerz mär mrz mars marzo março marco maart mrt martie marca marzec mart "
    "марта март března březen március maaliskuuta kovo березня maret marts",
    4: "april apr avril avr abril abr aprile aprilie kwietnia kwiecień nisan апреля апрель dubna "
    "duben április huhtikuuta balandžio apríl квітня",
    5: "may mai mayo maggio mag maio mei maj maja mayıs mayis мая май května květen május "
    "toukokuuta gegužės maí травня",
    6: "june jun juni juin junio giugno giu junho iunie czerwca czerwiec haziran июня июнь června "
    "červen június kesäkuuta birželio júní червня",
    7: "july jul juli juillet juil julio luglio lug julho iulie lipca lipiec temmuz июля июль "
    "července červenec július heinäkuuta liepos júlí липня",
    8: "august aug août aout agosto ago augustus sierpnia sierpień ağustos agustus августа август "
    "srpna srpen augusztus elokuuta rugpjūčio ágúst серпня augusti",
    9: "september sep sept septembre septiembre setiembre settembre set setembro septembrie "
    "września wrzesień eylül eylul сентября сентябрь září szeptember syyskuuta rugsėjo вересня",
    10: "october oct oktober okt octobre octubre ottobre ott outubro out octombrie października "
    "październik ekim октября октябрь října říjen október lokakuuta spalio жовтня",
    11: "november nov novembre noviembre novembro noiembrie listopada listopad kasım kasim ноября "
    "ноябрь listopadu marraskuuta lapkričio nóvember листопада",
    12: "december dec dezember dez décembre decembre déc dic diciembre dicembre dezembro decembrie "
    "grudnia grudzień aralık aralik декабря декабрь prosince prosinec joulukuuta gruodžio "
    "desember desember desember грудня",
}
# Arabic: the Gregorian names of Egypt and the Gulf, then the Syriac names of the Levant and Iraq ("24 نيسان /
# أبريل 2020" gives both). Some are two words.
_ARABIC_MONTHS = (
    "يناير|كانون الثاني",
    "فبراير|شباط",
    "مارس|آذار|اذار",
    "أبريل|ابريل|إبريل|نيسان",
    "مايو|أيار|ايار",
    "يونيو|يونيه|حزيران",
    "يوليو|يوليه|تموز",
    "أغسطس|اغسطس|آب",
    "سبتمبر|أيلول|ايلول",
    "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول",
    "نوفمبر|تشرين الثاني",
    "ديسمبر|كانون الأول|كانون الاول",
)
# More languages, one line each: the twelve months in order, separated by spaces; a month's forms
# (nominative, genitive, locative, abbreviation) joined by "|". Greek words also match without their
# accents (capitals drop them), Hebrew ones with the preposition "ב"/"ב-" ("12 בפברואר 2025"), Arabic-script
# ones with either yeh and kaf, Indic ones with either form of a nukta letter.
_MONTHS_BY_LANGUAGE = {
    "hu": "január febr|február márc|március ápr|április máj|május jún|június júl|július aug|augusztus "
    "szept|szeptember okt|október nov|november dec|december",
    "el": "ιανουαρίου|ιανουάριος|ιαν φεβρουαρίου|φεβρουάριος|φεβ μαρτίου|μάρτιος|μαρ απριλίου|απρίλιος|απρ "
    "μαΐου|μάιος|μαΐ|μαιου ιουνίου|ιούνιος|ιουν ιουλίου|ιούλιος|ιουλ αυγούστου|αύγουστος|αυγ "
    "σεπτεμβρίου|σεπτέμβριος|σεπτ|σεπ οκτωβρίου|οκτώβριος|οκτ νοεμβρίου|νοέμβριος|νοε "
    "δεκεμβρίου|δεκέμβριος|δεκ",
    "hr": "siječnja|siječanj veljače|veljača ožujka|ožujak travnja|travanj svibnja|svibanj "
    "lipnja|lipanj srpnja|srpanj kolovoza|kolovoz rujna|rujan listopada|listopad "
    "studenoga|studenog|studeni prosinca|prosinac",
    "sr-Latn bs": "januara|januar februara|februar marta|mart aprila|april maja|maj juna|juni|jun "
    "jula|juli|jul avgusta|avgust|augusta|august septembra|septembar oktobra|oktobar "
    "novembra|novembar decembra|decembar",
    "sr-Cyrl": "јануара|јануар фебруара|фебруар марта|март априла|април маја|мај јуна|јун јула|јул "
    "августа|август септембра|септембар октобра|октобар новембра|новембар децембра|децембар",
    "sl": "januarja|januar februarja|februar marca|marec aprila|april maja|maj junija|junij julija|julij "
    "avgusta|avgust septembra|september oktobra|oktober novembra|november decembra|december",
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември",
    "bg": "януари|яну февруари|фев март|мар април|апр май юни юли август|авг септември|сеп "
    "октомври|окт ноември|ное декември|дек",
    "ru": "янв фев мар апр мая июн июл авг сен|сент окт ноя дек",
    "uk": "січня|січень лютого|лютий березня|березень квітня|квітень травня|травень червня|червень "
    "липня|липень серпня|серпень вересня|вересень жовтня|жовтень листопада|листопад грудня|грудень",
    "be": "студзеня|студзень лютага|люты сакавіка|сакавік красавіка|красавік мая|траўня|травеня|травень "
    "чэрвеня|чэрвень ліпеня|ліпень жніўня|жнівень верасня|верасень кастрычніка|кастрычнік "
    "лістапада|лістапад снежня|снежань",
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    "lv": "janvāris|janvāra|janvārī|janv februāris|februāra|februārī|febr marts|marta|martā "
    "aprīlis|aprīļa|aprīlī maijs|maija|maijā jūnijs|jūnija|jūnijā jūlijs|jūlija|jūlijā "
    "augusts|augusta|augustā septembris|septembra|septembrī oktobris|oktobra|oktobrī "
    "novembris|novembra|novembrī decembris|decembra|decembrī",
    "lt": "sausis vasaris kovas balandis gegužė birželis liepa rugpjūtis rugsėjis spalis lapkritis gruodis",
    "et": "jaanuar|jaanuaril|jaan veebruar|veebruaril|veebr märts|märtsil aprill|aprillil mai "
    "juuni|juunil juuli|juulil august|augustil september|septembril oktoober|oktoobril "
    "november|novembril detsember|detsembril",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu "
    "marraskuu joulukuu",
    "ca": "gener|gen febrer|febr març abril|abr maig juny juliol|jul agost setembre|set octubre|oct "
    "novembre|nov desembre",
    "gl": "xaneiro|xan febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
    "eu": "urtarrila|urtarrilaren|urtarrilak otsaila|otsailaren|otsailak martxoa|martxoaren|martxoak "
    "apirila|apirilaren|apirilak maiatza|maiatzaren|maiatzak ekaina|ekainaren|ekainak "
    "uztaila|uztailaren|uztailak abuztua|abuztuaren|abuztuak iraila|irailaren|irailak "
    "urria|urriaren|urriak azaroa|azaroaren|azaroak abendua|abenduaren|abenduak",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "ro": "ian feb mar apr mai iun iul aug sept oct nov dec",
    "de": "jan feber mär apr mai jun jul aug sep okt nov dez",
    "sq": "janar|janarit shkurt|shkurtit mars|marsit prill|prillit maj|majit qershor|qershorit "
    "korrik|korrikut gusht|gushtit shtator|shtatorit tetor|tetorit nëntor|nëntorit dhjetor|dhjetorit",
    "az": "yanvar fevral mart aprel may iyun iyul avqust|avgust sentyabr oktyabr noyabr dekabr",
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი "
    "ნოემბერი დეკემბერი",
    "hy": "հունվարի|հունվար փետրվարի|փետրվար մարտի|մարտ ապրիլի|ապրիլ մայիսի|մայիս հունիսի|հունիս "
    "հուլիսի|հուլիս օգոստոսի|օգոստոս սեպտեմբերի|սեպտեմբեր հոկտեմբերի|հոկտեմբեր նոյեմբերի|նոյեմբեր "
    "դեկտեմբերի|դեկտեմբեր",
    "id ms": "januari februari maret april mei jun|juni julai|juli ogos|agu|agustus september "
    "okt|oktober nov|november disember|desember",
    "fil": "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
    "sw": "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
    "he": "ינואר פברואר מרץ|מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "fa": "ژانویه فوریه مارس آوریل مه|می ژوئن ژوئیه|ژوییه|جولای اوت|آگوست سپتامبر اکتبر نوامبر دسامبر",
    "ar-maghreb": "جانفي فيفري مارس أفريل|ابريل ماي جوان|يونيو جويلية|يوليوز أوت|غشت سبتمبر|شتنبر "
    "أكتوبر نوفمبر|نونبر ديسمبر|دجنبر",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "hi": "जनवरी फ़रवरी|फरवरी मार्च अप्रैल|अप्रेल मई जून जुलाई अगस्त सितंबर|सितम्बर अक्टूबर|अक्तूबर नवंबर|नवम्बर दिसंबर|दिसम्बर",
    "mr": "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
    "bn": "জানুয়ারি|জানুয়ারী ফেব্রুয়ারি|ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট|আগষ্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "th": "มกราคม|ม.ค. กุมภาพันธ์|ก.พ. มีนาคม|มี.ค. เมษายน|เม.ย. พฤษภาคม|พ.ค. มิถุนายน|มิ.ย. "
    "กรกฎาคม|ก.ค. สิงหาคม|ส.ค. กันยายน|ก.ย. ตุลาคม|ต.ค. พฤศจิกายน|พ.ย. ธันวาคม|ธ.ค.",
}
# Month words that are months only on a page in their language: other languages' words (French "des",
# English "mail" and "Mac", Turkish "ara" and "tem") or another month there (Croatian "listopad" is
# October; Polish and Czech "listopad" November, as MONTHS reads it). Twelve slots, "-" for none.
_LANGUAGE_ONLY_MONTHS = {
    "tr": "oca şub mar nis may haz tem ağu eyl eki kas ara",
    "id": "- - - - - - - - - - - des",
    "ms": "- - mac - - - - - - - - dis",
    "et": "- - - - mail - - - - - - -",
    "hr bs": "- - - - - - - - - listopad|listopada - -",
}
_LANGUAGE_MONTHS: dict[str, dict[str, int]] = {}
for _langs, _line in _LANGUAGE_ONLY_MONTHS.items():
    for _number, _forms in enumerate(_line.split(), 1):
        for _lang in _langs.split():
            for _word in _forms.split("|"):
                if _word != "-":
                    _LANGUAGE_MONTHS.setdefault(_lang, {})[_word] = _number
# The Solar Hijri months of Iran (Persian) and Afghanistan (Dari): a date written with them is converted.
_SOLAR_HIJRI_MONTHS = (
    "فروردین|حمل",
    "اردیبهشت|ثور",
    "خرداد|جوزا",
    "تیر|سرطان",
    "مرداد|اسد",
    "شهریور|سنبله",
    "مهر|میزان",
    "آبان|عقرب",
    "آذر|قوس",
    "دی|جدی",
    "بهمن|دلو",
    "اسفند|حوت",
)
# Nukta letters written precomposed (Unicode's normal forms keep them decomposed).
_NUKTA_LETTERS = "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u09dc\u09dd\u09df"  # क़ … फ़ य़, ড় ঢ় য়
_NUKTA = {unicodedata.normalize("NFD", c): c for c in _NUKTA_LETTERS}
_ARABIC_LETTER_VARIANTS = (("ی", "ي"), ("ک", "ك"), ("ي", "ی"), ("ك", "ک"))


def _variants(word: str) -> set[str]:
    """A month word as pages may write it (see _MONTHS_BY_LANGUAGE)."""
    word = unicodedata.normalize("NFC", word.lower())
    forms = {word}
    if any("\u0370" <= c <= "\u03ff" for c in word):
        bare = unicodedata.normalize("NFD", word)
        for marks in ("\u0301", "\u0301\u0308"):  # capitals keep the diaeresis ("ΜΑΪΟΥ") or not
            forms.add(unicodedata.normalize("NFC", "".join(c for c in bare if c not in marks)))
    if any("\u05d0" <= c <= "\u05ea" for c in word):
        forms |= {"ב" + word, "ב-" + word, "ב־" + word}
    for plain, other in _ARABIC_LETTER_VARIANTS:
        forms |= {form.replace(plain, other) for form in forms}
    for decomposed, composed in _NUKTA.items():
        forms |= {form.replace(decomposed, composed) for form in forms}
    return forms


MONTHS: dict[str, int] = {}
for _number, _words in _MONTH_WORDS.items():
    for _word in _words.split():
        MONTHS.setdefault(_word.rstrip("."), _number)
for _number, _words in enumerate(_ARABIC_MONTHS, 1):
    for _word in _words.split("|"):
        MONTHS.setdefault(_word, _number)
_THAI_MONTHS: set[str] = set()
for _lang, _line in _MONTHS_BY_LANGUAGE.items():
    for _number, _forms in enumerate(_line.split(), 1):
        for _form in _forms.split("|"):
            for _word in _variants(_form.rstrip(".")):
                MONTHS.setdefault(_word, _number)
                if _lang == "th":
                    _THAI_MONTHS.add(_word)
SOLAR_HIJRI_MONTHS = {
    word: number
    for number, words in enumerate(_SOLAR_HIJRI_MONTHS, 1)
    for form in words.split("|")
    for word in _variants(form)
}


# (A trie: hundreds of month names are tried letter by letter, not word by word.)
_MONTH_ALT = word_alternation(
    {*MONTHS, *SOLAR_HIJRI_MONTHS, *(word for words in _LANGUAGE_MONTHS.values() for word in words)},
    space=r"\s+",
)

# Zone abbreviations that name one offset unambiguously enough for news pages.
ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "cet": 60, "mez": 60, "cest": 120, "mesz": 120,
    "eet": 120, "eest": 180, "msk": 180, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "jst": 540, "kst": 540, "hkt": 480,
    "sgt": 480, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "sast": 120, "wib": 420,
    "wita": 480, "wit": 540, "ict": 420, "pht": 480, "pkt": 300, "ist": 330,
}  # fmt: skip
_ZONE_ALT = "|".join(sorted(ZONES, key=len, reverse=True))
# In text written for people, an abbreviation names a zone only in capitals: French "est" is "is" ("à 14h30
# est arrivé"), German "ist" too. ("IST" is India's: its newsrooms write it on every story.)
_WRITTEN_ZONE_ALT = "|".join(sorted((zone.upper() for zone in ZONES), key=len, reverse=True))
# US newsrooms write the region's clock without saying whether it is standard or daylight time ("10:32
# a.m. ET"): its offset is the one the region kept that day. Only in capitals: "et" is French for "and".
REGIONAL_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_REGIONAL_ALT = "|".join(REGIONAL_ZONES)

_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})(?:-(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<m2>\d{2})(?P<d2>\d{2}))"
    r"(?:(?:[T\s]+|\s*@\s*)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?"
    r"|T(?P<h2>\d{2})(?P<mi2>\d{2})(?P<s2>\d{2})?)?"  # the basic format: "20240517T100000"
    r"\s*(?P<zone>Z\b|[+-]\d{2}(?::?\d{2})?(?!\d)|[+-]\d{3}(?!\d)|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?"
    rf"|(?:{_ZONE_ALT})\b)?",
    re.I,
)
# A Unix time in seconds or milliseconds, as some CMSs write their date fields.
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
# Weekday names that some languages write between the date and its time ("12 Şubat 2025 Çarşamba 14:30",
# "2025. február 12., szerda 14:30"), and a short weekday in brackets ("(水)", "(수)", "(Wed)").
_WEEKDAY_AFTER = (
    r"pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar|"
    r"hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|"
    r"[（(][^\d\s)）]{1,4}[)）]"
)
# A time of day after a date: "14:30", "at 2:30 pm", "um 14.30 Uhr", "klo 14.30", "오후 2:30", "14時30分",
# "14:30 (GMT+7)", ": 1:28 AM ET" (CNN's colon after the year), "@ 3:53 PM", "-- 13:30 GMT". A time
# written with a dot ("14.30") counts only where a word, a unit or a zone marks it as one, or where it
# ends the date line (a bare "14.30" after a date may be a price): see _time_of.
_TIME = (
    rf"(?:(?:\s*,?\s*(?:{_WEEKDAY_AFTER})\.?)?"
    r"\s*(?:(?:--|[,\-–—|/·•:@])\s*)?"
    r"(?:(?P<at>at|um|à|a\s+las|a\s+les|alle|ore|às|ás|kl\.?|klo|kello|kell|o|о|в|во|u|ob|om|v|ora|la|"
    r"godz\.?|saat|pukul|jam|lúc|plkst\.?|στις|เวลา|ساعت|الساعة|בשעה)\s*)?"
    r"(?P<ampm0>오전|오후|上午|下午|午前|午後)?\s*"
    r"(?P<h>\d{1,2})\s*(?P<sep>[:h.]|時|시|点|點)\s*(?P<mi>\d{2})(?!\d|\.\d)"
    r"(?:\s*(?::|分|분)\s*(?P<s>\d{2})(?!\d))?(?:\s*(?:分|분))?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?|مساءً|مساء|صباحاً|صباحا|[مص](?!\w)|[بق]\.\s?ظ)?"
    r"\s*(?P<unit>Uhr|h|hs|hrs|น\.|ч\.)?"
    rf"\s*(?:\(?\s*(?-i:(?P<zone>{_WRITTEN_ZONE_ALT})|(?P<region>{_REGIONAL_ALT}))\b)?"
    r"\s*(?P<off>(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?)?)?"
)
# Day, month name, year: "12. Februar 2025", "12 de febrero de 2025", "12 d'abril de 2025", "12 лютого
# 2025 року", "ngày 12 tháng 2 năm 2025" (a Vietnamese month is a number), "12 ก.พ. 2568" and "12 ก.พ. 68"
# (Thai months take the Buddhist-era year, also in two digits; no other month does), "۲۴ بهمن ۱۴۰۳".
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![\w.])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|°|(?P<dot>\.))?\s*(?:de\s+|of\s+|d['’]\s*)?"
    rf"(?P<m>{_MONTH_ALT}|th(?:á|a\u0301)ng\s*\d{{1,2}})\.?"
    rf"(?:\s*/\s*(?:{_MONTH_ALT}))?,?\s*"
    rf"(?:de\s+|del\s+|năm\s+|[พค]\.ศ\.\s*)?(?P<y>\d{{4}}|\d{{2}}(?!\d))"
    rf"(?:\s*(?:года|godine|године|року|г\.?|р\.|m\.|ж\.))?(?(dot)\.?){_TIME}",
    re.I,
)
# A range ("January 14-20, 2022", "Dec. 28 - Jan. 3, 2022") states its first day: the date is the start.
_RANGE_TO = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|bis|au|al)\s+)"
_MONTH_DAY_YEAR = re.compile(
    rf"(?<!\w)(?P<m>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?P<range>{_RANGE_TO}(?:(?P<m_end>{_MONTH_ALT})\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf",?\s+(?P<y>\d{{4}}){_TIME}",
    re.I,
)
# Before a day-first date, the start of its range: "14. - " in "14. - 20. Januar 2022", "28 February to "
# in "28 February to 6 March 2022". Not after a clock time or a number with a separator ("10:14 - ").
_RANGE_START = re.compile(
    rf"(?<![\w.:/-])(?P<d>\d{{1,2}})(?P<dot>\.)?(?:\s*(?:de\s+)?(?P<m>{_MONTH_ALT})\.?)?{_RANGE_TO}$", re.I
)
# Japan's era years and Taiwan's Republic years, counted from the year before their first ("令和7年" is
# 2025, "平成31年" 2019, "民國114年" 2025; "元年" is an era's first year).
_ERA_BEFORE_FIRST_YEAR = {"令和": 2018, "平成": 1988, "民國": 1911, "民国": 1911}
# Year first, in one pass: Chinese, Japanese and Korean "2025年2月12日", "2025년 2월 12일"; Hungarian
# "2025. február 12.", "2025. febr. 12-én"; Lithuanian "2025 m. vasario 12 d."; Basque "2025eko
# otsailaren 12a"; Latvian "2025. gada 12. februāris". Each needs its own mark after the year and the day
# (or a time right after the day), so "in 2025. May 12 people" in running text is no date.
_YEAR_FIRST = re.compile(
    r"(?<!\d)(?P<y>\d{4})(?:"
    r"\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]?"
    r"(?:\s*[（(]?\s*(?:星期|周|週)?[月火水木金土日월화수목금토일一二三四五六天](?:曜日?|요일)?\s*[)）]?)?"
    rf"|(?:\.|\s+m\.|e?ko)\s*(?P<m2>{_MONTH_ALT})\.?\s*(?P<d2>\d{{1,2}})(?!\d)"
    r"(?:\.|\s*d\.|-?(?:e?an|[aáeé]n|e?i|a)(?![^\W\d_])|(?=,?\s+\d{1,2}:\d\d))"
    rf"|\.\s*gada\s+(?P<d3>\d{{1,2}})\.\s*(?P<m3>{_MONTH_ALT})"
    rf"){_TIME}",
    re.I,
)
# An era's year first: "令和6年5月17日", "民國113年5月17日" (its own pattern, asked only of a text with 年 in
# it: an alternative in `_YEAR_FIRST` made every search for a year half as slow again).
_ERA_YEAR_FIRST = re.compile(
    r"(?P<era>令和|平成|民國|民国)\s*(?P<era_year>\d{1,3}|元)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*[（(]?\s*[月火水木金土日一二三四五六天](?:曜日?)?\s*[)）]?)?"
    rf"{_TIME}",
    re.I,
)
# Year first in numbers: "2025-02-12", "2025.02.12.", "2025/02/12"; Hungarian and Korean "2025. 02. 12.".
_YMD = re.compile(
    rf"(?<![\d.])(?P<y>\d{{4}})(\.\s?|[/-])(?P<m>\d{{1,2}})\2(?P<d>\d{{1,2}})(?![\d])\.?{_TIME}", re.I
)
_DMY = re.compile(
    rf"(?<![\d./])(?P<d>\d{{1,2}})([./-])(?P<m>\d{{1,2}})\2(?P<y>\d{{4}}|\d{{2}})(?![\d])(?:\2(?<=\.))?{_TIME}",
    re.I,
)
# The Czech and Slovak "10. 2. 2025": always day first.
_DMY_SPACED = re.compile(
    rf"(?<![\d./])(?P<d>\d{{1,2}})\.\s(?P<m>\d{{1,2}})\.\s(?P<y>\d{{4}})(?![\d])\.?{_TIME}", re.I
)
_HUMAN = (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _YEAR_FIRST, _ERA_YEAR_FIRST, _YMD, _DMY, _DMY_SPACED)


def _offset(text: str | None) -> dt.timezone | None:
    if not text:
        return None
    text = text.strip().upper().replace(" ", "")
    if text in ("Z", "UTC", "GMT"):
        return dt.UTC
    sign_at = max(text.rfind("+"), text.rfind("-"))
    if sign_at < 0:
        return None
    sign = -1 if text[sign_at] == "-" else 1
    digits = text[sign_at + 1 :].replace(":", "")
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if hours > 14 or minutes >= 60:
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _build(
    year: int,
    month: int,
    day: int,
    hour: str | None,
    minute: str | None,
    second: str | None,
    tz: dt.tzinfo | None,
) -> PageDate | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        if hour is None or minute is None:
            return dt.date(year, month, day)
        value = dt.datetime(year, month, day, int(hour), int(minute), int(second or 0), tzinfo=tz)
    except ValueError:
        return None
    if isinstance(tz, ZoneInfo) and (offset := value.utcoffset()) is not None:
        return value.replace(tzinfo=dt.timezone(offset))  # the offset that clock kept that day
    return value


def parse_iso(text: str | None, dayfirst: bool = True) -> PageDate | None:
    """A machine-readable date (ISO 8601 and its common variants, RFC 2822, a Unix time) at the start of
    `text`; else a date written for people, an all-digit one read in the order `dayfirst` says (a CMS
    that fills a date field with "4/6/2016" writes it as its readers do)."""
    if not text:
        return None
    text = text.strip()
    if _EPOCH.fullmatch(text):
        return _from_epoch(int(text[:10]))
    match = _ISO.match(text)
    if match:
        month, day = match.group("m") or match.group("m2"), match.group("d") or match.group("d2")
        zone = match.group("zone")
        named = ZONES.get(zone.lower()) if zone else None
        return _build(
            int(match.group("y")),
            int(month),
            int(day),
            match.group("h") or match.group("h2"),
            match.group("mi") or match.group("mi2"),
            match.group("s") or match.group("s2"),
            _offset(zone) if named is None else dt.timezone(dt.timedelta(minutes=named)),
        )
    return parse_human(text[:80], dayfirst=dayfirst)


def _from_epoch(seconds: int) -> dt.datetime | None:
    """A Unix time as an instant in UTC, when it falls in the years news pages are dated in."""
    value = dt.datetime.fromtimestamp(seconds, dt.UTC)
    return value if MIN_YEAR <= value.year <= MAX_YEAR else None


def _zone_of(match: re.Match[str]) -> dt.tzinfo | None:
    if off := match.group("off"):
        return _offset(off)
    return _named_zone(match.group("zone"), match.group("region"))


def _named_zone(zone: str | None, region: str | None) -> dt.tzinfo | None:
    """The zone a written abbreviation names: a fixed offset ("CEST"), or a US region's clock ("ET")."""
    if zone:
        return dt.timezone(dt.timedelta(minutes=ZONES[zone.lower()]))
    return _regional_zone(region) if region else None


@functools.cache
def _regional_zone(abbreviation: str) -> dt.tzinfo | None:
    try:
        return ZoneInfo(REGIONAL_ZONES[abbreviation])
    except ZoneInfoNotFoundError:  # a system without the zone database (tzdata is a dependency)
        return None


def _month_number(text: str, lang_months: dict[str, int] | None = None) -> int | None:
    key = " ".join(text.lower().rstrip(".").split())
    if lang_months and key in lang_months:
        return lang_months[key]
    return MONTHS.get(key)


def _solar_hijri_days(year: int, month: int, day: int) -> int:
    # The 33-year arithmetic cycle (eight leap years in each), counted from an epoch so that the day
    # numbers are proleptic Gregorian ordinals minus _SOLAR_HIJRI_EPOCH.
    cycle_year = year + 1595
    return (
        365 * cycle_year
        + (cycle_year // 33) * 8
        + ((cycle_year % 33) + 3) // 4
        + day
        + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186)
    )


_SOLAR_HIJRI_EPOCH = -356033  # 24 Bahman 1403 is 12 February 2025


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Solar Hijri date (the calendar of Iran and Afghanistan), or None for a day
    that does not exist.

    The 33-year arithmetic rule: it agrees with the official (astronomical) calendar from 1244 to 1403
    and on past 1470 at least, which covers every year a news page is dated in (checked day by day against
    jdatetime and convertdate for 1300-1450)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    if month == 12 and day == 30 and _solar_hijri_days(year + 1, 1, 1) - _solar_hijri_days(year, 1, 1) != 366:
        return None  # Esfand has its 30th day in leap years only
    return dt.date.fromordinal(_solar_hijri_days(year, month, day) + _SOLAR_HIJRI_EPOCH)


_VERSION_BEFORE = re.compile(r"(?<![^\W\d_])(?:v|ver|version|versión|versione|versão|build)\.?\s*$", re.I)
_THAI_SCRIPT = re.compile("[\u0e00-\u0e7f]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_SOLAR_HIJRI_YEARS = (MIN_YEAR - 622, MAX_YEAR - 621)


def _time_of(match: re.Match[str]) -> tuple[str | None, str | None]:
    """The match's hour (24-hour clock) and minute, or (None, None)."""
    hour, minute = match.group("h"), match.group("mi")
    if hour is None or minute is None:
        return None, None
    ampm = (match.group("ampm") or "").lower()
    if match.group("sep") == "." and not (
        ampm
        or match.group("at")
        or match.group("unit")
        or match.group("zone")
        or match.group("region")
        or match.group("off")
    ):
        # "12.2.2025 14.30" ending the date line is its time; "12.2.2025 14.30 euroa" is a price.
        after = match.string[match.end() : match.end() + 4].lstrip()
        if after and after[0] not in "|·•,;)]/–-":
            return None, None
    h = on_24_hour_clock(int(hour), ampm, match.group("ampm0"))
    if h > 23 or int(minute) > 59:
        return None, None
    return str(h), minute


def on_24_hour_clock(hour: int, ampm: str, before: str | None = None) -> int:
    """An hour with its "pm"/"am" (or the Korean, Chinese, Japanese word before it) on a 24-hour clock."""
    if (ampm.startswith(("p", "م", "ب")) or before in ("오후", "下午", "午後")) and hour < 12:
        return hour + 12
    if (ampm.startswith(("a", "ص", "ق")) or before in ("오전", "上午", "午前")) and hour == 12:
        return 0
    return hour


def _from_match(
    match: re.Match[str], pattern: re.Pattern[str], dayfirst: bool, lang_months: dict[str, int] | None = None
) -> PageDate | None:
    groups = match.groupdict()
    month_text = groups["m"] or groups.get("m2") or groups.get("m3")
    day = int(groups["d"] or groups.get("d2") or groups.get("d3"))
    if era := groups.get("era"):
        era_year = groups["era_year"]
        year = _ERA_BEFORE_FIRST_YEAR[era] + (1 if era_year == "元" else int(era_year))
    else:
        year = int(groups["y"])
    if month_text.isdigit():
        read = _numeric_month(match, pattern, dayfirst, year, int(month_text), day)
    else:
        read = _named_month(month_text, year, day, lang_months)
    if read is None:
        return None
    year, month, day, solar = read
    if pattern is _MONTH_DAY_YEAR and match.group("range"):
        end = match.group("m_end")
        if end and (_month_number(end) or 0) < month:
            year -= 1  # "Dec. 28 - Jan. 3, 2022" began in 2021
        return _build(year, month, day, None, None, None, None)
    hour, minute = _time_of(match)
    if solar:
        gregorian = solar_hijri_to_gregorian(year, month, day)
        if gregorian is None:
            return None
        year, month, day = gregorian.year, gregorian.month, gregorian.day
    return _build(year, month, day, hour, minute, match.group("s"), _zone_of(match))


_Read = tuple[int, int, int, bool]  # year, month, day, and whether they are Solar Hijri


def _numeric_month(
    match: re.Match[str], pattern: re.Pattern[str], dayfirst: bool, year: int, month: int, day: int
) -> _Read | None:
    """An all-digit date: the page's day-first habit orders day and month (dotted dates are day first);
    a two-digit year is this century's; a year too early is Solar Hijri where Persian or Arabic script
    says so ("۱۴۰۳/۱۱/۲۴"), one too late Thai Buddhist era on a Thai page ("12/02/2568")."""
    start = match.start()
    if start and _VERSION_BEFORE.search(match.string, max(0, start - 12), start):
        return None  # "version 2025.2.12", "build 12.2.2025"
    # (Dots join day, month and year in day-first order everywhere: "10.06.2013" on an English page of a
    # German publisher is 10 June; slashes and hyphens follow the page's habit.)
    if pattern is _DMY and ((not dayfirst and match.group(2) != ".") or month > 12) and day <= 12:
        month, day = day, month
    solar = False
    if year < 100:
        year += 2000
    elif year < MIN_YEAR:
        low, high = _SOLAR_HIJRI_YEARS
        solar = low <= year <= high and _ARABIC_SCRIPT.search(match.string) is not None
    elif year > MAX_YEAR and _THAI_SCRIPT.search(match.string):
        year -= 543
    return year, month, day, solar


def _named_month(month_text: str, year: int, day: int, lang_months: dict[str, int] | None) -> _Read | None:
    """A date with its month in words: Vietnamese "tháng 2", a Solar Hijri month, a Thai month (whose
    year may have two digits and count from the Buddhist era), or a month of the page's language."""
    if month_text[:2].lower() == "th":  # Vietnamese "tháng 2"
        month = int(month_text.lower().rsplit("g", 1)[1])
        return None if year < 100 else (year, month, day, False)
    key = " ".join(month_text.lower().rstrip(".").split())
    if key in SOLAR_HIJRI_MONTHS:
        month, solar = SOLAR_HIJRI_MONTHS[key], True
    else:
        number = _month_number(key, lang_months)
        if number is None:
            return None
        month, solar = number, False
    if key in _THAI_MONTHS:
        year += 2500 if year < 100 else 0  # "12 ก.พ. 68"
        year -= 543 if year >= 2400 else 0  # the Buddhist era
    elif year < 100:
        return None  # a two-digit year only after a Thai month
    return year, month, day, solar


def _range_start(text: str, match: re.Match[str], value: PageDate) -> tuple[int, PageDate]:
    """A day-first date that ends a range ("14. - 20. Januar 2022", "14-20 January 2022", "14.-20.01.2022"):
    the range's first day and where the range begins; otherwise the date as matched.

    The start must be written like the end (both days with a dot, or neither) and come before it, so an
    issue number ("Nr. 5 - 20. Januar 2022") does not pass for a day.
    """
    start = match.start()
    month_text = match.group("m")
    if not month_text.isdigit() and " ".join(month_text.lower().split()) in SOLAR_HIJRI_MONTHS:
        return start, value  # (a range's first day would need the Solar Hijri month)
    found = _RANGE_START.search(text, max(0, start - 40), start)
    if found is None:
        return start, value
    end_dotted = text[match.end("d") : match.end("d") + 1] == "."
    if bool(found.group("dot")) != end_dotted:
        return start, value
    end = day_of(value)
    month, year = end.month, end.year
    if found.group("m"):
        number = _month_number(found.group("m"))
        if number is None:
            return start, value
        month = number
        year -= month > end.month
    first = _build(year, month, int(found.group("d")), None, None, None, None)
    if not isinstance(first, dt.date) or not dt.timedelta(0) < end - first <= dt.timedelta(days=62):
        return start, value
    return found.start(), first


# A time of day written before its date ("10:32 AM EDT May 17, 2024", "11:50, Thu, Jul 18, 2024"), as US
# local TV sites and some tabloids write their date lines: with a colon, or a dot and "am"/"pm".
_TIME_BEFORE = re.compile(
    r"(?<![\w:.+\-–])(?P<h>\d{1,2})(?:(?P<colon>:)|\.)(?P<mi>\d{2})\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    rf"\s*(?:(?-i:(?P<zone>{_WRITTEN_ZONE_ALT})|(?P<region>{_REGIONAL_ALT}))\b)?"
    r"\s*[,|·•–-]?\s*(?:[^\W\d_]{2,9}\.?,?\s*)?$",
    re.I,
)


def _with_time_before(text: str, start: int, day: dt.date) -> tuple[int, PageDate]:
    """The day at the time written right before it, with that time's zone, and where that time starts."""
    found = _TIME_BEFORE.search(text[max(0, start - 30) : start])
    if found is None or not (found.group("colon") or found.group("ampm")):
        return start, day
    hour = on_24_hour_clock(int(found.group("h")), (found.group("ampm") or "").lower())
    minute = int(found.group("mi"))
    if hour > 23 or minute > 59:
        return start, day
    tz = _named_zone(found.group("zone"), found.group("region"))
    value = _build(day.year, day.month, day.day, str(hour), str(minute), None, tz)
    if value is None:
        return start, day
    return start - (min(start, 30) - found.start()), value


def find_human_dates(
    text: str, dayfirst: bool = True, limit: int = 8, lang: str = ""
) -> list[tuple[int, PageDate]]:
    """Dates written for people in `text`, with their positions, in order of position. `lang`, the page's
    language, settles a month word that two languages read differently (Croatian "listopad")."""
    found: list[tuple[int, int, PageDate]] = []
    taken: list[tuple[int, int]] = []
    lang_months = _LANGUAGE_MONTHS.get(lang[:2].lower()) if lang else None
    for pattern in _HUMAN:
        if pattern is _ERA_YEAR_FIRST and "年" not in text:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            value = _from_match(match, pattern, dayfirst, lang_months)
            if value is not None and pattern in (_DAY_MONTH_YEAR, _DMY):
                start, value = _range_start(text, match, value)
            if value is not None and not isinstance(value, dt.datetime) and start:
                start, value = _with_time_before(text, start, value)
            if value is not None:
                found.append((start, end, value))
                taken.append((start, end))
            if len(found) >= limit:
                break
    found.sort(key=lambda item: item[0])
    return [(start, value) for start, _end, value in found]


# A day without its year, then its time: "3/9(木) 18:45配信" (Yahoo! Japan News), "3月9日 18:45", "9/3 18:45".
_YEARLESS_STAMP = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})\s*[/月]\s*(?P<b>\d{1,2})\s*日?(?![\d/.])\s*(?:[（(][^)）\d]{1,4}[)）])?\s*,?\s*"
    r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?!\d)"
)


def yearless_stamp(text: str, day: dt.date) -> tuple[int, dt.datetime] | None:
    """A date line that gives the day without its year, then the time ("3/9(木) 18:45"), where that day is
    `day` (the URL's): the time on that day, and its position. Month or day first, as the day decides."""
    for match in _YEARLESS_STAMP.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        hour, minute, second = int(match.group("h")), int(match.group("mi")), int(match.group("s") or 0)
        if hour > 23 or minute > 59 or second > 59:
            continue
        if (a, b) == (day.month, day.day) or (b, a) == (day.month, day.day):
            return match.start(), dt.datetime(day.year, day.month, day.day, hour, minute, second)
    return None


def parse_human(text: str | None, dayfirst: bool = True, lang: str = "") -> PageDate | None:
    """The first date written for people in `text` ("29. Oktober 2021, 15:59 Uhr", "Nov 3, 2020", ...)."""
    if not text:
        return None
    found = find_human_dates(text, dayfirst, limit=1, lang=lang)
    return found[0][1] if found else None


_URL_DATE = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d{2})[/_-]?(?P<m>0[1-9]|1[0-2])[/_-]?(?P<d>0[1-9]|[12]\d|3[01])(?![\d])"
)
_URL_DATE_DMY = re.compile(
    r"(?<![\d])(?P<d>0[1-9]|[12]\d|3[01])-(?P<m>0[1-9]|1[0-2])-(?P<y>(?:19|20)\d{2})(?![\d])"
)
_URL_DATE_SLASHED = re.compile(
    r"/(?P<y>(?:19|20)\d{2})/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?:/|$)"
)

# CNN's scheme: the year, the section, then month and day ("/2013/WORLD/meast/08/03/",
# "/2013/middle_east/8/3/").
_URL_DATE_SECTIONED = re.compile(
    r"/(?P<y>(?:19|20)\d{2})/(?:[a-z][a-z_-]*/){1,2}(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/", re.I
)

# A query's story id that opens with its day ("hl?a=20170309-35097838-cnetj-sci", Yahoo! Japan News): only
# an id (the day, then a hyphen or underscore), not a query's version or cache-busting stamp.
_QUERY_ID_DATE = re.compile(r"=(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])[_-]")


def date_from_url(url: str | None) -> dt.date | None:
    """The day a URL's path names (/2020/04/13/, /20200413-, -2020-04-13, /2013/world/08/03/), or the
    story id in its query opens with (?a=20170309-35097838), if it names one."""
    if not url:
        return None
    path, _, query = url.split("#", 1)[0].partition("?")
    path = path.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    in_path = (_URL_DATE_SLASHED, _URL_DATE, _URL_DATE_DMY, _URL_DATE_SECTIONED)
    for pattern, text in (*((pattern, path) for pattern in in_path), (_QUERY_ID_DATE, query)):
        for match in pattern.finditer(text):
            value = _build(
                int(match.group("y")), int(match.group("m")), int(match.group("d")), None, None, None, None
            )
            if isinstance(value, dt.date):
                return value
    return None


def day_of(value: PageDate) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def same_instant(a: PageDate, b: PageDate) -> bool:
    if not isinstance(a, dt.datetime) or not isinstance(b, dt.datetime):
        return False
    if (a.tzinfo is None) != (b.tzinfo is None):
        return False
    return abs((a - b).total_seconds()) < 60
