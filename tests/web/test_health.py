from fastapi.testclient import TestClient

from bot.main import app


def test_health_reports_rasa_down_without_failing(monkeypatch):
    from bot.settings import get_settings

    monkeypatch.setenv("CP_RASA_URL", "http://127.0.0.1:9")
    get_settings.cache_clear()
    response = TestClient(app).get("/healthz")
    assert response.json() == {"status": "ok", "rasa": "down"}
