"""Authors: the people who wrote the story, as the byline names them.

Order of trust: persons in the story's JSON-LD `author` (a reference to a Person resolved; the WebPage's
where no article object exists), microdata `author`, the theme's byline elements (`.byline`,
`.author-name`, `rel=author`, `itemprop=author`, ...), inline labels ("<b>Autor:</b> ..."), author meta
tags (a site's own key, "lrt_authors", last); then the last resorts: the story's opening byline line, a
"posted by" meta line under the post, a signature under the story, a Chinese dateline's reporters, links
to the site's author pages, the story's author box, the name set before the date line. Organisations (a
JSON-LD or microdata Organization, a desk such as "Redaktion" or "Newsroom", an agency alone) only when no
person is named, and a desk in one source gives way to a person in the next (an agency alone in the
byline, to the writers the author meta names beside it). Bylines are split on commas and each
language's "and" ("and", "und", "og", "y", "et", "и", "و", "및", ...), labels ("By", "Von:", "Autor",
"Του", "بقلم", "作者：") and reporter suffixes (기자, 記者) are stripped;
photo, video and editor credits, social-profile URLs, slugs and dates are never names (nor an author
marked inside a photo caption), and a metadata author whom a byline box links only as its editor gives
way to the writer it names; one person named twice (byline and author box) is one author. The site's
own name (its metadata, its host, the name its <title> ends with) beside a person is the publisher, not a
co-author.

This module reads the structured data and weighs the sources; `bylines` reads the byline elements and
labels, `author_fallbacks` the last resorts, `names` splits and cleans what they find.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from crawler.extraction.author_fallbacks import (
    from_author_box,
    from_author_links,
    from_date_neighbour,
    from_dateline,
    from_labelled_date_line,
    from_opening_byline,
    from_posted_line,
    from_signature,
)
from crawler.extraction.blocks import in_other_storys_block
from crawler.extraction.bylines import (
    credited_for_the_site,
    from_bylines,
    from_labels,
    not_credited_otherwise,
)
from crawler.extraction.names import (
    imprint_company,
    is_agency,
    is_desk,
    merge_names,
    split_byline,
    split_spaced_han,
)
from crawler.extraction.page import Page
from crawler.extraction.site_name import site_names
from crawler.extraction.structured import StructuredData, in_article_scope, item_scope, types_of
from crawler.extraction.text import clean_text, title_segments


def _name_of(value: Any) -> tuple[str, bool]:
    """The name in a JSON-LD author value, and whether it is a person (not an organisation)."""
    if isinstance(value, str):
        return ("" if value.startswith(("http://", "https://")) else value), True
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            name = " , ".join(n for n in name if isinstance(n, str))
        if not isinstance(name, str):
            given, family = value.get("givenName"), value.get("familyName")
            name = " ".join(n for n in (given, family) if isinstance(n, str))
        types = types_of(value)
        is_person = not (types & {"Organization", "NewsMediaOrganization", "Corporation", "WebSite", "Brand"})
        return name, is_person
    return "", True


def _is_site(name: str, sites: list[str]) -> bool:
    key = re.sub(r"[\W_]+", "", name.casefold())
    if not key:
        return False
    for site in sites:
        site_key = re.sub(r"[\W_]+", "", site)
        if key == site_key or (
            len(site_key) >= 4 and key.startswith(site_key) and len(key) <= len(site_key) + 6
        ):
            return True
    return False


def _without_site_tail(name: str, sites: list[str]) -> str:
    """A name without the site's name run onto it: a byline box that sets the source after the writer
    ("By <a>Paul Steinhauser</a> <span class=article-source>Fox News</span>") reads as one name. Only a
    tail of two words or more goes, and two words of the name stay: one last word may be a surname that
    a site shares ("Anna Maria Bild")."""
    words = name.split()
    for cut in range(2, len(words) - 1):
        if _is_site(" ".join(words[cut:]), sites):
            return " ".join(words[:cut])
    return name


# "Site | Tagline | Short name": the separators of a page title, which an organisation's name may copy.
_TITLE_SEPARATOR = re.compile(r"\s*\|\s*|\s+[-–—]\s+")


def _split_organisation(name: str, sites: list[str]) -> tuple[list[str], str]:
    """The agencies an organisation's byline names ("Kleine Zeitung, APA"), and the organisation's own
    name: one name, the first of a title-like "Site | Tagline", not its words split as persons would be."""
    agencies = [
        org for org in split_byline(name, strict=False) if is_agency(org) and not _is_site(org, sites)
    ]
    return agencies, _TITLE_SEPARATOR.split(clean_text(name))[0]


def _from_json_ld(data: StructuredData, sites: list[str]) -> tuple[list[str], list[str]]:
    """Persons and organisations of the story's JSON-LD author; an agency named next to persons stays."""
    persons: list[str] = []
    organisations: list[str] = []
    story = data.story_object
    raw = story.get("author") or story.get("creator")
    items = raw if isinstance(raw, list) else [raw] if raw else []
    for item in items:
        name, is_person = _name_of(data.resolve(item))
        if not name:
            continue
        if _is_site(name, sites) or not is_person:
            # The publisher itself, whatever @type says, or an organisation: kept only if it is an agency.
            agencies, organisation = _split_organisation(name, sites)
            persons.extend(agencies)
            organisations.append(organisation)
        else:
            persons.extend(split_byline(name))
    return persons, organisations


