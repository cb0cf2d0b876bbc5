"""The words of block labels: what editors call the blocks around a story, in the languages we crawl.

A heading "Related Posts", "Lesen Sie auch" or "Lo más leído" says what its block is (`heading_kind`); a
short text "Previous Story", "Today:", "Go to Top" or "Read also:" says what the element holding it is
(`blocks` reads them on its walk, `related` reads the previous/next labels on links). Pure text rules, no
tree: each pattern matches a label at the start of a short text and ends at a non-letter.
"""

from __future__ import annotations

import functools
import re

from crawler.extraction.names import is_agency
from crawler.extraction.patterns import CREDIT_LABEL, word_alternation, words_of

# Path segments of a portal's listing pages, in the languages of the portals: a section's ("/category/…",
# "/rubrik/…", "/seccion/…"), a tag's or topic's ("/tag/…", "/thema/…", Blogger's "/search/label/…"), an
# author's ("/autor/…"). Links to them name the story's section or tags; they are never related stories.
SECTION_PATH_WORDS = (
    "category|categories|section|sections|rubrik|ressort|kategorie|kategori|kategoria|kategorija|categoria|"
    "categorias|categorie|rubrique|rubrica|rubriek|seccion|secciones|secao|sezione"
)
TAG_PATH_WORDS = (
    "tag|tags|topic|topics|schlagwort|schlagworte|stichwort|etiqueta|etiquetas|etichetta|etiket|thema|themen|"
    "tema|temas|temi|sujet|sujets|onderwerp|tagi|stitek|cimke|aihe|label"
)
AUTHOR_PATH_WORDS = (
    "author|authors|autor|autoren|autores|auteur|auteurs|autore|autori|yazar|penulis|"
    "by|staff|contributor|contributors|writers|journalist|journalists|reporters|columnists|meet-the-team"
)
# An author's page: "/author/jane-doe/", "/by/jane-doe", "/staff/jane-doe", "/meet-the-team/jane-doe-p4zy7c",
# "/autor/747/jane-doe", "/autor/jane/page/2/", and the slug with a short id after it
# ("/author/associated-press/j_-yt", VOA's CMS). `related` takes it for the author's archive, no story;
# `authors` reads a link to it as the author's name. (Not "/people/": a topic page for a person.)
AUTHOR_PAGE = re.compile(
    rf"/{word_alternation(words_of(AUTHOR_PATH_WORDS))}/(?:\d+/)?[^/]+/?(?:page/\d+/?|[\w-]{{1,10}}/?)?$",
    re.I,
)

# A link's title that says the link lists one writer's stories, or shows their profile ("Posts by Jane
# Doe", "Alle Inhalte von …", "Articles par …", "Zur Profilseite von …"): an author's page under any
# path ("/thema/jane-doe,145046/"). Not "Mehr von …", "More from …": a section or tag says that too.
AUTHOR_LINK_TITLE = re.compile(
    r"^(?:(?:view|see|show|zeige|voir|ver|alle|all|tous|todas|todos|tutti)\s+)?(?:(?:the|les|los|las|gli)\s+)?"
    r"(?:posts?|articles?|stories|entries|beitr(?:ä|ae)ge|artikel|inhalte|art(?:í|i)culos|entradas|articoli|"
    r"artigos|berichten|artikelen)\s+(?:by|von|par|de|di|da|van)\s"
    r"|^(?:zur\s+)?profil(?:seite)?\s+(?:von|de)\s",
    re.I,
)

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


