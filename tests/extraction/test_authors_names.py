"""Bylines to names: labels and suffixes off, split on conjunctions, junk refused, duplicates merged."""

from __future__ import annotations

import pytest

from crawler.extraction import extract
from crawler.extraction.names import credited_names, is_agency, merge_names, split_byline
from tests.extraction.pages import URL, ld, page


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Von Felix Schröder und Jörg Soldwisch, dpa", ["Felix Schröder", "Jörg Soldwisch", "dpa"]),
        ("Von: Anna Müller", ["Anna Müller"]),
        ("Autor: Corina Gall (cog.)", ["Corina Gall"]),
        ("Por María López y Juan Pérez", ["María López", "Juan Pérez"]),
        ("Di Marco Rossi e Luca Bianchi", ["Marco Rossi", "Luca Bianchi"]),
        # A one-letter initial with its full stop is no "and" ("y", "e", "i").
        ("by Laura E. Adkins", ["Laura E. Adkins"]),
        ("Por Ana Y. Ruiz e Juan I. Pérez", ["Ana Y. Ruiz", "Juan I. Pérez"]),
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
        ("By Jennifer Rubin Opinion writer October 29, 2018", ["Jennifer Rubin"]),  # a desk's beat, a title
        ("👤by BWW News Desk", ["BWW News Desk"]),  # an icon before the label
        ("✍️ Anna Lee", ["Anna Lee"]),
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
    "byline",
    ["Yazar: Ali Veli", "Szerző: Kovács Anna", "Forfatter: Kari Nordmann", "Författare: Anna Andersson",
     "Penulis: Budi Santoso", "Autorka: Anna Nowak", "Autora: María López", "Tekijä: Matti Virtanen"],
)  # fmt: skip
def test_an_author_label_opens_a_byline_in_a_paragraph(byline: str) -> None:
    """Without a byline class, a paragraph under the headline that opens with the word for "author" in the
    page's language is its byline (the last resort for themes that set it as the first paragraph)."""
    html = page(article=f"<p>{byline}</p><p>17.05.2024</p>")
    assert extract(html, URL).authors == [byline.split(": ", 1)[1]]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("<div class='byline'>By Anna Lee<br>Washington</div>", ["Anna Lee"]),
        # A newline of the page's source inside a name is a space, no line break.
        ("<div class='byline'>By Anna\n  Lee<br>Washington</div>", ["Anna Lee"]),
        ("<div class='byline'>By Anna Lee<br>The Associated Press</div>",
         ["Anna Lee", "The Associated Press"]),
        ("<div class='byline'>Anna Lee<br>Ben Mohr</div>", ["Anna Lee", "Ben Mohr"]),
        ("<div class='byline'>By<br>Anna Lee</div>", ["Anna Lee"]),
        ("<div class='byline'>Von:<br><a href='/autor/anna-lee/'>Anna Lee</a></div>", ["Anna Lee"]),
        ("<p>Von <strong>Roland Brockmann</strong> und <strong>Sebastian Drescher</strong><br> "
         "<span id='more-788'></span><br> Kakuma /Kenia</p>",
         ["Roland Brockmann", "Sebastian Drescher"]),
    ],
)  # fmt: skip
def test_a_line_break_in_a_byline_ends_a_name(byline: str, names: list[str]) -> None:
    """A byline's line break ends the name before it: the dateline's place, the agency or a second writer
    on the next line is no part of it. A label alone on its line ("By<br>") opens the names that follow."""
    html = page(article=byline)
    article = extract(html, URL)
    assert article.authors == names
    assert article.body is not None and not article.body.startswith(("By", "Von", "Anna"))


@pytest.mark.parametrize(
    "label",
    ["Posted", "Posted by", "Autorenseite von", "Foto: Jane Doe", "Bild: Max Muster", "Photos by John Roe"],
)
def test_a_label_or_credit_alone_is_no_name(label: str) -> None:
    assert split_byline(label) == []


