"""Turn a byline into person names: labels, reporter suffixes, job titles, places and credits off, split
on each language's conjunctions, desks and agencies told apart from persons, junk refused."""

from __future__ import annotations

import html
import re
import unicodedata

from crawler.extraction.patterns import CREDIT_LABEL
from crawler.extraction.text import clean_text

# An upper-case Latin letter (the Latin-1 and Extended-A capitals; Extended-A mixes in lower case).
_UPPER = "[A-ZÀ-ÖØ-ÞĀ-ž]"
# "By", "Von:", "Autor", "Text:", "Por", "Par", ... before the names; a label standing alone ("Posted") is
# no name either. The kind of piece may precede the label: "Ein Kommentar von", "Analysis by". Italian
# bylines open with a lowercase "di" ("di Mario Rossi"); a capitalised "Di" begins a surname.
_LABEL = re.compile(
    r"^\s*(?:(?:written|posted|published|reported|reporting|text|story|words|analysis|commentary|opinion|review|"
    r"interview|column|essay|edited|compiled)\s+(?:by|and\s+photos\s+by)|posted|by|from|von|vom|"
    r"veröffentlicht\s+von|(?:text|words)\s+(?:und|and|&)\s+(?:fotos?|photos?|bilder)(?:\s+(?:by|von))?|"
    # Blogger's "Posted by" in German, French, Italian, Dutch and Portuguese.
    r"eingestellt\s+von|publiée?\s+par|pubblicato\s+da|geplaatst\s+door|postado\s+por|"
    r"(?:ein(?:e|en)?\s+)?(?:gast)?(?:beitrag|kommentar|analyse|bericht|reportage|interview|essay|kolumne|"
    r"rezension)\s+von|erstellt\s+von|"
    r"autor(?:in|en|innen)?|author(?:s)?|text|redaktion(?=\s*[:：])|reporter(?:in)?|verfasst\s+von|geschrieben\s+von|"
    r"por|par|door|af|av|przez|yazan|yazar|autore|autora|autorka|auteur(?:e)?|szerző|forfatter|författare|"
    r"tekijä|penulis|wartawan|escrito\s+por|publicado\s+por|a\s+cura\s+di|"
    r"(?-i:di(?=\s+[A-ZÀ-Þ]))|"
    r"reportage|kirjoittaja|skrevet\s+af|skrevet\s+av|tekst|napisał(?:a)?|автор|текст|作者|文|记者|記者|기자|"
    r"この記事の筆者|筆者|撰文|本报记者|本報記者|文[・･/／](?:写真|圖|图|攝影|摄影)|"
    # Greek names the writer in the genitive ("Του Γιάννη Παπαδόπουλου") or after "Γράφει ο/η".
    r"του|της|των|γράφει\s+(?:ο|η)|γράφουν(?:\s+οι)?|"
    r"oleh|bởi|بقلم|كتب|كتبت|بواسطة|إعداد|به\s+قلم|מאת|โดย|लेखक|"
    r"dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa](?:\s+special[ei])?|corrispondente)|"
    r"de\s+notre\s+(?:envoyée?\s+spéciale?|correspondante?)|"
    # Words that are also names are labels only before a full name: the Italian "Di", the Swahili "Na",
    # the Romanian "de", the Catalan "per" ("Di Mario Rossi", not "Di Maio"; "per" lower-case only, as
    # "Per" is a first name), and the Vietnamese "Theo" ("according to") only before a Vietnamese word
    # or an agency's capitals ("Theo TTXVN", not "Theo Walcott").
    rf"(?-i:(?:Di|Na|de)(?=\s+{_UPPER}\S*\s+{_UPPER})|per(?=\s+{_UPPER}))|"
    r"(?-i:Theo(?=\s+(?:\S*[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]|[A-ZĐ]{2,}\b))))"
    # (A Chinese "記者" is written against the name: "記者林宸誼"; a Chinese label is followed by a slash
    # as often as by a colon: "文／王小明"; a Japanese one also by a black circle: "文● オカモト".)
    r"(?:\s*[:：|]?\s+|\s*[:：|]?\s*$|(?<=記者|记者)(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s*[：:／/●]\s*)",
    re.I,
)
# "Interview: Julia Lauter", "Автор: ...", "質問者： ...": a short label of any language before a colon.
_COLON_LABEL = re.compile(r"^([^:：]{1,25})[:：]\s*(?=\S)")
_SUFFIX = re.compile(
    r"\s*(?:기자|특파원|선임기자|논설위원|객원기자|記者|特派員|编辑|編輯|撰文|報導|报道)\s*$|\s*\([^)]{1,12}\)\s*$"
)
# An editorial department ("編集部"), alone or under the publication's name written against it
# ("ASCII編集部", "日経編集部"): a desk (see `is_desk`).
_EDITORIAL_DEPARTMENT = "(?:編集部|编辑部|編輯部|編集局)"
# Between names: separators, each language's "and", a "Follow" button after each name. Short words that
# could be a capitalised initial or name ("A", "Dan", "Na") separate only in lower case, and a one-letter
# "and" ("y", "e", "i") never with a full stop after it ("Laura E. Adkins" is one name); a Chinese "与"/"和"
# only with spaces around it; a Chinese or Korean reporter title between two names ("记者 张三 通讯员 李四",
# "홍길동 기자 김철수 기자"); a full-width slash before an editorial department ("オカモト／ASCII編集部"; not
# between a name and its reading, "NeoL／ネオエル").
_SPLIT = re.compile(
    rf"\s*(?:[,;|/·•、&+]|／(?=[^／\s]*{_EDITORIAL_DEPARTMENT})|"
    r"\b(?:and|und|og|et|ve|en|och|ja|sowie|follow|folgen|suivre|seguir|و)\b|"
    r"\b[yei]\b(?!\.)|"
    r"(?-i:\b(?:a|ir|un|dan|na|și|şi|và|és|και|и|і|та|dhe)\b)|और|และ|및|"
    r"(?<=\s)(?:与|和|及|與|记者|記者|通讯员|通訊員|实习生|實習生|기자|특파원)(?=\s))\s*",
    re.I,
)
_NOT_A_NAME = re.compile(
    r"https?:|www\.|\.(?:com|de|org|net|html?)\b|@|\d{3,}|foto|photo|bild:|image|getty|reuters/|imago|"
    r"shutterstock|picture|credit|copyright|©|\(c\)|all rights|updated|aktualisiert|published|veröffentlicht|"
    r"minute|lesezeit|read time|min read|uhr\b|share|teilen|follow|newsletter|subscribe|profile|フォロー|"
    r"すべて見る|\w\.[a-z]{2,4}$|"
    # An advertiser's slot in the byline ("Gesponserte Inhalte", "Anzeige", "Contenido patrocinado").
    r"sponsored|gesponsert|sponsoris|sponsorizzat|patrocinad|^(?:anzeige|werbung|advertisement|publicité)$",
    re.I,
)
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
# News agencies, by the names bylines give them; the short ones that are also words or names ("Hina",
# "Agi") only in capitals.
_AGENCY_NAMES = (
    r"dpa|afp|ap|apa|sda|kna|epd|reuters|ansa|efe|anp|ntb|tt|ritzau|upi|pa|aap|ians|pti|xinhua|"
    r"sda|ats|keystone-sda|associated press|agence france-presse|press association|bloomberg|kyodo|yonhap|"
    r"europa press|lusa|adnkronos|belga|stt|pap|čtk|ctk|tasr|mti|aa|iha|İha|dha|anka|bta|antara|bernama|"
    r"wafa|kuna|irna|jiji|ttxvn|vna|tass|тасс|риа новости|интерфакс|укрінформ|уніан|бта|апе-мпе|"
    r"αпе-μпе|απε-μπε|新华社|新華社|中新社|中央社|共同通信|時事通信|연합뉴스|뉴시스|뉴스1|رويترز|وكالات|"
    r"(?-i:HINA|AGI|ANI|UNI|CNA|STA)"
)
_AGENCY = re.compile(
    rf"^(?:{_AGENCY_NAMES}|"
    r".*(?:presse-agentur|press agency|news agency|nachrichtenagentur|agencia|agência|agenzia|ajansı)|"
    r"(?:agencia|agência|agenzia|agence)\s.*)$",
    re.I,
)
# Job titles after or before a name ("Jane Doe Senior Reporter", "Ahmet Yılmaz Ankara Muhabiri") in the
# languages bylines are written in, and the words that qualify them. Looked up word by word (a set, not a
# pattern: every piece of every byline is read).
_TITLES = frozenset({
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "editor", "correspondent", "reporter",
    "journalist", "journalistin", "professor", "profesorius", "writer", "contributor", "columnist",
    "kolumnist", "kolumnistin", "chefredakteur", "chefredakteurin", "producer", "volontär", "volontärin",
    "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "envoyé", "envoyée",
    "periodista", "corresponsal", "redactor", "redactora", "reportera", "jornalista", "repórter",
    "correspondente", "giornalista", "corrispondente", "inviato", "inviata", "redattore", "redattrice",
    "verslaggever", "verslaggeefster", "dziennikarz", "dziennikarka", "korespondent", "korespondentka",
    "redaktor", "redaktorka", "novinář", "novinářka", "zpravodaj", "zpravodajka", "újságíró", "tudósító",
    "muhabir", "muhabiri", "muhabirimiz", "gazeteci", "kirjeenvaihtaja", "toimittaja", "reportteri",
    "skribent", "wartawan", "jurnalis", "корреспондент", "корреспондентка", "журналист", "журналистка",
    "обозреватель", "кореспондент", "кореспондентка", "журналіст", "журналістка", "оглядач",
    "δημοσιογράφος", "ανταποκριτής", "مراسل", "مراسلة", "صحفي", "صحفية", "כתב", "כתבת",
    # Company blogs sign with the writer's office, law firms' with the writer's bar title.
    "ceo", "cto", "cfo", "coo", "founder", "co-founder", "cofounder", "gründer", "gründerin",
    "geschäftsführer", "geschäftsführerin", "rechtsanwalt", "rechtsanwältin", "fachanwalt", "fachanwältin",
    "avocat", "avocate", "abogado", "abogada", "avvocato", "avvocata", "advocaat", "attorney",
})  # fmt: skip
_TITLE_PAIRS = frozenset({"phóng viên", "nhà báo", "freie autorin", "freier autor", "freie autor"})
# Ranks: a person holds one, an outlet does not ("Senior News Reporter" is someone's title).
_RANKS = frozenset({
    "senior", "chief", "deputy", "associate", "assistant", "executive", "managing", "special",
})  # fmt: skip
_TITLE_QUALIFIERS = _RANKS | frozenset({
    "contributing", "political", "foreign", "business", "sport", "sports", "investigative", "national",
    "local", "digital", "news", "staff", "leitende", "leitender", "leitenden", "stellvertretende",
    "stellvertretender", "stellvertretenden", "specjalny", "специальный", "спеціальний", "собственный",
    "власний",
    # A desk's beat before the title ("Opinion writer", "Technology correspondent").
    "opinion", "politics", "culture", "technology", "tech", "science", "health", "entertainment",
    "features", "travel", "economics", "education", "environment", "climate", "legal", "crime", "arts",
    "music", "film", "fashion", "food", "metro",
})  # fmt: skip


