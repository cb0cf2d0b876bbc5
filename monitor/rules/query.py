"""The rule query language: parse a query into a tree, with errors that point at the mistake.

    climate AND (summit OR conference) -sport
    "central bank" headline:inflation author:"Jane Doe"
    missil* url:example.com/world lang:de section:politics /covid[- ]?19/

A hand-written recursive-descent parser: the grammar is small, and owning it gives exact positions in
error messages (a user editing a TOML file needs "column 17: expected ')'", not a generic parse failure).

Grammar (operators are upper case; lower-case "and"/"or"/"not" are ordinary words):

    query   := or
    or      := and ("OR" and)*
    and     := unary (["AND"] unary)*          adjacent terms are ANDed
    unary   := ("NOT" | "-") unary | primary
    primary := [FIELD ":"] ( "(" or ")" | PHRASE | REGEX | WORD )
"""

from __future__ import annotations

from dataclasses import dataclass

import re2

from monitor.rules.text import tokens

# Scopes a term can be limited to. Unscoped terms search the story's own text: headline, body, authors
# and section -- never related-story teasers, navigation or boilerplate, which the archive keeps apart.
FIELDS = ("headline", "body", "author", "section", "url", "lang")
DEFAULT_FIELDS = ("headline", "body", "author", "section")
OPERATORS = {"AND", "OR", "NOT"}
MAX_REGEX_LENGTH = 500
MIN_WILDCARD_PREFIX = 2
_SPECIAL = set('()"')
_BEFORE_TERM = ("(", "NOT", "AND", "OR", "MINUS", "FIELD")


class QueryError(ValueError):
    """A malformed query; `position` is the 0-based offset of the mistake in `query`."""

    def __init__(self, message: str, query: str, position: int) -> None:
        self.message = message
        self.query = query
        self.position = max(0, min(position, len(query)))
        super().__init__(self.render())

    def render(self) -> str:
        caret = " " * self.position + "^"
        return f"column {self.position + 1}: {self.message}\n  {self.query}\n  {caret}"


# ---------------------------------------------------------------------------------------------- nodes


@dataclass(frozen=True, eq=False)
class Node:
    start: int
    end: int


@dataclass(frozen=True, eq=False)
class Term(Node):
    """One or more words in sequence (a phrase when several), the last optionally a prefix (`missil*`)."""

    field: str | None
    words: tuple[str, ...]
    prefix: bool
    text: str


@dataclass(frozen=True, eq=False)
class Regex(Node):
    field: str | None
    pattern: str
    compiled: object
    text: str


@dataclass(frozen=True, eq=False)
class And(Node):
    children: tuple[Node, ...]


@dataclass(frozen=True, eq=False)
class Or(Node):
    children: tuple[Node, ...]


@dataclass(frozen=True, eq=False)
class Not(Node):
    child: Node


# ---------------------------------------------------------------------------------------------- lexer


@dataclass(frozen=True)
class _Token:
    kind: str  # "(", ")", "WORD", "PHRASE", "REGEX", "FIELD", "NOT", "AND", "OR", "MINUS", "END"
    value: str
    start: int
    end: int


def _lex(query: str) -> list[_Token]:
    out: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "()":
            token = _Token(ch, ch, i, i + 1)
        elif ch == '"':
            token = _phrase(query, i)
        elif ch == "/":
            token = _regex(query, i)
        elif ch == "-" and (not out or out[-1].kind in _BEFORE_TERM or query[i - 1].isspace()):
            token = _minus(query, i)
        else:
            out.extend(_words(query, i))
            i = out[-1].end
            continue
        out.append(token)
        i = token.end
    out.append(_Token("END", "", n, n))
    return out


def _phrase(query: str, start: int) -> _Token:
    close = query.find('"', start + 1)
    if close < 0:
        raise QueryError("unterminated phrase: missing closing '\"'", query, start)
    return _Token("PHRASE", query[start + 1 : close], start, close + 1)


def _regex(query: str, start: int) -> _Token:
    j, n = start + 1, len(query)
    while j < n and query[j] != "/":
        j += 2 if query[j] == "\\" else 1
    if j >= n:
        raise QueryError("unterminated regular expression: missing closing '/'", query, start)
    return _Token("REGEX", query[start + 1 : j].replace("\\/", "/"), start, j + 1)


