"""The trie-shaped word alternation matches exactly what the plain alternation of its words matches."""

from __future__ import annotations

import re

import pytest

from crawler.extraction.patterns import word_alternation, words_of

WORDS = words_of("tag|tags|topic|topics|thema|themen|tema|temas|temi|wp-login.php|a|ab|abc")
PLAIN = re.compile("/(?:" + "|".join(map(re.escape, WORDS)) + ")(?:/|$)", re.I)
TRIE = re.compile(f"/{word_alternation(WORDS)}(?:/|$)", re.I)


@pytest.mark.parametrize(
    "path",
    [
        "/tag/", "/tags/sport", "/TOPICS/x", "/themen", "/them/", "/temix/", "/temi/", "/wp-login.php",
        "/wp-loginXphp", "/ab/", "/abc", "/abcd/", "/b/", "/", "", "/x/tag", "/x/tagsx/",
    ],
)  # fmt: skip
def test_the_trie_finds_what_the_word_list_finds(path: str) -> None:
    plain, trie = PLAIN.search(path), TRIE.search(path)
    assert (plain and plain.group()) == (trie and trie.group())


def test_spaces_may_stand_for_any_whitespace() -> None:
    pattern = re.compile(word_alternation(["de janeiro", "de"], space=r"\s+"))
    assert pattern.fullmatch("de\njaneiro") is not None
    assert pattern.fullmatch("de") is not None
    assert re.compile(word_alternation(["de janeiro"])).fullmatch("de\njaneiro") is None
