"""Assembles the web app: middleware, static files, routers and error pages."""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.sessions import SessionMiddleware

from bot.settings import get_settings
from bot.web import retention
from bot.web.chat.pages import UnknownCouncil
from bot.web.routes import admin, answers, callback, chat, editor, errors, health, insight, staff
from bot.web.security import SecurityHeaders
from bot.web.staff import web as staff_web

STATIC_DIR = Path(__file__).parent / "web" / "static"
log = logging.getLogger(__name__)
RETENTION_INTERVAL_SECONDS = 24 * 60 * 60


async def _purge_daily() -> None:
    while True:
        try:
            purged = await asyncio.to_thread(retention.purge)
            log.info("retention: %s", purged)
        except Exception as error:  # noqa: BLE001 - keep serving; try again tomorrow
            log.error("retention failed: %s", type(error).__name__)
        await asyncio.sleep(RETENTION_INTERVAL_SECONDS)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Run the retention rules at start-up and once a day while the app runs."""
    task = asyncio.create_task(_purge_daily())
    yield
    task.cancel()


def create_app() -> FastAPI:
    """Build the FastAPI app with every router."""
    settings = get_settings()
    app = FastAPI(
        title="Child protection assistant", docs_url=None, redoc_url=None, lifespan=lifespan
    )
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
    app.include_router(editor.router)
    app.include_router(insight.router)
    app.include_router(admin.router)
    app.include_router(callback.router)
    app.include_router(answers.router)
    app.include_router(chat.router)
    app.add_exception_handler(UnknownCouncil, errors.not_found)
    app.add_exception_handler(staff_web.NotSignedIn, staff_web.not_signed_in)
    app.add_exception_handler(HTTPException, errors.http_error)
    return app


app = create_app()