def _minus(query: str, start: int) -> _Token:
    """A '-' that starts a term excludes it ('-sport'); inside a word it is a hyphen."""
    after = query[start + 1 : start + 2]
    if not after or after.isspace() or after == ")":
        raise QueryError("'-' must be followed by the term it excludes", query, start)
    return _Token("MINUS", "-", start, start + 1)


def _words(query: str, start: int) -> list[_Token]:
    """A bare word, an operator, or a field prefix ('author:') with the word glued to it."""
    j, n = start, len(query)
    while j < n and not query[j].isspace() and query[j] not in _SPECIAL:
        j += 1
    word = query[start:j]
    field, sep, rest = word.partition(":")
    if not (sep and field.isalpha()):
        return [_Token(word if word in OPERATORS else "WORD", word, start, j)]
    if field.lower() not in FIELDS:
        raise QueryError(f"unknown field {field!r} (known: {', '.join(FIELDS)})", query, start)
    prefix = _Token("FIELD", field.lower(), start, start + len(field) + 1)
    if rest:
        return [prefix, _Token("WORD", rest, prefix.end, j)]
    if j >= n or query[j].isspace():
        raise QueryError(f"field '{field}:' needs a term after it", query, j)
    return [prefix]


# --------------------------------------------------------------------------------------------- parser


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.toks = _lex(query)
        self.i = 0

    def peek(self) -> _Token:
        return self.toks[self.i]

    def take(self) -> _Token:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def error(self, message: str, tok: _Token | None = None) -> QueryError:
        return QueryError(message, self.query, (tok or self.peek()).start)

    def parse(self) -> Node:
        if self.peek().kind == "END":
            raise self.error("empty query")
        node = self.parse_or(None)
        tok = self.peek()
        if tok.kind == ")":
            raise self.error("unbalanced ')': no '(' opens it", tok)
        if tok.kind != "END":  # pragma: no cover - every token kind is consumed above
            raise self.error(f"unexpected {tok.value!r}", tok)
        return node

    def parse_or(self, field: str | None) -> Node:
        children = [self.parse_and(field)]
        while self.peek().kind == "OR":
            op = self.take()
            if self.peek().kind in ("END", ")", "OR", "AND"):
                raise self.error("expected a term after OR", self.peek() if self.peek().kind != "END" else op)
            children.append(self.parse_and(field))
        if len(children) == 1:
            return children[0]
        return Or(children[0].start, children[-1].end, tuple(children))

    def parse_and(self, field: str | None) -> Node:
        children = [self.parse_unary(field)]
        while True:
            kind = self.peek().kind
            if kind == "AND":
                op = self.take()
                if self.peek().kind in ("END", ")", "OR", "AND"):
                    raise self.error("expected a term after AND", op if self.peek().kind == "END" else None)
                children.append(self.parse_unary(field))
            elif kind in ("WORD", "PHRASE", "REGEX", "FIELD", "(", "NOT", "MINUS"):
                children.append(self.parse_unary(field))
            else:
                break
        if len(children) == 1:
            return children[0]
        return And(children[0].start, children[-1].end, tuple(children))

    def parse_unary(self, field: str | None) -> Node:
        tok = self.peek()
        if tok.kind in ("NOT", "MINUS"):
            self.take()
            if self.peek().kind in ("END", ")", "OR", "AND"):
                raise self.error(f"expected a term after {tok.value!r}", tok)
            child = self.parse_unary(field)
            return Not(tok.start, child.end, child)
        return self.parse_primary(field)

    def parse_primary(self, field: str | None) -> Node:
        tok = self.peek()
        if tok.kind == "FIELD":
            return self.parse_scoped(field)
        if tok.kind == "(":
            return self.parse_group(field)
        if tok.kind == "WORD":
            self.take()
            return self.term(tok, tok.value, field)
        if tok.kind == "PHRASE":
            self.take()
            if not tok.value.strip():
                raise self.error("empty phrase", tok)
            return self.term(tok, tok.value, field)
        if tok.kind == "REGEX":
            self.take()
            return self.regex(tok, field)
        if tok.kind == ")":
            raise self.error("unbalanced ')': no '(' opens it", tok)
        if tok.kind in ("AND", "OR"):
            raise self.error(f"{tok.value} needs a term on each side", tok)
        raise self.error("unexpected end of query: expected a term", tok)

    def parse_scoped(self, field: str | None) -> Node:
        """`field:term` or `field:(group)`; a scope inside another field's scope is an error."""
        tok = self.take()
        if field is not None and field != tok.value:
            raise self.error(f"field {tok.value!r} inside a {field!r} scope", tok)
        inner = self.peek()
        if inner.kind not in ("WORD", "PHRASE", "REGEX", "("):
            raise self.error(f"field '{tok.value}:' needs a word, phrase, /regex/ or (group) after it", inner)
        return _rescope(self.parse_primary(tok.value), tok.start)

    def parse_group(self, field: str | None) -> Node:
        tok = self.take()
        if self.peek().kind == ")":
            raise self.error("empty parentheses", tok)
        node = self.parse_or(field)
        close = self.peek()
        if close.kind != ")":
            raise self.error(f"expected ')' to close the '(' opened at column {tok.start + 1}", close)
        self.take()
        return node

    def term(self, tok: _Token, raw: str, field: str | None) -> Term:
        text = raw.strip()
        prefix = text.endswith("*")
        body = text[:-1] if prefix else text
        star = body.find("*")
        if star >= 0:
            offset = tok.start + (1 if tok.kind == "PHRASE" else 0) + raw.find("*")
            raise QueryError("a wildcard '*' is allowed only at the end of a word", self.query, offset)
        words = tuple(tokens(body))
        if not words:
            raise self.error(f"{raw!r} has no letters or digits to match", tok)
        if prefix and (body[-1:].isspace() or len(words[-1]) < MIN_WILDCARD_PREFIX):
            raise self.error(
                f"a wildcard needs at least {MIN_WILDCARD_PREFIX} letters before '*' (e.g. missil*)", tok
            )
        return Term(tok.start, tok.end, field, words, prefix, self.query[tok.start : tok.end])

    def regex(self, tok: _Token, field: str | None) -> Regex:
        if not tok.value:
            raise self.error("empty regular expression", tok)
        if len(tok.value) > MAX_REGEX_LENGTH:
            raise self.error(f"regular expression longer than {MAX_REGEX_LENGTH} characters", tok)
        try:
            # RE2 runs in linear time: no pattern can backtrack catastrophically and hang matching.
            options = re2.Options()
            options.case_sensitive = False
            options.max_mem = 8 << 20
            options.log_errors = False
            compiled = re2.compile(tok.value, options)
        except re2.error as exc:
            reason = exc.args[0] if exc.args else exc
            if isinstance(reason, bytes):
                reason = reason.decode("utf-8", "replace")
            raise self.error(f"invalid regular expression: {reason}", tok) from None
        return Regex(tok.start, tok.end, field, tok.value, compiled, self.query[tok.start : tok.end])


