"""Extraction's lazily loaded data is loaded by the spider's warm-up thread, not by the first page."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from py3langid.langid import LanguageIdentifier

from crawler.extraction import extract, language, warmup

ROOT = Path(__file__).resolve().parents[2]

# In a fresh process (dateparser keeps what it compiled for the process's life): how many regexes
# htmldate's date parser compiles for one string it cannot read, after the warm-up or without it.
_COMPILES_FOR_ONE_STRING = """
import sys
import regex
from crawler.extraction import warmup
if sys.argv[1] == "warm":
    warmup.warm_up_in_background().join(300)
compiled = []
real = regex.compile
regex.compile = lambda *args, **kwargs: compiled.append(args) or real(*args, **kwargs)
from htmldate.extractors import external_date_parser
external_date_parser("am 3. Brachet 2021 qq", "%Y-%m-%d")
print(len(compiled))
"""


def _compiles(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _COMPILES_FOR_ONE_STRING, mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return int(done.stdout.split()[-1])


def test_the_warm_up_compiles_the_date_parsers_languages_ahead_of_the_first_page() -> None:
    # Without it, the first string htmldate hands dateparser builds a regex per locale (about 2 s).
    assert _compiles("cold") > 100
    assert _compiles("warm") == 0


def test_the_language_model_loads_once_off_the_calling_thread(monkeypatch) -> None:
    """A page needing detection while the warm-up thread loads the model waits for that one load."""
    loads: list[str] = []
    real = LanguageIdentifier.from_model_file.__func__

    def counted(cls, *args, **kwargs):
        loads.append(threading.current_thread().name)
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(LanguageIdentifier, "from_model_file", classmethod(counted))
    monkeypatch.setattr(language, "_MODEL", language._LazyModel())
    loader = warmup.warm_up_in_background()
    german = (
        "<html><head><title>Bundestag beschließt das Windkraftgesetz</title></head><body><article>"
        "<h1>Bundestag beschließt das Windkraftgesetz</h1><p>Der Bundestag hat am Donnerstag das neue Gesetz "
        "zur Förderung der Windkraft beschlossen. Die Opposition hatte vor höheren Strompreisen gewarnt.</p>"
        "</article></body></html>"
    )
    assert extract(german, "https://zeitung.example/politik/windkraft").language == "de"
    loader.join(timeout=300)
    assert loads == ["newswatch-warm-up"]
