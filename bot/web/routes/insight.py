"""The insight page: questions per week, unhelpful answers, messages not understood, handoffs."""

import datetime as dt

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse

from bot.content import edits, get_store
from bot.settings import ROOT
from bot.web.editor import insight, suggestions
from bot.web.routes.editor import Editing, editing, editor_page
from bot.web.staff.web import checked, form_values

router = APIRouter(prefix="/staff/content", tags=["insight"])
DOMAIN = ROOT / "domain.yml"
SEE_OTHER = 303


def known_words() -> set[str]:
    """Return place and council names, which redaction leaves in."""
    store = get_store()
    words = set()
    for council in store.councils.values():
        for name in [council.name, council.short_name, *council.places]:
            words.update(name.split())
    for area in store.neighbours:
        for name in [area.name, *area.places]:
            words.update(name.split())
    return words


@router.get("/{council}/insight", response_class=HTMLResponse)
async def show_insight(request: Request, work: Editing = Depends(editing)):
    """Charts and lists of where the assistant helps parents and where it fails them."""
    slug = work.council.slug
    weeks = insight.recent_weeks()
    messages = insight.parent_messages(slug, dt.datetime.combine(weeks[0], dt.time()))
    by_week = insight.questions_by_week(messages, weeks)
    totals = sum(by_week.values(), start=insight.Counter())
    return editor_page(
        request,
        "editor/insight.html",
        work.session,
        council=work.council,
        weeks=weeks,
        by_week=by_week,
        top_topics=totals.most_common(10),
        most=max([sum(c.values()) for c in by_week.values()] + [1]),
        unhelpful=insight.unhelpful(slug),
        missed=insight.not_understood(messages, known_words()),
        handoffs=insight.handoffs_by_week(slug, weeks),
        intents=suggestions.intents(DOMAIN),
        suggested=suggestions.for_council(slug),
    )


@router.post("/{council}/suggestions")
async def suggest(request: Request, work: Editing = Depends(editing)):
    """Turn a not-understood message into a training example suggestion for developers."""
    form = await form_values(request)
    checked(work.session, form.get("csrf_token"))
    text, intent = form.get("text", "").strip(), form.get("intent", "")
    if not text or intent not in suggestions.intents(DOMAIN):
        raise HTTPException(status_code=400)
    suggestions.add(
        work.council.slug, insight.redact(text, known_words())[:500], intent, work.author
    )
    return RedirectResponse(
        f"/staff/content/{work.council.slug}/insight#suggestions", status_code=SEE_OTHER
    )


@router.get("/{council}/export.yml")
async def export_changes(work: Editing = Depends(editing)) -> PlainTextResponse:
    """Download the council's published changes as content/edits/<council>.yml."""
    text = edits.export_council(work.council.slug)
    headers = {"Content-Disposition": f'attachment; filename="{work.council.slug}.yml"'}
    return PlainTextResponse(text, media_type="text/yaml", headers=headers)


@router.get("/{council}/suggestions.yml")
async def export_suggestions(work: Editing = Depends(editing)) -> PlainTextResponse:
    """Download the suggestions as Rasa NLU training data."""
    text = suggestions.as_nlu_yaml(suggestions.for_council(work.council.slug))
    name = f"suggestions-{work.council.slug}.yml"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return PlainTextResponse(text, media_type="text/yaml", headers=headers)