# "Read also" in more languages: a block's heading, or the label of a "Read also: <link>" line in the text.
_READ_ALSO_WORLD = (
    r"čtěte (?:také|též|i)",
    r"prečítajte si (?:tiež|aj)",
    r"(?:läs|læs|les) (?:också|også|mer|mere|flere)",
    r"lue (?:myös|lisää)",
    r"citește și",
    r"διαβάστε (?:επίσης|ακόμη|ακόμα)",
    r"читайте (?:також|ще)",
    r"pročitajte (?:još|i|također)",
    r"preberite (?:tudi|še)",
    r"xem thêm",
    r"延伸(?:阅读|閱讀)",
    r"اقرأ (?:أيضا|أيضاً|أيضًا)",
    r"קראו (?:עוד|גם)",
    r"यह भी पढ़ें",
    r"بیشتر بخوانید",
    r"czytaj (?:też|także|również|więcej)",
    r"lees ook",
    r"baca juga",
    r"читайте (?:также|ещё)",
)
# "Related news" in more languages: a block's heading, or the label of a line of links in the text
# ("<strong>Noticias relacionadas</strong><br><a>…</a>").
_RELATED_NEWS_WORLD = (
    r"articoli correlati",
    r"articles? (?:similaires|connexes|liés|recommandés)",
    r"(?:ähnliche|verwandte) (?:artikel|beiträge|themen)",
    r"(?:noticias?|artículos?|notas?) relacionad[oa]s?",
    r"(?:notícias?|artigos?|matérias?) relacionad[oa]s?",
    r"gerelateerde (?:artikelen|berichten)",
    r"ilgili haberler",
    r"(?:berita|artikel) terkait",
    r"související (?:články|zprávy)",
    r"súvisiace (?:články|správy)",
    r"kapcsolódó (?:cikkek|cikk|hírek)",
    r"relater(?:ade|ede|te) (?:artiklar|artikler|nyheter|nyheder|saker)",
    r"σχετικά (?:άρθρα|θέματα|νέα)",
    r"i̇lgili haberler",
    r"свързани (?:новини|статии)",
    r"povezan[ae] (?:vijesti|vesti|članci|novice)",
    r"tin (?:liên quan|cùng chuyên mục)",
    r"(?:ข่าว|เรื่อง)ที่เกี่ยวข้อง",  # "related news", "related stories"
    r"บทความที่เกี่ยวข้อง",
    r"(?:相关|相關|关联|關聯)(?:新闻|新聞|阅读|閱讀|文章|报道|報導)",
    r"(?:関連|関係)(?:記事|ニュース)",
    r"관련\s?(?:기사|뉴스)",
    r"(?:مواضيع|أخبار|مقالات) (?:ذات صلة|متعلقة)",
    r"(?:כתבות|ידיעות) (?:נוספות|קשורות)",
    r"(?:संबंधित|सम्बंधित) (?:खबरें|ख़बरें|लेख)",
    r"(?:مطالب|اخبار) مرتبط",
)
_RELATED_HEADING = _phrases(
    *_READ_ALSO_WORLD,
    *_RELATED_NEWS_WORLD,
    r"related(?: posts?| articles?| stories| news| content| reading| coverage)?",
    r"you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested)",
    r"you may have missed",
    r"don'?t miss(?: it)?",
    r"do not miss",
    r"more (?:from|in|on|about|stories|news|articles|like this|to read)(?: this (?:story|topic))?",
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
    r"(?:also|more) in this series",
    r"(?:more|other) (?:stories|articles|parts) (?:in|of|from) this series",
    # German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Russian, Indonesian
    r"das könnte sie (?:auch )?interessieren",
    r"mehr zum thema",
    r"mehr (?:aus|zu|über)",
    r"weitere (?:artikel|beiträge|nachrichten|meldungen)",
    r"auch interessant",
    r"lesen sie (?:auch|mehr)",
    r"(?:[àa] )?lire (?:aussi|également|encore)",
    r"vous aimerez (?:aussi|peut-être|également)",
    r"sur le même (?:sujet|thème)",
    r"dans la même rubrique",
    r"voir aussi",
    r"(?:también )?(?:te|le) puede(?:n)? interesar",
    r"le[ae] (?:también|más)",
    r"te recomendamos",
    r"(?:ti )?potrebbe(?:ro)? interessarti(?: anche)?",
    r"leggi anche",
    r"leia (?:também|mais)",
    r"veja também",
    r"você (?:pode|poderá) gostar",
    r"zie ook",
    r"meer over",
    r"zobacz (?:też|także)",
    r"benzer haberler",
    r"похожие (?:статьи|новости|материалы)",
    r"по теме",
    # Hungarian, Finnish, Romanian, Turkish, Ukrainian, Bulgarian, Japanese, Korean
    r"ezek is érdekelhetik",
    r"aiheeseen liittyvät",
    r"articole (?:similare|asemănătoare)",
    r"bunlar da ilginizi çekebilir",
    r"схожі (?:новини|статті)",
    r"прочетете (?:още|също)",
    r"あわせて読みたい",
    r"함께 (?:보면 좋은|읽으면 좋은) 기사",
)
_LATEST_HEADING = _phrases(
    r"latest(?: from(?: the| our)? blog| news| posts| articles| stories| updates| headlines)?",
    r"(?:most )?recent(?: posts| news| articles| stories| updates| comments?)?",
    r"trending(?: now| news| stories| posts| topics)?",
    r"(?:most )?popular(?: posts| news| articles| stories| now)?",
    # "Most read in Celebrity": a section's most-read rail, a label whole with its section's name.
    r"most (?:read|viewed|shared|commented|watched)(?: (?:in|on) [^\W\d_]+(?:[ &-]+[^\W\d_]+)?$)?",
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
    r"nejčtenější",
    r"nejnovější(?: články| zprávy)?",
    r"najčítanejšie",
    r"legolvasottabb(?: cikkek)?",
    r"legfrissebb(?: hírek)?",
    r"mest (?:lästa?|læste|leste?|delt|delade)",
    r"senaste (?:nytt|nyheterna|nyheter)",
    r"seneste (?:nyt|nyheder)",
    r"siste (?:nytt|nyheter)",
    r"luetuimmat",
    r"uusimmat",
    r"cele mai (?:citite|noi)",
    r"ultimele (?:știri|articole)",
    r"(?:πιο )?δημοφιλή",
    r"τελευταία (?:νέα|άρθρα)",
    r"en çok (?:okunan(?:lar)?|izlenen(?:ler)?)",
    r"son (?:dakika|haberler)",
    r"самое (?:читаемое|популярное)",
    r"найпопулярніше",
    r"(?:останні|свіжі) новини",
    r"най-четени",
    r"najčitanij[ie]",
    r"najnovij[ei]",
    r"najbolj bran[oe]",
    r"đọc nhiều(?: nhất)?",
    r"tin mới(?: nhất)?",
    r"ข่าว(?:ยอดนิยม|ล่าสุด)",
    r"(?:热门|熱門|最新)(?:新闻|新聞|文章|消息|资讯|資訊)",
    r"(?:人気|最新)(?:記事|ニュース)",
    r"アクセスランキング",
    r"(?:많이 본|인기|최신) (?:뉴스|기사)",
    r"الأكثر (?:قراءة|مشاهدة)",
    r"(?:أحدث|آخر) الأخبار",
    r"הנקראים ביותר",
    r"सबसे (?:ज्यादा|ज़्यादा|अधिक) पढ़ी गई",
    r"ता(?:ज़|ज)ा (?:खबरें|ख़बरें)",
    r"پربازدیدترین",
    r"آخرین (?:اخبار|مطالب)",
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
    r"reklam",
    r"hirdetés",
    r"mainos",
    r"reclamă",
    r"publicitate",
    r"oglas",
    r"διαφήμιση",
    r"iklan",
    r"quảng cáo",
    r"โฆษณา",
    r"广告",
    r"廣告",
    r"広告",
    r"광고",
    r"إعلان",
    r"פרסומת",
    r"विज्ञापन",
    r"تبلیغات",
)
_AD_LABEL = _phrases(*_AD_WORDS)
_BOILERPLATE_HEADING = _phrases(
    *_AD_WORDS,
    # Paid recommendation widgets' headings: their links are ads, no related stories.
    r"(?:from )?around the web",
    r"(?:partner|paid|promoted|sponsored) (?:content|links|stories|posts)",
    r"leave a (?:reply|comment)",
    r"\d* ?comments?",
    r"\d+ (?:thoughts?|responses?|replies)",
    r"(?:one|two|three) (?:thoughts?|responses?|comments?)",
    r"discussion",
    r"share(?: this)?(?: post| article| story| on)?",
    r"about(?: the)? authors?",
    r"über (?:den|die) autor(?:in|en|innen)?",
    r"à propos de l(?:'|’)auteur(?:e)?",
    r"sobre (?:el|la) autora?",
    r"sull(?:'|’)autore",
    r"over de auteur",
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
    # Comments and share bars, as the whole heading ("Kommentarer (3)", "3 komentáře", "Teilen")
    r"(?:\d+\s*)?(?:commenti|comentários|reacties|komentarze|komentáře|komentáre|hozzászólások|kommentarer|"
    r"kommentit|comentarii|σχόλια|yorumlar|комментарии|коментарі|коментари|komentari|komentar|bình luận|"
    r"评论|評論|留言|コメント|댓글|التعليقات|תגובות|टिप्पणियाँ|نظرات)(?:\s*\(?\d+\)?)?\W*$",
    r"(?:schlagw(?:orte|örter)|stichw(?:orte|örter)|mots-clés|étiquettes|etiquetas|etichette|tagi|štítky|"
    r"címkék|taggar|avainsanat|etichete|ετικέτες|etiketler|теги|теґи|oznake|标签|標籤|タグ|태그|الوسوم|תגיות|"
    # The story's topics, as the whole heading of its tag list ("THEMEN", "Temas", "Topics").
    r"topics|themen|thèmes|temas|temi|argomenti|onderwerpen|tematy|emner|ämnen)\W*$",
    r"(?:teilen|partager|compartir|condividi|compartilhe|partilhe|delen|udostępnij|sdílet|megosztás|dela|del|"
    r"jaa|distribuie|κοινοποίηση|paylaş|поделиться|поділитися|споделете|podijeli|bagikan|chia sẻ|แชร์|"
    r"分享|シェア|공유|شارك|שתפו|शेयर करें|اشتراک گذاری)\W*$",
)
# "Previous Story", "Next article", "Older post", "Vorheriger Artikel", "Article suivant"...
PREV_LABEL = _phrases(
    r"(?:previous|prev|older)(?: story| post| article| entry| news| item)?",
    # Blogger's pager in its languages ("Älterer Post", "Entrada antigua", "Article plus ancien").
    r"ältere[rs]? (?:post|beitrag|eintrag)",
    r"(?:entrada|publicación) (?:más )?antigua",
    r"(?:postagem|publicação) mais antiga",
    r"article plus ancien",
    r"post più vecchio",
    r"oudere (?:post|bericht)",
    r"vorherige[rs]?(?: artikel| beitrag)?",
    r"zurück",
    r"article pr[ée]c[ée]dent",
    r"pr[ée]c[ée]dent",
    r"(?:artículo|entrada|nota) anterior",
    r"anterior",
    r"articolo precedente",
    r"precedente",
    r"poprzedni(?: artykuł| wpis)?",
    r"предыдущ\w*(?: статья| новость| запись| материал)?",
    r"(?:vorige|vorig)(?: artikel| bericht)?",
    r"předchozí(?: článek| příspěvek)?",
    r"predchádzajúci(?: článok)?",
    r"előző(?: cikk| bejegyzés)?",
    r"föregående(?: artikel| inlägg)?",
    r"forrige(?: artikel| artikkel| indlæg| innlegg)?",
    r"edellinen(?: artikkeli)?",
    r"(?:articolul )?anterior",
    r"προηγούμεν[οη](?: άρθρο)?",
    r"önceki(?: haber| yazı| makale)?",
    r"попередн\w*(?: стаття| новина| запис)?",
    r"предишн\w*",
    r"prethodn[ia](?: vijest| vest| članak)?",
    r"sebelumnya",
    r"bài (?:trước|cũ hơn)",
    r"ก่อนหน้า",
    r"上一(?:篇|页|頁|条|則)(?:文章)?",
    r"前の(?:記事|ページ)",
    r"이전\s?(?:기사|글)",
    r"(?:المقال |الخبر )?السابق",
    r"(?:הכתבה |הכתבות )?(?:הקודמת|הקודם)",
    r"पिछला(?: लेख)?",
    r"(?:مطلب |خبر )?قبلی",
)
NEXT_LABEL = _phrases(
    r"(?:next|newer)(?: story| post| article| entry| news| item)?",
    r"neuere[rs]? (?:post|beitrag|eintrag)",
    r"(?:entrada|publicación) más reciente",
    r"(?:postagem|publicação) mais recente",
    r"article plus récent",
    r"post più recente",
    r"nieuwere (?:post|bericht)",
    r"nächste[rsn]?(?: artikel| beitrag)?",
    r"weiter",
    r"article suivant",
    r"suivant",
    r"(?:siguiente|próxim[oa])(?: artículo| entrada| nota)?",
    r"(?:artículo|entrada) siguiente",
    r"articolo successivo",
    r"successivo",
    r"następny(?: artykuł| wpis)?",
    r"следующ\w*(?: статья| новость| запись| материал)?",
    r"volgende(?: artikel| bericht)?",
    r"další(?: článek| příspěvek)?",
    r"nasledujúci(?: článok)?",
    r"következő(?: cikk| bejegyzés)?",
    r"nästa(?: artikel| inlägg)?",
    r"næste(?: artikel| indlæg)?",
    r"neste(?: artikkel| innlegg)?",
    r"seuraava(?: artikkeli)?",
    r"(?:articolul )?următor",
    r"επόμεν[οη](?: άρθρο)?",
    r"sonraki(?: haber| yazı| makale)?",
    r"наступн\w*(?: стаття| новина| запис)?",
    r"следващ\w*",
    r"sljedeć[ia](?: vijest| članak)?",
    r"sledeć[ia](?: vest| članak)?",
    r"selanjutnya",
    r"bài (?:tiếp theo|sau|mới hơn)",
    r"ถัดไป",
    r"下一(?:篇|页|頁|条|則)(?:文章)?",
    r"次の(?:記事|ページ)",
    r"다음\s?(?:기사|글)",
    r"(?:المقال |الخبر )?التالي",
    r"(?:הכתבה )?הבאה",
    r"अगला(?: लेख)?",
    r"(?:مطلب |خبر )?بعدی",
)
READ_ALSO = _phrases(
    *_READ_ALSO_WORLD,
    *_RELATED_NEWS_WORLD,
    r"zie ook",
    r"read (?:also|more|next)",
    r"more(?=\s*:)",  # the tabloids' "MORE: <headline>" line between paragraphs
    r"also read",
    r"see also",
    r"related",
    r"recommended",
    r"lesen sie (?:auch|mehr)",
    r"mehr zum thema",
    r"(?:[àa] )?lire (?:aussi|également)",
    r"voir aussi",
    r"le[ae] también",
    r"leggi anche",
    r"leia também",
    r"veja também",
)
TODAY = _phrases(
    r"today\s*:",
    r"today is",
    r"(?:heute|aujourd'hui|hoy|oggi|hoje|vandaag|dzisiaj|dziś|dnes|ma|i ?dag|tänään|astăzi|azi|σήμερα|bugün|"
    r"сегодня|сьогодні|днес|danas|hari ini|hôm nay|วันนี้|今日|今天|오늘|اليوم|היום|आज|امروز)\s*[:：]",
)
# The visitor a site's header greets ("Willkommen <b>Gast</b>", uCoz's "Приветствую Вас <b>Гость</b>"): the
# bar it sits in shows the day of the visit. The greeting itself is asked of the bar (`GREETING`).
GUEST = re.compile(r"^(?:gast|guest|гость|invité|invitado|ospite|visitante)!?$", re.I)
GREETING = re.compile(  # (no word boundary before it: the bar's lines run together, "0:26 AMWillkommen")
    r"(?:willkommen|welcome|hallo|hello|bienvenue|bienvenido|benvenuto|bem-vindo|приветствую|здравствуйте)",
    re.I,
)
# All the labels above in one pattern: most short texts (menu items, dates) fail it at once.
_ANY_LABEL = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (PREV_LABEL, NEXT_LABEL, READ_ALSO, TODAY, GUEST))
    + r"|^\W*(?:go|back|scroll|jump|top|nach)\b",
    re.I,
)
# The same pattern without IGNORECASE, for lower-cased ASCII texts (most of them): re skips an alternative
# by its first letter only when it matches case by case, and here that is 2.4 times faster. (The labels are
# written in lower case; for ASCII text, lower-casing first and IGNORECASE agree.)
_ANY_LABEL_CASED = re.compile(_ANY_LABEL.pattern)
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
        found = (
            _ANY_LABEL_CASED.match(text.lower()) if text.isascii() else _ANY_LABEL.match(text)
        ) is not None
        if len(LABEL_CACHE) > 200_000:
            LABEL_CACHE.clear()
        LABEL_CACHE[text] = found
    return found


