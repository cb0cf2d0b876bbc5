"""Alerts suite fixtures.

`database_url` here overrides the root one: instead of creating and migrating a fresh database for
every test (about a second each on PostgreSQL), each backend gets one migrated database per session and
every test starts from empty tables. Still a real SQLite file and a real PostgreSQL server.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import inspect

from crawler.archive import migrate
from crawler.archive.db import get_engine
from crawler.archive.models import Base
from tests.alerts.helpers import RestoreLogging
from tests.conftest import _fresh_postgres_database


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    with RestoreLogging():
        yield


@pytest.fixture(scope="session")
def _sqlite_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('alerts') / 'archive.db'}"
    migrate.upgrade(url)
    yield url
    get_engine(url).dispose()


@pytest.fixture(scope="session")
def _postgres_database() -> Iterator[str]:
    for url in _fresh_postgres_database():
        migrate.upgrade(url)
        yield url


def _empty_all_tables(url: str) -> None:
    engine = get_engine(url)
    existing = set(inspect(engine).get_table_names())
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in existing:
                conn.execute(table.delete())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """A migrated database with empty tables, on each backend."""
    name = "_sqlite_database" if request.param == "sqlite" else "_postgres_database"
    url = request.getfixturevalue(name)
    _empty_all_tables(url)
    return url