# Compounds that end in a title are titles ("Wirtschaftsredakteur", "Auslandskorrespondentin",
# "Sportreporter", "photojournalist").
_TITLE_ENDINGS = (
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporter", "reporterin", "journalist",
    "journalistin", "kolumnist", "kolumnistin",
)  # fmt: skip


def _role_span(words: list[str]) -> tuple[int, int] | None:
    """Where the first job title, with the words qualifying it, stands among the words."""
    lowered = [word.casefold().strip(".,:;") for word in words]
    for index, word in enumerate(lowered):
        pair = index + 1 < len(lowered) and f"{word} {lowered[index + 1]}" in _TITLE_PAIRS
        if pair or word in _TITLES or word.endswith(_TITLE_ENDINGS):
            start = index
            while start > 0 and lowered[start - 1] in _TITLE_QUALIFIERS:
                start -= 1
            return start, index + (2 if pair else 1)
    return None


def _outlets_title(qualifiers: list[str]) -> bool:
    """Whether the words before a title end an outlet's name ("Business News"): "News" among them, and no
    rank, which a person holds and an outlet does not ("Senior News Reporter")."""
    folded = {word.casefold() for word in qualifiers}
    return "news" in folded and not folded & _RANKS


def _without_role(piece: str) -> str:
    """The name without its job title: a title before the name comes off, one after it ends the name (what
    follows is its beat: "Reporter Berlin")."""
    words = piece.split()
    if not (span := _role_span(words)):
        return piece
    if span[0] == 1 and _outlets_title(words[1 : span[1] - 1]):
        # One word, then "News" and the title: the outlet's own correspondent ("Fox News Correspondent",
        # "Jewish Business News Correspondent"), no person of one name ("Heryadi Reporter", "Heryadi
        # Senior Political Reporter").
        return " ".join(words[: span[1] - 1])
    return " ".join(words[span[1] :] if span[0] == 0 else words[: span[0]])


