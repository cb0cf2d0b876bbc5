"""The story's language: as the page declares it, else as its text reads.

The declaration comes first (JSON-LD inLanguage, <html lang>, og:locale, the content-language meta), as a
BCP 47 tag ("de-CH", "zh-Hant-TW"); country codes that templates write for a language ("jp", "kr", "cn")
become the language's code. Templates also get it wrong or leave it out: a Bengali portal on an English
theme declares lang="en", many blogs declare nothing. The text decides when the page declares nothing,
or when the declared language is written in another script than the headline (a Latin-script language
over a Bengali headline, Russian over an English one). A declaration in the headline's script stays: on
short or mixed text the model errs too (a German parish report read as Latin), more often than such
templates do; except English, the themes' default ("en-US" over a German blog or a Swahili portal), which
a full sample plainly read as another language, headline included, overrules.

The model is py3langid's (naive Bayes over byte n-grams, 97 languages, trained on news, Wikipedia and
government text), loaded on first use; it reads the headline and the body's first few hundred
characters, about a third of a millisecond, and only on the pages that need it.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData

_LANGUAGE = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$", re.I)
# Country codes written where the language's code belongs; none is a language code of its own in use.
_COUNTRY_FOR_LANGUAGE = {"jp": "ja", "kr": "ko", "cn": "zh", "gr": "el", "cz": "cs", "dk": "da", "ua": "uk"}
# Deprecated ISO 639 codes that old templates still write.
_RENAMED = {"iw": "he", "in": "id", "ji": "yi"}
# Languages written in the Latin alphabet, or in it as well as in another (Serbian).
_LATIN_SCRIPT_CODES = (
    "af az br bs ca ceb co cs cy da de en eo es et eu ff fi fo fr fy ga gl ha haw hr ht hu id ig is it jv ku "
    "la lb lg ln lt lv mg mi ms mt nb nl nn no ny oc om pl pt qu ro rw sk sl sm sn so sq sr st su sv sw tk "
    "tl tn tr uz vi wa wo xh yo zu"
)
_LATIN_SCRIPT = frozenset(_LATIN_SCRIPT_CODES.split())
_TEXT_SAMPLE = 400  # characters of the story's text the model reads
_MIN_LETTERS = 20  # fewer letters than this say nothing reliable about a language
_MIN_CONFIDENCE = 0.8


def find_language(page: Page, data: StructuredData, text: str | None) -> str | None:
    """The story's language as a BCP 47 tag; `text` is the story's own (headline, then body)."""
    declared = _declared(page, data)
    sample = (text or "")[:_TEXT_SAMPLE]
    if declared is None:
        return _detected(sample)
    language = declared.split("-")[0]
    if _other_script(language, sample):
        return _detected(sample) or declared
    if language == "en" and (read := _read_otherwise(sample)) is not None:
        return read
    return declared


# A theme's default declaration that the text plainly contradicts: WordPress, Blogger and Squarespace
# themes ship lang="en-US", and a German blog or a Swahili portal keeps it. The text overrules it when the
# model reads a full sample as another language with this confidence, and the headline (the sample's first
# line) as the same language, where it is long enough to tell.
_OVERRULING_SAMPLE = 300
_OVERRULING_CONFIDENCE = 0.9


# English's commonest words: three of them in a sample say English without the model (most declared-English
# pages are English, and the model is the costly step).
_ENGLISH_WORDS = (" the ", " and ", " of ", " to ")
_ENGLISH_WORD_COUNT = 3


def _reads_english(sample: str) -> bool:
    lowered = sample.lower()
    return sum(lowered.count(word) for word in _ENGLISH_WORDS) >= _ENGLISH_WORD_COUNT


def _read_otherwise(sample: str) -> str | None:
    """The language other than English that a declared-English page's text plainly reads as, or None."""
    if len(sample) < _OVERRULING_SAMPLE or _reads_english(sample) or (identifier := _MODEL.get()) is None:
        return None
    # (The headline first: it is short, and on nearly every such page it reads as English, which settles it.)
    headline = sample.split("\n", 1)[0]
    read_headline = identifier.classify(headline)[0] if _latin_share(headline) is not None else None
    if read_headline == "en":
        return None
    language, confidence = identifier.classify(sample)
    if language == "en" or confidence < _OVERRULING_CONFIDENCE:
        return None
    return language if read_headline in (None, language) else None


def _declared(page: Page, data: StructuredData) -> str | None:
    in_language: Any = data.article.get("inLanguage")
    if isinstance(in_language, dict):
        in_language = in_language.get("alternateName") or in_language.get("name")
    candidates = [
        in_language if isinstance(in_language, str) else None,
        page.tree.get("lang"),
        page.tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        data.meta.get("og:locale"),
        data.meta.get("content-language"),
        data.meta.get("language"),
    ]
    for candidate in candidates:
        if language := _bcp47(candidate):
            return language
    return None


def _bcp47(value: str | None) -> str | None:
    match = _LANGUAGE.match((value or "").strip())
    if not match:
        return None
    language, script, region = match.groups()
    language = language.lower()
    parts = [_COUNTRY_FOR_LANGUAGE.get(language) or _RENAMED.get(language) or language]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


def _latin_share(text: str) -> float | None:
    """The share of the text's letters that are Latin, or None when it has too few letters to tell."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return None
    return sum(1 for c in letters if c < "\u0250") / len(letters)


def _other_script(language: str, text: str) -> bool:
    """Whether the declared language cannot be the text's: Latin letters for a language written in another
    script, or the other way round."""
    share = _latin_share(text)
    if share is None:
        return False
    return share < 0.5 if language in _LATIN_SCRIPT else share > 0.9


def _detected(text: str) -> str | None:
    if _latin_share(text) is None or (identifier := _MODEL.get()) is None:
        return None
    language, confidence = identifier.classify(text)
    return language if confidence >= _MIN_CONFIDENCE else None


class _LazyModel:
    """py3langid's model, loaded once, on first use or by `load_model` (see `warmup`); None where the
    package is missing (the declared language still counts).

    Loading takes about 0.6 s. The lock makes a page that needs the model while the warm-up thread is
    loading it wait for that load rather than start a second one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded = False
        self._model: Any = None

    def get(self) -> Any:
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    self._model = self._load()
                    self._loaded = True
        return self._model

    @staticmethod
    def _load() -> Any:
        try:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier
        except ImportError:
            return None
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_MODEL = _LazyModel()


def load_model() -> None:
    """Load the model now, if it is not loaded (see `warmup`)."""
    _MODEL.get()
