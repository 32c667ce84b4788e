"""Headers on every response: a strict content security policy, no caching of conversations."""

import secrets
from collections.abc import Awaitable, Callable

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp

from bot.settings import get_settings

ErrorPage = Callable[[Request, Exception], Awaitable[Response]]
STATIC_PREFIXES = ("/assets/", "/govuk-frontend/", "/static/")


def content_security_policy(nonce: str, frame_ancestors: str) -> str:
    """Return the CSP: only this app's own scripts, styles and images."""
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "object-src 'none'",
            f"frame-ancestors {frame_ancestors}",
        ]
    )


class SecurityHeaders(BaseHTTPMiddleware):
    """Adds a per-request CSP nonce and the headers that keep a conversation private."""

    def __init__(self, app: ASGIApp, on_error: ErrorPage):
        super().__init__(app)
        self.on_error = on_error

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        """Set the nonce, call the app, then add the headers."""
        request.state.csp_nonce = secrets.token_urlsafe(16)
        try:
            response = await call_next(request)
        except Exception as error:  # noqa: BLE001 - every unexpected error gets the calm page
            response = await self.on_error(request, error)
        settings = get_settings()
        headers = response.headers
        headers["Content-Security-Policy"] = content_security_policy(
            request.state.csp_nonce, settings.frame_ancestors
        )
        headers["Referrer-Policy"] = "no-referrer"
        headers["X-Content-Type-Options"] = "nosniff"
        if not request.url.path.startswith(STATIC_PREFIXES):
            headers["Cache-Control"] = "no-store"
        return response