# A desk: the newsroom signing as a whole ("Redaktion", "Rédaction", "Redação", "Newsroom", "Web Desk",
# "Staff Reporter", "The Editors", "編集部"), alone or with the site's or section's name ("MM-Redaktion",
# "Redaktion Politik", "NDTV Sports Desk", "Ars Staff"). It names no person: like an agency or the site,
# it is the byline where the page names nobody, and gives way to a person named anywhere. (An East Asian
# editorial department, "編集部", is `_EDITORIAL_DEPARTMENT`'s.)
_DESK = re.compile(
    r"^(?:(?:la|le|the|die|de|a|il|our|unsere|unserer|notre|nuestra|nossa|tim|ban)\s+)?(?:[\w.&]+[- ])?"
    r"(?:redaktion(?:en)?|rédaction|redação|redacção|redacción|redazione|redactie|redakcja|redakce|redakcia|"
    r"redaksi|redakcija|redacția|redacţia|szerkesztőség|toimitus|uredništvo|редакция|редакція|редакцията|"
    r"σύνταξη|newsroom|news\s?room|(?:news|web|online|digital|city|metro|sports?|business|foreign|world|"
    r"national)\s+desk|desk|staff(?:\s+(?:reporters?|writers?|correspondents?))?|editors|(?:our|special)\s+"
    r"correspondents?|editorial\s+(?:board|team|staff)|haber\s+merkezi|biên\s+tập|"
    r"편집국|편집부|[가-힣]*(?:뉴스|편집|디지털|온라인)[가-힣]*(?:부|팀|국))(?:\s+[\w.-]+)?$",
    re.I,
)


def is_agency(name: str) -> bool:
    return bool(_AGENCY.match(name.strip(" .")))


_DEPARTMENT_ENDING = re.compile(f"{_EDITORIAL_DEPARTMENT}$")


def is_desk(name: str) -> bool:
    name = name.strip(" .")
    return bool(_DESK.match(name) or (len(name) <= 30 and _DEPARTMENT_ENDING.search(name)))


def _strip_labels(piece: str, strict: bool) -> str | None:
    """The piece without its labels; None when the label says the name is a photo credit ("Foto: ...")."""
    for _ in range(2):
        unlabelled = _LABEL.sub("", piece)
        if unlabelled == piece:
            break
        piece = unlabelled
    if strict and (":" in piece or "：" in piece) and (match := _COLON_LABEL.match(piece)):
        if _NOT_A_NAME.search(match.group(0)):
            return None
        piece = piece[match.end() :]
    return piece