def _rescope(node: Node, start: int) -> Node:
    """Widen a scoped node's span to include its `field:` prefix, for matched-term display."""
    if isinstance(node, Term):
        return Term(start, node.end, node.field, node.words, node.prefix, f"{node.field}:{node.text}")
    if isinstance(node, Regex):
        return Regex(start, node.end, node.field, node.pattern, node.compiled, f"{node.field}:{node.text}")
    return node


def _has_positive(node: Node) -> bool:
    if isinstance(node, Term | Regex):
        return True
    if isinstance(node, Not):
        return False
    if isinstance(node, And):
        return any(_has_positive(c) for c in node.children)
    if isinstance(node, Or):
        return all(_has_positive(c) for c in node.children)
    return False  # pragma: no cover


def parse(query: str) -> Node:
    """Parse `query`; raise QueryError (with the position of the mistake) when it is malformed.

    A query must require at least one term to be present: a purely negative query (`NOT sport`) would
    alert on almost every story, which is never what a rule means.
    """
    if not isinstance(query, str):
        raise TypeError("query must be a string")
    node = _Parser(query).parse()
    if not _has_positive(node):
        raise QueryError(
            "the query only excludes terms: add a term that must be present (e.g. 'news -sport')",
            query,
            node.start,
        )
    return node
