"""Text normalisation shared by stories and queries, so both sides fold the same way.

Matching is case-insensitive, accent-insensitive and on word boundaries. Doing that by folding both the
story and the query into the same token stream (rather than by clever regexes at match time) keeps the
matcher a set/dict lookup, which is what lets thousands of rules run per story.
"""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose but readers treat as accented Latin letters.
_EXTRA_FOLDS = str.maketrans(
    {
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ħ": "h", "Ħ": "h",
        "ı": "i", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
    }
)  # fmt: skip

_NEEDS_EXTRA = re.compile("[" + "".join(chr(c) for c in _EXTRA_FOLDS) + "]")

# Diacritics of Latin, Greek and Cyrillic scripts: dropped after NFKD ("Zürich" -> "zurich"). Marks of
# other scripts (Devanagari vowel signs, ...) carry meaning and stay part of the word.
_DIACRITICS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

# Han and Kana are written without spaces: each character is a token, so a query word becomes a phrase
# of characters and matches inside longer runs (the usual substring semantics for these scripts). Thai,
# Lao, Khmer and Burmese are written without spaces between words too: there each letter with the vowel
# signs and tone marks on it is a token.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"


def _combining_marks() -> str:
    marks = [chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")]
    return re.escape("".join(marks))


_MARKS = _combining_marks()
_WORD = re.compile(rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*")
_ASCII_WORD_BYTES = bytes(c if (0x30 <= c <= 0x39 or 0x61 <= c <= 0x7A) else 0x20 for c in range(256))
_HAS_CJK = re.compile(f"[{_CJK}{_UNSPACED}]")
_CJK_TOKEN = re.compile(
    rf"[{_CJK}]|[{_UNSPACED}][{_MARKS}]*|[^\W_{_CJK}{_UNSPACED}](?:[^\W_{_CJK}{_UNSPACED}]|[{_MARKS}])*"
)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_RUNS: dict[str, str] = {}
_RUNS_LIMIT = 100_000


def _fold_run(match: re.Match[str]) -> str:
    run = match.group()
    folded = _RUNS.get(run)
    if folded is None:
        if len(_RUNS) >= _RUNS_LIMIT:
            _RUNS.clear()
        folded = _RUNS[run] = _fold_all(run)
    return folded


def fold(text: str) -> str:
    """Case- and accent-fold: 'Zürich' -> 'zurich', 'STRASSE' and 'Straße' -> 'strasse'."""
    if text.isascii():
        return text.lower()
    if len(text.encode("utf-8")) - len(text) < len(text) // 20:
        # Mostly ASCII (English, French, German ...): fold only the non-ASCII runs, each once per
        # process, and lower-case the rest -- about twice as fast as normalising the whole text.
        return _NON_ASCII.sub(_fold_run, text).lower()
    return _fold_all(text)


# Arabic and Hebrew write their short vowels and other signs (tashkeel, niqqud) only now and then, and
# stretch words with the tatweel: search ignores them, as it ignores Latin accents. After NFKD, "أ", "إ" and
# "آ" are "ا" with such a sign. The letters Arabic and Persian write differently fold together: yeh
# ("ي", "ی", and the alef maksura "ى"), kaf ("ك", "ک"), and the teh marbuta "ة" with "ه".
_RTL_SIGNS = re.compile(
    "[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670]"
)
_RTL_FOLDS = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك", "ة": "ه"})
_HAS_RTL = re.compile("[\u0590-\u06ff]")


# Soft hyphens, zero-width spaces, word joiners, byte-order marks: invisible inside a word, so they split
# no word (a rule pasted from a web page, a story stored before extraction dropped them; extraction's
# `text.INVISIBLE_FORMAT` is the same set, not imported: the rules stay free of the crawler).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def _fold_all(text: str) -> str:
    text = _INVISIBLE.sub("", text)
    if _NEEDS_EXTRA.search(text):
        text = text.translate(_EXTRA_FOLDS)
    text = unicodedata.normalize("NFKD", text.casefold())
    text = _DIACRITICS.sub("", text)
    if _HAS_RTL.search(text):
        text = _RTL_SIGNS.sub("", text).translate(_RTL_FOLDS)
    # Recompose what remains (Kana voicing marks, Hangul jamo) so those letters stay whole.
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def tokens(text: str | None) -> list[str]:
    """The folded words of a text, in order ("Software-Krieg!" -> ['software', 'krieg'])."""
    if not text:
        return []
    folded = fold(text)
    if folded.isascii():
        # Most text is ASCII once folded; byte translation + split is ~3x faster than the regex.
        return folded.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
    if _HAS_CJK.search(folded):
        return _CJK_TOKEN.findall(folded)
    return _WORD.findall(folded)