_STRIP = " .,:;-–—|*·【】"
# "워싱턴=홍길동 특파원", "【ワシントン＝山田太郎】": Korean and Japanese bylines put the place before the
# name with an equals sign; a photo or video credit is written the same way ("사진=홍길동").
_PLACE_PREFIX = re.compile(r"^([^\s=＝]{1,12})\s*[=＝]\s*")
# "[서울=뉴시스]신현주 기자", "【ワシントン＝山田太郎】": a bracketed dateline, the place and the agency (or
# the reporter) that files from it.
_BRACKETED_DATELINE = re.compile(r"[\[【]\s*[^\[\]【】=＝]{1,12}[=＝]\s*([^\[\]【】]{1,20}?)\s*[\]】]")
_EQUALS_CREDIT = re.compile(r"사진|영상|그래픽|写真|撮影|映像|图|圖")
# "순천, 광양 구현모 기자", "서울 홍길동 기자": a Korean dateline without the equals sign, the places (a
# two-syllable word each: "순천", "광양") before a reporter's full name (three or four syllables). Two
# reporters of full names ("홍길동 김철수 기자") stay two.
_KOREAN_DATELINE = re.compile(
    r"^(?:[\uac00-\ud7a3]{2}\s*[,·]\s*)*[\uac00-\ud7a3]{2}\s+(?=[\uac00-\ud7a3]{3,4}\s*(?:기자|특파원))"
)


def _without_place(piece: str) -> str | None:
    if ("=" not in piece and "＝" not in piece) or not (match := _PLACE_PREFIX.match(piece)):
        return piece
    return None if _EQUALS_CREDIT.search(match.group(1)) else piece[match.end() :]


def _clean_piece(piece: str, strict: bool = True) -> str | None:
    piece = clean_text(piece).strip(_STRIP)
    if (unlabelled := _strip_labels(piece, strict)) is None:
        return None
    if strict and (unlabelled := _without_place(unlabelled)) is None:
        return None
    piece = _SUFFIX.sub("", unlabelled).strip(_STRIP)
    piece = _without_role(piece).strip(_STRIP)
    if strict and (tail := _PLACE_TAIL.search(piece)) and len(piece[: tail.start()].split()) >= 2:
        piece = piece[: tail.start()]
    if not piece or len(piece) < 2 or len(piece) > 60 or not any(ch.isalpha() for ch in piece):
        return None
    if not strict:
        return None if piece.startswith(("http:", "https:")) or len(piece.split()) > 6 else piece
    return piece if _reads_as_a_name(piece) else None


def _reads_as_a_name(piece: str) -> bool:
    """Whether a cleaned piece of a byline reads as a person's or an agency's name: no slug, no digits, at
    most five words, capitalised (an agency's name may not be), ending in a surname."""
    if _NOT_A_NAME.search(piece) or _SLUG.match(piece):
        return False
    words = piece.split()
    if len(words) > 5 or piece.casefold() in _STOP or any(ch.isdigit() for ch in piece):
        return False
    if len(words) > 1 and words[0].casefold() in _MORE:
        return False  # "More Richard (R.J.) Eskow.": a link to the writer's other stories
    if any(_lower_case_word(w) for w in words) and not is_agency(piece):
        return False  # names are capitalised: "ku Frankfurt", "amw", "envoyé spécial" are not names
    # A name ends in a surname: "Autorenseite von" is a link's label, the name left out.
    return words[-1] not in _PARTICLES


def _lower_case_word(word: str) -> bool:
    """A word in lower case, where names are capitalised: in Latin (Vietnamese included), Greek and
    Cyrillic script. (Georgian has case in Unicode but its names are written in the lower case.)"""
    first = word[0]
    return (
        first.islower()
        and (first < "\u0530" or "\u1e00" <= first <= "\u1eff")
        and word.isalpha()
        and word not in _PARTICLES
    )


_PARTICLES = {
    "von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "del", "della", "dos", "das", "do", "bin",
    "al", "el", "ten", "ter", "zu", "af", "y", "e", "op", "het", "dei", "des", "ibn", "bint", "st",
}  # fmt: skip


_STOP = {
    "by", "von", "and", "und", "staff", "admin", "administrator", "editorial", "editor", "team",
    "unknown", "anonymous", "guest", "gast", "user", "author", "autor", "none", "null", "undefined", "more",
    "mehr", "home", "news", "de", "par", "por",
}  # fmt: skip

_MORE = {"more", "mehr", "plus"}  # "More Jane Doe": the writer's other stories, no name


