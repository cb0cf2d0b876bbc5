"""Turn a byline into person names: labels and reporter suffixes off, split on conjunctions, junk refused."""

from __future__ import annotations

import re
import unicodedata

from crawler.extraction.text import clean_text

# "By", "Von:", "Autor", "Text:", "Por", "Par", ... before the names.
_LABEL = re.compile(
    r"^\s*(?:(?:written|posted|reported|text|story|words|photos?)\s+(?:by|and\s+photos\s+by)|by|from|von|vom|"
    r"autor(?:in|en|innen)?|author(?:s)?|text|redaktion|reporter(?:in)?|verfasst\s+von|geschrieben\s+von|"
    r"por|par|door|af|av|przez|yazan|autore|auteur(?:e)?|escrito\s+por|publicado\s+por|"
    r"reportage|kirjoittaja|skrevet\s+af|skrevet\s+av|tekst|napisał(?:a)?|作者|文|记者|記者|기자|この記事の筆者|筆者)"
    r"\s*[:：|]?\s+",
    re.I,
)
_SUFFIX = re.compile(
    r"\s*(?:기자|특파원|선임기자|논설위원|객원기자|記者|特派員|编辑|編輯|撰文|報導|报道)\s*$|\s*\([^)]{1,12}\)\s*$"
)
_SPLIT = re.compile(
    r"\s*(?:,|;|\||/|·|•|、|&|\+|\band\b|\bund\b|\bog\b|\by\b|\bet\b|\be\b|\bi\b|\bve\b|"
    r"\ben\b|\boch\b|\bja\b|\bsowie\b)\s*",
    re.I,
)
_NOT_A_NAME = re.compile(
    r"https?:|www\.|\.(?:com|de|org|net|html?)\b|@|\d{3,}|foto|photo|bild:|image|getty|reuters/|imago|"
    r"shutterstock|picture|credit|copyright|©|\(c\)|all rights|updated|aktualisiert|published|veröffentlicht|"
    r"minute|lesezeit|read time|min read|uhr\b|share|teilen|follow|newsletter|subscribe|profile|フォロー|"
    r"すべて見る|\w\.[a-z]{2,4}$",
    re.I,
)
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
_AGENCY = re.compile(
    r"^(?:dpa|afp|ap|apa|sda|kna|epd|reuters|ansa|efe|anp|ntb|tt|ritzau|upi|pa|aap|ians|pti|xinhua|"
    r"sda|ats|keystone-sda|associated press|agence france-presse|press association|bloomberg|kyodo|yonhap|"
    r".*(?:presse-agentur|press agency|news agency|nachrichtenagentur|agencia|agenzia))$",
    re.I,
)
_ROLE_WORDS = re.compile(
    r"\b(?:redakteur(?:in)?|korrespondent(?:in)?|editor|correspondent|reporter|journalist(?:in)?|"
    r"professor|profesorius|staff writer|contributor|columnist|kolumnist(?:in)?|chefredakteur(?:in)?|"
    r"freie[rn]? autor(?:in)?|producer)\b",
    re.I,
)


def is_agency(name: str) -> bool:
    return bool(_AGENCY.match(name.strip(" .")))


def _clean_piece(piece: str, strict: bool = True) -> str | None:
    piece = clean_text(piece).strip(" .,:;-–—|*·")
    for _ in range(2):
        piece = _LABEL.sub("", piece)
    piece = _SUFFIX.sub("", piece).strip(" .,:;-–—|*·")
    piece = _ROLE_WORDS.sub("", piece).strip(" .,:;-–—|*·")
    if not piece or len(piece) < 2 or len(piece) > 60 or not any(ch.isalpha() for ch in piece):
        return None
    if not strict:
        return None if piece.startswith(("http:", "https:")) or len(piece.split()) > 6 else piece
    if _NOT_A_NAME.search(piece) or _SLUG.match(piece):
        return None
    words = piece.split()
    if len(words) > 5:
        return None
    if piece.casefold() in _STOP:
        return None
    if any(ch.isdigit() for ch in piece):
        return None
    if not is_agency(piece) and any(
        w[0].islower() and w.isalpha() and w.isascii() and w not in _PARTICLES for w in words
    ):
        return None  # names are capitalised: "ku Frankfurt", "amw", "more stories" are not names
    return piece


_PARTICLES = {
    "von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "del", "della", "dos", "das", "do", "bin",
    "al", "el", "ten", "ter", "zu", "af", "y", "e", "op", "het", "dei", "des", "ibn", "bint", "st",
}  # fmt: skip


_STOP = {
    "by", "von", "and", "und", "staff", "admin", "administrator", "redaktion", "editorial", "editor", "team",
    "unknown", "anonymous", "guest", "gast", "user", "author", "autor", "none", "null", "undefined", "more",
    "mehr", "home", "news", "de", "par", "por",
}  # fmt: skip


def split_byline(text: str | None, strict: bool = True) -> list[str]:
    """Names in a byline: "Von Felix Schröder und Jörg Soldwisch, dpa" -> three names."""
    if not text:
        return []
    text = unicodedata.normalize("NFC", clean_text(text))
    text = re.sub(r"\s+(?:mit|with)\s+(?:material|agenturen|agencies).*$", "", text, flags=re.I)
    text = _LABEL.sub("", text)
    # A long description after the name ("Name, Professor at the University of ...") is not a name.
    names: list[str] = []
    for piece in _SPLIT.split(text):
        if (name := _clean_piece(piece, strict)) is not None:
            # A single word after a full name is a place or desk ("Anna Sleegers, Frankfurt"), not an agency.
            if (
                strict
                and names
                and " " not in name
                and not is_agency(name)
                and not name.isupper()
                and " " in names[-1]
            ):
                continue
            names.append(name)
    return names


def merge_names(names: list[str]) -> list[str]:
    """One entry per person, in order: case and spacing variants, and a name contained in a longer one."""
    kept: list[str] = []
    keys: list[str] = []
    for name in names:
        key = " ".join(name.casefold().split())
        if key in keys:
            continue
        kept.append(name)
        keys.append(key)
    return kept
