"""The words of block labels: what editors call the blocks around a story, in the languages we crawl.

A heading "Related Posts", "Lesen Sie auch" or "Lo más leído" says what its block is (`heading_kind`); a
short text "Previous Story", "Today:", "Go to Top" or "Read also:" says what the element holding it is
(`blocks` reads them on its walk, `related` reads the previous/next labels on links). Pure text rules, no
tree: each pattern matches a label at the start of a short text and ends at a non-letter.
"""

from __future__ import annotations

import re

# What a block is: the kinds `blocks` records on the elements it marks.
STORY, NAVIGATION, RELATED, LATEST, INLINE_RELATED, BOILERPLATE = (
    "story",
    "navigation",
    "related",
    "latest",
    "inline-related",
    "boilerplate",
)

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def _phrases(*alternatives: str) -> re.Pattern[str]:
    """Match a label at the start of a short text, the phrase ending at a non-letter."""
    return re.compile(r"^[^\w]*+(?:" + "|".join(alternatives) + r")(?![^\W\d_])", re.I)


_RELATED_HEADING = _phrases(
    r"related(?: posts?| articles?| stories| news| content| reading| coverage)?",
    r"you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested)",
    r"you may have missed",
    r"don'?t miss(?: it)?",
    r"do not miss",
    r"more (?:from|in|on|about|stories|news|articles|like this|to read)",
    r"read (?:also|more|next)",
    r"also read",
    r"see also",
    r"recommended(?: for you| stories| articles| reading)?",
    r"similar (?:posts|articles|stories|news)",
    r"further reading",
    r"in case you missed(?: it)?",
    r"check also",
    r"what to read next",
    r"keep reading",
    # German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Russian, Indonesian
    r"das könnte sie (?:auch )?interessieren",
    r"mehr zum thema",
    r"mehr (?:aus|zu|über)",
    r"weitere (?:artikel|beiträge|nachrichten|meldungen)",
    r"auch interessant",
    r"lesen sie (?:auch|mehr)",
    r"(?:ähnliche|verwandte) (?:artikel|beiträge|themen)",
    r"(?:à )?lire (?:aussi|également|encore)",
    r"articles? (?:similaires|connexes|liés|recommandés)",
    r"vous aimerez (?:aussi|peut-être|également)",
    r"sur le même (?:sujet|thème)",
    r"dans la même rubrique",
    r"voir aussi",
    r"(?:también )?(?:te|le) puede(?:n)? interesar",
    r"(?:noticias|artículos|notas) relacionad[oa]s",
    r"le[ae] (?:también|más)",
    r"te recomendamos",
    r"articoli correlati",
    r"(?:ti )?potrebbe(?:ro)? interessarti",
    r"leggi anche",
    r"leia (?:também|mais)",
    r"(?:notícias|artigos|matérias) relacionad[oa]s",
    r"veja também",
    r"você (?:pode|poderá) gostar",
    r"lees ook",
    r"zie ook",
    r"gerelateerde (?:artikelen|berichten)",
    r"meer over",
    r"czytaj (?:też|także|również)",
    r"zobacz (?:też|także)",
    r"ilgili haberler",
    r"benzer haberler",
    r"читайте (?:также|ещё)",
    r"похожие (?:статьи|новости|материалы)",
    r"по теме",
    r"baca juga",
    r"(?:berita|artikel) terkait",
)
_LATEST_HEADING = _phrases(
    r"latest(?: from(?: the| our)? blog| news| posts| articles| stories| updates| headlines)?",
    r"(?:most )?recent(?: posts| news| articles| stories| updates| comments?)?",
    r"trending(?: now| news| stories| posts| topics)?",
    r"(?:most )?popular(?: posts| news| articles| stories| now)?",
    r"most (?:read|viewed|shared|commented|watched)",
    r"top (?:stories|news|posts|articles|headlines)",
    r"editor'?s'? (?:picks?|choice)",
    r"hot (?:news|topics|stories)",
    r"breaking(?: news)?",
    r"just in",
    r"neueste(?:n)?(?: artikel| beiträge| nachrichten)?",
    r"meist ?gelesen(?:e)?",
    r"beliebt(?:e|este)?(?: artikel| beiträge)?",
    r"aktuelle (?:artikel|beiträge|nachrichten)",
    r"(?:les )?plus (?:lus|populaires|partagés)",
    r"derni(?:ers|ères) (?:articles|actualités|publications|infos)",
    r"à la une",
    r"tendances",
    r"lo más (?:leído|visto|popular)",
    r"(?:las |los )?más (?:leíd[oa]s|vist[oa]s|populares)",
    r"últimas (?:noticias|entradas|notícias)",
    r"entradas recientes",
    r"tendencias",
    r"(?:i )?più (?:letti|popolari)",
    r"ultime (?:notizie|news)",
    r"articoli recenti",
    r"mais (?:lidas|lidos|populares|vistos)",
    r"posts recentes",
    r"meest gelezen",
    r"laatste nieuws",
    r"populair",
    r"najczęściej czytane",
    r"популярное",
    r"последние новости",
    r"terpopuler",
    r"berita terkini",
    r"terbaru",
)
# An ad slot's label, as a heading or a paragraph of its own.
_AD_WORDS = (
    r"advertisement",
    r"advertising",
    r"sponsored",
    r"anzeige",
    r"werbung",
    r"publicité",
    r"publicidad",
    r"pubblicità",
    r"publicidade",
    r"advertentie",
    r"reklame",
    r"annons",
    r"reklama",
    r"реклама",
)
_AD_LABEL = _phrases(*_AD_WORDS)
_BOILERPLATE_HEADING = _phrases(
    *_AD_WORDS,
    r"leave a (?:reply|comment)",
    r"\d* ?comments?",
    r"\d+ (?:thoughts?|responses?|replies)",
    r"(?:one|two|three) (?:thoughts?|responses?|comments?)",
    r"discussion",
    r"share(?: this)?(?: post| article| story| on)?",
    r"about(?: the)? authors?",
    r"about us",
    r"tags",
    r"categories",
    r"archives",
    r"follow us",
    r"newsletter",
    r"subscribe",
    r"search",
    r"kommentare?",
    r"commentaires?",
    r"comentarios?",
)
# "Previous Story", "Next article", "Older post", "Vorheriger Artikel", "Article suivant"...
PREV_LABEL = _phrases(
    r"(?:previous|prev|older)(?: story| post| article| entry| news| item)?",
    r"vorherige[rs]?(?: artikel| beitrag)?",
    r"zurück",
    r"article pr[ée]c[ée]dent",
    r"pr[ée]c[ée]dent",
    r"(?:artículo|entrada|nota) anterior",
    r"anterior",
    r"articolo precedente",
    r"precedente",
    r"poprzedni(?: artykuł| wpis)?",
    r"предыдущ\w*",
)
NEXT_LABEL = _phrases(
    r"(?:next|newer)(?: story| post| article| entry| news| item)?",
    r"nächste[rsn]?(?: artikel| beitrag)?",
    r"weiter",
    r"article suivant",
    r"suivant",
    r"(?:siguiente|próxim[oa])(?: artículo| entrada| nota)?",
    r"(?:artículo|entrada) siguiente",
    r"articolo successivo",
    r"successivo",
    r"następny(?: artykuł| wpis)?",
    r"следующ\w*",
)
READ_ALSO = _phrases(
    r"zie ook",
    r"read (?:also|more|next)",
    r"also read",
    r"see also",
    r"related",
    r"recommended",
    r"lesen sie (?:auch|mehr)",
    r"mehr zum thema",
    r"(?:à )?lire (?:aussi|également)",
    r"voir aussi",
    r"le[ae] también",
    r"leggi anche",
    r"leia também",
    r"veja também",
    r"lees ook",
    r"czytaj (?:też|także|również)",
    r"читайте также",
    r"baca juga",
)
TODAY = _phrases(
    r"today\s*:", r"today is", r"heute\s*:", r"aujourd'hui\s*:", r"hoy\s*:", r"oggi\s*:", r"hoje\s*:"
)
# All the labels above in one pattern: most short texts (menu items, dates) fail it at once.
_ANY_LABEL = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (PREV_LABEL, NEXT_LABEL, READ_ALSO, TODAY))
    + r"|^\W*(?:go|back|scroll|jump|top|nach)\b",
    re.I,
)
TO_TOP = re.compile(r"^\W*(?:go|back|scroll|jump)\s*to\s*(?:the\s*)?top\W*$|^\W*(?:top|nach oben)\W*$", re.I)
# Whether a short text opens with one of the labels: `_ANY_LABEL` tries its alternatives one by one (about
# 2 us a text, some 250 short texts a page), while menu items, bylines, "Share", "Read more" and dates
# recur within a page and across a site's pages: each distinct text is matched once. (`blocks`' walk looks
# a text up here itself before it calls `is_label`: one call less for each of a page's short texts.)
LABEL_CACHE: dict[str, bool] = {}


