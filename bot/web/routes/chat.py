"""The parent's chat page for each council: the no-JavaScript form, the JSON API and transcripts."""

import datetime as dt
import re
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    StreamingResponse,
)
from starlette.responses import Response

from bot.web import storage
from bot.web.chat import live
from bot.web.chat.pages import ChatPage, chat_page
from bot.web.chat.session import ChatSession, csrf_ok
from bot.web.chat.transcript import from_events, from_rest
from bot.web.chat.view import (
    ChatView,
    known_titles,
    message_problem,
    translator,
    unavailable_lines,
)
from bot.web.handoff import queue, service
from bot.web.handoff.queue import Handoff
from bot.web.rasa_client import AssistantUnavailable, conversation_events, send_message
from bot.web.templating import templates

router = APIRouter(tags=["chat"])
TOPIC = re.compile(r"^[a-z0-9_]{1,64}$")
SEE_OTHER = 303


def _render(request: Request, view: ChatView, status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(
        request, "views/chat.html", view.context(request), status_code=status_code
    )


async def _load(view: ChatView, chat: ChatSession) -> ChatView:
    """Fill the view with the conversation so far and any handoff in progress."""
    if not chat.started:
        return view
    handoff = queue.latest_for(chat.sender_id)
    if handoff is not None:
        view.handoff = await service.expire_if_due(handoff)
    events = await conversation_events(chat.sender_id)
    view.messages = from_events(events, known_titles(view.tr.language))
    view.cursor = len(events)
    return view


async def _exchange(
    chat: ChatSession, page: ChatPage, language: str, text: str
) -> tuple[list[dict], Handoff | None]:
    """Send the parent's message; keep a handoff going, or start one the assistant asked for."""
    before = queue.latest_for(chat.sender_id) if chat.started else None
    replies = await send_message(chat.sender_id, text, page.metadata(language))
    chat.mark_started()
    if before is not None and before.is_open:
        await service.answer_crisis(before, text)
        return replies, queue.get(before.id)
    requested = service.requested_handoff(replies)
    if requested:
        council, written_in = requested
        return replies, queue.open_handoff(chat.sender_id, council, written_in or language)
    return replies, None


async def show_chat(request: Request, page: ChatPage = Depends(chat_page)) -> HTMLResponse:
    """Show the chat page with the conversation so far."""
    tr = translator(request)
    view = ChatView(page, tr)
    try:
        await _load(view, ChatSession(request.session, page.key))
    except AssistantUnavailable:
        view.notice = [tr("errors.history_unavailable"), *unavailable_lines(page, tr)[1:]]
    return _render(request, view)


async def post_message(
    request: Request,
    page: ChatPage = Depends(chat_page),
    message: str = Form(""),
    csrf_token: str = Form(""),
) -> Response:
    """Send a message typed without JavaScript, then show the whole conversation again."""
    tr = translator(request)
    chat = ChatSession(request.session, page.key)
    problem = message_problem(message, tr)
    if not csrf_ok(request.session, csrf_token):
        problem = tr("errors.session_expired")
    if problem is None:
        try:
            await _exchange(chat, page, tr.language, message.strip())
        except AssistantUnavailable:
            view = ChatView(page, tr, draft=message, notice=unavailable_lines(page, tr))
            return _render(request, view, status_code=503)
        return RedirectResponse(page.url("/") + "#chat-latest", status_code=SEE_OTHER)
    view = ChatView(page, tr, error=problem, draft=message)
    try:
        await _load(view, chat)
    except AssistantUnavailable:
        view.notice = unavailable_lines(page, tr)
    return _render(request, view, status_code=400)


def _fragments(request: Request, view: ChatView) -> dict[str, Any]:
    """Render the parts of the page the script replaces: new bubbles, quick replies, status."""
    context = view.context(request)
    return {
        "html": templates.get_template("partials/messages.html").render(context),
        "quickReplies": templates.get_template("partials/quick_replies.html").render(context),
        "status": templates.get_template("partials/handoff_status.html").render(context),
        "live": context["handoff"] is not None,
        "cursor": view.cursor,
    }


async def api_message(request: Request, page: ChatPage = Depends(chat_page)) -> JSONResponse:
    """Send a message for the page's script; answer with the new bubbles as HTML."""
    tr = translator(request)
    chat = ChatSession(request.session, page.key)
    try:
        body = await request.json()
        message = str(body.get("message", "")) if isinstance(body, dict) else ""
    except ValueError:
        message = ""
    problem = message_problem(message, tr)
    if not csrf_ok(request.session, request.headers.get("x-csrf-token")):
        problem = tr("errors.session_expired")
    if problem:
        return JSONResponse({"error": problem}, status_code=400)
    try:
        replies, handoff = await _exchange(chat, page, tr.language, message.strip())
        view = ChatView(page, tr, messages=from_rest(replies), handoff=handoff)
        if handoff is not None and handoff.is_open:
            view.cursor = len(await conversation_events(chat.sender_id))
    except AssistantUnavailable:
        return JSONResponse({"error": " ".join(unavailable_lines(page, tr))}, status_code=503)
    return JSONResponse(_fragments(request, view))


async def updates(
    request: Request, page: ChatPage = Depends(chat_page), after: int = 0
) -> StreamingResponse:
    """Push what staff write, and the queue position, to the parent's open page."""
    tr = translator(request)
    chat = ChatSession(request.session, page.key)
    sender = chat.sender_id

    async def update(new_events: list[dict], cursor: int) -> tuple[dict, bool]:
        handoff = queue.latest_for(sender)
        if handoff is not None:
            handoff = await service.expire_if_due(handoff)
        shown = [e for e in new_events if e.get("event") == "bot"]
        view = ChatView(page, tr, messages=from_events(shown, {}), handoff=handoff, cursor=cursor)
        fragments = _fragments(request, view)
        return fragments, fragments["live"]

    stream = live.stream(request, sender, live.cursor_from(request, after), update)
    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream, media_type="text/event-stream", headers=headers)


