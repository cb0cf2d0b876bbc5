"""Last resort for the publication date: htmldate, on the page without its teaser and navigation blocks.

Our own layers (structured data, the theme's date elements, running text) answer for most pages in a
fraction of htmldate's time; when they find nothing, htmldate's wider search (scripts, RDF comments,
attribute conventions of many CMSs) often still finds the day. It never sees the blocks `blocks` marks
(teasers, widgets, navigation, header bars), so it cannot take a teaser's or a "Today:" bar's date:
those subtrees are detached for the call and put back exactly where they were.
"""

from __future__ import annotations

import datetime as dt
import logging

from lxml import etree

from crawler.extraction.page import Page

_FORMAT = "%Y-%m-%d"


def _top_excluded(page: Page) -> list[etree._Element]:
    """Excluded elements that are not inside another excluded element (their subtrees go with them)."""
    tops = []
    for element in page.excluded:
        parent = element.getparent()
        if parent is None:
            continue
        if not any(ancestor in page.excluded for ancestor in element.iterancestors()):
            tops.append(element)
    return tops


def find_date(page: Page, url: str | None) -> dt.date | None:
    """The publication day htmldate finds on the page's story parts, or None (also when not installed)."""
    try:
        from htmldate import find_date as htmldate_find_date
    except ImportError:  # an optional speed/accuracy aid, not a requirement
        return None
    detached: list[tuple[etree._Element, etree._Element, int]] = []
    for element in _top_excluded(page):
        parent = element.getparent()
        if parent is not None:
            detached.append((element, parent, parent.index(element)))
    # Remove deepest-last-index first so the recorded indices stay valid when putting back in reverse.
    detached.sort(key=lambda item: item[2], reverse=True)
    for element, parent, _ in detached:
        parent.remove(element)
    try:
        logging.getLogger("htmldate").setLevel(logging.ERROR)
        found = htmldate_find_date(page.tree, url=url, original_date=True, outputformat=_FORMAT)
    except Exception:  # htmldate failing on one odd page must not fail the extraction
        found = None
    finally:
        for element, parent, index in reversed(detached):
            parent.insert(index, element)
    if not found:
        return None
    try:
        day = dt.date.fromisoformat(found)
    except ValueError:
        return None
    # htmldate turns a bare year (a copyright line, "2016") into 1 January: that is no publication day.
    return None if (day.month, day.day) == (1, 1) else day


def load_date_parser() -> None:
    """Compile dateparser's data for every language now (about 2 s, once per process; see `warmup`).

    htmldate hands the date strings it cannot read itself to dateparser, which on its first string builds
    a regex for each of some 200 locales. A string no locale reads makes it build them all."""
    try:
        from htmldate.extractors import external_date_parser
    except ImportError:
        return
    try:
        external_date_parser("zz 1", _FORMAT)
    except Exception:  # a warm-up that fails leaves the first real string to load it
        logging.getLogger(__name__).debug("dateparser warm-up failed", exc_info=True)
