"""`make run`'s script as a newcomer meets it: the example portal crawled into SQLite, then stopped."""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _lines(stream: object, into: queue.Queue[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        into.put(line)


def _processes_naming(text: str) -> list[int]:
    """Live processes whose command line mentions `text` (our service is started with its config path)."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if text in (proc / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(proc.name))
            except OSError:
                continue
    return found


def test_the_example_archives_the_portal_and_two_sigterms_stop_it_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "NEWSWATCH_EXAMPLE_PORT": str(_free_port()), "NEWSWATCH_EXAMPLE_DATA": str(tmp_path)}
    script = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "run-example")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_lines, args=(script.stdout, lines), daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + 90
    try:
        while not any("archived #3" in line for line in seen) and time.monotonic() < deadline:
            try:
                seen.append(lines.get(timeout=1))
            except queue.Empty:
                assert script.poll() is None, "".join(seen)
        assert any("archived #3" in line for line in seen), "".join(seen)
        assert _processes_naming(str(tmp_path / "example.toml")), "the service is not running"
        # `timeout make run` and make each pass a SIGTERM on: the second must not cut the shutdown short.
        script.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        script.send_signal(signal.SIGTERM)
        assert script.wait(timeout=90) == 0
    finally:
        if script.poll() is None:
            script.kill()
    time.sleep(0.5)
    while not lines.empty():
        seen.append(lines.get())
    output = "".join(seen)
    assert "Traceback" not in output, output
    assert "3 stories in the archive" in output, output
    assert not _processes_naming(str(tmp_path / "example.toml")), "the service outlived the script"