def _label_match(pattern: re.Pattern[str], text: str, exact: bool) -> bool:
    m = pattern.match(text)
    return m is not None and (not exact or not re.search(r"\w", text[m.end() :]))


@functools.lru_cache(maxsize=16384)
def heading_kind(text: str, *, exact: bool = False) -> str | None:
    """What a block heading's words say the block is: related, latest, navigation, boilerplate, or None.
    With `exact`, the label must be the whole heading ("Trending", not "Trending stocks fall"). (Cached: a
    site repeats its widgets' headings on every page, and a page its teasers' in several blocks.)"""
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


# Words that label the site's other stories only with its name after them ("Auch auf gofeminin.de", "Also
# on Hafenblatt"); alone they open many a subhead.
_ALSO_ON = re.compile(
    r"(?:auch|mehr) (?:auf|bei)|(?:also|more) on|(?:aussi|plus) sur|(?:también|más) en|anche su|ook op", re.I
)


def site_label_kind(label: str) -> str | None:
    """The kind of a label that needs the site's name after it to be one (`blocks` checks the name)."""
    return RELATED if _ALSO_ON.fullmatch(label.strip(" :")) else None


# A line that says only how long ago ("vor 2 Std.", "3 hours ago", "il y a 2 heures", "hace 5 minutos"):
# a teaser's or a widget's stamp, never a line of the story (which dates itself in its date line).
_RELATIVE_TIME = re.compile(
    r"^\W*(?:"
    r"vor (?:einer|einem|\d+) "
    r"(?:sek\.?|sekunden?|min\.?|minuten?|std\.?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)|"
    r"(?:an?|\d+) (?:sec|secs|seconds?|min|mins|minutes?|hr|hrs|hours?|days?|weeks?|months?) ago|"
    r"il y a (?:une?|\d+) (?:secondes?|minutes?|heures?|jours?|semaines?|mois)|"
    r"hace (?:una?|\d+) (?:segundos?|minutos?|horas?|días?|semanas?|meses)|"
    r"\d+ ?(?:min|h|d)\.? ago"
    r")\W*$",
    re.I,
)


