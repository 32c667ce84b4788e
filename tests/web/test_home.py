from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from bot.main import app


def test_start_page_lists_the_councils():
    response = TestClient(app).get("/")
    assert response.status_code == 200
    page = BeautifulSoup(response.text, "html.parser")
    assert page.select_one("h1").get_text(strip=True) == "Child protection assistant"
    names = [li.select_one(".council-name").get_text() for li in page.select("ul.councils li")]
    assert names == [
        "Dorset Council",
        "Gloucestershire County Council",
        "Leicestershire County Council",
    ]


def test_health_reports_rasa_down_without_failing(monkeypatch):
    from bot.settings import get_settings

    monkeypatch.setenv("CP_RASA_URL", "http://127.0.0.1:9")
    get_settings.cache_clear()
    response = TestClient(app).get("/healthz")
    assert response.json() == {"status": "ok", "rasa": "down"}
