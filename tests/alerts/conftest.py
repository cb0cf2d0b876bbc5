"""Alerts suite fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.alerts.helpers import RestoreLogging


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    with RestoreLogging():
        yield
