"""The start page: the councils this assistant covers."""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from bot.content import get_store
from bot.web.templating import templates

router = APIRouter(tags=["home"])


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    """List the councils covered, each with its slug for the REST metadata."""
    councils = get_store().covered_councils()
    return templates.TemplateResponse(request, "views/index.html", {"councils": councils})
