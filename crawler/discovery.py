"""Finding stories: feeds, sitemaps, robots.txt and links, and telling listing URLs from story URLs.

Pure functions over bytes and URLs, so the spider stays a thin layer that only makes requests.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree

from crawler.urls import ACCOUNT_PATH_WORDS, join_url, normalise_url, site_of


@dataclass(frozen=True)
class Entry:
    """A story URL announced by a feed or sitemap, with the dates it announces."""

    url: str
    modified: dt.datetime | None = None
    published: dt.datetime | None = None
    title: str | None = None


_XML_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
_LISTING_PATH = re.compile(
    r"/(?:category|categories|tag|tags|topic|topics|section|sections|author|authors|rubrik|ressort|"
    r"kategorie|categoria|categorie|archive|archives|search)(?:/|$)|/page/\d+/?$|^/\d{4}/(?:\d{2}/?)?$|^/$",
    re.I,
)
_SKIP_PATH = re.compile(
    rf"/(?:{ACCOUNT_PATH_WORDS}|"
    r"wp-admin|wp-login\.php|wp-json|xmlrpc\.php|cdn-cgi|comments|trackback|embed|recommends|redirect|goto)(?:/|$)|"
    r"/feed/?$|/print/?$|"
    r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|pdf|zip|gz|mp3|mp4|avi|mov|docx?|xlsx?|pptx?|woff2?|ttf|xml|rss)$",
    re.I,
)
# (An affiliate's or link counter's redirect, "/recommends/…", leaves the site; "?feed=rss2" is a feed, which
# the feed links of the page's <head> announce properly. A "/visit/…" path may be a travel section's story
# here, where a story missed costs more than a link fetched in vain.)
_SKIP_QUERY = re.compile(r"(?:^|&)(?:replytocom|share|s|add-to-cart|action|lang|feed)=", re.I)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_feed_date(text: str | None) -> dt.datetime | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, sitemaps); naive results are taken as UTC."""
    if not text or not text.strip():
        return None
    text = text.strip()
    value: dt.datetime | None
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            value = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value


def maybe_gunzip(body: bytes) -> bytes:
    if body[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(body)
        except (OSError, EOFError):
            return b""
    return body


def _gunzip_head(body: bytes, size: int = 4096) -> bytes:
    """The first bytes of a gzipped body, without inflating all of it just to sniff its kind."""
    try:
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS).decompress(body, size)
    except zlib.error:
        return b""


def document_kind(body: bytes, content_type: str = "") -> str:
    """'feed', 'sitemap', 'html' or 'other', by sniffing the first bytes (servers mislabel often)."""
    head = _gunzip_head(body) if body[:2] == b"\x1f\x8b" else body[:4096]
    head = head.lstrip().lower()
    if re.search(rb"<(?:\w+:)?(?:rss|feed|rdf:rdf)[\s>]", head[:2048]):
        return "feed"
    if re.search(rb"<(?:\w+:)?(?:urlset|sitemapindex)[\s>]", head[:2048]):
        return "sitemap"
    ctype = content_type.lower()
    if "html" in ctype or re.search(rb"<(?:!doctype html|html|head|body)[\s>]", head):
        return "html"
    return "other"


def parse_feed(body: bytes, base_url: str) -> list[Entry]:
    """RSS 2.0, RSS 1.0 (RDF) and Atom items."""
    try:
        root = etree.fromstring(maybe_gunzip(body), _XML_PARSER)
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    entries = (_feed_entry(item, base_url) for item in root.iter() if _local(item.tag) in ("item", "entry"))
    return [entry for entry in entries if entry is not None]


def _feed_entry(item: etree._Element, base_url: str) -> Entry | None:
    """One RSS item or Atom entry; None when it links nowhere. Atom's link is the alternate <link href>,
    RSS's the <link> text, else a permalink <guid>."""
    link = guid = title = None
    published = modified = None
    for child in item:
        tag = _local(child.tag)
        text = (child.text or "").strip()
        if tag == "link":
            link = _feed_link(child, text) or link
        elif tag == "guid" and child.get("isPermaLink", "true") != "false":
            guid = guid or text or None
        elif tag == "title":
            title = text or None
        elif tag in ("pubdate", "published", "date", "issued"):
            published = published or parse_feed_date(text)
        elif tag in ("updated", "modified"):
            modified = parse_feed_date(text)
    url = join_url(base_url, link or guid)
    return Entry(url, modified or published, published, title) if url else None


def _feed_link(child: etree._Element, text: str) -> str | None:
    href = child.get("href")
    if href:
        return href if child.get("rel", "alternate") == "alternate" else None
    return text or None


def parse_sitemap(body: bytes, base_url: str) -> tuple[list[Entry], list[str]]:
    """Story entries of a urlset (with lastmod and Google News publication dates) and child sitemaps."""
    try:
        root = etree.fromstring(maybe_gunzip(body), _XML_PARSER)
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    nodes = (_sitemap_entry(node, base_url) for node in root if _local(node.tag) in ("url", "sitemap"))
    entries = [entry for entry in nodes if entry is not None]
    if _local(root.tag) == "sitemapindex":
        return [], [entry.url for entry in entries]
    return entries, []


def _sitemap_entry(node: etree._Element, base_url: str) -> Entry | None:
    """A <url> or <sitemap> with its first <loc>; None without one. Only a <news:title> is a title."""
    loc = lastmod = published = title = None
    for child in node.iter():
        tag = _local(child.tag)
        text = (child.text or "").strip()
        if tag == "loc" and loc is None:
            loc = text
        elif tag == "lastmod":
            lastmod = parse_feed_date(text)
        elif tag == "publication_date":
            published = parse_feed_date(text)
        elif tag == "title" and child.getparent() is not None and _local(child.getparent().tag) == "news":
            title = text or None
    url = join_url(base_url, loc)
    return Entry(url, lastmod or published, published, title) if url else None


def sitemaps_from_robots(text: str, base_url: str) -> list[str]:
    found = re.findall(r"^\s*sitemap\s*:\s*(\S+)", text, re.I | re.M)
    return [joined for url in found if (joined := join_url(base_url, url))]


def feed_links(tree: etree._Element, base_url: str) -> list[str]:
    """<link rel=alternate type=application/rss+xml|atom+xml> in the page head."""
    urls = []
    for link in tree.iterfind(".//link[@rel='alternate'][@href]"):
        kind = (link.get("type") or "").lower()
        if ("rss" in kind or "atom" in kind) and (url := join_url(base_url, link.get("href"))):
            urls.append(url)
    return urls


def same_site(url: str, sites: Iterable[str]) -> bool:
    host = site_of(url)
    return any(host == site or host.endswith("." + site) for site in sites)


def link_kind(url: str) -> str | None:
    """'listing', 'story' (a candidate: only the page can confirm) or None for links not worth fetching."""
    try:
        url = normalise_url(url)
    except ValueError:
        return None
    parts = urlsplit(url)
    if _SKIP_PATH.search(parts.path) or _SKIP_QUERY.search(parts.query):
        return None
    if parts.path == "/" and re.match(r"^p=\d+$", parts.query):
        return "story"  # a WordPress shortlink
    if _LISTING_PATH.search(parts.path) or re.match(r"^paged?=\d+$", parts.query):
        return "listing"
    return "story"


def page_links(tree: etree._Element, base_url: str) -> list[str]:
    links = []
    for anchor in tree.iterfind(".//a[@href]"):
        href = anchor.get("href", "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        if url := join_url(base_url, href):
            links.append(url)
    return links
