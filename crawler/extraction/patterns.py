"""Regexes over long word lists that stay fast.

Python's `re` tries the alternatives of `a|b|c` one after the other at every position it tests: a list
of sixty words costs sixty tests per position, and the layers ask such lists of every class name, URL
path and short text of a page. Written as a trie (`(?:c(?:at(?:egor(?:ies|y))|...)`) the same words
cost a test per letter. The trie matches wherever the plain list matches; where one word begins another
("date", "dateline"), the longer is tried first, so a match may be longer than the plain list's (the
layers ask only whether, and where a match starts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The words that label a picture's credit ("Foto:", "Bildquelle:", "Image:", "Credits:", Dutch "Beeld:",
# Spanish "Imagen:", Italian "Immagine:"), in the languages the layers meet: the byline's trailer, the
# body's credit lines, the summary's closing credit share it.
CREDIT_LABEL = r"(?:fotos?|photos?|bild(?:er)?|bildquelle|images?|beeld|imagen|imagem|immagine|credits?)"


def word_alternation(words: Iterable[str], *, space: str | None = None) -> str:
    """A regex (no group of its own) matching any of the literal `words`, shaped as a trie. `space`, if
    given, is written for each space in a word (`r"\\s+"` lets "de janeiro" match across a line break)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [
            (space if space is not None and char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return build(trie)


def words_of(alternatives: str) -> list[str]:
    """The words of a plain "a|b|c" list (no regex syntax in them)."""
    return alternatives.split("|")
