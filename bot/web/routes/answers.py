"""A page showing one answer, in the parent's language or another (such as the English)."""

import re

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException

from bot.content import ContentError, get_store
from bot.content.shown import ShownAnswer, shown_answer
from bot.settings import get_settings
from bot.web.chat.pages import ChatPage, chat_page
from bot.web.chat.view import common_context, translator
from bot.web.i18n import language_choices
from bot.web.templating import templates

router = APIRouter(tags=["answers"])
KEY = re.compile(r"^[a-z0-9_]{1,64}$")


def _answer(page: ChatPage, key: str, language: str) -> ShownAnswer:
    if not KEY.match(key):
        raise HTTPException(status_code=404)
    try:
        return shown_answer(get_store(), page.slug, key, language)
    except ContentError as error:
        raise HTTPException(status_code=404) from error


def _other_languages(page: ChatPage, key: str, shown: ShownAnswer) -> list[tuple[str, str]]:
    """Return the languages this answer is written in, other than the one shown."""
    choices = language_choices(get_settings().locales_dir)
    return [
        (code, name)
        for code, name in choices
        if code != shown.language and _answer(page, key, code).language == code
    ]


async def show_answer(
    request: Request, key: str, page: ChatPage = Depends(chat_page)
) -> HTMLResponse:
    """Show one answer for the page's council, in ?language= (the page's language if absent)."""
    tr = translator(request)
    asked = request.query_params.get("language") or tr.language
    codes = [code for code, _ in language_choices(get_settings().locales_dir)]
    shown = _answer(page, key, asked if asked in codes else tr.language)
    context = {
        **common_context(request, tr),
        "page": page,
        "answer": shown,
        "others": _other_languages(page, key, shown),
    }
    return templates.TemplateResponse(request, "views/answer.html", context)


for prefix in ("", "/{slug}"):
    router.add_api_route(
        f"{prefix}/answers/{{key}}", show_answer, methods=["GET"], response_class=HTMLResponse
    )
