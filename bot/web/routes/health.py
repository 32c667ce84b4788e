"""Health check for the web app and the assistant behind it."""

import httpx
from fastapi import APIRouter

from bot.settings import get_settings

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict:
    """Say the web app is up, and whether the Rasa server answers."""
    try:
        async with httpx.AsyncClient(timeout=2) as client:
            rasa_ok = (await client.get(get_settings().rasa_url)).status_code == 200
    except httpx.HTTPError:
        rasa_ok = False
    return {"status": "ok", "rasa": "up" if rasa_ok else "down"}
