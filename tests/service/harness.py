"""Run `newswatch serve` as a real subprocess, read its JSON log lines, and receive its webhooks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

NEWSWATCH = [sys.executable, "-m", "newswatch.cli"]
FAST_SCRAPY = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "RETRY_TIMES": 0,
}


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value))


def write_config(
    path: Path,
    *,
    database_url: str,
    sources: list[dict[str, Any]],
    rules: list[dict[str, Any]] = (),  # type: ignore[assignment]
    service: dict[str, Any] | None = None,
    scrapy: dict[str, Any] | None = None,
) -> Path:
    lines = [f"database_url = {toml_value(database_url)}", "allow_private_destinations = true", ""]
    for source in sources:
        lines.append("[[sources]]")
        lines += [f"{k} = {toml_value(v)}" for k, v in source.items()]
        lines.append("")
    for rule in rules:
        lines.append("[[rules]]")
        lines += [f"{k} = {toml_value(v)}" for k, v in rule.items()]
        lines.append("")
    lines.append("[service]")
    lines += [f"{k} = {toml_value(v)}" for k, v in (service or {}).items()]
    lines.append("")
    lines.append("[service.scrapy]")
    lines += [f"{k} = {toml_value(v)}" for k, v in {**FAST_SCRAPY, **(scrapy or {})}.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_cli(*args: str, config: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*NEWSWATCH, *args, "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_env(),
        cwd=config.parent,
    )


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return env


@dataclass
class ServeProcess:
    """`newswatch serve --config FILE` in a subprocess; every stdout line is kept (parsed when JSON)."""

    config: Path
    process: subprocess.Popen[str] | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    raw_lines: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __enter__(self) -> ServeProcess:
        self.process = subprocess.Popen(
            [*NEWSWATCH, "serve", "--config", str(self.config)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=_env(),
            cwd=self.config.parent,
        )
        threading.Thread(target=self._read, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def _read(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            with self._lock:
                self.raw_lines.append(line.rstrip("\n"))
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                entry["_received"] = time.monotonic()
                self.events.append(entry)

    def find(self, event: str, **match: Any) -> list[dict[str, Any]]:
        with self._lock:
            return [
                e
                for e in self.events
                if e.get("event") == event and all(e.get(k) == v for k, v in match.items())
            ]

    def wait_for(
        self, event: str, *, count: int = 1, timeout: float = 60, **match: Any
    ) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.find(event, **match)
            if len(found) >= count:
                return found
            if self.process is not None and self.process.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(
            f"no {count}x {event!r} {match} within {timeout}s; output tail:\n"
            + "\n".join(self.raw_lines[-40:])
        )

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> int:
        assert self.process is not None
        self.process.send_signal(sig)
        return self.process.wait(timeout)


@dataclass(frozen=True)
class Received:
    at: float
    headers: dict[str, str]
    body: bytes


class Receiver:
    """A webhook receiver on 127.0.0.1 that records every POST and answers 204."""

    def __init__(self, *, delay: float = 0.0) -> None:
        self.requests: list[Received] = []
        self.arrivals: list[float] = []  # when each request started arriving (before any delay)
        self.delay = delay  # seconds to wait before answering: a slow receiver
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with receiver._lock:
                    receiver.arrivals.append(time.monotonic())
                if receiver.delay:
                    time.sleep(receiver.delay)
                with receiver._lock:
                    receiver.requests.append(
                        Received(time.monotonic(), {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/hook"

    def received(self) -> list[Received]:
        with self._lock:
            return list(self.requests)

    def wait(self, predicate: Callable[[list[Received]], bool], timeout: float) -> list[Received]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.received()
            if predicate(got):
                return got
            time.sleep(0.05)
        return self.received()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