def _from_microdata(page: Page, data: StructuredData, sites: list[str]) -> tuple[list[str], list[str]]:
    """Persons and organisations of the story's microdata author. An Organization (itemtype) is one as in
    JSON-LD: Nature marks "Nature Editorial" as the author while its meta names the writer."""
    names: list[str] = []
    organisations: list[str] = []
    for element in data.microdata.get("author", ()):
        if in_other_storys_block(page, element) or not in_article_scope(element):
            continue
        if element.get("itemscope") is not None:
            # Each of its own names (Investment Executive sets two writers' names in one Person), not
            # those of an object inside it (the writer's affiliation).
            inner = [e for e in element.iter() if e is not element and _own_name(e, element)]
            text = ", ".join(e.get("content") or _linked_names(e) for e in inner)
        else:
            text = element.get("content") or _linked_names(element)
        if not text or text.startswith("http"):
            continue
        if "organization" in (element.get("itemtype") or "").casefold():
            organisations.append(imprint_company(text) or _split_organisation(text, sites)[1])
            continue
        company = imprint_company(text)  # an Organization's legal name ("Deutsches Rotes Kreuz e.V.")
        names.extend([company] if company else split_byline(text))
    return names, organisations


def _own_name(element: etree._Element, scope: etree._Element) -> bool:
    """Whether the element is a "name" property of the itemscope `scope` itself (no object inside it)."""
    if "name" not in (element.get("itemprop") or "").split():
        return False
    return item_scope(element) is scope


def _linked_names(element: etree._Element) -> str:
    """The text of a microdata author or name, its links apart when it is nothing but two or more of them:
    Condé Nast sets every writer's link in one itemprop="name" ("Scott Gilbertson" "Gear Team"), which
    read as one text would run the names together."""
    text = clean_text(element.text_content())
    links = [clean_text(link.text_content()) for link in element.iter("a")]
    if len(links) < 2 or not all(links):
        return text
    rest = text
    for link in links:
        rest = rest.replace(link, "", 1)
    return ", ".join(links) if len(rest.strip(" ,;&")) <= 3 else text


def _from_meta(data: StructuredData, sites: list[str]) -> tuple[list[str], list[str]]:
    """Persons and organisations of the author meta tags, of every key: one key may name only the first of
    the writers another names (NRK: "author" one, "article:author" both). The site's own name ("Jobs &
    Hire") is the publisher, not two persons."""
    names: list[str] = []
    organisations: list[str] = []
    for key in (
        "author",
        "article:author",
        "dc.creator",
        "parsely-author",
        "sailthru.author",
        "byl",
        "dcterms.creator",
    ):
        for value in data.meta_all.get(key, ()):
            if value.startswith(("http://", "https://", "@")):
                continue  # a profile's address or handle ("@NatGeoUK"), no name
            if _is_site(value, sites):
                agencies, organisation = _split_organisation(value, sites)
                names.extend(agencies)
                organisations.append(organisation)
            elif company := imprint_company(value):
                organisations.append(company)
            else:
                names.extend(split_byline(value))
    if not names and not organisations:
        names = _from_other_meta_keys(data)
    return names, organisations


# A meta key of a theme's or a tracker's own that names the author ("lrt_authors", "analytics:author",
# "dcsext.author", "cxenseparse:autor-articulo", "sailthru.byline_name"); not an app banner's author (the
# publisher of the app) nor a social handle.
_AUTHOR_META_KEY = re.compile(
    r"(?:^|[:._-])(?:authors?|autor(?:es)?(?:[-_]articulo)?|author_?name|byline_name)$"
)
_NOT_AUTHOR_META_KEY = re.compile(r"^(?:twitter|smartbanner|al|apple|app)[:._-]|url|img|image|slug|bio|id$")


