"""What every staff page shares: the signed-in session, the CSRF check and the page context."""

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.responses import Response

from bot.web.chat.session import csrf_ok
from bot.web.chat.view import common_context, translator
from bot.web.staff import accounts
from bot.web.staff.accounts import StaffSession
from bot.web.tables import utcnow

COOKIE = "cp_staff"
SEE_OTHER = 303


class NotSignedIn(Exception):
    """The request has no live staff session."""


def staff_session(request: Request) -> StaffSession:
    """Return the signed-in member of staff, or send them to sign in."""
    session = accounts.session_for(request.cookies.get(COOKIE))
    if session is None:
        raise NotSignedIn()
    return session


def checked(session: StaffSession, token: str | None) -> None:
    """Refuse a change whose form or header does not carry the session's CSRF token."""
    if not (token and csrf_ok({"csrf": session.csrf_token}, token)):
        raise HTTPException(status_code=400, detail="bad token")


def base_context(request: Request, session: StaffSession | None) -> dict:
    """Return what every staff page needs: language, service name, who is signed in."""
    tr = translator(request)
    return {
        **common_context(request, tr),
        "service_name": tr("staff.service_name"),
        "service_url": "/staff/",
        "staff": session.member if session else None,
        "staff_csrf": session.csrf_token if session else "",
        "now": utcnow(),
    }


async def not_signed_in(request: Request, exc: NotSignedIn) -> Response:
    """Send a browser to the sign-in page; tell a script it must sign in."""
    if "/api/" in request.url.path or request.url.path.endswith("/updates"):
        return JSONResponse({"error": "sign in"}, status_code=401)
    return RedirectResponse("/staff/sign-in", status_code=SEE_OTHER)


async def form_values(request: Request) -> dict[str, str]:
    """Return a posted form's fields as plain strings."""
    return {key: str(value) for key, value in (await request.form()).items()}
