"""Text helpers shared by the layers."""

from __future__ import annotations

import re

from lxml import etree

_SPACE = re.compile(r"\s+")


def clean_text(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def element_text(element: etree._Element) -> str:
    return clean_text("".join(element.itertext()))