def is_relative_time(text: str) -> bool:
    """The whole line says how long ago, and nothing else."""
    return len(text) <= 40 and _RELATIVE_TIME.match(text) is not None


def is_ad_label(text: str) -> bool:
    """The whole text is an ad slot's label ("Advertisement", "Anzeige", "Publicité")."""
    return _label_match(_AD_LABEL, text, exact=True)


_PLATFORMS = (
    r"(?:google news|twitter|x|facebook|instagram|linkedin|whatsapp|telegram|threads|bluesky|youtube|tiktok)"
)
# A line that asks the reader to subscribe or follow, states the copyright or that comments are closed, in
# the story's flow:
# "Subscribe Now", "Sign up for our newsletter", "Folgen Sie uns auf Instagram", "© 2024 dpa-infocom".
_PROMO_LINE = _phrases(
    r"copyright",
    r"(?:subscribe|sign up)(?: now| today| for| to)?",
    r"follow us",
    r"(?:jetzt )?abonnieren(?: sie)?",
    r"folgen sie uns",
    r"abonnez-vous",
    r"suivez-nous",
    r"suscríbete",
    r"síguenos",
    r"iscriviti",
    r"seguici",
    r"assine",
    r"siga-nos",
    r"volg ons",
    # WordPress's notice where the comments were: "Comments are closed."
    r"comments are (?:closed|disabled)",
    r"kommentare sind (?:geschlossen|deaktiviert)",
    r"les commentaires sont fermés",
    r"los comentarios están cerrados",
    r"i commenti sono chiusi",
    r"(?:os )?comentários (?:estão )?fechados",
    r"reacties zijn gesloten",
    r"(?:kommentarfeed|comments feed)\s*\|",  # a theme's comment links under the post
    # A share bar's or a loading widget's leftover text, or a video player's label, as a whole line.
    r"share (?:this|the) (?:article|story|post)\W*$",
    r"(?:分享让更多人看到|分享到)\W*$",  # "Share so that more people see it", "Share to"
    r"merken\W*$",  # a bookmark plugin's leftover paragraph on German blogs ("<p>Merken</p>")
    r"up next\W*$",
    # A picture's credit set as a line of its own: "(Credits: Amazon Prime Video)", "Foto: dpa", "Courtesy
    # G4", "Illustration by Mike Nudelman" (no sentence: "Courtesy of a grant, the school opened a lab." is
    # the story's).
    rf"\(?{CREDIT_LABEL}\s*:",
    r"(?:photo |image |picture )?courtesy(?: of)? [^.!?]*$",
    r"(?:photo(?:graph)?|illustration|image|picture|graphic|artwork)s? by [^.!?]*$",
    r"(?:loading|wird geladen|chargement)(?:\.\.\.|…)?\W*$",
    # A feedback widget's question and its buttons: "War dieser Artikel hilfreich?JaNein".
    r"(?:was|is) this (?:article|post|page|story|information) (?:helpful|useful)",
    r"(?:war|ist) (?:dieser|der) (?:artikel|beitrag|text) hilfreich",
    r"cet article vous a-t-il (?:été )?(?:utile|aidé)",
    r"(?:te|le) (?:ha )?(?:resultado|resultó|parecido|pareció) útil",
    r"questo articolo (?:ti )?è stato utile",
    r"was dit artikel (?:nuttig|behulpzaam)",
)
_PROMO_WORDS = 12  # a longer line is a sentence of the story ("Sign up for the vaccine opened on Monday, …")
# Openings that say the line addresses the reader about the site, not the story, up to a long sentence:
# "Follow TechRadar on Google News and add us as a preferred source ...", "For all the latest news, visit
# the Belfast Live homepage here ...", "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns ...".
_SITE_PROMO_LINE = _phrases(
    rf"follow (?:\S+ ){{1,3}}on {_PLATFORMS}",
    r"stay up to date",
    # A pointer to the site's other pages under the story, by their names: "More from Forbes: ...", "More
    # from Bing and MSN Lifestyle Site Search: Get additional content on ..." ("More from the hearing:"
    # goes on with the story).
    r"(?-i:More from (?:(?:and|&) )?(?:[A-Z0-9][\w&.'’-]*[ ]?(?:(?:and|&) )?){1,6}):",
    r"for (?:all )?the latest (?:news|updates)",
    r"get the latest (?:news|updates)",
    r"sign up (?:to|for) (?:our|the (?:\S+ ){0,3}newsletter)",
    # An agency's or publisher's copyright notice under its story ("Copyright 2024 The Associated Press.
    # All rights reserved. This material may not be published, ...").
    r"copyright (?:©\s*)?\d{4}",
    r"(?:what about you\W+)?share your thoughts",
    # The comment section's preamble: "The views expressed in the comments below are not those of ...",
    # CNN Arabic's "الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية".
    r"(?:the )?(?:views|opinions) expressed (?:below|in (?:the|these) comments)",
    r"الآراء الواردة (?:أدناه|في التعليقات)",
    r"this is a live blog",  # a live blog's notice above its entries ("... Scroll down for the latest")
    r"scroll down for (?:the )?latest",
    r"we(?:'|’)?d love to (?:get|hear) your feedback",
    # A tabloid's tip line and its pointer to more ("Got a story? Get in touch with our news team ...",
    # "For more stories like this, check our news page.").
    r"got a (?:story|news tip)",
    r"for more stories like this",
    r"advertising disclosure",
    r"fehler gefunden",
    # A cookie banner's text ("Our website uses cookies to offer you optimal navigation ...", "By continuing
    # your browsing on our site, you agree to the use of cookies.").
    r"(?:our|this) (?:web)?site uses cookies",
    r"by continuing (?:your browsing|to browse|to use (?:this|our|the) (?:web)?site)",
    r"(?:diese|unsere) (?:web)?seite verwendet cookies",
    r"wir verwenden cookies",
    r"ce site utilise des cookies",
    r"en poursuivant votre navigation",
    # An Instagram embed's caption where the script did not run ("Ein Beitrag geteilt von Joey Heindle
    # (@joeyheindle) am Jun 17, 2019"), a blog platform's follow box ("Erhalte jeden neuen Beitrag in
    # deinen Posteingang.", "Schließe dich 106 Followern an"), an agency's standards line under each story.
    r"(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida)",
    r"(?:view this post on instagram|sieh dir diesen beitrag auf instagram an|voir cette publication sur)",
    r"(?:get every new post delivered|erhalte jeden neuen beitrag)",
    r"(?:join [\d,.]+ (?:other )?followers|schließe dich [\d.]+ (?:anderen )?followern an)",
    r"our standards\s*:",
    # An appeal to the reader who got this far, a newsletter offer: "If you enjoyed reading this post –
    # would you consider supporting our work?", "Then sign up for our email newsletter".
    r"if you (?:enjoyed|liked|value[d]?) (?:reading )?(?:this|our) (?:post|article|story|journalism|work)",
    r"(?:then )?sign up for our (?:\S+ ){0,2}newsletter",
    r"hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen",
    r"(?:ihnen|dir) hat (?:dieser|der) (?:artikel|beitrag) gefallen",
    r"(?:diese|unsere) arbeit ist nur mit (?:ihrer|deiner) unterstützung möglich",
    r"werden sie (?:jetzt )?mitglied",
    r"fandest du (?:den|diesen) artikel",
    r"ihre meinung ist uns wichtig",
    # An outdated-browser notice and what it asks ("Dein Browser ist leider veraltet.").
    r"(?:your|dein|ihr) browser (?:is|ist) (?:leider )?(?:out of date|outdated|not supported|veraltet)",
    r"votre navigateur n(?:'|’)est (?:plus )?(?:à jour|pris en charge)",
    r"(?:lade|laden sie) für ein besseres erlebnis",
    # A video player's text for browsers that cannot play it (video.js): "To view this video please enable
    # JavaScript, and consider upgrading to a web browser that supports HTML5 video".
    r"to view this video please enable javascript",
    r"for a better (?:browsing )?experience,? (?:please )?(?:update|upgrade|download|use)",
)
_SITE_PROMO_WORDS = 45
# A theme's notes in the story's column, written out in full sentences: WordPress's post-metadata line
# ("This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under News. You can
# follow any responses to this entry through the RSS 2.0 feed."; "Der Beitrag wurde am … veröffentlicht
# und wurde unter … abgelegt."), an embed's placeholder ("An dieser Stelle findest du einen externen
# Inhalt von YouTube, der den Artikel ergänzt.").
_THEME_NOTE = _phrases(
    r"this (?:entry|post) was posted (?:on|in)",
    # The caption of the page's lead picture set as a line under the story ("Header Image: People have
    # lived in Ecuador's Amazon forests ... Credit: Tomas Munita/CIFOR").
    r"(?:header|featured?|lead|top|cover|main|title|banner) (?:image|photo|picture)\s*:",
    r"(?:der|dieser) (?:beitrag|eintrag|artikel) wurde am \S+",
    r"an dieser stelle (?:findest du|finden sie|befindet sich) (?:einen|ein) externe[nrs]? inhalt",
    r"ich bin damit einverstanden, dass mir (?:externe )?inhalte",  # the placeholder's consent box
    r"personenbezogene daten können an drittplattformen übermittelt werden",
    r"link zum \S+-inhalt",  # the placeholder's link to the content ("Link zum YouTube-Inhalt")
    # A newsletter offer with the site's channels after it ("Get the best of News18 delivered to your
    # inbox - subscribe to News18 Daybreak. Follow News18.com on Twitter, …"), an affiliate disclosure
    # ("(*) Alle mit einem Stern gekennzeichneten Links sind Affiliate-Links. Wenn Du …"), a notice of the
    # site's rights ("The contents of this website are copyright BizWest Media").
    r"get the best of (?:\S+ ){1,3}delivered",
    r"(?:\(\*\) )?(?:alle )?mit einem (?:stern|sternchen) (?:\(\*\) )?(?:gekennzeichnete|markierte)n? links",
    r"(?:this (?:post|article|page) contains|some of the links (?:in this (?:post|article) )?are) affiliate",
    r"if you (?:buy|purchase) (?:something|anything|a product) (?:using|through|via|from) (?:the )?links",
    r"the contents? of this (?:web)?site (?:is|are) (?:\(c\) |© )?copyright",
    # A site's disclaimer; the broadcast note of the ARD's sites ("Dieses Thema im Programm: Über dieses
    # Thema berichtete DLF am 24. März 2023 um 05:20 Uhr."); Blogger's share buttons run together
    # ("Email ThisBlogThis!Share to TwitterShare to Facebook").
    r"disclaimer\s*:",
    r"haftungsausschluss\s*:",
    r"dieses thema im programm\s*:",
    r"email this\s*blogthis",
    # The risk warning EU rules make finance sites print: "Risikohinweis für CFDs (Differenzkontrakte):
    # CFDs sind komplexe Instrumente …", "CFDs are complex instruments and come with a high risk …".
    r"risikohinweis(?: für cfds)?",
    r"risk warning: cfds",
    r"cfds (?:sind komplexe instrumente|are complex instruments)",
)
_THEME_NOTE_WORDS = 80


