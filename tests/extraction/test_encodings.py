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


UNDECLARED = {
    "ru": ("Забастовка в порту закончилась", "Портовые рабочие в пятницу проголосовали против забастовки. "),
    "ja": ("港のストライキが終了", "港湾労働者は金曜日、九日間のストライキを終わらせることに投票した。"),
    "ko": ("항만 파업 9일 만에 종료", "항만 노동자들은 금요일 9일간의 파업을 끝내기로 투표했다. "),
    "zh": ("港口罢工结束", "码头工人周五投票结束了为期九天的罢工，此前四十多艘集装箱船在港外等候。"),
    "pl": ("Żółte dźwigi stoją w porcie", "Robotnicy portowi zagłosowali w piątek za zakończeniem strajku. "),
    "de": ("Größere Schiffe: naïve Crème", "Die Hafenarbeiter stimmten für das Ende des Streiks in Zürich. "),
}


@pytest.mark.parametrize(
    ("lang", "encoding"),
    [("ru", "windows-1251"), ("ru", "koi8-r"), ("ja", "shift_jis"), ("ko", "euc-kr"), ("zh", "gb18030"),
     ("pl", "iso-8859-2"), ("pl", "windows-1250"), ("de", "windows-1252")],
)  # fmt: skip
def test_a_legacy_encoding_nothing_declares_is_read_from_the_bytes(lang: str, encoding: str) -> None:
    """Old sites serve windows-1251, Shift_JIS or EUC-KR without a charset anywhere: windows-1252 would
    turn them to mojibake. A Western page stays windows-1252 (a detector's cp1250 would read "ï" as "ď")."""
    headline, sentence = UNDECLARED[lang]
    html = (
        f'<html lang="{lang}"><head><title>{headline}</title></head><body><article><h1>{headline}</h1>'
        f"<p>{sentence * 8}</p></article></body></html>"
    )
    article = extract(html.encode(encoding), "https://news.example/2024/05/strike/")
    assert article.headline == headline
    assert article.body == (sentence * 8).strip()


def test_utf8_with_a_few_broken_bytes_stays_utf8() -> None:
    """A cut multi-byte letter or a stray byte from a template in a UTF-8 page: the page is still UTF-8,
    the broken bytes become U+FFFD, and no letter turns to mojibake."""
    data = f"<html><body><p>{TEXT}</p><p>Größere Schiffe</p></body></html>".encode() + b"\xff\xe2\x82"
    text, used = decode_html(data)
    assert used == "utf-8" and TEXT in text and "Größere" in text and text.count("\ufffd") == 2
