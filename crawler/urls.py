"""URL normalisation: one story, however it is linked, gets one key.

Two functions with different jobs:
- `normalise_url` is what we request and store: tracking parameters, fragments, AMP, print and
  comment-page variants removed, host lower-cased, default port dropped, query sorted. It keeps the scheme.
- `url_key` is what deduplicates: the normalised URL with the scheme folded (http and https are the
  same story) and the trailing slash dropped. `article_urls.url` holds these keys.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid",
        "mc_eid", "_ga", "_gl", "ref", "ref_src", "ref_url", "cmpid", "ncid", "ocid", "sr_share",
        "smid", "soc_src", "soc_trk", "ito", "itm_source", "itm_medium", "itm_campaign",
        "at_medium", "at_campaign", "at_custom1", "at_custom2", "spm", "outputtype",
        "amp", "print", "replytocom", "noamp",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "vero_", "oly_", "__twitter")
# AMP and print variants, and a WordPress story's comment pages ("/story/comment-page-2/"); as a suffix or
# as the path's first part ("/amp/news/…", Incisive's "/print_article/aa/analysis/2111729/…").
_AMP_PATH = re.compile(r"(?:/amp|/amp\.html|\.amp|/print|/print\.html|/comment-page-\d+)/?$", re.I)
_AMP_PREFIX = re.compile(r"^/(?:amp|print|print_article|printarticle)(?=/)", re.I)
_INDEX_PAGE = re.compile(r"/index\.(?:html?|php)$", re.I)
_DEFAULT_PORTS = {"http": "80", "https": "443"}
# The path segments of a reader's account and of the shop (log-in, sign-up and subscription forms, cart): no
# story lies under them. A plain "a|b" list, shared by discovery (links not to follow) and extraction
# (links that are no related story).
ACCOUNT_PATH_WORDS = (
    "login|log-in|logout|register|signup|sign-up|join|subscribe|account|my-account|cart|checkout"
)

# A blog's archive of a year, a month or a day ("/2024/", "/2010/08/", "/2024/05/17/").
_DATE_ARCHIVE = re.compile(r"/(?:19|20)\d\d(/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?)?/?$")


def _clean_query(query: str) -> str:
    kept = [
        (key, value)
        for key, value in parse_qsl(query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMS and not key.lower().startswith(TRACKING_PREFIXES)
    ]
    kept.sort()
    return urlencode(kept, doseq=True, quote_via=quote, safe="/:@!$'()*,;")


def _clean_path(path: str) -> str:
    path = quote(unquote(path), safe="/:@!$&'()*+,;=~%-._")
    path = _AMP_PREFIX.sub("", path)
    path = _AMP_PATH.sub("/", path) if _AMP_PATH.search(path) else path
    path = _INDEX_PAGE.sub("/", path)
    return re.sub(r"/{2,}", "/", path) or "/"


def join_url(base: str, href: str | None) -> str | None:
    """`href` made absolute against `base`; None for an address no URL can be: urllib refuses a host in
    brackets that is no IPv6 address with a ValueError, and CMSs leave placeholders such as
    "http://[ccpa-preferences]" in every page's menu. One such link must not cost the page's others."""
    if not href:
        return None
    try:
        joined = urljoin(base, href)
        urlsplit(joined)
    except ValueError:
        return None
    return joined


def normalise_url(url: str) -> str:
    """The URL we request and store for a link. Raises ValueError for a URL that is not http(s)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = parts.hostname.lower().rstrip(".")
    if host.startswith("amp."):
        host = host[4:]
    port = parts.port
    netloc = host if port is None or str(port) == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    return urlunsplit((scheme, netloc, _clean_path(parts.path), _clean_query(parts.query), ""))


def url_key(url: str) -> str:
    """The deduplication key: the normalised URL without scheme or trailing slash."""
    return key_of_normalised(normalise_url(url))


def key_of_normalised(normalised: str) -> str:
    """`url_key` of a URL that `normalise_url` returned (spares normalising it a second time)."""
    key = normalised.split("://", 1)[1]
    host_path, _, query = key.partition("?")
    host_path = host_path.rstrip("/") if host_path.count("/") > 0 else host_path
    if host_path.startswith("www."):
        host_path = host_path[4:]
    return f"{host_path}?{query}" if query else host_path


def is_date_archive(path: str, *, year_alone: bool = True) -> bool:
    """Whether a URL path ends in a blog's date archive. `year_alone=False` asks for a month at least,
    where a bare year may be a story's number ("/news/2019")."""
    match = _DATE_ARCHIVE.search(path)
    return match is not None and (year_alone or match.group(1) is not None)


def site_of(url: str) -> str:
    """The registrable-ish host a URL belongs to, without a leading www., for staying on a portal."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def same_site(host: str, site: str) -> bool:
    """Whether two hosts belong to one site: the same host, or one a subdomain of the other
    ("link.thesun.co.uk" and "thesun.co.uk", "janedoe.substack.com" and "substack.com")."""
    return host == site or host.endswith("." + site) or site.endswith("." + host)
