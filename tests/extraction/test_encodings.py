"""Decoding follows the bytes when the declared charset is wrong, and never fails."""

from __future__ import annotations

import pytest

from crawler.extraction import ExtractionError, extract
from crawler.extraction.page import decode_html

TEXT = "Zürich: „Stromnetz 2030“ – Ministerinnen einig, café crème, naïve façade"


def page(charset: str) -> str:
    return (
        f'<html lang="de"><head><meta charset="{charset}"><title>{TEXT}</title></head>'
        f"<body><article><h1>{TEXT}</h1><p>{TEXT}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("encoding", "header", "meta"),
    [
        ("utf-8", "utf-8", "utf-8"),  # all agree
        ("utf-8", "iso-8859-1", "iso-8859-1"),  # UTF-8 bytes declared as Latin-1
        ("cp1252", None, "utf-8"),  # windows-1252 bytes declared as UTF-8
        ("cp1252", "windows-1252", "windows-1252"),  # a correctly declared legacy page
        ("iso-8859-15", None, "iso-8859-15"),
    ],
)
def test_text_survives_wrong_and_right_declarations(encoding: str, header: str | None, meta: str) -> None:
    text = TEXT if encoding != "iso-8859-15" else TEXT.replace("„", '"').replace("“", '"').replace("–", "-")
    data = page(meta).replace(TEXT, text).encode(encoding)
    article = extract(data, "https://news.example/2024/05/zurich/", charset=header)
    assert article.headline == text


def test_undecodable_bytes_are_replaced_not_fatal() -> None:
    text, used = decode_html(b"<html><body><p>caf\xe9 \x81\x8d</p></body></html>", "utf-8")
    assert used == "cp1252"
    assert "café" in text


def test_bom_wins() -> None:
    text, used = decode_html("\ufeff<html><p>Zürich</p></html>".encode("utf-16-le"), "iso-8859-1")
    assert used == "utf-16-le" and "Zürich" in text


@pytest.mark.parametrize("data", [b"", b"   \n", b"%PDF-1.4\x00\x01binary", b"just some words, no markup"])
def test_not_html_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(ExtractionError):
        extract(data, "https://news.example/x")


def test_utf8_misread_as_windows_1252_in_part_of_a_page_is_repaired() -> None:
    # A CMS that stored some paragraphs double-encoded: "fÃ¼r" beside a correct "für".
    html = (
        '<html lang="de"><head><meta charset="utf-8"><title>Vögel</title>'
        '<meta name="description" content="Sein Leben fÃ¼r die VÃ¶gel"></head><body><article><h1>Vögel</h1>'
        "<p>Ewald Ferlemann lebt für die Vögel und betreibt seit Ã¼ber 40 Jahren eine Auffangstation.</p>"
        "<p>Der 67-JÃ¤hrige sagt: â€žIch höre nicht auf.â€œ Die Station liegt am Stadtrand.</p>"
        "</article></body></html>"
    )
    article = extract(html.encode("utf-8"), "https://news.example/voegel")
    assert article.summary == "Sein Leben für die Vögel"
    assert article.body == (
        "Ewald Ferlemann lebt für die Vögel und betreibt seit über 40 Jahren eine Auffangstation.\n\n"
        "Der 67-Jährige sagt: „Ich höre nicht auf.“ Die Station liegt am Stadtrand."
    )
