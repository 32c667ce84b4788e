"""Typed settings for every process, read from the environment in one place."""

from functools import lru_cache
from pathlib import Path

from pydantic import BaseSettings

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Settings shared by the web app, the action server and the tools."""

    content_dir: Path = ROOT / "content"
    sources_dir: Path = ROOT.parent / "shared" / "sources"
    rasa_url: str = "http://localhost:5005"
    timezone: str = "Europe/London"
    content_reload_seconds: float = 1.0

    class Config:  # noqa: D106
        env_prefix = "CP_"


@lru_cache
def get_settings() -> Settings:
    """Return the process's settings (cached; tests may clear the cache)."""
    return Settings()