def test_a_link_to_the_writers_other_stories_is_no_name_but_a_surname_more_is() -> None:
    """Salon sets "More Richard (R.J.) Eskow." and "MORE FROM Nicole Karlis" in its byline class, links to
    the writer's page; the writer's name stands in the byline above."""
    assert split_byline("More Richard (R.J.) Eskow.") == []
    assert split_byline("MORE FROM Nicole Karlis") == []
    assert split_byline("Thomas More") == ["Thomas More"]


@pytest.mark.parametrize(
    "slot", ["Gesponserte Inhalte", "Sponsored by Acme", "Anzeige", "Contenido patrocinado"]
)
def test_an_advertisers_slot_in_the_byline_is_no_name(slot: str) -> None:
    assert split_byline(slot) == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Jane Doe Senior Reporter", ["Jane Doe"]),
        ("Jane Doe, Chief Political Correspondent", ["Jane Doe"]),
        ("Brit Weirich (Medizinredakteurin. M.A. Kommunikation)", ["Brit Weirich"]),
        ("Jane Doe Photo: John Roe", ["Jane Doe"]),
        ("Von Jane Doe | Aktualisiert am 3. Mai 2024", ["Jane Doe"]),
        ("Jane Doe Updated Jan 3, 2024", ["Jane Doe"]),
        # A compound that ends in a title is a title.
        ("Holger Zschäpitz, Leitender Wirtschaftsredakteur", ["Holger Zschäpitz"]),
        ("Auslandskorrespondentin Anna Müller", ["Anna Müller"]),
        ("Leitender Wirtschaftsredakteur", []),
        ("Ryan Merkley, CEO", ["Ryan Merkley"]),
        # A law firm's blog signs with the bar title.
        ("Rechtsanwalt Dennis Tölle", ["Dennis Tölle"]),
        ("Anna Lee, Attorney at Law", ["Anna Lee"]),
        # One word, then "News" and a title, is the outlet's correspondent; a rank says a person holds it.
        ("Jewish Business News Correspondent", ["Jewish Business News"]),
        ("Fox News Correspondent", ["Fox News"]),
        ("Heryadi Reporter", ["Heryadi"]),
        ("Heryadi Senior Political Reporter", ["Heryadi"]),
        ("Heryadi Senior News Reporter", ["Heryadi"]),
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
        ("Martin Luther King Jr. and Jane Doe", ["Martin Luther King Jr.", "Jane Doe"]),
    ],
)
def test_dashes_and_full_stops_between_names(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    "imprint",
    [
        "hafenblatt.de, Frankfurt, Germany",
        "Zone Société - ICI.hafenblatt.ca",
        "Lokales aus Hafen - NEWS.am",
        "Hafenblatt.de GmbH, Munich, Germany",
        "Harbour Media Ltd, London, UK",
        "Hafenverein e.V., Kiel",
    ],
)
def test_a_web_address_and_what_comes_with_it_is_no_person(imprint: str) -> None:
    assert split_byline(imprint) == []


