"""Alembic owns the schema; this package makes the migrations importable from an installed newswatch."""
