"""The guarded transport: HTTPS still verifies the URL's host name although it connects to a checked IP."""

from __future__ import annotations

import asyncio
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from monitor.webhooks.guard import DestinationRefused
from monitor.webhooks.transport import GuardedTransport


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(204)
        self.end_headers()


@pytest.fixture
def tls_server(tmp_path: Path):  # type: ignore[no-untyped-def]
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield server.server_address[1], cert
    server.shutdown()
    server.server_close()


def _post(url: str, transport: GuardedTransport) -> int:
    async def go() -> int:
        async with httpx.AsyncClient(transport=transport, timeout=5) as client:
            return (await client.post(url, content=b"{}")).status_code

    return asyncio.run(go())


def test_https_verifies_the_url_host_not_the_pinned_address(tls_server) -> None:  # type: ignore[no-untyped-def]
    port, cert = tls_server
    trusting = ssl.create_default_context(cafile=str(cert))
    assert _post(f"https://localhost:{port}/hook", GuardedTransport(True, ssl_context=trusting)) == 204
    # The certificate names "localhost" only: by IP the name check must fail, though it is the same socket.
    with pytest.raises(httpx.ConnectError, match=r"CERTIFICATE_VERIFY_FAILED|match|mismatch"):
        _post(f"https://127.0.0.1:{port}/hook", GuardedTransport(True, ssl_context=trusting))
    # And with the public CA bundle, a self-signed certificate is refused.
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        _post(f"https://localhost:{port}/hook", GuardedTransport(True))


def test_the_transport_refuses_private_addresses_it_resolves(tls_server) -> None:  # type: ignore[no-untyped-def]
    port, _ = tls_server
    for host in ("localhost", "127.0.0.1", "[::1]"):
        with pytest.raises(DestinationRefused, match="loopback"):
            _post(f"https://{host}:{port}/hook", GuardedTransport(False))