def test_a_company_in_the_author_meta_is_the_publisher_not_persons() -> None:
    """A CMS's author meta that holds the publisher's imprint names one organisation: it stands where the
    page names no person, and gives way to the byline's writer."""
    meta = '<meta name="author" content="Verlag: Hafenblatt.de GmbH, Munich, Germany">'
    assert extract(page(head=meta), URL).authors == ["Hafenblatt.de GmbH"]
    byline = '<div class="byline">Von Anna Lee</div>'
    assert extract(page(head=meta, article=byline), URL).authors == ["Anna Lee"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Photograph by Ed Marshall, Redonda Restoration Programme", []),
        ("Text von Christian Seiler    Illustration von Markus Roost", ["Christian Seiler"]),
        ("By Anna Lee, photos by Ben Ode", ["Anna Lee"]),
    ],
)
def test_a_credit_label_without_a_colon_credits_all_that_follows_it(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Anna Lee on March 3, 2019", ["Anna Lee"]),
        ("By Anna Lee and Ben Ode on 3 March 2019", ["Anna Lee", "Ben Ode"]),
        ("Von Anna Lee am 3. März 2019 um 10:00 Uhr", ["Anna Lee"]),
        ("par Jean Dupont le 3 mars 2019", ["Jean Dupont"]),
        ("posted by Stadler at 12:53", ["Stadler"]),
        # a capitalised particle is part of the name
        ("Jean Le Pen, 2019", ["Jean Le Pen"]),
    ],
)
def test_a_date_after_the_names_ends_them(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


def test_a_byline_that_goes_on_with_its_date_names_the_writer() -> None:
    line = '<div class="byline">By Anna Lee on March 3, 2019</div>'
    assert extract(page(article=line, lang="en"), URL).authors == ["Anna Lee"]


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


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"]),
        ("Nagy Péter és Kiss Anna", ["Nagy Péter", "Kiss Anna"]),
        ("Jonas Jonaitis ir Ona Onaitė", ["Jonas Jonaitis", "Ona Onaitė"]),
        ("Autors: Jānis Bērziņš un Anna Kalniņa", ["Jānis Bērziņš", "Anna Kalniņa"]),
        ("Ion Popescu și Maria Ionescu", ["Ion Popescu", "Maria Ionescu"]),
        ("Budi Santoso dan Siti Aminah", ["Budi Santoso", "Siti Aminah"]),
        ("Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
        ("Иван Петров и Мария Иванова", ["Иван Петров", "Мария Иванова"]),
        ("Автор: Олена Коваль і Петро Шевчук", ["Олена Коваль", "Петро Шевчук"]),
        ("Γιάννης Παπαδόπουλος και Μαρία Παππά", ["Γιάννης Παπαδόπουλος", "Μαρία Παππά"]),
        ("राहुल शर्मा और प्रिया सिंह", ["राहुल शर्मा", "प्रिया सिंह"]),
        ("أحمد علي و محمد حسن", ["أحمد علي", "محمد حسن"]),
        ("张三 与 李四", ["张三", "李四"]),
        ("记者 张三 通讯员 李四", ["张三", "李四"]),
        ("홍길동 기자 및 김철수 기자", ["홍길동", "김철수"]),
    ],
)
def test_each_languages_and_separates_names(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("أحمد علي ومحمد حسن", ["أحمد علي", "محمد حسن"]),
        ("מאת דני כהן ויוסי לוי", ["דני כהן", "יוסי לוי"]),
        ("بقلم وليد حسن", ["وليد حسن"]),  # a name that begins with the letter is one name
        ("أحمد محمد وليد", ["أحمد محمد وليد"]),  # no full name after it: one three-part name
    ],
)
def test_arabic_and_hebrew_and_is_a_prefix_between_full_names(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [("Dan Brown", ["Dan Brown"]), ("Jane A Doe", ["Jane A Doe"]), ("Na Kyung-won", ["Na Kyung-won"])],
)
def test_a_short_and_in_capitals_is_part_of_a_name(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Του Γιάννη Παπαδόπουλου", ["Γιάννη Παπαδόπουλου"]),
        ("Της Μαρίας Παππά", ["Μαρίας Παππά"]),
        ("Γράφει ο Γιάννης Παπαδόπουλος", ["Γιάννης Παπαδόπουλος"]),
        ("Oleh Ahmad bin Ali", ["Ahmad bin Ali"]),
        ("Bởi Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("Theo TTXVN", ["TTXVN"]),
        ("بقلم أحمد علي", ["أحمد علي"]),
        ("מאת דני כהן", ["דני כהן"]),
        ("โดย สมชาย ใจดี", ["สมชาย ใจดี"]),
        ("Na Rahimu Fadhili", ["Rahimu Fadhili"]),
        ("Di Mario Rossi", ["Mario Rossi"]),
        ("dalla nostra inviata Maria Rossi", ["Maria Rossi"]),
        ("de Ion Popescu", ["Ion Popescu"]),
        ("per Joan Puig i Maria Vidal", ["Joan Puig", "Maria Vidal"]),
        ("文／王小明", ["王小明"]),
        # ASCII.jp's black circle after the label, and its editorial department after a full-width slash;
        # a name and its reading stay one ("NeoL／ネオエル").
        ("文● オカモト／ASCII編集部", ["オカモト"]),
        ("NeoL／ネオエル", ["NeoL／ネオエル"]),
        # Blogger's "Posted by" in its other languages.
        ("Eingestellt von Jan Berger", ["Jan Berger"]),
        ("Publié par Jean Dupont", ["Jean Dupont"]),
        ("Pubblicato da Mario Rossi", ["Mario Rossi"]),
        ("Geplaatst door Jan de Vries", ["Jan de Vries"]),
        ("Postado por João Silva", ["João Silva"]),
    ],
)
def test_labels_in_more_languages_are_stripped(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize("name", ["Theo Walcott", "Di Maio", "Per Olsen", "Nadia Rossi", "Dean Jones"])
def test_a_label_word_that_is_also_a_name_stays_before_a_single_name(name: str) -> None:
    assert split_byline(name) == [name]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("홍길동 김철수 기자", ["홍길동", "김철수"]),  # Korean names have no space inside
        ("워싱턴=홍길동 특파원", ["홍길동"]),
        # A dateline without the equals sign: the places (two syllables each) before the full name.
        ("순천, 광양 구현모 기자", ["구현모"]),
        ("서울 홍길동 특파원", ["홍길동"]),
        ("【ワシントン＝山田太郎】", ["山田太郎"]),
        ("사진=홍길동", []),
    ],
)
def test_korean_and_japanese_bylines(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


def test_a_description_in_lower_case_after_the_name_is_no_name() -> None:
    assert split_byline("Par Jean Dupont, envoyé spécial à Kiev") == ["Jean Dupont"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Penulis: Budi Santoso | Editor: Siti Aminah", ["Budi Santoso"]),
        ("Reporter: Budi Santoso Editor: Siti Aminah", ["Budi Santoso"]),
        ("By Jane Doe | Video: John Roe", ["Jane Doe"]),
        ("Foto: John Roe Text: Jane Doe", ["Jane Doe"]),
        ("Текст: Иван Петров, фото: Пётр Сидоров", ["Иван Петров"]),
        ("作者：张三 责任编辑：李四", ["张三"]),
        ("文／王小明 攝影／李大同", ["王小明"]),
        ("記者王小明／台北報導 圖／李大同", ["王小明"]),
        ("文：山田太郎\u3000写真：鈴木一郎", ["山田太郎"]),
    ],
)
def test_only_the_writers_part_of_a_credits_box_names_authors(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


def test_the_source_counts_only_where_no_writer_is_named() -> None:
    assert split_byline("来源：新华社 作者：张三") == ["张三"]
    assert split_byline("来源：新华社") == ["新华社"]


def test_a_writer_and_an_editor_on_separate_lines() -> None:
    article = '<div class="author-info">Reporter: Budi Santoso<br>Editor: Siti Aminah</div>'
    assert extract(page(article=article, lang="id"), URL).authors == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe @janedoe", ["Jane Doe"]),
        ("Jane Doe jane.doe@hafenblatt.example", ["Jane Doe"]),
        ("홍길동 기자 hong@hafenblatt.example", ["홍길동"]),
        ("Jane Doe Follow John Roe Follow", ["Jane Doe", "John Roe"]),
    ],
)
def test_contact_details_beside_the_name_come_off(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Par Jean Dupont Publié le 3 mai 2024 à 10h00", ["Jean Dupont"]),
        ("Por María López Actualizado: 03/05/2024 10:00", ["María López"]),
        ("記者王小明、李大同／台北報導", ["王小明", "李大同"]),
    ],
)
def test_the_publication_time_and_the_report_place_after_the_names_come_off(
    byline: str, names: list[str]
) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe in Berlin", ["Jane Doe"]),
        ("Von Anna Müller aus Berlin", ["Anna Müller"]),
        ("João Silva, de São Paulo", ["João Silva"]),
        ("João Silva, da Redação", ["João Silva"]),
        ("Maria da Silva", ["Maria da Silva"]),  # a particle inside a name stays
        ("João Silva da Costa", ["João Silva da Costa"]),
    ],
)
def test_a_place_after_the_name_is_no_name(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Redaktion", ["Redaktion"]),
        ("Rédaction", ["Rédaction"]),
        ("Por Redação", ["Redação"]),
        ("Redacción", ["Redacción"]),
        ("Redazione", ["Redazione"]),
        ("Newsroom", ["Newsroom"]),
        ("Web Desk", ["Web Desk"]),
        ("Staff Reporter", ["Staff Reporter"]),
        ("Times Staff", ["Times Staff"]),
        ("The Editors", ["The Editors"]),
        ("Haber Merkezi", ["Haber Merkezi"]),
        ("編集部", ["編集部"]),
        ("Redaktion Politik", ["Redaktion Politik"]),
        ("dpa, Redaktion", ["dpa", "Redaktion"]),  # nobody named: the agency and the desk sign
    ],
)
def test_a_desk_signing_alone_is_the_byline_in_every_language(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Newsroom, Jane Doe", ["Jane Doe"]),
        ("Jane Doe, Web Desk", ["Jane Doe"]),
        ("CNN Staff, Jane Doe", ["Jane Doe"]),
        ("Redaktion: Anna Müller", ["Anna Müller"]),  # before a name, "Redaktion" is a label
    ],
)
def test_a_desk_beside_a_person_is_no_author(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


def test_a_metadata_author_the_page_credits_as_editor_gives_way_to_the_writer() -> None:
    # The CMS fills JSON-LD `author` with the editor who published the story; the page says who wrote it.
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Heryadi"}})
    article = (
        '<div class="info"><div class="author-2">Naufal Zuhdi</div></div>'
        '<div class="info-author">Editor : <a class="author" href="/author/112/heryadi">Heryadi</a></div>'
    )
    assert extract(page(head=head, article=article, lang="id"), URL).authors == ["Naufal Zuhdi"]


def test_a_metadata_author_who_also_writes_stays_when_credited_for_photos_too() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Anna Müller"}})
    article = '<div class="byline">Text: Anna Müller, Fotos: Anna Müller</div>'
    assert extract(page(head=head, article=article), URL).authors == ["Anna Müller"]


def test_credited_names_are_the_other_work_of_a_byline_box() -> None:
    assert credited_names("Penulis: Naufal Zuhdi | Editor: Heryadi") == ["Heryadi"]
    assert credited_names("文／張三 攝影／李四") == ["李四"]
    assert credited_names("Von Jane Doe") == []


# "Ars Staff": Ars Technica's JSON-LD credits a freelancer's feature to its staff account, and the
# byline, linked to that account's page, names the writer.
@pytest.mark.parametrize("desk", ["Redaktion", "Redacción", "Newsroom", "Ars Staff", "Staff", "The Editors"])
def test_a_desk_in_the_metadata_gives_way_to_the_person_the_byline_names(desk: str) -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": desk}})
    html = page(head=head, article='<div class="byline">Von Anna Müller</div>')
    assert extract(html, URL).authors == ["Anna Müller"]


@pytest.mark.parametrize("desk", ["Redaktion", "Newsroom"])
def test_a_desk_named_with_a_person_in_the_metadata_is_dropped(desk: str) -> None:
    authors = [{"@type": "Person", "name": name} for name in (desk, "Anna Müller")]
    head = ld({"@type": "NewsArticle", "author": authors})
    assert extract(page(head=head), URL).authors == ["Anna Müller"]


def test_a_desk_is_the_author_where_the_page_names_nobody() -> None:
    html = page(article='<div class="author">Von <a href="/author/redaktion/">Redaktion</a></div>')
    assert extract(html, URL).authors == ["Redaktion"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Jane Doe (AP)", ["Jane Doe", "AP"]),
        ("Mario Rossi (ANSA)", ["Mario Rossi", "ANSA"]),
        ("Par Jean Dupont (avec AFP)", ["Jean Dupont", "AFP"]),
        ("Jane Doe (dpa/AFP)", ["Jane Doe", "dpa", "AFP"]),
        ("Jean Dupont avec AFP", ["Jean Dupont", "AFP"]),
        ("Jan Kowalski z PAP", ["Jan Kowalski", "PAP"]),
        ("Corina Gall (cog.)", ["Corina Gall"]),  # initials in brackets are no agency
        # A co-writer after "with" signs as after "and"; "with reporting by" credits a contributor.
        ("By Jane Doe with John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, with additional reporting by John Roe", ["Jane Doe"]),
        ("Interview with John Roe", []),
        # The publication the writer files for, and an agency's staff.
        ("By Jane Doe For Mailonline", ["Jane Doe"]),
        ("By JANE DOE FOR DAILYMAIL.COM", ["JANE DOE"]),
        ("Reuters Staff", ["Reuters"]),
    ],
)
def test_an_agency_in_brackets_or_after_with_signs_beside_the_writer(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    "agency",
    [
        "EFE",
        "Europa Press",
        "Lusa",
        "PAP",
        "ČTK",
        "MTI",
        "AA",
        "ТАСС",
        "Antara",
        "TTXVN",
        "新华社",
        "연합뉴스",
    ],
)
def test_agencies_around_the_world(agency: str) -> None:
    assert is_agency(agency)
    assert split_byline(f"Jane Doe, {agency}") == ["Jane Doe", agency]


