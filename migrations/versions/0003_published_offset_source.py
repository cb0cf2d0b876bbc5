"""Where a story's publication offset comes from: articles.published_offset_source.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

Written by hand to match crawler/archive/models.py. 'page': the page states the offset with the time;
'shown': it states the instant in UTC and shows it at that offset; 'day': it shows only the day, and the
offset is the smallest whole hour that puts the instant on it (a guess); 'country': a time without a zone
read on the clock of the domain's country (a guess). NULL where there is no offset. Stories stored before
this revision keep NULL until they are next crawled (an unchanged story learns it without a new version).

SQLite adds the column with its CHECK in one ALTER TABLE (a batch copy of the table would drop the
table's other CHECK, which SQLite does not reflect); PostgreSQL adds the column, then the constraint.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHECK = "published_offset_source IS NULL OR published_offset_source IN ('page', 'shown', 'day', 'country')"
_NAME = "ck_articles_published_offset_source"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE articles ADD COLUMN published_offset_source VARCHAR(8)"
            f" CONSTRAINT {_NAME} CHECK ({_CHECK})"
        )
        return
    op.add_column("articles", sa.Column("published_offset_source", sa.String(8)))
    op.create_check_constraint(_NAME, "articles", _CHECK)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE articles DROP COLUMN published_offset_source")
        return
    op.drop_constraint(_NAME, "articles", type_="check")
    op.drop_column("articles", "published_offset_source")
