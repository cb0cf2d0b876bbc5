"""Benchmark: stories matched per second against 100, 1,000 and 10,000 rules, on one core.

For each rule count it prints the rate with the inverted rule index (what `newswatch alerts run` and
the service use) beside the rate of testing every rule against every story. Both include turning the
story into a Document (folding and tokenising headline, body, authors, section, URL).

Synthetic but shaped like real traffic: a 30,000-word vocabulary with Zipf-distributed word use,
stories of 450-900 words with a headline, authors and a section; rules written the way people write
alerts -- names and topics (words that are not the language's most common ones), phrases, AND/OR,
exclusions, wildcards, field scopes -- in the proportions listed in RULE_SHAPES.

    .venv/bin/python bench/matching.py [--stories N] [--seed S]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import string
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from monitor.rules import Document, RuleIndex, match_without_index, parse

VOCABULARY = 30_000
COMMON = 300  # the most frequent words (the, of, said ...): nobody writes an alert on them
RULE_SHAPES = [  # (weight, template)
    (30, "{a}"),
    (15, "{a} {b}"),
    (15, '"{a} {b}"'),
    (12, "{a} OR {b} OR {c}"),
    (8, "{a} -{b}"),
    (6, "({a} OR {b}) AND {c}"),
    (5, "{p}*"),
    (5, "headline:{a}"),
    (4, 'author:"{a} {b}"'),
]


def make_vocabulary(rng: random.Random) -> list[str]:
    syllables = [c + v for c in "bcdfghjklmnprstvwz" for v in "aeiou"] + ["ch", "st", "th", "an", "er"]
    words: set[str] = set()
    while len(words) < VOCABULARY:
        words.add("".join(rng.choice(syllables) for _ in range(rng.choice((1, 2, 2, 3, 3, 3, 4)))))
    ordered = sorted(words, key=lambda w: (len(w), w))  # short words are the frequent ones, as in life
    ordered[5:8] = ["zürich", "são", "kraków"]  # a few accented words, to exercise folding
    return ordered


def zipf_sampler(rng: random.Random, n: int, s: float = 1.07):
    weights = [1 / (rank**s) for rank in range(1, n + 1)]
    cumulative = list(itertools.accumulate(weights))
    total = cumulative[-1]
    return lambda: bisect.bisect_left(cumulative, rng.random() * total)


def make_stories(rng: random.Random, vocab: list[str], count: int) -> list[dict[str, object]]:
    """Stories as the archive holds them (plain fields); each measurement builds the Documents."""
    draw = zipf_sampler(rng, len(vocab))
    stories = []
    for i in range(count):
        words = [vocab[draw()] for _ in range(rng.randint(450, 900))]
        sentences = [" ".join(words[j : j + 15]).capitalize() + "." for j in range(0, len(words), 15)]
        names = [f"{rng.choice(vocab).title()} {rng.choice(vocab).title()}" for _ in range(rng.randint(1, 2))]
        stories.append(
            {
                "headline": " ".join(vocab[draw()] for _ in range(10)).title(),
                "body": " ".join(sentences),
                "authors": names,
                "section": rng.choice(["World", "Politics", "Business", "Sport", "Culture"]),
                "url": f"https://news.example.com/{i}/{'-'.join(words[:5])}/",
                "lang": "en",
            }
        )
    return stories


def make_rules(rng: random.Random, vocab: list[str], count: int) -> list[tuple[int, object]]:
    shapes = [t for w, t in RULE_SHAPES for _ in range(w)]
    topical = vocab[COMMON:]
    rules = []
    for i in range(count):
        a, b, c = (rng.choice(topical) for _ in range(3))
        prefix = a[: max(3, len(a) - 2)].rstrip(string.digits)
        rules.append((i, parse(rng.choice(shapes).format(a=a, b=b, c=c, p=prefix))))
    return rules


def rate(match, stories: list[dict[str, object]], budget: float) -> tuple[float, list[set]]:
    """Stories per second over as many stories as fit in `budget` seconds (at least 5).

    The rate includes building each story's Document (folding and tokenising), as in production.
    It is measured in CPU time of this process (one core), which other load on a shared machine
    distorts far less than wall-clock time (it still slows caches, so figures are conservative).
    """
    done = 0
    found: list[set] = []
    started = time.process_time()
    for story in itertools.cycle(stories):
        keys = {key for key, _ in match(Document(**story))}
        if len(found) < len(stories):
            found.append(keys)
        done += 1
        if done >= 5 and time.process_time() - started > budget:
            break
    return done / (time.process_time() - started), found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--stories", type=int, default=300, help="distinct stories generated (default 300)")
    parser.add_argument("--seconds", type=float, default=3.0, help="time budget per measurement")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    vocab = make_vocabulary(rng)
    stories = make_stories(rng, vocab, args.stories)
    words = sum(len(str(s["body"]).split()) + 10 for s in stories) / len(stories)
    print(
        f"{len(stories)} synthetic stories, {words:.0f} words on average; "
        f"rates per CPU-second of one core, Python {sys.version.split()[0]}"
    )
    print(
        f"{'rules':>7}  {'index build':>11}  {'indexed stories/s':>17}  {'every rule stories/s':>20}  "
        f"{'speed-up':>8}  {'matches/story':>13}"
    )
    for count in (100, 1_000, 10_000):
        rules = make_rules(random.Random(count), vocab, count)
        started = time.process_time()
        index = RuleIndex(rules)
        build = time.process_time() - started
        indexed, fast = rate(index.match, stories, args.seconds)
        brute, slow = rate(lambda doc, rules=rules: match_without_index(rules, doc), stories, args.seconds)
        common = min(len(fast), len(slow))
        if fast[:common] != slow[:common]:
            raise SystemExit("the index and the brute-force matcher disagree")
        per_story = sum(len(k) for k in fast) / max(1, len(fast))
        print(
            f"{count:>7}  {build * 1000:>9.0f}ms  {indexed:>17,.0f}  {brute:>20,.0f}  "
            f"{indexed / brute:>7.1f}x  {per_story:>13.2f}"
        )


if __name__ == "__main__":
    main()