# "Wilmer Leon. Sputnik International": a full stop after a full name (not after "Prof" or "Jr") ends it.
_FULL_STOP = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=[^\W\d_])")
_WITH_AGENCIES = re.compile(
    r"\s+(?:mit|with)\s+(?:material|agenturen|agencies).*$|,?\s+with\s+(?:additional\s+)?reporting\s+by\b.*$",
    re.I,
)
# "Jean Dupont avec AFP", "Jane Doe with Reuters": the agency whose copy the story uses signs with the
# writer, as in "Jane Doe, AP".
_WITH_WORD = re.compile(" (?:avec|with|mit|con|com|met|med|z) ", re.I)
_WITH_AGENCY = re.compile(rf"\s+(?:avec|with|mit|con|com|met|med|z)\s+(?=(?:{_AGENCY_NAMES})\b)", re.I)
# "By Jane Doe For Mailonline", "By JANE DOE FOR DAILYMAIL.COM": the publication the writer files for.
_FOR_PUBLICATION = re.compile(r"([^\W\d_]+\s+[^\W\d_]+)\s+for\s+(?:the\s+)?\S+(?:\s+\S+){0,2}$", re.I)
# "Reuters Staff", "AP staff": the agency's desk is the agency.
_AGENCY_STAFF = re.compile(rf"\b({_AGENCY_NAMES})\s+staff\b", re.I)
# "By Jane Doe with John Roe": a co-writer, a full name after "with" as after "and" (capitals on both
# sides: "with reporting by …" credits a contributor, not a writer).
_WITH_WRITER = re.compile(
    r"([A-ZÀ-ÖØ-Þ][^\W\d_]+\s+[A-ZÀ-ÖØ-Þ][^\W\d_]+)\s+with\s+(?=[A-ZÀ-ÖØ-Þ][^\W\d_]+\s+[A-ZÀ-ÖØ-Þ])"
)
_DASH = re.compile(r"\s+[-–—]\s+")
# Round brackets after a name hold a role, desk or initials: "Brit Weirich (Medizinredakteurin. M.A. ...)".
_PARENTHESES = re.compile(r"\s*[(（][^()（）]*[)）]")
# A byline box's text runs on into the photo credit or the update time: "Von Jane Doe Foto: dpa",
# "Jane Doe Updated Jan 3, 2024". Everything from there on is not a name ("Published by" stays a label).
_TRAILER = re.compile(
    rf"(?:^|\s+)(?:{CREDIT_LABEL}\s*[:：]|"
    r"(?:fotos?|photos?)\s+(?:by|von)\b|"
    r"(?:updated|aktualisiert|published|veröffentlicht|erschienen|publié(?:e)?|mis\s+à\s+jour|publicado|"
    r"actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|"
    r"publikováno|aktualizováno|publicerad|uppdaterad|publisert|oppdatert|udgivet|opdateret|julkaistu|"
    r"päivitetty|опубликовано|обновлено|diterbitkan|diperbarui|cập\s+nhật|güncellendi|güncelleme|"
    r"yayınlandı|yayınlanma)\b(?!\s+(?:by|von|par|por|da|door|av|af|przez)\b)).*$",
    re.I,
)
# A preposition before a date or a time of day after the names ("By Anna Lee on March 3, 2019", "posted by
# Stadler at 12:53", "Von Anna Lee am 3. März 2019"): the date line goes on there. Lower case only: a
# name's particle is capitalised ("Jean Le Pen").
_DATED_TRAILER = re.compile(r"\s+(?:on|at|am|um|le|el|il|em|op|den)\s+(?=[^\d,|;]{0,12}\d).*$")
# "記者林宸誼／即時報導", "記者王小明／台北報導": where (or how) the report was made.
_REPORTED_FROM = re.compile(r"\s*[／/]\s*[\u3400-\u9fff]{0,6}(?:報導|报道)\s*$")
# Contact details beside the name: an e-mail address, a social handle. (A "Follow" button separates.)
_CONTACT = re.compile(r"[\w.+-]*@[\w.-]*")
# Prepositions that open a place or a desk after a name: "de São Paulo", "da Redação", "in Berlin".
_PLACE_WORDS = frozenset(
    ("de", "da", "do", "di", "du", "des", "dos", "das", "del", "della", "dal", "dalla", "in", "im", "aus",
     "from", "à", "au", "aux", "em", "w", "z", "ze", "iz", "из", "в", "во", "у", "з")
)  # fmt: skip
# A place after a full name: "Jane Doe in Berlin", "Anna Müller aus Berlin", "Jan Kowalski z Warszawy".
_PLACE_TAIL = re.compile(rf"\s+(?:in|aus|from|à|au|em|w|z)\s+{_UPPER}.*$")

_WRITER, _CREDIT, _SOURCE = "writer", "credit", "source"
# Labels inside a byline box that say whose work follows: the writer's, a photographer's, video maker's,
# graphic artist's, translator's or editor's (a credit, never an author), or the story's source.
_CREDIT_LABELS = (
    r"fotos?|photos?|photographs?|photography|bild(?:er)?|bildquelle|images?|credits?|videos?|kamera|camera|"
    r"grafik|graphics?|illustrations?|infografik|fotograf(?:i|í)a|fotó|zdjęci[ae]|фото|видео|відео|kuva|"
    r"bilde|editor(?:a|s)?|editing|redaktur|penyunting|übersetzung|translation|traduction|traducción|"
    r"tradução|traduzione|摄影|攝影|图片|圖片|图|圖|视频|視頻|影音|写真|撮影|映像|動画|责任编辑|責任編輯|"
    r"责编|責編|编辑|編輯|翻译|翻譯|사진|영상|그래픽|편집"
)
_SOURCE_LABELS = (
    r"source|quelle|fuente|fonte|sumber|nguồn|kaynak|источник|джерело|źródło|zdroj|forrás|bron|kilde|"
    r"källa|lähde|来源|來源|出典|出处|出處|출처"
)
_WRITER_LABELS = (
    r"text|texto|teksti|tekst|текст|autor(?:in|es|a|i|ka|ai|ius|s)?|authors?|auteur|autore|reporter(?:in)?|"
    r"penulis|wartawan|yazan|haber|szerző|автор|作者|撰文|文|记者|記者|采访|採訪|writer|words"
)
# Where such a label begins a part of the box: before a colon, a slash after a Chinese label ("攝影／"), or
# "by" ("Editing by", "Photos by").
_SEGMENT = re.compile(
    rf"(?<!\w)(?:({_CREDIT_LABELS})|({_SOURCE_LABELS})|{_WRITER_LABELS})"
    r"(?:\s*[:：]|(?<=[\u3400-\u9fff])\s*[／/]|\s+(?:by|von|par|por)\b)",
    re.I,
)


