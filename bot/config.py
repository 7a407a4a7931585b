"""Settings read from the environment, with defaults that work on a fresh checkout."""
import os
from pathlib import Path

# The project root is the folder that holds the `bot` package.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def database_url() -> str:
    """The case database: $DATABASE_URL, else a SQLite file under var/."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return url
    var = PROJECT_ROOT / "var"
    # SQLite creates the file but not its folder.
    var.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{var / 'cases.db'}"
