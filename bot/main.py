"""Assembles the web app: middleware, static files, routers and error pages."""

import logging
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.sessions import SessionMiddleware

from bot.settings import get_settings
from bot.web.chat.pages import UnknownCouncil
from bot.web.routes import callback, chat, errors, health, staff
from bot.web.security import SecurityHeaders

STATIC_DIR = Path(__file__).parent / "web" / "static"
log = logging.getLogger(__name__)


def create_app() -> FastAPI:
    """Build the FastAPI app with every router."""
    settings = get_settings()
    app = FastAPI(title="Child protection assistant", docs_url=None, redoc_url=None)
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.session_secret(),
        session_cookie="cp_session",
        max_age=None,
        same_site="lax",
        https_only=settings.secure_cookies,
    )
    app.add_middleware(SecurityHeaders, on_error=errors.server_error)
    if not settings.frontend_dir.is_dir():
        log.warning("GOV.UK Frontend is missing at %s: run `make install`", settings.frontend_dir)
    app.mount("/assets", StaticFiles(directory=settings.frontend_dir / "assets", check_dir=False))
    app.mount("/govuk-frontend", StaticFiles(directory=settings.frontend_dir, check_dir=False))
    app.mount("/static", StaticFiles(directory=STATIC_DIR))
    app.include_router(health.router)
    app.include_router(staff.router)
    app.include_router(callback.router)
    app.include_router(chat.router)
    app.add_exception_handler(UnknownCouncil, errors.not_found)
    app.add_exception_handler(staff.NotSignedIn, staff.not_signed_in)
    app.add_exception_handler(HTTPException, errors.http_error)
    return app


app = create_app()
