"""Content editors: change answers and contacts, preview, publish, see the history, roll back."""

import difflib
import json
from dataclasses import dataclass

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.responses import Response

from bot.content import ContentError, changes, get_store, load_content
from bot.content.changes import CONTACT, COUNCIL, TOPIC, Change
from bot.content.hours import describe_hours
from bot.content.language import supported_languages
from bot.content.overlay import edited_contact
from bot.content.schema import DAYS, Council
from bot.settings import get_settings
from bot.web.chat.pages import ChatPage
from bot.web.chat.transcript import ASSISTANT, ChatMessage
from bot.web.chat.view import translator
from bot.web.editor import checks, translations
from bot.web.i18n import language_choices
from bot.web.staff.accounts import StaffSession
from bot.web.staff.web import base_context, checked, form_values, staff_session
from bot.web.tables import utcnow
from bot.web.templating import templates

router = APIRouter(prefix="/staff/content", tags=["editor"])
LANGUAGE = "en"
SEE_OTHER = 303


@dataclass(frozen=True)
class Editing:
    """A signed-in editor working on one council's content."""

    session: StaffSession
    council: Council

    @property
    def author(self) -> str:
        """Return the name recorded with each change."""
        return self.session.member.display_name

    def publishes_directly(self) -> bool:
        """Tell whether a change goes live at once, or waits for an approver."""
        return not self.council.requires_approval


def editing(council: str, session: StaffSession = Depends(staff_session)) -> Editing:
    """Return the editor's council; councils they do not edit are 'not found'."""
    store = get_store()
    if not store.is_covered(council) or not session.member.can_edit(council):
        raise HTTPException(status_code=404)
    return Editing(session, store.council(council))


def editor_page(request: Request, view: str, session: StaffSession, status_code=200, **values):
    """Render a content page with what every staff page needs."""
    context = {**base_context(request, session), "days": DAYS, **values}
    return templates.TemplateResponse(request, view, context, status_code=status_code)


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, session: StaffSession = Depends(staff_session)):
    """List the councils this person edits, what is overdue for review, what awaits sign-off."""
    store = get_store()
    member = session.member
    councils = [c for c in store.covered_councils() if member.can_edit(c.slug)]
    today = utcnow().date()
    overdue = {
        c.slug: [
            (key, answer.topic)
            for key in store.topic_keys()
            if (answer := store.answer(c.slug, key, LANGUAGE)).topic.review_by
            and answer.topic.review_by < today
        ]
        for c in councils
    }
    undated = {
        c.slug: [
            k for k in store.topic_keys() if not store.answer(c.slug, k, LANGUAGE).topic.review_by
        ]
        for c in councils
    }
    waiting = changes.pending(frozenset(c.slug for c in councils))
    choices = language_choices(get_settings().locales_dir)
    codes = [code for code, _ in choices]
    awaiting = {c.slug: translations.awaiting_check(store, c.slug, codes) for c in councils}
    return editor_page(
        request,
        "editor/home.html",
        session,
        councils=councils,
        overdue=overdue,
        undated=undated,
        waiting=waiting,
        awaiting=awaiting,
        language_names=dict(choices),
    )


@router.get("/{council}/", response_class=HTMLResponse)
async def council_page(request: Request, work: Editing = Depends(editing)):
    """List the council's answers and contacts, and changes waiting for sign-off."""
    store = get_store()
    topics = [(key, store.answer(work.council.slug, key, LANGUAGE)) for key in store.topic_keys()]
    return editor_page(
        request,
        "editor/council.html",
        work.session,
        council=work.council,
        topics=topics,
        today=utcnow().date(),
        waiting=changes.pending(frozenset({work.council.slug})),
        awaiting=translations.awaiting_check(
            store, work.council.slug, [c for c, _ in language_choices(get_settings().locales_dir)]
        ),
    )


def _preview(council: Council, messages: list[str]) -> list[ChatMessage]:
    store = get_store()
    return [ChatMessage(sender=ASSISTANT, text=store.render(m, council.slug)) for m in messages]


def answer_language(request: Request, form: dict | None = None) -> str:
    """Return the language being edited (English unless another supported one is asked for)."""
    asked = (form or {}).get("language") or request.query_params.get("language") or LANGUAGE
    if asked not in supported_languages(get_settings().content_dir):
        raise HTTPException(status_code=404)
    return asked


