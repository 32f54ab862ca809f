"""The Alembic migrations of the database schema (shipped as package data)."""
