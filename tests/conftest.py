"""Shared fixtures: real databases (a SQLite file, a fresh PostgreSQL database) migrated by Alembic."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from crawler.archive import migrate
from crawler.archive.db import get_engine

POSTGRES_URL = os.environ.get("NEWSWATCH_TEST_POSTGRES_URL")


def _fresh_postgres_database() -> Iterator[str]:
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server: run the suite with `make test` (NEWSWATCH_TEST_POSTGRES_URL)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        get_engine(url).dispose()
        get_engine.cache_clear()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A database with no tables yet, on each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'archive.db'}"
        yield url
        get_engine(url).dispose()
    else:
        yield from _fresh_postgres_database()


@pytest.fixture
def database_url(empty_database_url: str) -> str:
    """A migrated database on each backend (SQLite file and PostgreSQL)."""
    migrate.upgrade(empty_database_url)
    return empty_database_url