# A newsletter's or channel's pitch anywhere in a line: it names the newsletter (or the inbox, the email
# edition, the WhatsApp channel), calls to subscribe, join or get it, and addresses the reader ("Want more
# health stories in your inbox? Subscribe to Salon's weekly newsletter", "Abonniere den Whatsapp-Kanal von
# 20 Minuten und du bekommst ..."). A story's sentence about newsletters does not talk to its reader so.
_PITCH_WORDS = 45
_PITCH_CALL = re.compile(
    r"\b(?:subscribe|sign up|join|abonnier\w*|abonnez|suscr[ií]b\w*|iscriviti|delivered|get the|bekommst|"
    r"kostenlos\w*)\b",
    re.I,
)
_PITCH_READER = re.compile(
    r"\b(?:you|your|our|du|dein\w*|dich|unser\w*|vous|votre|nos|notre|tu|tus|nuestro\w*)\b", re.I
)
# German addresses the reader in the verb's formal "Sie", which alone may be "she" or "they".
_PITCH_FORMAL_CALL = re.compile(r"\b(?i:abonnieren|finden|erhalten|bestellen|hören) Sie\b")


def _names_pitched_thing(lowered: str) -> bool:
    """Whether a lower-cased line names a newsletter, an inbox, an email edition, a WhatsApp channel or a
    podcast. (Substring tests: a regex alternation searched through every line costs eight times more.)"""
    return (
        "newsletter" in lowered
        or "mail" in lowered
        or "inbox" in lowered
        or "posteingang" in lowered
        or "whatsapp" in lowered
        or "daily edition" in lowered
        or "podcast" in lowered
    )


