"""Structured logs: one JSON object per line on stdout (or plain text with log_format = "text").

Context such as source, url and rule travels in `extra={...}` and becomes top-level keys, so log
pipelines can filter on them without parsing messages.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import Any

_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}
# Scrapy attaches whole objects to its records; an item's repr would put a story's body in every line.
_OBJECTS = {"item", "response", "request", "failure", "crawler"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key in _STANDARD or key in _OBJECTS or key.startswith("_"):
                continue
            entry[key] = getattr(value, "name", value) if key == "spider" else value
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


def configure_logging(level: str = "INFO", fmt: str = "json", stream: Any = None) -> None:
    handler = logging.StreamHandler(stream or sys.stdout)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in (
        "scrapy.core.engine",
        "scrapy.middleware",
        "scrapy.extensions",
        "scrapy.utils.log",
        "scrapy.crawler",
        "scrapy.addons",
        "scrapy.statscollectors",
        "alembic.runtime",
        "httpx",
        "httpcore",
        "apscheduler.executors.default",
        "py.warnings",
    ):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
