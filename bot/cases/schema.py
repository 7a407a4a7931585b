"""Brings a case database up to the newest schema with Alembic, from code.

Runs on every CaseStore construction, so a fresh SQLite file just works; an
up-to-date database costs one query.
"""
from pathlib import Path
from typing import Optional

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any fixed number: PostgreSQL advisory lock key for "migrating the case schema".
_PG_MIGRATION_LOCK = 7_314_202_601


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # Config is a ConfigParser: '%' (e.g. in ?options=-csearch_path%3D...) must be doubled.
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return cfg


def upgrade(database_url: str, engine: Optional[Engine] = None) -> None:
    """Run `alembic upgrade head`; reuse `engine` (and its connect args) if given."""
    cfg = alembic_config(database_url)
    owned = engine is None
    engine = engine or create_engine(database_url, poolclass=NullPool, future=True)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Two processes starting together must not both create the tables.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        if owned:
            engine.dispose()
