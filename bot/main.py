"""Assembles the web app: routers, templates and settings. Run with `uvicorn bot.main:app`."""

from fastapi import FastAPI

from bot.web.routes import health, home


def create_app() -> FastAPI:
    """Build the FastAPI app with every router."""
    app = FastAPI(title="Child protection assistant", docs_url=None, redoc_url=None)
    app.include_router(health.router)
    app.include_router(home.router)
    return app


app = create_app()