# A credit label without a colon ("Photograph by Ed Marshall, Redonda Restoration Programme": all of it
# is the photo's credit), found by a substring test first.
_LABEL_WORDS_BEFORE_NAMES = (" by ", " von ", " par ", " por ")
_CREDIT_BY = re.compile(rf"(?<!\w)(?:{_CREDIT_LABELS})\s+(?:by|von|par|por)\b", re.I)


def _segments(text: str) -> list[tuple[str, str]]:
    """The byline box cut where a label begins a part: each part's kind and text."""
    if (
        ":" not in text
        and "：" not in text
        and "/" not in text
        and "／" not in text
        and not (any(word in text.lower() for word in _LABEL_WORDS_BEFORE_NAMES) and _CREDIT_BY.search(text))
    ):
        return [(_WRITER, text)]
    segments: list[tuple[str, str]] = []
    kind, start = _WRITER, 0
    for match in _SEGMENT.finditer(text):
        segments.append((kind, text[start : match.start()]))
        kind = _CREDIT if match.group(1) else _SOURCE if match.group(2) else _WRITER
        start = match.end()
    segments.append((kind, text[start:]))
    return segments


# A company's legal form closing a name: the publisher's imprint ("Süddeutsche.de GmbH, Munich, Germany"),
# never a person.
_LEGAL_FORM = re.compile(
    r"\s(?:g?GmbH|mbH|AG|SE|KG|KGaA|OHG|e\.\s?V\.?|Ltd\.?|Limited|LLC|Inc\.?|Corp\.?|Corporation|PLC|plc|"
    r"LLP|S\.A\.?|SA|SAS|SARL|S\.L\.?|S\.p\.A\.?|S\.r\.l\.?|B\.V\.?|BV|N\.V\.?|NV|Pty\.?(?: Ltd\.?)?|A/S|ASA|"
    r"Oyj?)$"
)
_WEB_ADDRESS = re.compile(r"^(?:https?:|www\.)|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}$", re.I)


# A byline that gives each name its part in brackets: "Max Mustermann (Text), Erika Musterfrau (Fotos)".
_BRACKETED_CREDIT = re.compile(rf"[(（]\s*(?:{_CREDIT_LABELS})\s*[)）]\s*$", re.I)


def _without_bracketed_credits(text: str) -> str:
    """The byline without the names whose bracket credits them for the pictures, the video or the
    graphics, not the writing ("Erika Musterfrau (Fotos)")."""
    parts = _SPLIT.split(text)  # the byline's pieces, as `split_byline` splits them
    if len(parts) < 2 or not any(_BRACKETED_CREDIT.search(part) for part in parts):
        return text
    return ", ".join(part for part in parts if not _BRACKETED_CREDIT.search(part))


def _agencies_kept(match: re.Match[str]) -> str:
    """Brackets after a name hold its role or initials, or the agencies that sign with it ("Jane Doe
    (AP)", "Jean Dupont (avec AFP)"): those stay, as a further name."""
    inner = match.group(0).strip()[1:-1].strip()
    inner = _WITH_AGENCY.sub("", " " + inner).strip()
    agencies = [part.strip() for part in _AGENCY_LIST.split(inner)]
    return ", " + ", ".join(agencies) if all(is_agency(part) for part in agencies) else ""


_AGENCY_LIST = re.compile(r"[/,&]|\s+(?:and|und|et|y|e)\s+", re.I)


def _pieces(text: str) -> list[str]:
    """The byline cut at separators, conjunctions and full stops that end a full name.

    A dash-joined run naming a web address ("Zone Société - ICI.Radio-Canada.ca") is the publisher's
    signature, its desk or tagline beside it: none of it is a person.
    """
    sentences: list[str] = []
    for sentence in _FULL_STOP.split(text) if "." in text else [text]:
        if sentences and " " not in sentences[-1].strip():
            sentences[-1] += ". " + sentence  # "Prof. Jane Doe", "Mrs. Doe": a title, not a name, before it
        else:
            sentences.append(sentence)
    pieces: list[str] = []
    for sentence in sentences:
        for run in _SPLIT.split(sentence):
            parts = _DASH.split(run) if " " in run else [run]
            if len(parts) > 1 and (addresses := [p for p in parts if _WEB_ADDRESS.search(p.strip())]):
                parts = addresses[:1]
            for part in parts:
                if pieces and _GENERATION.fullmatch(part.strip()):
                    pieces[-1] = f"{pieces[-1].rstrip()} {part.strip()}"  # "Robert Downey, Jr.": his suffix
                    continue
                pieces.extend(_prefixed_and(part) if " و" in part or " ו" in part else [part])
    return pieces


