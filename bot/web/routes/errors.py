"""Pages for addresses that do not exist and for unexpected errors: never a stack trace."""

import logging

from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException

from bot.web.chat.view import common_context, translator
from bot.web.templating import templates

log = logging.getLogger(__name__)


def _page(request: Request, view: str, status_code: int) -> HTMLResponse:
    context = common_context(request, translator(request))
    return templates.TemplateResponse(request, view, context, status_code=status_code)


async def not_found(request: Request, exc: Exception) -> HTMLResponse:
    """Say the page does not exist and list the councils that do."""
    return _page(request, "views/not_found.html", 404)


async def http_error(request: Request, exc: HTTPException) -> HTMLResponse:
    """Show 404s as the helpful page; other HTTP errors as a short message."""
    if exc.status_code == 404:
        return await not_found(request, exc)
    return _page(request, "views/error.html", exc.status_code)


async def server_error(request: Request, exc: Exception) -> HTMLResponse:
    """Log the error's type (not the request's content) and show a calm page."""
    log.error("unexpected %s on %s %s", type(exc).__name__, request.method, request.url.path)
    return _page(request, "views/error.html", 500)
