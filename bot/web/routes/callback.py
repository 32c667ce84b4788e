"""A parent asks to be called back, out of hours or when nobody was free to chat."""

import re

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse
from starlette.responses import Response

from bot.web.chat.pages import ChatPage, UnknownCouncil, chat_page
from bot.web.chat.session import ChatSession, csrf_ok, csrf_token
from bot.web.chat.view import common_context, translator
from bot.web.handoff import queue
from bot.web.templating import templates

router = APIRouter(tags=["callback"])
UK_PHONE = re.compile(r"^(\+44\s?|0)(\d\s?){9,10}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_CONTACT, MAX_TIMES = 200, 500


def callback_page(page: ChatPage = Depends(chat_page)) -> ChatPage:
    """Only councils with a live chat team take callback requests."""
    if page.slug is None or page.council.handoff is None:
        raise UnknownCouncil(page.slug or "")
    return page


def problems(contact: str, times: str, leave: str, tr) -> list[dict[str, str]]:
    """Return the GOV.UK error list for the form, empty if it can be saved."""
    found = []
    contact = contact.strip()
    if (
        not contact
        or len(contact) > MAX_CONTACT
        or not (UK_PHONE.match(contact) or EMAIL.match(contact))
    ):
        found.append({"text": tr("callback.error_contact"), "href": "#contact"})
    if not times.strip():
        found.append({"text": tr("callback.error_times"), "href": "#times"})
    elif len(times) > MAX_TIMES:
        found.append({"text": tr("callback.error_times_long", limit=MAX_TIMES), "href": "#times"})
    if leave not in ("yes", "no"):
        found.append({"text": tr("callback.error_leave"), "href": "#leave"})
    return found


def _form(request: Request, page: ChatPage, status_code: int = 200, **values) -> HTMLResponse:
    context = {
        **common_context(request, translator(request)),
        "page": page,
        "csrf_token": csrf_token(request.session),
        "errors": [],
        "values": {"contact": "", "times": "", "leave": ""},
        **values,
    }
    return templates.TemplateResponse(
        request, "views/callback.html", context, status_code=status_code
    )


async def show_form(request: Request, page: ChatPage = Depends(callback_page)) -> HTMLResponse:
    """Show the callback request form."""
    return _form(request, page)


async def send_form(
    request: Request,
    page: ChatPage = Depends(callback_page),
    contact: str = Form(""),
    times: str = Form(""),
    leave: str = Form(""),
    csrf_token: str = Form(""),
) -> Response:
    """Check and store the request; keep what was typed if anything is wrong."""
    tr = translator(request)
    values = {"contact": contact, "times": times, "leave": leave}
    errors = problems(contact, times, leave, tr)
    if not csrf_ok(request.session, csrf_token):
        errors = [{"text": tr("errors.session_expired"), "href": "#contact"}]
    if errors:
        return _form(request, page, status_code=400, errors=errors, values=values)
    chat = ChatSession(request.session, page.key)
    sender = chat.sender_id if chat.started else ""
    queue.add_callback(page.key, sender, contact.strip(), times.strip(), leave == "yes")
    return _form(request, page, done=True)


router.add_api_route("/{slug}/callback", show_form, methods=["GET"], response_class=HTMLResponse)
router.add_api_route("/{slug}/callback", send_form, methods=["POST"])