# A generational suffix, which English writes after a comma or without one ("Robert Downey, Jr.", "John
# Smith III"): part of the name before it, never a name of its own.
_GENERATION = re.compile(r"(?:Jr|Sr|II|III|IV)\.?")
_GENERATION_WITH_STOP = re.compile(r"\b(?:Jr|Sr)\.")


def _with_generation_stop(name: str, text: str) -> str:
    """A name ending in "Jr" or "Sr" gets back the full stop the byline writes after it (the name's
    cleaning strips full stops at the ends, which suits every other name)."""
    if name.endswith((" Jr", " Sr")) and _GENERATION_WITH_STOP.search(text):
        return name + "."
    return name


def _prefixed_and(run: str) -> list[str]:
    """Arabic and Hebrew write "and" as a prefix: "أحمد علي ومحمد حسن", "דני כהן ויוסי לוי". A word so
    prefixed begins a second name only where a full name (two words at least) stands on each side, as
    names begin with the same letter ("وليد", "ורד")."""
    words = run.split()
    pieces: list[str] = []
    start = 0
    for index in range(2, len(words) - 1):
        word = words[index]
        if word[0] in "وו" and len(word) > 2 and index - start >= 2:
            pieces.append(" ".join(words[start:index]))
            words[index] = word[1:]
            start = index
    pieces.append(" ".join(words[start:]))
    return pieces


# Korean names are written without spaces: a run of two- to four-syllable Hangul words names several people.
_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}")


def _spaced_names(name: str) -> list[str]:
    """Two reporters in "홍길동 김철수", what is left of "홍길동 김철수 기자"."""
    words = name.split()
    if len(words) > 1 and all(_HANGUL_NAME.fullmatch(word) for word in words):
        return words
    return [name]


def imprint_company(text: str) -> str | None:
    """The company a byline's first part names by its legal form ("Olympia-Verlag GmbH" of "Olympia-Verlag
    GmbH, München"): the publisher, an organisation where no person is named."""
    first = _COMPANY_LABEL.sub("", clean_text(text.split(",", 1)[0]))
    return first if _LEGAL_FORM.search(first) else None


_COMPANY_LABEL = re.compile(r"^[^\W\d_]+:\s*")  # "Verein: Historische Wehranlage in Horka e.V."


def opens_with_label(text: str) -> bool:
    """Whether a text opens with a byline's label ("Von", "By", "Por", "Autor:"): a line that names its
    story's writers says so."""
    return _LABEL.match(text) is not None


def split_byline(text: str | None, strict: bool = True) -> list[str]:
    """Names in a byline: "Von Felix Schröder und Jörg Soldwisch, dpa" -> three names.

    A byline box may credit more than the writer ("Penulis: X | Editor: Y", "文／X 攝影／Y"): only the
    writer's part names authors; the source ("来源：新华社") counts only where no writer is named.
    """
    if not text:
        return []
    if "기자" in text or "특파원" in text:
        text = _KOREAN_DATELINE.sub("", text.strip(), count=1)
    names: list[str] = []
    sources: list[str] = []
    desks: set[str] = set()
    for kind, segment in _parts(text, strict):
        if kind == _CREDIT:
            continue
        if "報導" in segment or "报道" in segment:
            segment = _REPORTED_FROM.sub("", segment)
        found = _names_in(segment, strict, desks)
        (sources if kind == _SOURCE else names).extend(found)
    names = names or sources
    if desks and strict and any(name not in desks and not is_agency(name) for name in names):
        names = [name for name in names if name not in desks]  # "Jane Doe, Staff Reporter": her desk
    return names


def _parts(text: str, strict: bool) -> list[tuple[str, str]]:
    """The byline unwrapped and cut at its labels: each part's kind and text, without what runs on
    after the names (a photo credit, an update time)."""
    return [
        (kind, _DATED_TRAILER.sub("", _TRAILER.sub("", segment)))
        for kind, segment in _segments(_unwrapped(text, strict))
    ]


def credited_names(text: str | None) -> list[str]:
    """The names a byline box credits for other work than the writing: its editor, photographer,
    translator ("Penulis: X | Editor: Y" -> Y). Metadata that calls one of them the author has the
    roles wrong (a CMS that fills JSON-LD `author` with the editor who published the story)."""
    if not text:
        return []
    desks: set[str] = set()
    return [
        name
        for kind, segment in _parts(text, True)
        if kind == _CREDIT
        for name in _names_in(segment, True, desks)
    ]


def _unwrapped(text: str, strict: bool) -> str:
    """The byline with what wraps its names turned into separators or removed: contact addresses,
    datelines, parentheses (an agency in them is kept), "with"/"for" clauses, the leading label."""
    if "&" in text:
        text = html.unescape(text)  # metadata writes entities ("O&#039;Donnell"): a name runs through them
    text = unicodedata.normalize("NFC", clean_text(text))
    text = _WITH_AGENCIES.sub("", text)
    if "@" in text:
        text = _CONTACT.sub(" , ", text)
    if "=" in text or "＝" in text:
        text = _BRACKETED_DATELINE.sub(r"\1, ", text)
    if "(" in text or "（" in text:
        text = _PARENTHESES.sub(_agencies_kept if strict else "", _without_bracketed_credits(text))
    if strict and _WITH_WORD.search(text):
        text = _WITH_WRITER.sub(r"\1, ", _WITH_AGENCY.sub(", ", text))
    if strict and (" for " in text.lower() or " staff" in text.lower()):
        text = _AGENCY_STAFF.sub(r"\1", _FOR_PUBLICATION.sub(r"\1", text))
    return _LABEL.sub("", _without_leading_icon(text))


