"""The content store: council leaflet content, loaded from content/ with fallbacks."""

import threading
import time

from bot.content import changes
from bot.content.edits import load_edits
from bot.content.errors import ContentError
from bot.content.loader import fingerprint, load_content
from bot.content.overlay import apply_changes
from bot.content.store import DEFAULT_LANGUAGE, GENERAL, Answer, ContentStore, StageAnswer
from bot.settings import get_settings

_lock = threading.Lock()
_cache: dict[str, object] = {"store": None, "checked": 0.0, "version": None}


def get_store() -> ContentStore:
    """Return the content, reloaded when a file under content/ changes or an editor publishes."""
    settings = get_settings()
    with _lock:
        store = _cache["store"]
        now = time.monotonic()
        if store is not None and now - _cache["checked"] < settings.content_reload_seconds:
            return store
        _cache["checked"] = now
        version = (fingerprint(settings.content_dir), changes.version())
        if store is None or version != _cache["version"]:
            store = load_content(settings.content_dir)
            apply_changes(store, load_edits(settings.content_dir))
            if version[1] != ("unavailable",):
                apply_changes(store, changes.latest_published())
            _cache.update(store=store, version=version)
        return _cache["store"]


def reset_store() -> None:
    """Forget the cached content (tests use this after changing settings)."""
    with _lock:
        _cache.update(store=None, checked=0.0, version=None)


__all__ = [
    "DEFAULT_LANGUAGE",
    "GENERAL",
    "Answer",
    "ContentError",
    "ContentStore",
    "StageAnswer",
    "get_store",
    "load_content",
    "reset_store",
]
