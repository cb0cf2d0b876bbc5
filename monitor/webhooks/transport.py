"""An httpx transport whose connections go only to addresses the destination guard approved.

Checking a host's addresses and then letting httpx resolve it again leaves a gap: a DNS server can
answer with a public address for the check and a private one for the connection (DNS rebinding). Here
the check *is* the resolution: the network backend resolves the host, refuses it if any address is not
public (unless private destinations are allowed), and connects to the checked address itself. TLS still
verifies the certificate against the URL's host name (httpcore takes SNI from the request's origin).
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any

import certifi
import httpcore
import httpx

from monitor.webhooks.guard import resolve_checked

MAX_RESPONSE_BYTES = 64 * 1024  # receivers' answers are read (then dropped) up to this much


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, allow_private: bool) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._allow_private = allow_private

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's backend interface)
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await resolve_checked(host, port, self._allow_private)
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not webhook destinations")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 over connections to guard-approved addresses only."""

    def __init__(
        self, allow_private: bool, *, max_connections: int = 20, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context or ssl.create_default_context(cafile=certifi.where()),
            max_connections=max_connections,
            network_backend=_GuardedBackend(allow_private),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=request.headers.raw,
            content=request.stream,  # type: ignore[arg-type]
            extensions=request.extensions,
        )
        try:
            response = await self._pool.handle_async_request(core_request)
            body = bytearray()
            try:
                async for chunk in response.stream:  # type: ignore[union-attr]
                    body += chunk
                    if len(body) >= MAX_RESPONSE_BYTES:
                        break
            finally:
                await response.aclose()
        except httpcore.TimeoutException as exc:
            raise httpx.TimeoutException(str(exc) or type(exc).__name__, request=request) from exc
        except httpcore.ConnectError as exc:
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
        except (httpcore.NetworkError, httpcore.ProtocolError) as exc:
            raise httpx.TransportError(f"{type(exc).__name__}: {exc}", request=request) from exc
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            content=bytes(body),
            extensions={k: v for k, v in response.extensions.items() if k != "network_stream"},
        )

    async def aclose(self) -> None:
        await self._pool.aclose()