# A pitch that closes with its call as a short sentence of its own, whatever it offers ("Every day, DW's
# editors send out a selection of the day's news and features. Sign up for the newsletter here.").
_PITCH_CLOSING = re.compile(
    r"(?:^|[.!?:]\s+)(?:sign up|subscribe|jetzt anmelden|hier anmelden|inscrivez-vous|suscríbete)\b"
    r"[^.!?]{0,40}[.!]?$",
    re.I,
)


# The words of those calls, for a substring test before the pattern (most lines hold none).
_PITCH_CLOSING_WORDS = ("sign up", "subscribe", "anmelden", "inscrivez", "suscríbete")


def _newsletter_pitch(text: str) -> bool:
    lowered = text.lower()
    if any(word in lowered for word in _PITCH_CLOSING_WORDS) and _PITCH_CLOSING.search(text) is not None:
        return True
    if not _names_pitched_thing(lowered):
        return False
    if _PITCH_FORMAL_CALL.search(text) is not None:
        return True
    return _PITCH_CALL.search(text) is not None and _PITCH_READER.search(text) is not None


# A theme's post-metadata line in the story's column, no sentence: its tags or categories after a label
# ("Schlagworte: Cybercrime, Hacking, SCADA"), where it is filed ("Veröffentlicht in Tafelbilder", "Posted
# in News"), its date with the episode's facts ("Veröffentlicht am 16.08.2019 Dauer: 1 Stunde ...").
_POST_META = _phrases(
    r"(?:tags|schlagw(?:orte|örter)|stichw(?:orte|örter)|kategorien?|categor(?:y|ies)|etiquetas)\s*:",
    r"(?:posted|filed) (?:in|under)",
    r"veröffentlicht (?:in|unter|am \d)",
    r"publié (?:dans|le \d)",
    r"pubblicato (?:in|il \d)",
)
_POST_META_WORDS = 15


