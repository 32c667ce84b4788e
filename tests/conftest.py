import pytest

from bot.content import get_store, load_content, reset_store
from bot.settings import get_settings


@pytest.fixture(scope="session")
def store():
    return load_content(get_settings().content_dir)


@pytest.fixture(autouse=True)
def _fresh_settings():
    get_settings.cache_clear()
    reset_store()
    yield
    get_settings.cache_clear()
    reset_store()


@pytest.fixture
def live_store():
    return get_store()
