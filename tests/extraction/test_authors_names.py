"""Bylines to names: labels and suffixes off, split on conjunctions, junk refused, duplicates merged."""

from __future__ import annotations

import pytest

from crawler.extraction import extract
from crawler.extraction.names import is_agency, merge_names, split_byline
from tests.extraction.pages import URL, ld, page


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Von Felix Schröder und Jörg Soldwisch, dpa", ["Felix Schröder", "Jörg Soldwisch", "dpa"]),
        ("Von: Anna Müller", ["Anna Müller"]),
        ("Autor: Corina Gall (cog.)", ["Corina Gall"]),
        ("Por María López y Juan Pérez", ["María López", "Juan Pérez"]),
        ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Av Kari Nordmann og Ola Nordmann", ["Kari Nordmann", "Ola Nordmann"]),
        ("Adam Vidler, AP", ["Adam Vidler", "AP"]),
        ("신현주 기자", ["신현주"]),
        ("記者林宸誼／即時報導", ["林宸誼"]),
        ("记者张三/综合报道", ["张三"]),
        ("松岡大地 記者", ["松岡大地"]),
        ("Ludwig van Beethoven & Clara de la Cruz", ["Ludwig van Beethoven", "Clara de la Cruz"]),
        ("Anna Sleegers, Frankfurt", ["Anna Sleegers"]),  # a place after a full name is not a name
        ("Nicole Opitz Redakteurin", ["Nicole Opitz"]),
    ],
)
def test_split_byline(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    "junk",
    [
        "Foto: Getty Images",
        "https://twitter.com/janedoe",
        "@janedoe",
        "jane-doe",
        "lrt.lt",
        "Updated 12:30",
        "3 min read",
        "ku Frankfurt",
        "Share",
    ],
)
def test_junk_is_never_a_name(junk: str) -> None:
    assert split_byline(junk) == []


def test_organisations_pass_when_not_strict() -> None:
    assert split_byline("nieuwsblad.be", strict=False) == ["nieuwsblad.be"]
    assert split_byline("FOCUS online", strict=False) == ["FOCUS online"]


def test_agencies() -> None:
    assert is_agency("dpa") and is_agency("AFP") and is_agency("Deutsche Presse-Agentur")
    assert not is_agency("Jane Doe")


def test_duplicates_merged_case_and_space_insensitive() -> None:
    assert merge_names(["Jane Doe", "JANE DOE", "Jane  Doe", "John Roe"]) == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Interview: Julia Lauter", ["Julia Lauter"]),
        ("Автор: Олеся Жуковень", ["Олеся Жуковень"]),
        ("質問者： あいぎゅ", ["あいぎゅ"]),
        ("Erstellt von Andri Bryner", ["Andri Bryner"]),
        ("Ein Kommentar von Eva Kirchner", ["Eva Kirchner"]),
        ("Analysis by Jane Doe", ["Jane Doe"]),
        ("Published by Jane Doe", ["Jane Doe"]),
        ("Text und Fotos: Jane Doe", ["Jane Doe"]),
        ("di Mario Rossi", ["Mario Rossi"]),
        ("Luigi Di Maio", ["Luigi Di Maio"]),  # a capitalised "Di" begins a surname
    ],
)
def test_labels_of_any_kind_are_stripped(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    "label",
    ["Posted", "Posted by", "Autorenseite von", "Foto: Jane Doe", "Bild: Max Muster", "Photos by John Roe"],
)
def test_a_label_or_credit_alone_is_no_name(label: str) -> None:
    assert split_byline(label) == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Jane Doe Senior Reporter", ["Jane Doe"]),
        ("Jane Doe, Chief Political Correspondent", ["Jane Doe"]),
        ("Brit Weirich (Medizinredakteurin. M.A. Kommunikation)", ["Brit Weirich"]),
        ("Jane Doe Photo: John Roe", ["Jane Doe"]),
        ("Von Jane Doe | Aktualisiert am 3. Mai 2024", ["Jane Doe"]),
        ("Jane Doe Updated Jan 3, 2024", ["Jane Doe"]),
    ],
)
def test_titles_descriptions_and_credits_come_off_the_name(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Matthias Hille - Lukas Balbach", ["Matthias Hille", "Lukas Balbach"]),
        ("Jane Doe – 3 min read", ["Jane Doe"]),
        ("Anne-Marie Roe", ["Anne-Marie Roe"]),  # a hyphen inside a name is no separator
        ("Wilmer Leon. Harbour Radio", ["Wilmer Leon", "Harbour Radio"]),
        ("Prof. Jane Doe", ["Prof. Jane Doe"]),  # a full stop after a title does not end the name
        ("R.C. Baker", ["R.C. Baker"]),
        ("Martin Luther King Jr. and Jane Doe", ["Martin Luther King Jr", "Jane Doe"]),
    ],
)
def test_dashes_and_full_stops_between_names(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    "imprint",
    ["hafenblatt.de, Frankfurt, Germany", "Zone Société - ICI.hafenblatt.ca", "Lokales aus Hafen - NEWS.am"],
)
def test_a_web_address_and_what_comes_with_it_is_no_person(imprint: str) -> None:
    assert split_byline(imprint) == []


def test_a_name_contained_in_a_longer_one_and_accent_variants_are_merged() -> None:
    assert merge_names(["Doe", "Jane Doe", "José García", "JOSE GARCIA"]) == ["Jane Doe", "José García"]


def test_site_name_in_the_author_meta_is_one_organisation() -> None:
    head = '<meta property="og:site_name" content="Jobs & Hire"><meta name="author" content="Jobs & Hire">'
    assert extract(page(head=head), URL).authors == ["Jobs & Hire"]


def test_title_like_organisation_name_gives_its_first_segment() -> None:
    name = "Hafenblatt | Nachrichten aus Stadt und Land | HB"
    head = ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": name}})
    assert extract(page(head=head), URL).authors == ["Hafenblatt"]


def test_site_named_in_the_title_is_not_a_co_author() -> None:
    head = '<meta name="twitter:site" content="@harbourint">'
    article = '<div class="byline">Jane Doe. Harbour International</div>'
    html = page(head=head, article=article, title="Port plan approved - Harbour International")
    assert extract(html, URL).authors == ["Jane Doe"]
