"""`make container-test`: build the Dockerfile and prove the image works with container-check.

The image must start, apply migrations, crawl a loopback portal (host network), post a signed webhook
for a story published while it runs, answer its HEALTHCHECK, run as a non-root user, keep its database
on /data, and exit 0 on SIGTERM (its STOPSIGNAL). Exits 0 with a message when container-check is not
available or this is not root (it cannot run there). A machine without podman is no reason to skip:
container-check installs podman, runc and debootstrap with apt-get on first use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.portal.harbour import harbour_portal  # noqa: E402
from tests.portal.server import Portal  # noqa: E402
from tests.service.harness import Receiver  # noqa: E402

TOOL = Path(os.environ.get("CONTAINER_CHECK", ROOT.parent / "shared" / "tools" / "container-check"))
IMAGE = "localhost/newswatch:container-test"
UID = 10001


def cc(*args: str, check: bool = True, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(TOOL), *args], capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise SystemExit(
            f"container-test: `container-check {' '.join(args)}` failed ({result.returncode}):\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return result


def step(message: str) -> None:
    print(f"container-test: {message}", flush=True)


def main() -> int:
    if not TOOL.is_file() or not os.access(TOOL, os.X_OK):
        step(f"skipped: {TOOL} is not available")
        return 0
    if os.geteuid() != 0:
        step("skipped: container-check must run as root")
        return 0
    began = time.monotonic()
    step(f"building {IMAGE}")
    cc("build", "--context", str(ROOT), "--tag", IMAGE)
    step(f"built in {time.monotonic() - began:.0f}s")

    name = f"nw-ct-{uuid.uuid4().hex[:8]}"
    receiver = Receiver()
    with tempfile.TemporaryDirectory(prefix="newswatch-ct-") as tmp, harbour_portal(stories=15) as portal:
        config_dir, data_dir = Path(tmp, "config"), Path(tmp, "data")
        config_dir.mkdir()
        data_dir.mkdir()
        os.chown(data_dir, UID, UID)
        (config_dir / "newswatch.toml").write_text(
            f"""# database_url is left to the image's default: sqlite:///data/newswatch.db on the /data volume
allow_private_destinations = true   # the test's receiver is on 127.0.0.1

[[rules]]
name = "ferries"
query = "ferry"
webhook_url = "{receiver.url}"
secret = "whsec_bmV3c3dhdGNoLWNvbnRhaW5lci10ZXN0LXNlY3JldA=="

[[sources]]
name = "harbour"
start_urls = ["{portal.url}"]
feeds = ["{portal.url}feed/"]
interval = "5s"

[service]
heartbeat_interval = "2s"
heartbeat_stale_after = "20s"
grace_period = "20s"

[service.scrapy]
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = false
""",
            encoding="utf-8",
        )
        os.chmod(config_dir / "newswatch.toml", 0o644)
        step(f"starting {name} against the portal at {portal.url}")
        cc("run", "-d", "--name", name, "-v", f"{config_dir}:/config:ro", "-v", f"{data_dir}:/data", IMAGE)
        try:
            return _check_running(name, portal, receiver, data_dir, began)
        finally:
            subprocess.run([str(TOOL), "rm", "-f", name], capture_output=True, timeout=60)
            receiver.close()


def _events(name: str) -> list[dict]:
    events = []
    for line in cc("logs", name, check=False).stdout.splitlines():
        try:
            events.append(json.loads(line))
        except ValueError:
            continue
    return events


def _check_running(name: str, portal: Portal, receiver: Receiver, data_dir: Path, began: float) -> int:
    health = cc("healthcheck", "--wait", "120", name, check=False)
    if health.returncode != 0:
        print(cc("logs", name, check=False).stdout[-4000:])
        raise SystemExit(f"container-test: HEALTHCHECK never passed: {health.stdout}{health.stderr}")
    step(f"HEALTHCHECK: {health.stdout.strip()}")

    deadline = time.monotonic() + 120
    finished: list[dict] = []
    while time.monotonic() < deadline:
        events = _events(name)
        finished = [e for e in events if e.get("event") == "crawl finished"]
        if finished:
            break
        time.sleep(1)
    if not finished:
        print(cc("logs", name, check=False).stdout[-4000:])
        raise SystemExit("container-test: no crawl finished within 120s")
    events = _events(name)
    assert any(e.get("event") == "applying migrations" for e in events), (
        "migrations were not applied at start"
    )
    first = finished[0]
    assert first.get("articles_new") == 15, f"expected 15 new stories, got {first}"
    fetched = {h.path for h in portal.hits() if h.status == 200}
    assert portal.article_paths() <= fetched, "not every story page was fetched"
    step(
        f"crawled the loopback portal: {first.get('articles_new')} new stories, "
        f"{first.get('pages_fetched')} pages"
    )

    # A story published now reaches the webhook receiver on the host, once; the first crawl sent none.
    assert not receiver.received(), "the first crawl must not alert"
    portal.publish(
        "ferry-timetable-cut", "Ferry timetable cut", "The winter ferry timetable loses two crossings."
    )
    got = receiver.wait(lambda r: len(r) >= 1, timeout=60)
    assert len(got) == 1, f"expected one webhook, got {len(got)}"
    assert got[0].headers.get("webhook-signature", "").startswith("v1,"), got[0].headers
    assert b"Ferry timetable cut" in got[0].body
    step(f"webhook received from the container: {got[0].headers['webhook-id']}")

    whoami = cc("exec", name, "--", "id", "-u").stdout.strip()
    assert whoami == str(UID), f"the image runs as uid {whoami}, not the unprivileged {UID}"
    status = cc("exec", name, "--", "newswatch", "status").stdout
    step("newswatch status inside the container:\n" + status)
    assert (data_dir / "newswatch.db").is_file(), "the database is not on the /data volume"

    stop = cc("stop", name, "--timeout", "40")
    code = stop.stdout.strip().splitlines()[-1] if stop.stdout.strip() else "?"
    assert code == "0", (
        f"SIGTERM: the container exited {code}, not 0\n" + cc("logs", name, check=False).stdout[-3000:]
    )
    assert any(e.get("event") == "service stopped" for e in _events(name)), "no 'service stopped' log line"
    step(f"SIGTERM: exit code {code}; whole check took {time.monotonic() - began:.0f}s")
    step("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
