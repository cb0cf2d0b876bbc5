"""`newswatch extract`: one JSON line per page, clear errors for bad input, nothing lost in bulk mode."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from tests.fixtures.themes import THEMES
from tests.fixtures.themes.samples import STORIES, context_for

FIELDS = {"url", "canonical_url", "headline", "published", "published_offset_source", "modified", "authors",
          "body", "summary", "language", "section", "tags", "related"}  # fmt: skip


def newswatch(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newswatch.cli", "extract", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_extract_file_prints_one_json_object_with_every_field(tmp_path: Path) -> None:
    story = STORIES[0]
    ctx = context_for(story)
    page = tmp_path / "story.html"
    page.write_text(THEMES["portal"](story, ctx), encoding="utf-8")
    done = newswatch(str(page), "--url", ctx.url)
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    result = json.loads(line)
    assert set(result) == FIELDS
    assert result["url"] == ctx.url
    assert result["headline"] == story.headline
    assert result["published"].startswith(story.published.date().isoformat())


def test_not_html_is_refused_with_a_reason(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n\x00\x01\x02 binary")
    done = newswatch(str(pdf))
    assert done.returncode == 1
    assert "report.pdf" in done.stderr and "not HTML" in done.stderr
    assert done.stdout == ""


def test_jsonl_answers_every_line_and_reports_failures_in_place(tmp_path: Path) -> None:
    story = STORIES[1]
    ctx = context_for(story)
    good = tmp_path / "good.html.gz"
    good.write_bytes(gzip.compress(THEMES["jnews"](story, ctx).encode("utf-8")))
    lines = "\n".join(
        json.dumps(request)
        for request in (
            {"id": "a", "path": str(good), "url": ctx.url},
            {"id": "b", "path": str(tmp_path / "missing.html")},
            {"id": "c", "path": str(good)},
        )
    )
    done = newswatch("--jsonl", stdin=lines + "\nnot json\n")
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r.get("id") for r in results] == ["a", "b", "c", None]
    assert results[0]["headline"] == story.headline and "error" not in results[0]
    assert "missing.html" in results[1]["error"]
    assert results[2]["headline"] == story.headline
    assert "error" in results[3]