# Picture agencies a credit names beside or instead of a news agency ("Mandel Ngan / AFP / Getty Images",
# "REUTERS/Kevin Lamarque", "dpa | Picture Alliance").
_PICTURE_AGENCY = re.compile(
    r"(?:getty(?: images)?|shutterstock|istock(?:photo)?|imago(?: images)?|picture[- ]alliance|alamy|corbis|"
    r"sipa(?: press)?|nurphoto|zuma(?: press| wire)?|epa(?:-efe)?|ap photo|afp photo|dpa-bildfunk)",
    re.I,
)
_CREDIT_PARTS = re.compile(r"\s*[/|]\s*")
_CREDIT_WORDS = 10
_CREDIT_PART_WORDS = 4


def _agency_credit(text: str) -> bool:
    """A credit as a line of its own: a picture's photographer and agencies, or the agency and editor a
    story closes with, parted by slashes or bars, one part an agency ("Mandel Ngan / AFP / Getty Images",
    "SDA/sep"). "Trump / Clinton" names no agency, and a line that ends a sentence is the story's."""
    if len(text.split()) > _CREDIT_WORDS or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    parts = _CREDIT_PARTS.split(text.strip())
    if len(parts) < 2 or any(not part or len(part.split()) > _CREDIT_PART_WORDS for part in parts):
        return False
    return any(is_agency(part) or _PICTURE_AGENCY.fullmatch(part) for part in parts)


