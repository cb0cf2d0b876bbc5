"""An inverted index over the rules' terms: which rules could possibly match this story?

Testing 10,000 rules against every story costs 10,000 evaluations per story. Most rules cannot match
a given story because a word they require is absent. For every rule we derive a *guard*: a small set of
keys (a word, or a wildcard prefix) such that the rule can only match if the story contains at least
one of them. The index maps keys to rules; a story then looks up only its own distinct words, and only
the rules found that way are evaluated in full. Rules without a guard (a lone /regex/) are evaluated
for every story.

    a AND b           guard of a or guard of b (the more selective one)
    a OR b            guard of a  ∪  guard of b   (no guard if either side has none)
    NOT a             no guard
    "a b c"           the longest word of the phrase (long words are rarer)
    missil*           prefix "missil"
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from monitor.rules.match import Document, Hit, Matcher, evaluate, matcher
from monitor.rules.query import And, Node, Or, Term

Key = tuple[str, str]
_CACHE_LIMIT = 200_000  # distinct words remembered (a few tens of MB at most)  # ("w", word) or ("p", prefix)


def _word_cost(word: str) -> float:
    # A rough rarity proxy: short words are common; numbers and long words are rare.
    return 1.0 / (1 + len(word))


def guard(node: Node) -> frozenset[Key] | None:
    """Keys of which a matching story contains at least one; None when no such set exists."""
    if isinstance(node, Term):
        words = node.words
        if node.prefix and len(words) == 1:
            return frozenset({("p", words[0])})
        exact = words[:-1] if node.prefix else words
        return frozenset({("w", max(exact, key=len))})
    if isinstance(node, Or):
        return _any_guard(node.children)
    if isinstance(node, And):
        return _cheapest_guard(node.children)
    return None  # a regex or a negation: no word a match must contain


def _any_guard(children: tuple[Node, ...]) -> frozenset[Key] | None:
    """An alternative needs the keys of all its options; one unguarded option leaves it unguarded."""
    keys: set[Key] = set()
    for child in children:
        sub = guard(child)
        if sub is None:
            return None
        keys |= sub
    return frozenset(keys)


def _cheapest_guard(children: tuple[Node, ...]) -> frozenset[Key] | None:
    """A conjunction is guarded by any of its parts: the rarest (fewest stories to evaluate) is best."""
    best: frozenset[Key] | None = None
    best_cost = float("inf")
    for child in children:
        sub = guard(child)
        if sub is None:
            continue
        cost = sum(_word_cost(k[1]) * (4 if k[0] == "p" else 1) for k in sub)
        if cost < best_cost:
            best, best_cost = sub, cost
    return best


@dataclass(frozen=True)
class IndexedRule:
    key: Hashable
    node: Node
    match: Matcher


class RuleIndex:
    """Match many rules against stories; `match(doc)` yields (rule key, hits) for each matching rule."""

    def __init__(self, rules: Iterable[tuple[Hashable, Node]]) -> None:
        self.rules: list[IndexedRule] = []
        self._words: dict[str, list[int]] = {}
        self._prefixes: dict[str, list[int]] = {}
        self._always: list[int] = []
        for key, node in rules:
            idx = len(self.rules)
            self.rules.append(IndexedRule(key, node, matcher(node)))
            keys = guard(node)
            if keys is None:
                self._always.append(idx)
                continue
            for kind, word in keys:
                target = self._words if kind == "w" else self._prefixes
                target.setdefault(word, []).append(idx)
        self._cache: dict[str, tuple[int, ...]] = {}
        self._matchers = [rule.match for rule in self.rules]
        self._keys = [rule.key for rule in self.rules]
        lengths = sorted({len(p) for p in self._prefixes})
        self._prefix_tables: Sequence[tuple[int, frozenset[str]]] = [
            (n, frozenset(p for p in self._prefixes if len(p) == n)) for n in lengths
        ]

    def __len__(self) -> int:
        return len(self.rules)

    def _rules_for(self, token: str) -> tuple[int, ...]:
        ids = list(self._words.get(token, ()))
        for size, keys in self._prefix_tables:
            if size > len(token):
                break
            prefix = token[:size]
            if prefix in keys:
                ids.extend(self._prefixes[prefix])
        return tuple(ids)

    def candidates(self, doc: Document) -> set[int]:
        """Rules that may match the story: those keyed on one of its words (or a prefix of one).

        Word use is Zipfian, so most of a story's words were seen in earlier stories: the rules of each
        word are memoised, and a story costs about one dictionary lookup per distinct word.
        """
        found: set[int] = set(self._always)
        cache = self._cache
        for token in doc.vocabulary:
            ids = cache.get(token)
            if ids is None:
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                ids = cache[token] = self._rules_for(token)
            if ids:
                found.update(ids)
        return found

    def match(self, doc: Document) -> list[tuple[Hashable, list[Hit]]]:
        out = []
        matchers, keys = self._matchers, self._keys
        for idx in sorted(self.candidates(doc)):
            hits: list[Hit] = []
            if matchers[idx](doc, hits):
                out.append((keys[idx], hits))
        return out


def match_without_index(
    rules: Sequence[tuple[Hashable, Node]], doc: Document
) -> list[tuple[Hashable, list[Hit]]]:
    """Every rule against the story: the baseline the benchmark compares the index with."""
    out = []
    for key, node in rules:
        hits: list[Hit] = []
        if evaluate(node, doc, hits):
            out.append((key, hits))
    return out
