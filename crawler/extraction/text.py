"""Text helpers shared by the layers."""

from __future__ import annotations

from lxml import etree


def clean_text(text: str | None) -> str:
    """Whitespace runs (Unicode spaces and line breaks included) collapsed to one space, ends trimmed."""
    return " ".join(text.split()) if text else ""


def element_text(element: etree._Element) -> str:
    return clean_text("".join(element.itertext()))