def _topic_view(request, work, key, language, status_code=200, **values):
    store = get_store()
    if key not in store.topic_keys():
        raise HTTPException(status_code=404)
    answer = store.answer(work.council.slug, key, language)
    values.setdefault("text", "\n\n".join(answer.topic.messages))
    return editor_page(
        request,
        "editor/topic.html",
        work.session,
        status_code,
        council=work.council,
        key=key,
        answer=answer,
        editing_language=language,
        translated=answer.language == language,
        outdated=store.outdated.get((work.council.slug, key, language)),
        languages=language_choices(get_settings().locales_dir),
        page=ChatPage(slug=work.council.slug, council=work.council),
        direct=work.publishes_directly(),
        **values,
    )


@router.get("/{council}/topics/{key}", response_class=HTMLResponse)
async def edit_topic(request: Request, key: str, work: Editing = Depends(editing)):
    """Show an answer in a form, as the parent sees it, in English or one of its translations."""
    return _topic_view(request, work, key, answer_language(request))


@router.post("/{council}/topics/{key}")
async def save_topic(request: Request, key: str, work: Editing = Depends(editing)) -> Response:
    """Preview the answer, or save it (live at once, or for an approver) if it passes the checks."""
    form = await form_values(request)
    checked(work.session, form.get("csrf_token"))
    language = answer_language(request, form)
    problems = checks.Problems()
    store = get_store()
    translating = language != LANGUAGE
    limit = checks.MAX_TRANSLATED_MESSAGE if translating else checks.MAX_MESSAGE
    messages = checks.check_messages(
        store, work.council.slug, form.get("messages", ""), problems, translator(request), limit
    )
    if translating:
        english = store.answer(work.council.slug, key, LANGUAGE).topic.messages
        checks.check_translation(english, messages, problems, translator(request))
    review_by = checks.check_review_date(form, problems, translator(request))
    values = {"text": form.get("messages", ""), "reason": form.get("reason", ""), "form": form}
    if form.get("action") == "preview":
        preview = [] if problems else _preview(work.council, messages)
        return _topic_view(
            request,
            work,
            key,
            language,
            400 if problems else 200,
            problems=problems,
            preview=preview,
            **values,
        )
    checks.check_reason(form.get("reason", ""), problems, translator(request))
    if problems:
        return _topic_view(request, work, key, language, 400, problems=problems, **values)
    item = (work.council.slug, TOPIC, key, language)
    body = {"messages": messages, **({"review_by": review_by} if review_by else {})}
    if translating:
        body["translated_by"] = work.author
    change = changes.propose(
        item, body, form["reason"].strip(), work.author, work.publishes_directly()
    )
    return RedirectResponse(_saved_url(change), status_code=SEE_OTHER)


def _contact_view(request, work, contact_id, status_code=200, **values):
    contact = get_store().council(work.council.slug).contact(contact_id)
    if contact is None:
        raise HTTPException(status_code=404)
    return editor_page(
        request,
        "editor/contact.html",
        work.session,
        status_code,
        council=work.council,
        contact=contact,
        form=values.pop("form", None) or _contact_form(contact),
        direct=work.publishes_directly(),
        **values,
    )


def _contact_form(contact) -> dict[str, str]:
    form = {"label": contact.label, "phone": contact.phone or ""}
    if contact.hours:
        form.update(opens=contact.hours.opens, closes=contact.hours.closes)
        form.update({f"day_{d}": "on" for d in contact.hours.days})
    return form


@router.get("/{council}/contacts/{contact_id}", response_class=HTMLResponse)
async def edit_contact(request: Request, contact_id: str, work: Editing = Depends(editing)):
    """Show a contact's number, purpose and hours in a form."""
    return _contact_view(request, work, contact_id)


@router.post("/{council}/contacts/{contact_id}")
async def save_contact(request: Request, contact_id: str, work: Editing = Depends(editing)):
    """Preview or save a contact's number, purpose and hours."""
    store = get_store()
    if store.council(work.council.slug).contact(contact_id) is None:
        raise HTTPException(status_code=404)
    form = await form_values(request)
    checked(work.session, form.get("csrf_token"))
    problems = checks.Problems()
    body = checks.check_contact(
        store, work.council.slug, contact_id, form, problems, translator(request)
    )
    if form.get("action") != "preview":
        checks.check_reason(form.get("reason", ""), problems, translator(request))
    if problems or form.get("action") == "preview":
        preview = None if problems else _contact_preview(work, contact_id, body)
        status = 400 if problems else 200
        return _contact_view(
            request,
            work,
            contact_id,
            status,
            form=form,
            problems=problems,
            preview=preview,
            reason=form.get("reason", ""),
        )
    item = (work.council.slug, CONTACT, contact_id, LANGUAGE)
    change = changes.propose(
        item, body, form["reason"].strip(), work.author, work.publishes_directly()
    )
    return RedirectResponse(_saved_url(change), status_code=SEE_OTHER)