async def post_feedback(
    request: Request,
    page: ChatPage = Depends(chat_page),
    topic: str = Form(""),
    helpful: str = Form(""),
    csrf_token: str = Form(""),
) -> Response:
    """Store 'was this helpful?' for a topic (no message text) and thank the parent."""
    tr = translator(request)
    wants_json = "application/json" in request.headers.get("accept", "")
    if not (
        TOPIC.match(topic) and helpful in ("yes", "no") and csrf_ok(request.session, csrf_token)
    ):
        if wants_json:
            return JSONResponse({"error": tr("errors.feedback")}, status_code=400)
        return RedirectResponse(page.url("/"), status_code=SEE_OTHER)
    chat = ChatSession(request.session, page.key)
    if topic not in chat.rated():
        storage.record_feedback(page.key, topic, tr.language, helpful == "yes")
        chat.mark_rated(topic)
    if wants_json:
        return JSONResponse({"message": tr("feedback.thanks")})
    return RedirectResponse(page.url("/") + f"#feedback-{topic}", status_code=SEE_OTHER)


async def restart(
    request: Request, page: ChatPage = Depends(chat_page), csrf_token: str = Form("")
) -> RedirectResponse:
    """Start a new conversation on this page."""
    if csrf_ok(request.session, csrf_token):
        ChatSession(request.session, page.key).restart()
    return RedirectResponse(page.url("/"), status_code=SEE_OTHER)


async def _transcript(request: Request, page: ChatPage) -> tuple[ChatView, bool]:
    tr = translator(request)
    view = ChatView(page, tr)
    try:
        await _load(view, ChatSession(request.session, page.key))
        return view, True
    except AssistantUnavailable:
        view.notice = [tr("errors.history_unavailable")]
        return view, False


async def show_transcript(request: Request, page: ChatPage = Depends(chat_page)) -> HTMLResponse:
    """Show the conversation as a clean page to print."""
    view, loaded = await _transcript(request, page)
    context = {**view.context(request), "printed_on": dt.date.today()}
    status = 200 if loaded else 503
    return templates.TemplateResponse(request, "views/transcript.html", context, status_code=status)


async def download_transcript(
    request: Request, page: ChatPage = Depends(chat_page)
) -> PlainTextResponse:
    """Give the conversation as a plain text file."""
    view, loaded = await _transcript(request, page)
    context = {**view.context(request), "printed_on": dt.date.today()}
    text = templates.get_template("text/transcript.txt").render(context)
    headers = {"Content-Disposition": 'attachment; filename="conversation.txt"'}
    return PlainTextResponse(text, status_code=200 if loaded else 503, headers=headers)


for prefix in ("", "/{slug}"):
    router.add_api_route(f"{prefix}/", show_chat, methods=["GET"], response_class=HTMLResponse)
    router.add_api_route(f"{prefix}/", post_message, methods=["POST"])
    router.add_api_route(f"{prefix}/api/messages", api_message, methods=["POST"])
    router.add_api_route(f"{prefix}/api/updates", updates, methods=["GET"])
    router.add_api_route(f"{prefix}/feedback", post_feedback, methods=["POST"])
    router.add_api_route(f"{prefix}/restart", restart, methods=["POST"])
    router.add_api_route(f"{prefix}/conversation", show_transcript, methods=["GET"])
    router.add_api_route(f"{prefix}/conversation.txt", download_transcript, methods=["GET"])