def _without_leading_icon(text: str) -> str:
    """The byline without the icon a theme sets before it ("👤by BWW News Desk", "✍ Anna Lee")."""
    start = 0
    while start < len(text) and (
        unicodedata.category(text[start]) in ("So", "Sk", "Cf", "Mn") or text[start].isspace()
    ):
        start += 1
    return text[start:] if start else text


# "Von unserer Redaktion", "De notre rédaction": the newsroom is the site's own.
_OUR = re.compile(
    r"^(?:(?:de|da|di|von|from)\s+)?(?:our|unsere|unserer|notre|nuestra|nossa)\s+"
    r"(?=\S*(?:redak|rédac|redaç|redac|redaz|newsroom))",
    re.I,
)
# Portuguese and Italian bylines name the desk or agency a story comes from: "Da Redação", "Da Reuters",
# "Do G1", "Dalla redazione".
_FROM_THE = re.compile(r"(?:d[ao]s?|dal(?:la|le)?|della)\s+", re.I)


def _without_from_the(piece: str) -> str:
    if (match := _FROM_THE.match(piece)) and (is_desk(rest := piece[match.end() :]) or is_agency(rest)):
        return rest
    return piece


def _names_in(text: str, strict: bool, desks: set[str]) -> list[str]:
    """The names in one part of a byline; the desks among them are added to `desks`. A pipe parts the
    byline's fields, not its writers ("Patricio Candia | Palma de Mallorca | 08/01/2014", "Aaron Kliegman
    | Fox News"): after the field that names the writers come their place, outlet and date, where only an
    agency still signs."""
    if not strict or "|" not in text:
        return _names_in_field(text, strict, desks)
    names: list[str] = []
    for field in text.split("|"):
        found = _names_in_field(field, strict, desks)
        names.extend([name for name in found if is_agency(name)] if names else found)
    return names


def _names_in_field(text: str, strict: bool, desks: set[str]) -> list[str]:
    if strict and imprint_company(text):
        return []  # "Hafenverein e.V., Kiel": a publisher's imprint (read whole: "e." may be an "and")
    names: list[str] = []
    after_address = False
    for piece in _pieces(text):
        # "João Silva, de São Paulo", "Jane Doe, in Berlin": after a name, its place or desk.
        if strict and names and (first := piece.split(maxsplit=1)) and first[0] in _PLACE_WORDS:
            continue
        piece = _without_from_the(clean_text(piece).strip(_STRIP))
        if (
            strict
            and names
            and (role := _role_span(words := piece.split()))
            and role[0] == 0 < len(words) - role[1]
        ):
            continue  # "Jan Kowalski, Dziennikarz Działu Gospodarczego": a description of the name before
        if is_desk(piece):
            piece = _OUR.sub("", piece)
            names.append(piece)
            desks.add(piece)
            continue
        if strict and _LEGAL_FORM.search(piece):
            after_address = True  # a company's imprint; what follows is its address
            continue
        name = _clean_piece(piece, strict)
        if name is None:
            # "hessenschau.de, Frankfurt, Germany": what follows a web address is the publisher's address.
            after_address = after_address or (strict and bool(_WEB_ADDRESS.search(piece.strip())))
            continue
        # A single word after a full name is a place or desk ("Anna Sleegers, Frankfurt"), not an agency.
        if (
            strict
            and " " not in name
            and not is_agency(name)
            and (after_address or (not name.isupper() and names and " " in names[-1]))
        ):
            continue
        if " " in name and "\uac00" <= name[0] <= "\ud7a3":
            names.extend(_spaced_names(name))
        else:
            names.append(_with_generation_stop(name, text))
    return names


_HAN_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")


def split_spaced_han(name: str) -> list[str]:
    """On a Chinese page, "李四 王五" (what is left of "记者 李四 王五") is two reporters: Chinese names are
    written without a space inside. (On a Japanese page "松岡 大地" is one person, family and given name
    apart, so the caller asks only for Chinese pages.)"""
    words = name.split()
    if len(words) > 1 and all(_HAN_NAME.fullmatch(word) for word in words):
        return words
    return [name]


def name_key(name: str) -> str:
    """Case, spacing, accents and a closing full stop folded: "José  García" and "JOSE GARCIA" are one
    person, and so are "John Smith Jr." and "John Smith Jr"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().rstrip("."))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def merge_names(names: list[str]) -> list[str]:
    """One entry per person, in order: case, spacing and accent variants, and a name contained in a longer
    one ("Doe" beside "Jane Doe", as a byline and an author box name one person twice)."""
    keys = [name_key(name) for name in names]
    kept: list[str] = []
    kept_keys: list[str] = []
    for name, key in zip(names, keys, strict=True):
        if key in kept_keys or any(_contains(other, key) for other in keys):
            continue
        kept.append(name)
        kept_keys.append(key)
    return kept


def _contains(longer: str, shorter: str) -> bool:
    """The shorter name's words appear, in order and whole, inside the longer name."""
    return len(longer) > len(shorter) and f" {shorter} " in f" {longer} "