def _contact_preview(work: Editing, contact_id: str, body: dict) -> str:
    """Return the line the assistant would give for this contact."""
    store = get_store()
    draft = Change(
        0, work.council.slug, CONTACT, contact_id, LANGUAGE, body, "", "", "", None, utcnow(), None
    )
    contact = edited_contact(store, draft)
    values = {"label": contact.label, **contact.details()}
    if contact.phone and contact.hours:
        hours = describe_hours(store, contact.hours, LANGUAGE)
        return store.render(
            store.text("contact.phone_hours"), work.council.slug, hours=hours, **values
        )
    return store.render(store.text("contact.phone"), work.council.slug, **values)


def _saved_url(change: Change) -> str:
    url = _item_url(change)
    return f"{url}{'&' if '?' in url else '?'}saved={change.status}"


def _item_url(change: Change) -> str:
    if change.kind == COUNCIL:
        return f"/staff/content/{change.council}/details"
    kind = "topics" if change.kind == TOPIC else "contacts"
    url = f"/staff/content/{change.council}/{kind}/{change.key}"
    return url if change.language == LANGUAGE else f"{url}?language={change.language}"


def _details_view(request, work, status_code=200, **values):
    council = get_store().council(work.council.slug)
    values.setdefault(
        "form",
        {
            "name": council.name,
            "short_name": council.short_name,
            "service": council.service,
            "places": "\n".join(council.places),
        },
    )
    return editor_page(
        request,
        "editor/details.html",
        work.session,
        status_code,
        council=council,
        direct=work.publishes_directly(),
        **values,
    )


@router.get("/{council}/details", response_class=HTMLResponse)
async def edit_details(request: Request, work: Editing = Depends(editing)):
    """Show the council's name, service and towns in a form."""
    return _details_view(request, work)


@router.post("/{council}/details")
async def save_details(request: Request, work: Editing = Depends(editing)):
    """Save the council's name, service and towns if they pass the checks."""
    form = await form_values(request)
    checked(work.session, form.get("csrf_token"))
    problems = checks.Problems()
    body = checks.check_details(form, problems, translator(request))
    checks.check_reason(form.get("reason", ""), problems, translator(request))
    if problems:
        return _details_view(
            request, work, 400, form=form, problems=problems, reason=form.get("reason", "")
        )
    item = (work.council.slug, COUNCIL, work.council.slug, LANGUAGE)
    change = changes.propose(
        item, body, form["reason"].strip(), work.author, work.publishes_directly()
    )
    return RedirectResponse(_saved_url(change), status_code=SEE_OTHER)


def _diff(older: Change | None, newer: Change) -> list[tuple[str, str]]:
    before = json.dumps(older.body, indent=2, sort_keys=True).splitlines() if older else []
    after = json.dumps(newer.body, indent=2, sort_keys=True).splitlines()
    lines = difflib.unified_diff(before, after, lineterm="", n=1)
    return [(line[0], line) for line in list(lines)[2:] if line[0] in "+- "]


@router.get("/{council}/history/{kind}/{key}", response_class=HTMLResponse)
async def history(request: Request, kind: str, key: str, work: Editing = Depends(editing)):
    """Show every version with who, when and why, what changed, and a way back."""
    if kind not in (TOPIC, CONTACT, COUNCIL):
        raise HTTPException(status_code=404)
    language = answer_language(request) if kind == TOPIC else LANGUAGE
    versions = changes.history((work.council.slug, kind, key, language))
    published = [v for v in versions if v.status == changes.PUBLISHED]
    diffs = {v.id: _diff(next((p for p in published if p.id < v.id), None), v) for v in versions}
    return editor_page(
        request,
        "editor/history.html",
        work.session,
        council=work.council,
        kind=kind,
        key=key,
        versions=versions,
        diffs=diffs,
        live_id=published[0].id if published else None,
        editing_language=language,
    )


def _own_change(change_id: int, work: Editing) -> Change:
    change = changes.get(change_id)
    if change is None or change.council != work.council.slug:
        raise HTTPException(status_code=404)
    return change


@router.post("/{council}/changes/{change_id}/rollback")
async def rollback(request: Request, change_id: int, work: Editing = Depends(editing)):
    """Publish an earlier version again (or submit it for sign-off), as a new version."""
    form = await form_values(request)
    checked(work.session, form.get("csrf_token"))
    old = _own_change(change_id, work)
    reason = (
        f"Rolled back to version {old.id}: {form.get('reason', '').strip() or 'no reason given'}"
    )
    change = changes.propose(old.item, old.body, reason, work.author, work.publishes_directly())
    return RedirectResponse(_saved_url(change), status_code=SEE_OTHER)