def is_label(text: str) -> bool:
    """Whether a short text opens with a previous/next, "Read also", "Today:" or "to top" label."""
    found = LABEL_CACHE.get(text)
    if found is None:
        found = _ANY_LABEL.match(text) is not None
        if len(LABEL_CACHE) > 200_000:
            LABEL_CACHE.clear()
        LABEL_CACHE[text] = found
    return found


def _label_match(pattern: re.Pattern[str], text: str, exact: bool) -> bool:
    m = pattern.match(text)
    return m is not None and (not exact or not re.search(r"\w", text[m.end() :]))


def heading_kind(text: str, *, exact: bool = False) -> str | None:
    """What a block heading's words say the block is: related, latest, navigation, boilerplate, or None.
    With `exact`, the label must be the whole heading ("Trending", not "Trending stocks fall")."""
    text = text.translate(APOSTROPHES).strip()
    if not text or len(text) > 80:
        return None
    if _label_match(_RELATED_HEADING, text, exact):
        return RELATED
    if _label_match(_LATEST_HEADING, text, exact):
        return LATEST
    if len(text) <= 30 and only_label(text):
        return NAVIGATION
    if _label_match(_BOILERPLATE_HEADING, text, exact):
        return BOILERPLATE
    return None


def is_ad_label(text: str) -> bool:
    """The whole text is an ad slot's label ("Advertisement", "Anzeige", "Publicité")."""
    return _label_match(_AD_LABEL, text, exact=True)


def only_label(text: str) -> bool:
    """True when the text is a previous/next label and nothing else ("Next Story", "« Older post")."""
    text = text.translate(APOSTROPHES)
    for pattern in (PREV_LABEL, NEXT_LABEL):
        m = pattern.match(text)
        if m and not re.search(r"\w", text[m.end() :]):
            return True
    return False
