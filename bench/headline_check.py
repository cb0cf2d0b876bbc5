"""Flag predicted headlines that look broken, with the page's own statements beside them to judge.

    .venv/bin/python bench/headline_check.py --pred PRED.jsonl [--corpus ../shared/corpus]

PRED.jsonl is `newswatch.cli extract --jsonl` output over the corpus (lines with "id", "url",
"headline"). Most pages of the corpus annotate no headline, so the scorer cannot see a broken one there;
this check reads every prediction and flags what a desk editor would send back:
- empty, or one or two words while the page states a longer headline (og:title, <title>, <h1>);
- ending in a dangling separator, a conjunction or an article ("… Sieger und"), or an ellipsis;
- a piece naming the site left at either end ("… | Section | Site");
- HTML entities or mojibake left ("&amp;", "Ã¤");
- a cookie banner, newsletter box, log-in or consent heading;
- a kicker glued to the headline ("Nationale DemoDer 9. Juli") that the page's metadata writes apart;
- a whole teaser paragraph (more than 30 words) rather than a title.
Each flag prints the prediction, the annotated headline when there is one, and the page's JSON-LD
headline, og:title, <title> and displayed <h1>s. Exits 0; the count of flags goes to stderr.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.extraction import blocks, heading_text, headline, site_name  # noqa: E402
from crawler.extraction.page import parse_page  # noqa: E402
from crawler.extraction.structured import read_structured  # noqa: E402

_WORDS = re.compile(r"[^\W_]+")
_DANGLING = re.compile(r"[|｜\-–—·•:/,]\s*$")
_CLIPPED = re.compile(r"(?:…|\.\.\.)$|\s(?:and|or|the|und|oder|der|das|et|ou|le|la|y|el)$", re.I)
_BROKEN_TEXT = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);|Ã[\x80-\xbf¡-¿]|Â[\xa0-\xbf]|â€")
_BANNER = re.compile(
    r"cookie|newsletter|\blog ?in\b|\bsign ?in\b|anmelden|einloggen|subscribe|abonnier|consent|datenschutz",
    re.I,
)
_GLUED = re.compile(r"[a-zäöüßà-ÿ][A-ZÄÖÜÀ-Þ][a-zäöüßà-ÿ]{2,}")
_PIECES = re.compile(r"\s[|\-–—·•»›/]\s|[|｜]")


def _flags(predicted: str, statements: list[str], fields: list[str], sites: list[str]) -> list[str]:
    """The flags for one prediction; `statements` are all the page's, `fields` its metadata titles."""
    words = len(_WORDS.findall(predicted))
    longest = max((len(_WORDS.findall(s)) for s in statements), default=0)
    found = []
    if not predicted:
        found.append("empty")
    elif words <= 2 and longest >= 4 and predicted.isascii():
        found.append("short")
    if _DANGLING.search(predicted):
        found.append("dangling-separator")
    if _CLIPPED.search(predicted):
        found.append("clipped")
    if _BROKEN_TEXT.search(predicted):
        found.append("entity-or-mojibake")
    if _BANNER.search(predicted) and words <= 6:
        found.append("banner")
    glued = [m.group() for m in _GLUED.finditer(predicted)]
    if fields and any(all(g not in field for field in fields) for g in glued):
        found.append("glued")
    pieces = _PIECES.split(predicted)
    if len(pieces) > 1 and any(site_name.is_site(p, sites) for p in (pieces[0], pieces[-1])):
        found.append("site-name")
    if words > 30:
        found.append("teaser")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pred", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    truth = {}
    for line in (args.corpus / "cases.jsonl").read_text().splitlines():
        case = json.loads(line)
        truth[case["id"]] = case.get("headline")
    counts: Counter[str] = Counter()
    for line in args.pred.read_text().splitlines():
        pred = json.loads(line)
        path = args.corpus / "pages" / f"{pred['id']}.html.gz"
        if not path.exists():
            continue
        page = parse_page(gzip.decompress(path.read_bytes()), pred["url"])
        blocks.mark_non_story_blocks(page)
        data = read_structured(page)
        h1s = [heading_text.displayed_text(h1) for h1 in page.tree.iter("h1") if not page.is_excluded(h1)]
        fields = [headline._json_headline(data), data.meta.get("og:title"), data.title]
        written = [headline.unescape(s) for s in fields if s]
        predicted = pred.get("headline") or ""
        found = _flags(predicted, written + [h for h in h1s if h], written, site_name.site_names(page, data))
        if not found:
            continue
        counts.update(found)
        print(f"{pred['id']}: {', '.join(found)}\n  predicted {predicted!r}")
        if truth.get(pred["id"]):
            print(f"  annotated {truth[pred['id']]!r}")
        for name, value in zip(("json-ld", "og:title", "<title>"), fields, strict=True):
            if value:
                print(f"  {name:9} {value!r}")
        for text in h1s[:3]:
            print(f"  <h1>      {text[:160]!r}")
    print(dict(counts.most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
