"""Standard Webhooks signatures (https://www.standardwebhooks.com/).

    webhook-signature: v1,<base64 HMAC-SHA256(key, f"{id}.{timestamp}.{body}")> [v1,<...> ...]

One signature per configured secret, so a rule can rotate keys: list the new secret beside the old one,
let receivers switch, then drop the old one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time


def secret_key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix("whsec_"))


def signature(secret: str, webhook_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def signed_headers(
    webhook_id: str, body: bytes, secrets: tuple[str, ...] | list[str], timestamp: int | None = None
) -> dict[str, str]:
    """The three Standard Webhooks headers (plus content-type) for one attempt."""
    if not secrets:
        raise ValueError("at least one secret is needed to sign a webhook")
    ts = int(time.time()) if timestamp is None else timestamp
    return {
        "content-type": "application/json",
        "webhook-id": webhook_id,
        "webhook-timestamp": str(ts),
        "webhook-signature": " ".join(signature(s, webhook_id, ts, body) for s in secrets),
    }
