"""Refuse to post to addresses inside the network newswatch runs in (SSRF guard).

A rule's webhook URL is user input; without this guard a rule could make newswatch POST to the metadata
service, a database admin page or anything else only reachable from inside. The host is resolved and
*every* address it resolves to is checked (a name that resolves to one public and one private address
is refused). Loopback, private, link-local, CGNAT and other non-global ranges are refused unless the
configuration allows private destinations explicitly (tests and the loopback example need it).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

_CGNAT = ipaddress.ip_network("100.64.0.0/10")


class DestinationRefused(Exception):
    """The destination is not allowed; the message says why (never includes credentials)."""


def _describe(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why `ip` is not a public destination, or None when it is one."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return _describe(ip.ipv4_mapped)
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.version == 4 and ip in _CGNAT:
        return "a carrier-grade NAT (CGNAT) address"
    if ip.is_private:
        return "a private address"
    if ip.is_multicast or ip.is_unspecified or ip.is_reserved or not ip.is_global:
        return "a non-public address"
    return None


def _refuse(host: str, address: str, why: str) -> DestinationRefused:
    shown = host if host == address else f"{host} ({address})"
    return DestinationRefused(
        f"{shown} is {why}; set allow_private_destinations = true "
        "(or NEWSWATCH_ALLOW_PRIVATE_DESTINATIONS=1) to allow it"
    )


def check_literal(host: str, allow_private: bool) -> None:
    """Check a host that is an IP literal (config-time check; names are resolved at send time)."""
    if allow_private:
        return
    try:
        ip = ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        if host.rstrip(".").lower() == "localhost" or host.rstrip(".").lower().endswith(".localhost"):
            raise _refuse(host, host, "a loopback address") from None
        return
    why = _describe(ip)
    if why:
        raise _refuse(host, str(ip), why)


async def resolve_checked(host: str, port: int, allow_private: bool) -> list[str]:
    """Resolve `host`; refuse it if any address is not public (unless allowed). Returns the addresses.

    The webhook transport connects to exactly these addresses, so what was checked is what is used.
    """
    check_literal(host, allow_private)
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise DestinationRefused(f"cannot resolve {host}: {exc}") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise DestinationRefused(f"{host} resolves to no address")
    if not allow_private:
        for address in addresses:
            why = _describe(ipaddress.ip_address(address.split("%")[0]))
            if why:
                raise _refuse(host, address, why)
    return addresses


async def check_destination(url: str, allow_private: bool) -> None:
    """Refuse a URL that is not http(s) or whose host resolves to a non-public address (unless allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DestinationRefused(f"not an http(s) URL: {parts.scheme}://{parts.hostname or ''}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    await resolve_checked(parts.hostname, port, allow_private)