def baseline_body(council: str, kind: str, key: str) -> dict:
    """Return an item as the content/ files have it, before any editor's change."""
    files = load_content(get_settings().content_dir)
    if kind == TOPIC:
        topic = files.answer(council, key, LANGUAGE).topic
        review = {"review_by": topic.review_by.isoformat()} if topic.review_by else {}
        return {"messages": topic.messages, **review}
    if kind == COUNCIL:
        details = files.council(council)
        fields = ("name", "short_name", "service", "places")
        return {name: getattr(details, name) for name in fields}
    contact = files.council(council).contact(key)
    return {
        "label": contact.label,
        "phone": contact.phone,
        "hours": contact.hours and contact.hours.dict(),
    }


@router.post("/{council}/restore/{kind}/{key}")
async def restore(request: Request, kind: str, key: str, work: Editing = Depends(editing)):
    """Go back to the text in the content/ files, as a new version."""
    form = await form_values(request)
    checked(work.session, form.get("csrf_token"))
    if kind not in (TOPIC, CONTACT, COUNCIL):
        raise HTTPException(status_code=404)
    try:
        body = baseline_body(work.council.slug, kind, key)
    except (ContentError, AttributeError) as error:
        raise HTTPException(status_code=404) from error
    item = (work.council.slug, kind, key, LANGUAGE)
    reason = "Restored the text in the content files"
    change = changes.propose(item, body, reason, work.author, work.publishes_directly())
    return RedirectResponse(_saved_url(change), status_code=SEE_OTHER)


@router.post("/{council}/changes/{change_id}/decision")
async def decide(request: Request, change_id: int, work: Editing = Depends(editing)):
    """An approver publishes or rejects someone else's change."""
    form = await form_values(request)
    checked(work.session, form.get("csrf_token"))
    change = _own_change(change_id, work)
    member = work.session.member
    if not member.can_approve(work.council.slug) or change.author == work.author:
        raise HTTPException(status_code=403)
    changes.decide(change_id, work.author, approve=form.get("decision") == "publish")
    return RedirectResponse(f"/staff/content/{work.council.slug}/", status_code=SEE_OTHER)


def _translation_language(request: Request, form: dict | None = None) -> str:
    language = answer_language(request, form)
    if language == LANGUAGE:
        others = [code for code, _ in language_choices(get_settings().locales_dir)]
        language = next((code for code in others if code != LANGUAGE), LANGUAGE)
    return language


def _translations_view(request, work, language, status_code=200, **values):
    store = get_store()
    choices = language_choices(get_settings().locales_dir)
    codes = [code for code, _ in choices]
    return editor_page(
        request,
        "editor/translations.html",
        work.session,
        status_code,
        council=work.council,
        editing_language=language,
        languages=[(code, name) for code, name in choices if code != LANGUAGE],
        rows=translations.statuses(store, work.council.slug, language),
        awaiting=translations.awaiting_check(store, work.council.slug, codes),
        can_record=work.session.member.can_approve(work.council.slug),
        **values,
    )


@router.get("/{council}/translations", response_class=HTMLResponse)
async def translation_status(request: Request, work: Editing = Depends(editing)):
    """List each answer's translation into a language: checked, awaiting a check, or missing."""
    return _translations_view(request, work, _translation_language(request))


@router.post("/{council}/translations/{key}/check")
async def record_check(request: Request, key: str, work: Editing = Depends(editing)):
    """An approver records that a qualified translator has checked a translation."""
    form = await form_values(request)
    checked(work.session, form.get("csrf_token"))
    if not work.session.member.can_approve(work.council.slug):
        raise HTTPException(status_code=403)
    language = _translation_language(request, form)
    store = get_store()
    if key not in store.topic_keys():
        raise HTTPException(status_code=404)
    status = translations.status_of(store, work.council.slug, key, language)
    problems = checks.Problems()
    name = checks.check_translator(form.get("checked_by", ""), problems, translator(request))
    if status.status in (translations.MISSING, translations.OUTDATED):
        problems.add("checked_by", translator(request)("editor.error_nothing_to_check"))
    if problems:
        return _translations_view(
            request, work, language, 400, problems=problems, problem_key=key, form=form
        )
    topic = store.answer(work.council.slug, key, language).topic
    body = {
        "messages": topic.messages,
        "translated_by": status.translated_by or work.author,
        "checked_by": name,
    }
    item = (work.council.slug, TOPIC, key, language)
    reason = f"Translation checked by {name}"
    changes.propose(item, body, reason, work.author, publish=True)
    url = f"/staff/content/{work.council.slug}/translations?language={language}&recorded={key}"
    return RedirectResponse(url, status_code=SEE_OTHER)
