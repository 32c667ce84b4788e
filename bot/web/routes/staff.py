"""The QARO console: sign-in, the queue, claiming, live chat with the parent, notes, callbacks."""

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, StreamingResponse
from starlette.responses import Response

from bot.settings import get_settings
from bot.web.chat import live
from bot.web.chat.session import csrf_ok
from bot.web.chat.session import csrf_token as page_token
from bot.web.chat.transcript import from_events
from bot.web.chat.view import translator
from bot.web.handoff import queue, service
from bot.web.handoff.queue import Handoff
from bot.web.rasa_client import AssistantUnavailable, conversation_events
from bot.web.staff import accounts, audit
from bot.web.staff.accounts import StaffSession
from bot.web.staff.web import COOKIE, base_context, checked, staff_session
from bot.web.templating import templates

router = APIRouter(prefix="/staff", tags=["staff"])
SEE_OTHER = 303
MAX_REPLY = 2000


def visible_handoff(handoff_id: int, session: StaffSession = Depends(staff_session)) -> Handoff:
    """Return a handoff the member of staff may see; any other is 'not found'."""
    handoff = queue.get(handoff_id)
    if handoff is None or not session.member.may_see(handoff.council):
        raise HTTPException(status_code=404)
    return handoff


def _page(request: Request, view: str, session: StaffSession | None, status_code=200, **values):
    context = {
        **base_context(request, session),
        **values,
    }
    return templates.TemplateResponse(request, view, context, status_code=status_code)


@router.get("/sign-in", response_class=HTMLResponse)
async def sign_in_form(request: Request) -> HTMLResponse:
    """Show the sign-in form."""
    return _page(request, "staff/sign_in.html", None, csrf_token=page_token(request.session))


@router.post("/sign-in")
async def sign_in(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    csrf_token: str = Form(""),
) -> Response:
    """Check the password; start a session in a secure cookie."""
    member = (
        accounts.authenticate(username, password) if csrf_ok(request.session, csrf_token) else None
    )
    if member is None:
        token = page_token(request.session)
        return _page(
            request,
            "staff/sign_in.html",
            None,
            400,
            csrf_token=token,
            failed=True,
            locked=accounts.locked_out(username),
            username=username,
        )
    start = "/staff/"
    if not member.councils and member.edits_anything:
        start = "/staff/content/"
    elif not member.councils and member.is_admin:
        start = "/staff/admin/accounts"
    response = RedirectResponse(start, status_code=SEE_OTHER)
    response.set_cookie(
        COOKIE,
        accounts.start_session(member),
        max_age=accounts.SESSION_HOURS * 3600,
        httponly=True,
        samesite="strict",
        secure=get_settings().secure_cookies,
        path="/staff",
    )
    audit.record("sign_in", member.id)
    return response


@router.post("/sign-out")
async def sign_out(
    request: Request, session: StaffSession = Depends(staff_session), csrf_token: str = Form("")
) -> RedirectResponse:
    """End the session."""
    checked(session, csrf_token)
    accounts.end_session(request.cookies.get(COOKIE))
    audit.record("sign_out", session.member.id)
    response = RedirectResponse("/staff/sign-in", status_code=SEE_OTHER)
    response.delete_cookie(COOKIE, path="/staff")
    return response


async def _queue_context(session: StaffSession) -> dict:
    councils = session.member.councils
    for handoff in queue.for_councils(councils, (queue.WAITING,)):
        try:
            await service.expire_if_due(handoff)
        except AssistantUnavailable:
            pass
    handoffs = queue.for_councils(councils)
    return {
        "waiting": [h for h in handoffs if h.status == queue.WAITING],
        "active": [h for h in handoffs if h.status == queue.ACTIVE],
        "callbacks": queue.open_callbacks(councils),
    }


@router.get("/", response_class=HTMLResponse)
async def show_queue(request: Request, session: StaffSession = Depends(staff_session)):
    """List waiting parents with how long they have waited, chats in progress and callbacks."""
    return _page(request, "staff/queue.html", session, **await _queue_context(session))


@router.get("/api/queue")
async def queue_fragment(request: Request, session: StaffSession = Depends(staff_session)):
    """Return the queue as HTML for the page's script to refresh."""
    context = {**base_context(request, session), **await _queue_context(session)}
    return JSONResponse({"html": templates.get_template("staff/_queue.html").render(context)})


def _conversation_context(handoff: Handoff, events: list[dict]) -> dict:
    return {
        "handoff": handoff,
        "messages": from_events(events, {}),
        "cursor": len(events),
        "notes": queue.notes_for(handoff.id),
    }


@router.get("/conversations/{handoff_id}", response_class=HTMLResponse)
async def show_conversation(
    request: Request,
    handoff: Handoff = Depends(visible_handoff),
    session: StaffSession = Depends(staff_session),
):
    """Show the whole conversation from the tracker, the notes and what can be done next."""
    handoff = await service.expire_if_due(handoff)
    events = await conversation_events(handoff.sender_id)
    audit.record("read", session.member.id, handoff.council, handoff_id=handoff.id)
    context = _conversation_context(handoff, events)
    return _page(request, "staff/conversation.html", session, **context)


