"""Evaluate a parsed query against one story, reporting which terms matched where.

A story is turned once into a `Document` (folded tokens per field); every rule then evaluates against the
same Document, so the cost of normalising the text is paid once per story, not once per rule.
Only the story's own fields are searched: headline, body, authors, section (plus `url:` and `lang:`
when asked). Related-story teasers, navigation and portal boilerplate are not part of a Document.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from monitor.rules.query import DEFAULT_FIELDS, And, Node, Not, Or, Regex, Term
from monitor.rules.text import fold, tokens

_BOUNDARY = "\x00"


@dataclass(frozen=True)
class Hit:
    """Why a query matched: `term` (as written in the query) matched `word` in `field`."""

    term: str
    field: str
    word: str


class FieldText:
    """One field of a story: its folded tokens, with lookups built lazily as queries need them."""

    __slots__ = ("_positions", "_sorted", "raw", "tokens", "unique")

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
        self._positions: dict[str, list[int]] | None = None
        self._sorted: list[str] | None = None

    @property
    def positions(self) -> dict[str, list[int]]:
        if self._positions is None:
            positions: dict[str, list[int]] = {}
            for i, tok in enumerate(self.tokens):
                positions.setdefault(tok, []).append(i)
            self._positions = positions
        return self._positions

    def with_prefix(self, prefix: str) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self.unique)
        words = self._sorted
        out = []
        i = bisect_left(words, prefix)
        while i < len(words) and words[i].startswith(prefix):
            out.append(words[i])
            i += 1
        return out

    def folded(self) -> str:
        return fold(self.raw)


class Document:
    """A story's searchable fields. A phrase never runs from one author's name into the next."""

    __slots__ = ("fields", "vocabulary")

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
        vocabulary: set[str] = set()
        for field in self.fields.values():
            vocabulary |= field.unique
        self.vocabulary = vocabulary

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


def _term_in(term: Term, field: FieldText) -> str | None:
    """The matched word(s) of `term` in `field`, or None."""
    words = term.words
    if len(words) == 1:
        if term.prefix:
            found = field.with_prefix(words[0])
            return found[0] if found else None
        return words[0] if words[0] in field.unique else None
    first = words[0]
    if first not in field.unique:
        return None
    toks = field.tokens
    last = len(words) - 1
    for pos in field.positions[first]:
        if pos + last >= len(toks):
            break
        ok = True
        for k in range(1, last + 1):
            tok = toks[pos + k]
            if k == last and term.prefix:
                if not tok.startswith(words[k]):
                    ok = False
                    break
            elif tok != words[k]:
                ok = False
                break
        if ok:
            return " ".join(toks[pos : pos + last + 1])
    return None


def evaluate(node: Node, doc: Document, hits: list[Hit] | None = None) -> bool:
    """True when `doc` satisfies `node`; positive terms that matched are appended to `hits`."""
    if isinstance(node, Term):
        for name in (node.field,) if node.field else DEFAULT_FIELDS:
            word = _term_in(node, doc.fields[name])
            if word is not None:
                if hits is not None:
                    hits.append(Hit(node.text, name, word))
                return True
        return False
    if isinstance(node, And):
        return all(evaluate(child, doc, hits) for child in node.children)
    if isinstance(node, Or):
        matched = False
        for child in node.children:
            # Keep going after a match only to report every matching alternative.
            if evaluate(child, doc, hits):
                matched = True
                if hits is None:
                    return True
        return matched
    if isinstance(node, Not):
        return not evaluate(node.child, doc, None)
    if isinstance(node, Regex):
        for name in (node.field,) if node.field else DEFAULT_FIELDS:
            field = doc.fields[name]
            if not field.raw:
                continue
            found = node.compiled.search(field.folded())  # type: ignore[attr-defined]
            if found:
                if hits is not None:
                    hits.append(Hit(node.text, name, found.group(0)))
                return True
        return False
    raise TypeError(f"unknown node {node!r}")  # pragma: no cover


def matched_terms(hits: Iterable[Hit]) -> list[str]:
    """The distinct query terms that matched, in query order of first hit."""
    seen: dict[str, None] = {}
    for hit in hits:
        seen.setdefault(hit.term, None)
    return list(seen)
