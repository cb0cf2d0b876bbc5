"""Log dropped items as one short line with the reason, not the whole item (bodies make logs unreadable)."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter, LogFormatterResult


class NewswatchLogFormatter(LogFormatter):
    def dropped(
        self, item: Any, exception: BaseException, response: Any, spider: Any = None
    ) -> LogFormatterResult:
        return {
            "level": logging.INFO,
            "msg": "item dropped: %(reason)s",
            "args": {"reason": str(exception)},
        }

    def scraped(self, item: Any, response: Any, spider: Any = None) -> LogFormatterResult:
        return {
            "level": logging.DEBUG,
            "msg": "scraped %(url)s",
            "args": {"url": getattr(response, "url", "")},
        }
