"""Regexes built for speed match what their plain forms match."""

from __future__ import annotations

import re

import pytest

from crawler.extraction import labels
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PREVIOUS STORY", True), ("Next Article", True), ("Read Also: the plan", True),
        ("TODAY: July 21, 2024", True), ("Go To Top", True), ("NÄCHSTER ARTIKEL", True),
        ("Lesen Sie auch", True), ("ΠΡΟΗΓΟΎΜΕΝΟ ΆΡΘΡΟ", True), ("Home", False), ("Nextcloud", False),
        ("Politics", False), ("Über uns", False),
    ],
)  # fmt: skip
def test_labels_are_found_in_any_case(text: str, expected: bool) -> None:
    """ASCII texts are lower-cased and matched case by case (faster), others with IGNORECASE: both agree."""
    labels.LABEL_CACHE.pop(text, None)
    assert labels.is_label(text) is expected


def test_the_label_pattern_is_written_in_lower_case() -> None:
    """The case-by-case match of lower-cased text finds only lower-case letters in the pattern."""
    letters = re.findall(r"(?<!\\)[^\W\d_]", labels._ANY_LABEL_CASED.pattern)
    assert letters and all(letter == letter.lower() for letter in letters)
