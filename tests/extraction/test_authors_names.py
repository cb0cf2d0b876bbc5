"""Bylines to names: labels and suffixes off, split on conjunctions, junk refused, duplicates merged."""

from __future__ import annotations

import pytest

from crawler.extraction.names import is_agency, merge_names, split_byline


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