def is_promo_line(text: str) -> bool:
    """A line that asks the reader to subscribe, follow, give feedback or donate, a copyright line, a
    comments-closed notice or a theme's note (post metadata, an embed's placeholder): not story."""
    words = len(text.split())
    if words <= _THEME_NOTE_WORDS and _THEME_NOTE.match(text) is not None:
        return True
    if words <= _POST_META_WORDS and not text.endswith(".") and _POST_META.match(text) is not None:
        return True
    if words <= _PITCH_WORDS and _newsletter_pitch(text):
        return True
    if words > _PROMO_WORDS:
        return words <= _SITE_PROMO_WORDS and _SITE_PROMO_LINE.match(text) is not None
    return (
        text.lstrip().startswith("©")
        or _PROMO_LINE.match(text) is not None
        or _agency_credit(text)
        or _SITE_PROMO_LINE.match(text) is not None
    )


def only_label(text: str) -> bool:
    """True when the text is a previous/next label and nothing else ("Next Story", "« Older post")."""
    text = text.translate(APOSTROPHES)
    for pattern in (PREV_LABEL, NEXT_LABEL):
        m = pattern.match(text)
        if m and not re.search(r"\w", text[m.end() :]):
            return True
    return False


# The home page's name in a breadcrumb's first step or a link home, in the portals' languages: no section
# and no site's name.
HOME_TEXT = re.compile(
    r"home(?:page)?|start(?:seite)?|accueil|inicio|início|pagina principale|home page|startpagina|"
    r"strona główna|hlavní stránka|főoldal|etusivu|forside|ana sayfa|главная|головна|首页|首頁|ホーム|홈|"
    r"الرئيسية|דף הבית|मुखपृष्ठ|trang chủ|beranda",
    re.I,
)

# A "read more" link's words.
_READ_MORE = (
    r"(?:read more|continue reading|load more|show more|more|weiterlesen|mehr laden|mehr anzeigen|mehr|"
    r"lire la suite|leer más|leggi tutto|leia mais|lees meer|czytaj więcej|читать далее|selengkapnya|"
    r"もっと見る|続きを読む|一覧へ|更多|查看更多|阅读全文|閱讀全文|더\s?보기|전체\s?보기)"
)
# A "more" label a teaser's link sets after its title, behind a separator: "Title | mehr", "Title »
# Read more".
READ_MORE_TAIL = re.compile(rf"\s*[|»›·•]\s*{_READ_MORE}\W*$", re.I)
# A link's text that names no story: "Read more", "More news", "Alle News anzeigen", "Load more", a
# placeholder title. `related` takes no title from it, `classification` no tag.
GENERIC_LINK_TEXT = re.compile(
    rf"^\W*{_READ_MORE}\W*$"
    # "More news", "Alle News anzeigen", "See all", "Mehr ähnliche Nachrichten": links to listings.
    r"|^\W*(?:more|mehr|all|alle|see all|view all|show all|weitere|plus de|más|tutte|todas)\b"
    r"(?:\W+\w+){0,3}\W*$"
    # WordPress's placeholder for a post without a title.
    r"|^\W*(?:no title|untitled|kein titel|ohne titel|sans titre|sin título|senza titolo)\W*$"
    # A count of a story's comments, linking to its thread: "86 Kommentare", "12 comments", "Comments (3)".
    r"|^\W*(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|replies|antworten)"
    r"(?:\s*\(\d+\))?\W*$",
    re.I,
)