@pytest.mark.parametrize("name", ["Hina", "Agi"])
def test_an_agency_abbreviation_that_is_also_a_name_counts_only_in_capitals(name: str) -> None:
    assert not is_agency(name) and is_agency(name.upper())


def test_chinese_names_apart_by_a_space_are_several_reporters_on_a_chinese_page() -> None:
    html = page(article='<div class="author">记者 李四 王五</div>', lang="zh-CN")
    assert extract(html, URL).authors == ["李四", "王五"]


def test_a_japanese_name_with_a_space_between_family_and_given_name_is_one_person() -> None:
    html = page(article='<div class="author">松岡 大地 記者</div>', lang="ja")
    assert extract(html, URL).authors == ["松岡 大地"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Da Redação", ["Redação"]),
        ("Da Reuters", ["Reuters"]),
        ("Do Kwon", ["Do Kwon"]),  # before a name, "Do"/"Da" is part of it
        ("Da Silva", ["Da Silva"]),
    ],
)
def test_the_desk_or_agency_a_story_comes_from(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("文・写真：山田太郎", ["山田太郎"]),  # text and photos by one person
        ("Reporting by Jane Doe; Editing by John Roe", ["Jane Doe"]),
    ],
)
def test_shared_and_by_credits(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


def test_an_author_marked_in_a_photo_caption_is_the_photographer() -> None:
    article = (
        '<figure><img src="/hafen.jpg" alt=""><figcaption>Der Hafen am Morgen. Foto: '
        '<span class="author">Max Muster</span></figcaption></figure>'
        '<div class="byline">Von Anna Müller</div>'
    )
    assert extract(page(article=article), URL).authors == ["Anna Müller"]


def test_agency_names_in_their_own_language() -> None:
    assert is_agency("Anadolu Ajansı") and is_agency("Agência Brasil")


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Ahmet Yılmaz, Ankara Muhabiri", ["Ahmet Yılmaz"]),
        ("Budi Santoso, Wartawan Senior", ["Budi Santoso"]),
        ("María López, Corresponsal Jefe", ["María López"]),
        ("Mario Rossi, Giornalista Professionista", ["Mario Rossi"]),
        ("Jan Kowalski, Dziennikarz Działu Gospodarczego", ["Jan Kowalski"]),
        ("Jane Doe Reporter Berlin", ["Jane Doe"]),  # a title ends the name: what follows is its beat
        ("Senior Reporter Jane Doe", ["Jane Doe"]),  # a title before the name comes off
    ],
)
def test_job_titles_in_other_languages_come_off(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Szerző:", "Nagy Péter"),
        ("Автор:", "Иван Петров"),
        ("Yazan:", "Ahmet Yılmaz"),
        ("Texto:", "João Silva"),
        ("Penulis:", "Budi Santoso"),
        ("Par", "Jean Dupont"),
        ("作者：", "张三"),
    ],
)
def test_a_label_element_before_the_name_in_other_languages(label: str, name: str) -> None:
    html = page(article=f"<p><strong>{label}</strong> {name}</p>")
    assert extract(html, URL).authors == [name]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("[서울=뉴시스]신현주 기자", ["뉴시스", "신현주"]),  # the agency's dateline and its reporter
        ("[워싱턴=홍길동 특파원]", ["홍길동"]),
    ],
)
def test_a_bracketed_dateline_gives_who_files_from_the_place(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize("byline", ["Von unserer Redaktion", "De notre rédaction"])
def test_our_newsroom_is_the_desk(byline: str) -> None:
    assert split_byline(byline) == [byline.split()[-1]]


@pytest.mark.parametrize(
    ("dateline", "names"),
    [
        ("新华社北京3月5日电（记者张三、李四）", ["张三", "李四"]),
        ("本报讯（记者 王五）", ["王五"]),
        ("央视网消息（记者 赵六）", ["赵六"]),
    ],
)
def test_the_reporters_of_a_chinese_storys_opening_dateline(dateline: str, names: list[str]) -> None:
    html = (
        '<html lang="zh-CN"><head><title>中国经济稳步增长</title></head>'
        "<body><article><h1>中国经济稳步增长</h1>"
        f"<p>{dateline}国家统计局5日发布数据显示，今年前两个月经济运行总体平稳，主要指标好于预期。</p>"
        f"<p>{'专家表示，经济回升向好的态势将持续。' * 5}</p></article></body></html>"
    )
    assert extract(html, "https://news.example.cn/2025/03/05/a.html").authors == names


def test_microdata_bylines_of_the_teasers_in_a_recirculation_module_credit_no_one() -> None:
    """Condé Nast's story pages close with "recirc" lists whose every card carries a schema.org byline:
    those name the other stories' writers, not this story's."""
    byline = (
        '<p class="byline" itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<span itemprop="name">Scott Gilbertson</span></p>'
    )
    cards = "".join(
        f'<li><div class="summary-item"><a href="/story/other-{i}/"><h3>Other story number {i}</h3></a>'
        f'<p class="byline" itemprop="author" itemscope itemtype="http://schema.org/Person">'
        f'<span itemprop="name">{name}</span></p></div></li>'
        for i, name in enumerate(("Matt Jancer", "David Nield", "Adrienne So", "Simon Hill"))
    )
    # (The cards' own box is named for an ad it hides: boilerplate, which an author box also is.)
    cards = f'<div class="summary-collection hide-read-more-ad"><ul>{cards}</ul></div>'
    outside = f'<div class="recirc-list-wrapper">{cards}</div>'
    assert extract(page(article=byline, outside=outside), URL).authors == ["Scott Gilbertson"]


@pytest.mark.parametrize("scope", ["itemscope ", ""])
def test_a_microdata_name_made_of_several_author_links_gives_each_name(scope: str) -> None:
    byline = (
        f'<p class="byline" itemprop="author" {scope}itemtype="http://schema.org/Person">'
        '<span itemprop="name">'
        '<span class="byline__name"><a href="/author/scott-gilbertson/">Scott Gilbertson</a></span> '
        '<span class="byline__name"><a href="/author/wired-gear-team/">Gear Team</a></span></span></p>'
    )
    assert extract(page(article=byline), URL).authors == ["Scott Gilbertson", "Gear Team"]


def test_a_byline_set_as_one_of_the_first_paragraphs_names_the_writer_where_nothing_else_does() -> None:
    """A theme without byline elements writes "Von Jennifer Patt" as a paragraph of the story, under its
    date line; the body then no longer opens with it. A first line that merely opens with the word is no
    byline ("Von Montag an gilt die neue Regel")."""
    lines = "<p>Nachricht vom 06.11.2023</p><p>Von Jennifer Patt</p>"
    article = extract(page(article=lines), URL)
    assert article.authors == ["Jennifer Patt"]
    assert article.body is not None and "Jennifer Patt" not in article.body
    sentence = "<p>Von Montag an gilt die neue Regel</p>"
    assert extract(page(article=sentence), URL).authors == []


def test_an_address_element_in_the_story_is_its_byline() -> None:
    """HTML's <address> holds the story's contact line: its writer, as Funke's sites set their byline
    ("<address class='not-italic'>Von Felix Schröder und Jörg Soldwisch, dpa</address>"), no class says
    so. The site's <address> in its footer (the publisher's) names no writer."""
    byline = "<address class='not-italic'>Von Felix Schröder und Jörg Soldwisch, dpa</address>"
    footer = "<footer class='site-footer'><address>Hafenblatt GmbH, Hafenstraße 1</address></footer>"
    authors = extract(page(article=byline, outside=footer), URL).authors
    assert authors == ["Felix Schröder", "Jörg Soldwisch", "dpa"]
    assert extract(page(outside=footer), URL).authors == []


def test_a_byline_that_names_more_writers_than_it_links_gives_them_all() -> None:
    """Not every writer has an author page: the byline's text names all four, its links two."""
    byline = (
        "<address>Von <a rel='author' href='/autoren/christian-unger/'>Christian Unger</a>, "
        "<a rel='author' href='/autoren/tobias-koeberlein/'>Tobias Köberlein</a>, <span>Laura Wagener</span> "
        "und <span>Alexander Rothe</span></address>"
    )
    authors = extract(page(article=byline), URL).authors
    assert authors == ["Christian Unger", "Tobias Köberlein", "Laura Wagener", "Alexander Rothe"]
    # The links name the writers where the text adds nothing but their roles.
    roles = (
        "<div class='byline'>Von <a rel='author' href='/autoren/anna-muster/'>Anna Muster</a> "
        "(Redakteurin)</div>"
    )
    assert extract(page(article=roles), URL).authors == ["Anna Muster"]


def test_the_sites_name_set_after_the_writer_in_the_byline_box_is_no_part_of_the_name() -> None:
    """Fox News sets the source after the writer's link in one byline box: "By Paul Steinhauser Fox News"."""
    head = '<meta property="og:site_name" content="Fox News">'
    byline = (
        '<div class="author-byline"><span> By <span><a href="/person/s/paul-steinhauser">Paul Steinhauser</a>'
        '</span></span> <span class="article-source"><a href="/">Fox News</a></span></div>'
    )
    assert extract(page(head=head, article=byline), URL).authors == ["Paul Steinhauser"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Max Mustermann (Text), Erika Musterfrau (Fotos)", ["Max Mustermann"]),
        ("Jane Doe (text) and John Roe (photos)", ["Jane Doe"]),
        ("Jane Doe (AP)", ["Jane Doe", "AP"]),  # an agency in brackets still signs
    ],
)
def test_a_name_its_bracket_credits_for_the_pictures_is_no_writer(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Martin Luther King Jr. and Ann Lee", ["Martin Luther King Jr.", "Ann Lee"]),
        ("By Robert Downey, Jr.", ["Robert Downey Jr."]),
        ("By Perry Bacon Jr., Ann Lee and Bo Ek", ["Perry Bacon Jr.", "Ann Lee", "Bo Ek"]),
        ("By John Smith, III and Ann Lee", ["John Smith III", "Ann Lee"]),
        ("By John Smith Jr", ["John Smith Jr"]),
    ],
)
def test_a_generational_suffix_belongs_to_the_name_with_its_full_stop(byline: str, names: list[str]) -> None:
    """ "Jr." is part of the name, also after a comma; its full stop is no sentence's end to strip."""
    assert split_byline(byline) == names
    assert merge_names(["John Smith Jr.", "John Smith Jr"]) == ["John Smith Jr."]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Patricio Candia | Palma de Mallorca | 08/01/2014", ["Patricio Candia"]),
        ("08/01/2014 | Patricio Candia | Palma de Mallorca", ["Patricio Candia"]),
        ("Patricio Candia y Ana Ruiz Soler | Palma de Mallorca", ["Patricio Candia", "Ana Ruiz Soler"]),
        # An agency in a later field still signs with the writer.
        ("Patricio Candia | EFE", ["Patricio Candia", "EFE"]),
    ],
)
def test_a_pipe_parts_the_bylines_fields_and_only_the_first_names_writers(
    byline: str, names: list[str]
) -> None:
    """Name | place | date: a place is written as a name is, so only its field tells it apart."""
    assert split_byline(byline) == names


def test_an_editorial_department_after_the_writer_is_no_author() -> None:
    article = '<div class="author">文● オカモト／ASCII編集部</div>'
    assert extract(page(article=article, lang="ja"), URL).authors == ["オカモト"]