def _back(handoff: Handoff, flash: str = "") -> RedirectResponse:
    suffix = f"?flash={flash}" if flash else ""
    return RedirectResponse(f"/staff/conversations/{handoff.id}{suffix}", status_code=SEE_OTHER)


@router.post("/conversations/{handoff_id}/claim")
async def claim(
    request: Request,
    handoff: Handoff = Depends(visible_handoff),
    session: StaffSession = Depends(staff_session),
    csrf_token: str = Form(""),
) -> RedirectResponse:
    """Claim the parent; if someone was quicker, say so."""
    checked(session, csrf_token)
    claimed = await service.claim(handoff, session.member)
    return _back(handoff, "" if claimed else "taken")


def _holding(handoff: Handoff, session: StaffSession) -> None:
    if handoff.status != queue.ACTIVE or handoff.claimed_by != session.member.id:
        raise HTTPException(status_code=409, detail="not yours")


def _reply_problem(request: Request, text: str) -> str | None:
    tr = translator(request)
    if not text.strip():
        return tr("staff.reply_empty")
    if len(text) > MAX_REPLY:
        return tr("staff.reply_long", limit=MAX_REPLY, length=len(text))
    return None


@router.post("/conversations/{handoff_id}/messages")
async def send_reply(
    request: Request,
    handoff: Handoff = Depends(visible_handoff),
    session: StaffSession = Depends(staff_session),
    text: str = Form(""),
    csrf_token: str = Form(""),
) -> Response:
    """Send a message to the parent, who sees it straight away."""
    checked(session, csrf_token)
    _holding(handoff, session)
    problem = _reply_problem(request, text)
    if problem:
        events = await conversation_events(handoff.sender_id)
        context = {**_conversation_context(handoff, events), "reply_error": problem}
        return _page(request, "staff/conversation.html", session, 400, reply_draft=text, **context)
    text = text.strip()
    await service.reply(handoff, session.member, text)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"sent": True})
    return _back(handoff)


@router.post("/conversations/{handoff_id}/notes")
async def add_note(
    request: Request,
    handoff: Handoff = Depends(visible_handoff),
    session: StaffSession = Depends(staff_session),
    text: str = Form(""),
    csrf_token: str = Form(""),
) -> RedirectResponse:
    """Add a private note that only staff see."""
    checked(session, csrf_token)
    if text.strip():
        queue.add_note(handoff.id, session.member.id, text.strip()[:MAX_REPLY])
        audit.record("note", session.member.id, handoff.council, handoff_id=handoff.id)
    return _back(handoff)


async def _finish(request, handoff, session, token, status) -> RedirectResponse:
    checked(session, token)
    _holding(handoff, session)
    await service.finish(handoff, session.member, status)
    return _back(handoff)


@router.post("/conversations/{handoff_id}/hand-back")
async def hand_back(
    request: Request,
    handoff: Handoff = Depends(visible_handoff),
    session: StaffSession = Depends(staff_session),
    csrf_token: str = Form(""),
) -> RedirectResponse:
    """Give the conversation back to the assistant."""
    return await _finish(request, handoff, session, csrf_token, queue.HANDED_BACK)


@router.post("/conversations/{handoff_id}/close")
async def close(
    request: Request,
    handoff: Handoff = Depends(visible_handoff),
    session: StaffSession = Depends(staff_session),
    csrf_token: str = Form(""),
) -> RedirectResponse:
    """End the chat; the assistant answers any further questions."""
    return await _finish(request, handoff, session, csrf_token, queue.CLOSED)


@router.get("/conversations/{handoff_id}/updates")
async def conversation_updates(
    request: Request,
    handoff: Handoff = Depends(visible_handoff),
    session: StaffSession = Depends(staff_session),
    after: int = 0,
) -> StreamingResponse:
    """Push the parent's new messages (and the conversation's status) to the officer's page."""
    base = base_context(request, session)

    async def update(new_events: list[dict], cursor: int) -> tuple[dict, bool]:
        current = queue.get(handoff.id)
        context = {**base, "handoff": current, "messages": from_events(new_events, {})}
        data = {
            "html": templates.get_template("staff/_messages.html").render(context),
            "status": templates.get_template("staff/_status.html").render(context),
            "live": current.is_open,
            "state": current.status,
        }
        return data, current.is_open

    stream = live.stream(request, handoff.sender_id, live.cursor_from(request, after), update)
    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream, media_type="text/event-stream", headers=headers)


@router.post("/callbacks/{callback_id}/done")
async def callback_done(
    request: Request,
    callback_id: int,
    session: StaffSession = Depends(staff_session),
    csrf_token: str = Form(""),
) -> RedirectResponse:
    """Mark a callback request as dealt with."""
    checked(session, csrf_token)
    request_row = queue.callback(callback_id)
    if request_row is None or not session.member.may_see(request_row["council"]):
        raise HTTPException(status_code=404)
    if queue.complete_callback(callback_id, session.member.id):
        audit.record(
            "callback_done", session.member.id, request_row["council"], callback_id=callback_id
        )
    return RedirectResponse("/staff/", status_code=SEE_OTHER)
