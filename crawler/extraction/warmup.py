"""Load what extraction loads lazily, ahead of the first page that needs it.

Two parts of extraction load data on first use: py3langid's language model (about 0.6 s) and
dateparser's per-language data, which htmldate's last-resort date search uses (about 2 s). In a crawl the
first page to need either would pay for it on the event loop that also delivers webhooks and answers
health checks. The spider starts this warm-up on a worker thread when it is created; a page that needs
the language model meanwhile waits for that one load (see `language`).
"""

from __future__ import annotations

import threading

from crawler.extraction import datefallback, language


def warm_up() -> None:
    language.load_model()
    datefallback.load_date_parser()


def warm_up_in_background() -> threading.Thread:
    """Start `warm_up` on a daemon thread and return the thread."""
    thread = threading.Thread(target=warm_up, name="newswatch-warm-up", daemon=True)
    thread.start()
    return thread
