"""Typed settings for every process, read from the environment in one place."""

import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import BaseSettings, Field

ROOT = Path(__file__).resolve().parent.parent
RUN_DIR = ROOT / ".run"


class Settings(BaseSettings):
    """Settings shared by the web app, the action server and the tools."""

    content_dir: Path = ROOT / "content"
    sources_dir: Path = ROOT.parent / "shared" / "sources"
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_timeout_seconds: float = 15.0
    timezone: str = "Europe/London"
    content_reload_seconds: float = 1.0
    # Pretend it is this local time (such as 2026-11-25T10:30) when deciding whether a line or the
    # live chat is open. For test runs and demonstrations only; empty means the real time.
    pretend_now: str = ""

    # The web app
    frontend_dir: Path = ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk"
    database_url: str = f"sqlite:///{RUN_DIR / 'web.db'}"
    secret_key: str = ""
    secure_cookies: bool = False
    max_message_length: int = 500
    exit_url: str = "https://www.bbc.co.uk/weather"
    frame_ancestors: str = "'self'"
    handoff_wait_seconds: int = 600

    # Retention: conversations, handoffs, notes and callback requests are deleted after this many
    # days without activity; the audit log after audit_retention_days.
    retention_days: int = 30
    audit_retention_days: int = 365
    # Rasa's SQL tracker store (the same variable endpoints.yml reads), for deleting old trackers.
    tracker_store_url: str = Field("", env="TRACKER_STORE_URL")

    class Config:  # noqa: D106
        env_prefix = "CP_"

    @property
    def locales_dir(self) -> Path:
        """Return the folder of interface translations."""
        return self.content_dir / "locales"

    def session_secret(self) -> str:
        """Return the key that signs session cookies: CP_SECRET_KEY, or one kept in .run/."""
        if self.secret_key:
            return self.secret_key
        key_file = RUN_DIR / "secret-key"
        if not key_file.exists():
            RUN_DIR.mkdir(exist_ok=True)
            key_file.write_text(secrets.token_urlsafe(32))
            key_file.chmod(0o600)
        return key_file.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    """Return the process's settings (cached; tests may clear the cache)."""
    return Settings()
