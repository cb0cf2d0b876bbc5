"""Evaluate a parsed query against one story, reporting which terms matched where.

A story is turned once into a `Document` (folded tokens per field); every rule then evaluates against the
same Document, so the cost of normalising the text is paid once per story, not once per rule.
Only the story's own fields are searched: headline, body, authors, section (plus `url:` and `lang:`
when asked). Related-story teasers, navigation and portal boilerplate are not part of a Document.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import NamedTuple

from monitor.rules.query import DEFAULT_FIELDS, And, Node, Not, Or, Regex, Term
from monitor.rules.text import fold, tokens

_BOUNDARY = "\x00"


class Hit(NamedTuple):
    """Why a query matched: `term` (as written in the query) matched `word` in `field`.

    A NamedTuple: thousands are made per second while matching, and tuples are the cheapest to build.
    """

    term: str
    field: str
    word: str


class FieldText:
    """One field of a story: its folded tokens, with lookups built lazily as queries need them."""

    __slots__ = ("_joined", "raw", "tokens", "unique")

    def __init__(self, raw: str, parts: Iterable[str] | None = None) -> None:
        self.raw = raw
        if parts is None:
            self.tokens = tokens(raw)
            self.unique = frozenset(self.tokens)
        else:
            # Separate values (authors) with a token no query word can equal: phrases cannot span them.
            toks: list[str] = []
            for part in parts:
                if toks:
                    toks.append(_BOUNDARY)
                toks.extend(tokens(part))
            self.tokens = toks
            self.unique = frozenset(toks) - {_BOUNDARY}
        self._joined: str | None = None

    @property
    def joined(self) -> str:
        """' tok1 tok2 ... ': phrases and prefixes become one C-speed substring search."""
        if self._joined is None:
            self._joined = " " + " ".join(self.tokens) + " "
        return self._joined

    def folded(self) -> str:
        return fold(self.raw)


class Document:
    """A story's searchable fields. A phrase never runs from one author's name into the next."""

    __slots__ = ("default_words", "fields", "vocabulary", "words")

    def __init__(
        self,
        *,
        headline: str | None = None,
        body: str | None = None,
        authors: Iterable[str] = (),
        section: str | None = None,
        url: str | None = None,
        lang: str | None = None,
    ) -> None:
        self.fields = {
            "headline": FieldText(headline or ""),
            "body": FieldText(body or ""),
            "author": FieldText("\n".join(authors), list(authors)),
            "section": FieldText(section or ""),
            "url": FieldText(url or ""),
            "lang": FieldText(lang or ""),
        }
        self.vocabulary = frozenset().union(*(field.unique for field in self.fields.values()))
        # (name, words) per field, ready for the matchers' inner loops.
        self.words = {name: field.unique for name, field in self.fields.items()}
        self.default_words = tuple((name, self.words[name]) for name in DEFAULT_FIELDS)

    @classmethod
    def from_article(cls, article: object) -> Document:
        """Build from a `crawler.archive.models.Article` (authors loaded)."""
        authors = [link.author.name for link in getattr(article, "authors", ())]
        return cls(
            headline=article.headline,  # type: ignore[attr-defined]
            body=article.body,  # type: ignore[attr-defined]
            authors=authors,
            section=article.section,  # type: ignore[attr-defined]
            url=article.url,  # type: ignore[attr-defined]
            lang=article.language,  # type: ignore[attr-defined]
        )


Matcher = Callable[[Document, "list[Hit] | None"], bool]
_COMPILED: weakref.WeakKeyDictionary[Node, Matcher] = weakref.WeakKeyDictionary()


def _compile(node: Node) -> Matcher:
    """Turn a query tree into nested closures: no type dispatch per node at match time."""
    if isinstance(node, Term):
        return _compile_term(node)
    if isinstance(node, And):
        return _all_of(tuple(_compile(child) for child in node.children))
    if isinstance(node, Or):
        return _any_of(tuple(_compile(child) for child in node.children))
    if isinstance(node, Not):
        inner = _compile(node.child)
        return lambda doc, hits: not inner(doc, None)
    if isinstance(node, Regex):
        return _regex_matcher(node)
    raise TypeError(f"unknown node {node!r}")  # pragma: no cover


def _compile_term(node: Term) -> Matcher:
    """A single word is a set lookup; a phrase or a wildcard word is a substring search."""
    if len(node.words) == 1 and not node.prefix:
        if node.field is not None:
            return _scoped_word_matcher(node.text, node.field, node.words[0])
        return _word_matcher(node.text, node.words[0])
    fields = (node.field,) if node.field else DEFAULT_FIELDS
    return _phrase_matcher(node.text, node.words, node.prefix, fields)


def _scoped_word_matcher(text: str, scope: str, word: str) -> Matcher:
    # The explanation of a word match depends only on the field: build it once, not per story.
    scoped_hit = Hit(text, scope, word)

    def scoped_word_matcher(doc: Document, hits: list[Hit] | None) -> bool:
        if word not in doc.words[scope]:
            return False
        if hits is not None:
            hits.append(scoped_hit)
        return True

    return scoped_word_matcher


def _word_matcher(text: str, word: str) -> Matcher:
    field_hits = {name: Hit(text, name, word) for name in DEFAULT_FIELDS}

    def word_matcher(doc: Document, hits: list[Hit] | None) -> bool:
        if word not in doc.vocabulary:  # the usual case: one set lookup
            return False
        for name, words in doc.default_words:
            if word in words:
                if hits is not None:
                    hits.append(field_hits[name])
                return True
        return False

    return word_matcher


def _phrase_matcher(text: str, words: tuple[str, ...], prefix: bool, fields: tuple[str, ...]) -> Matcher:
    """One substring search per field over ' tok tok ... '. Every whole word of the phrase must be in the
    field before a substring search is worth it."""
    exact = frozenset(words[:-1] if prefix else words)
    needle = " " + " ".join(words) + ("" if prefix else " ")
    tail = 0 if prefix else 1

    def term_matcher(doc: Document, hits: list[Hit] | None) -> bool:
        if not exact <= doc.vocabulary:
            return False
        for name in fields:
            field = doc.fields[name]
            if not exact <= field.unique:
                continue
            joined = field.joined
            at = joined.find(needle)
            if at >= 0:
                if hits is not None:
                    end = joined.index(" ", at + len(needle) - tail)
                    hits.append(Hit(text, name, joined[at + 1 : end]))
                return True
        return False

    return term_matcher


def _all_of(parts: tuple[Matcher, ...]) -> Matcher:
    def all_of(doc: Document, hits: list[Hit] | None) -> bool:
        for part in parts:  # noqa: SIM110 (a plain loop is faster than all() over a generator)
            if not part(doc, hits):
                return False
        return True

    return all_of


def _any_of(options: tuple[Matcher, ...]) -> Matcher:
    def any_of(doc: Document, hits: list[Hit] | None) -> bool:
        if hits is None:
            return any(option(doc, None) for option in options)
        matched = False
        for option in options:  # keep going to report every matching alternative
            if option(doc, hits):
                matched = True
        return matched

    return any_of


def _regex_matcher(node: Regex) -> Matcher:
    fields = (node.field,) if node.field else DEFAULT_FIELDS
    pattern, text = node.compiled, node.text

    def regex_matcher(doc: Document, hits: list[Hit] | None) -> bool:
        for name in fields:
            field = doc.fields[name]
            if not field.raw:
                continue
            found = pattern.search(field.folded())  # type: ignore[attr-defined]
            if found:
                if hits is not None:
                    hits.append(Hit(text, name, found.group(0)))
                return True
        return False

    return regex_matcher


def matcher(node: Node) -> Matcher:
    """The compiled form of a parsed query (cached per tree)."""
    compiled = _COMPILED.get(node)
    if compiled is None:
        compiled = _COMPILED[node] = _compile(node)
    return compiled


def evaluate(node: Node, doc: Document, hits: list[Hit] | None = None) -> bool:
    """True when `doc` satisfies `node`; positive terms that matched are appended to `hits`."""
    return matcher(node)(doc, hits)


def matched_terms(hits: Iterable[Hit]) -> list[str]:
    """The distinct query terms that matched, in query order of first hit."""
    seen: dict[str, None] = {}
    for hit in hits:
        seen.setdefault(hit.term, None)
    return list(seen)
