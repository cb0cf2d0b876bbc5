"""The rule query language: parse (query.py), fold text (text.py), evaluate (match.py), index (index.py)."""

from monitor.rules.index import RuleIndex, match_without_index
from monitor.rules.match import Document, Hit, evaluate, matched_terms
from monitor.rules.query import FIELDS, QueryError, parse

__all__ = [
    "FIELDS",
    "Document",
    "Hit",
    "QueryError",
    "RuleIndex",
    "evaluate",
    "match_without_index",
    "matched_terms",
    "parse",
]
