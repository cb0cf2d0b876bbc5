"""Text helpers shared by the layers."""

from __future__ import annotations

from lxml import etree


def clean_text(text: str | None) -> str:
    """Whitespace runs (Unicode spaces and line breaks included) collapsed to one space, ends trimmed."""
    return " ".join(text.split()) if text else ""


def text_of(element: etree._Element) -> str:
    """All the text inside an element, its tail excluded: what XPath's string(), lxml.html's
    text_content() and a join of itertext() give, but serialised in C, several times faster."""
    if not isinstance(element.tag, str):  # a comment or processing instruction
        return "".join(element.itertext())
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def element_text(element: etree._Element) -> str:
    return clean_text(text_of(element))
