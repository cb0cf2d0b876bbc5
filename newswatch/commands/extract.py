"""`newswatch extract`: run extraction on files or URLs and print one JSON object per line.

With `--jsonl`, read `{"id", "path", "url"}` lines on stdin and answer one line each, in one process
(the corpus scorer and bulk re-extraction use this). A page that fails yields `{"id", "error"}`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

from crawler.extraction import ExtractionError, extract


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="extract stories from HTML files or URLs as JSON lines")
    parser.add_argument("inputs", nargs="*", metavar="FILE_OR_URL")
    parser.add_argument("--url", help="the page's URL when extracting from a file (resolves links)")
    parser.add_argument("--jsonl", action="store_true", help="read {id, path, url} JSON lines on stdin")
    parser.set_defaults(func=_run)


def read_input(source: str) -> tuple[bytes, str | None]:
    """Bytes of a file (gunzipped when gzipped) or of a URL, plus the HTTP charset if any."""
    if source.startswith(("http://", "https://")):
        import httpx

        response = httpx.get(source, follow_redirects=True, timeout=30)
        response.raise_for_status()
        return response.content, response.charset_encoding
    data = Path(source).read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data, None


def _extract_one(source: str, url: str | None) -> dict[str, Any]:
    data, charset = read_input(source)
    page_url = url or (
        source if source.startswith(("http://", "https://")) else Path(source).resolve().as_uri()
    )
    return extract(data, page_url, charset=charset).to_json()


def _write(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _run_jsonl() -> int:
    """One process for any number of pages: a line in, a line out, flushed; a failing page never stops it."""
    write, flush = sys.stdout.write, sys.stdout.flush
    for line_number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        ident: Any = None
        try:
            request = json.loads(line)
            ident = request.get("id")
            result = {"id": ident, **_extract_one(request["path"], request.get("url"))}
        except (OSError, ValueError, KeyError, TypeError, AttributeError, ExtractionError) as exc:
            result = {"id": ident, "line": line_number, "error": f"{type(exc).__name__}: {exc}"}
        except Exception as exc:  # an extractor bug on one page must not lose the rest of the batch
            result = {"id": ident, "line": line_number, "error": f"internal {type(exc).__name__}: {exc}"}
        write(json.dumps(result, ensure_ascii=False) + "\n")
        flush()
    return 0


def _run(args: argparse.Namespace) -> int:
    failures = 0
    if args.jsonl:
        return _run_jsonl()
    if not args.inputs:
        print("newswatch extract: give FILE_OR_URL arguments or --jsonl", file=sys.stderr)
        return 2
    for source in args.inputs:
        try:
            _write(_extract_one(source, args.url))
        except (OSError, ValueError, ExtractionError) as exc:
            failures += 1
            print(f"newswatch extract: {source}: {exc}", file=sys.stderr)
    return 1 if failures else 0
