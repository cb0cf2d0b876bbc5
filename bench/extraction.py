"""Extraction benchmark: our full `extract()` against trafilatura's metadata extraction on the corpus.

    .venv/bin/python bench/extraction.py [--corpus ../shared/corpus] [--repeat 1]

Reads every page of the corpus into memory first (so disk and gzip are not timed), then in one process:
1. runs `crawler.extraction.extract` (all fields: metadata, body, related stories) over every page and
   prints pages per second; writes the predictions to a temporary JSON-lines file and prints the corpus
   scorer's figures for them (headline, published, authors);
2. times `trafilatura.extract_metadata` on the same pages (installed with the `bench` extra:
   `.venv/bin/pip install -e '.[bench]'`), prints its pages per second and the ratio.
Both warm up (untimed) on the odd-numbered pages and are timed on the even-numbered ones, page by
page and interleaved, so both see the same machine load and neither sees a timed page twice.

Exits 0 with a message when the corpus is absent (it is not part of the repository), and skips step 2
with a message when trafilatura is not installed.

`--without json-ld` removes every JSON-LD script from the pages first, `--without structured` also every
<meta> but the charset: the accuracy then measures the HTML rules alone (bylines, date lines, headings),
which is what pages without structured data get. The figures are not comparable with the full run's.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def load_pages(corpus: Path) -> list[tuple[str, str, bytes]]:
    pages = []
    with open(corpus / "cases.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            case = json.loads(line)
            data = (corpus / case["page"]).read_bytes()
            if data[:2] == b"\x1f\x8b":
                data = gzip.decompress(data)
            pages.append((case["id"], case.get("url") or "", data))
    return pages


_JSON_LD = re.compile(rb"<script[^>]*application/ld\+json[^>]*>.*?</script>", re.S | re.I)
_META = re.compile(rb"<meta\b(?![^>]*charset)[^>]*>", re.I)


def without(pages: list[tuple[str, str, bytes]], what: str | None) -> list[tuple[str, str, bytes]]:
    """The pages with their JSON-LD ("json-ld") or all their structured data ("structured") removed."""
    if what is None:
        return pages
    stripped = []
    for ident, url, data in pages:
        data = _JSON_LD.sub(b"", data)
        if what == "structured":
            data = _META.sub(b"", data)
        stripped.append((ident, url, data))
    return stripped


def _trafilatura() -> object | None:
    try:
        import trafilatura
    except ImportError as exc:
        print(f"trafilatura not installed ({exc}); install the bench extra: pip install -e '.[bench]'")
        return None
    return trafilatura


def _ours(extract, ident: str, url: str, data: bytes) -> dict:  # type: ignore[no-untyped-def]
    try:
        return {"id": ident, **extract(data, url or "https://example.invalid/").to_json()}
    except Exception as exc:  # a page that fails is counted, not fatal
        return {"id": ident, "error": f"{type(exc).__name__}: {exc}"}


def _theirs(trafilatura, url: str, data: bytes) -> None:  # type: ignore[no-untyped-def]
    # trafilatura is given text, as its own fetch helpers do; decoding is timed with it.
    with contextlib.suppress(Exception):  # a page it cannot read still costs its time
        trafilatura.extract_metadata(data.decode("utf-8", errors="replace"), default_url=url or None)


def run(pages: list[tuple[str, str, bytes]], repeat: int) -> tuple[float, float | None, list[dict]]:
    """Pages per second for ours and for trafilatura, and our predictions for every page.

    Both warm up, untimed, on the odd-numbered pages (one-time lazy loading such as dateparser's
    language data, which htmldate pulls in and both extractors use, is no per-page cost), then both are
    timed on the even-numbered pages, which neither has seen (htmldate and trafilatura memoise per
    string: pages seen twice would flatter them), page by page and interleaved, so both work under the
    same machine load. Our predictions for all pages come from a last, untimed pass.
    """
    sys.path.insert(0, str(ROOT))
    from crawler.extraction import extract

    trafilatura = _trafilatura()
    warm, timed = pages[1::2], pages[0::2]
    for ident, url, data in warm:
        _ours(extract, ident, url, data)
        if trafilatura is not None:
            _theirs(trafilatura, url, data)
    ours_seconds = theirs_seconds = 0.0
    clock = time.perf_counter
    for _ in range(repeat):
        for ident, url, data in timed:
            started = clock()
            _ours(extract, ident, url, data)
            ours_seconds += clock() - started
            if trafilatura is not None:
                started = clock()
                _theirs(trafilatura, url, data)
                theirs_seconds += clock() - started
    predictions = [_ours(extract, ident, url, data) for ident, url, data in pages]
    count = len(timed) * repeat
    theirs = count / theirs_seconds if trafilatura is not None and theirs_seconds else None
    return count / ours_seconds, theirs, predictions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus for each extractor")
    parser.add_argument(
        "--without",
        choices=("json-ld", "structured"),
        help="remove the pages' JSON-LD, or all their structured data, to measure the HTML rules alone",
    )
    args = parser.parse_args(argv)

    if not (args.corpus / "cases.jsonl").is_file():
        print(f"corpus not found at {args.corpus}: benchmark skipped")
        return 0
    pages = without(load_pages(args.corpus), args.without)
    print(
        f"{len(pages)} pages loaded from {args.corpus}"
        + (f", without {args.without}" if args.without else "")
    )

    ours, theirs, predictions = run(pages, args.repeat)
    failures = sum(1 for p in predictions if "error" in p)
    print(f"timed on the {len(pages[0::2])} even-numbered pages (warm-up on the others):")
    print(f"newswatch extract():           {ours:7.1f} pages/s (full extraction; {failures} pages failed)")
    print(f"  accuracy over all {len(pages)} pages:")

    scorer = args.corpus / "score.py"
    if scorer.is_file():
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
            for prediction in predictions:
                handle.write(json.dumps(prediction, ensure_ascii=False) + "\n")
        result = subprocess.run(
            [sys.executable, str(scorer), "--pred", handle.name], capture_output=True, text=True, check=False
        )
        Path(handle.name).unlink(missing_ok=True)
        wanted = ("headline.exact", "published.day ", "published.minute", "authors.f1", "summary")
        for line in result.stdout.splitlines():
            if line.startswith(wanted):
                print("  " + line)

    if theirs is not None:
        print(f"trafilatura.extract_metadata(): {theirs:7.1f} pages/s")
        print(f"ratio (ours / trafilatura):     {ours / theirs:7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