def _from_other_meta_keys(data: StructuredData) -> list[str]:
    """The names in the first meta key of a theme's own that names the author, where none of the common
    keys does: a value that is a name, not a number, an address or a URL."""
    for key, values in data.meta_all.items():
        if not _AUTHOR_META_KEY.search(key) or _NOT_AUTHOR_META_KEY.search(key):
            continue
        value = values[0]
        if value.startswith(("http://", "https://")) or "@" in value or not any(c.isalpha() for c in value):
            continue
        if names := split_byline(value):
            return names
    return []


def _title_site(title: str | None) -> list[str]:
    """The name a page's <title> ends with ("Headline - Sputnik International"): the site's, as the
    site's own metadata may spell it only as a handle ("sputnikint")."""
    segments = title_segments(title)
    tail = clean_text(segments[-1]) if len(segments) > 1 else ""
    return [tail.casefold()] if tail and len(tail.split()) <= 4 else []


def _is_chinese(page: Page, data: StructuredData) -> bool:
    language = data.article.get("inLanguage")
    language = (language if isinstance(language, str) else None) or page.tree.get("lang") or ""
    return language.lower().startswith("zh")


def _writers(names: list[str]) -> list[str]:
    """The names of persons who wrote: no agency, no desk."""
    return [n for n in names if not is_agency(n) and not is_desk(n)]


def _people(names: list[str], sites: list[str]) -> list[str]:
    """The names that are persons: not the site itself, not a desk ("Redaktion", "Newsroom")."""
    return [n for n in names if not _is_site(n, sites) and not is_desk(n)]


def _with_meta(
    page: Page, persons: list[str], data: StructuredData, sites: list[str]
) -> tuple[list[str], list[str]]:
    """The persons and organisations once the author meta had its say: it names the authors where the
    page named only desks, and the writers beside an agency the byline alone credits ("dpa" in the byline,
    "Felix Schröder und Jörg Soldwisch, dpa" in the meta). Not the theme's designer, whom a theme's
    author meta names and the page's footer credits ("Theme by …")."""
    if not [n for n in persons if not is_desk(n)]:
        meta_persons, meta_organisations = _from_meta(data, sites)
        if meta_persons and (designers := credited_for_the_site(page, meta_persons)):
            meta_persons = [name for name in meta_persons if name.casefold() not in designers]
        return meta_persons or persons, meta_organisations
    if not _writers(persons) and _writers(meta_persons := _from_meta(data, sites)[0]):
        return meta_persons, []
    return persons, []


def _in_written_case(names: list[str], data: StructuredData, sites: list[str]) -> list[str]:
    """Names the byline sets in capitals, as the author meta writes the same names (The New York Times:
    "By MARC SANTORA, WILLIAM K. RASHBAUM" on the page, "Marc Santora, William K. Rashbaum" in its
    author meta): the capitals are the theme's style, not the names' spelling."""
    if not any(name.isupper() for name in names):
        return names
    written = {name.casefold(): name for name in _from_meta(data, sites)[0] if not name.isupper()}
    return [written.get(name.casefold(), name) if name.isupper() else name for name in names]


def find_authors(page: Page, data: StructuredData) -> list[str]:
    sites = site_names(page, data) + _title_site(data.title)
    persons, organisations = _from_json_ld(data, sites)
    if persons:
        persons = not_credited_otherwise(page, persons)
    if not _writers(persons):
        microdata_persons, microdata_organisations = _from_microdata(page, data, sites)
        persons = microdata_persons or persons
        organisations += microdata_organisations
    # A desk signing in the metadata ("Redacción") gives way to the person the byline names.
    if not [n for n in persons if not is_desk(n)]:
        persons = from_bylines(page, data) or persons
    if not _people(persons, sites):
        persons = from_labels(page) or persons
    persons, meta_organisations = _with_meta(page, persons, data, sites)
    organisations += meta_organisations
    for last_resort in (
        from_opening_byline,
        from_posted_line,
        from_signature,
        from_dateline,
        from_author_links,
        from_author_box,
        from_labelled_date_line,
        from_date_neighbour,
    ):
        if not _people(persons, sites):
            persons = last_resort(page) or persons
    if " " in "".join(persons) and _is_chinese(page, data):
        persons = [part for name in persons for part in split_spaced_han(name)]
    named = [_without_site_tail(n, sites) for n in persons if not _is_site(n, sites)]
    people = [n for n in named if not is_desk(n)]
    if any(not is_agency(n) for n in people):
        return merge_names(_in_written_case(people, data, sites))
    # Nobody named: the agencies and desks that sign, else the organisation.
    return merge_names(named or persons or organisations)
