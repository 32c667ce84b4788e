"""Account administration: admins create accounts with councils and roles, and close them."""

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from bot.content import get_store
from bot.web.staff import accounts, audit
from bot.web.staff.accounts import StaffSession
from bot.web.staff.web import base_context, checked, form_values, staff_session
from bot.web.templating import templates

router = APIRouter(prefix="/staff/admin", tags=["admin"])
SEE_OTHER = 303
ROLE_FIELDS = ("serve", "edit", "approve")


def admin_session(session: StaffSession = Depends(staff_session)) -> StaffSession:
    """Only administrators see these pages; to anyone else they do not exist."""
    if not session.member.is_admin:
        raise HTTPException(status_code=404)
    return session


def _page(request: Request, session: StaffSession, status_code: int = 200, **values):
    context = {
        **base_context(request, session),
        "accounts": accounts.all_accounts(),
        "councils": get_store().covered_councils(),
        "problems": {},
        "form": {},
        **values,
    }
    context["error_list"] = [{"text": v, "href": f"#{k}"} for k, v in context["problems"].items()]
    return templates.TemplateResponse(
        request, "admin/accounts.html", context, status_code=status_code
    )


@router.get("/accounts", response_class=HTMLResponse)
async def list_accounts(request: Request, session: StaffSession = Depends(admin_session)):
    """List accounts with their roles, and a form for a new one."""
    return _page(request, session)


@router.post("/accounts")
async def create(request: Request, session: StaffSession = Depends(admin_session)):
    """Create an account; say clearly what is wrong and keep what was typed."""
    form = await form_values(request)
    checked(session, form.get("csrf_token"))
    covered = {c.slug for c in get_store().covered_councils()}
    chosen = {
        field: [slug for slug in sorted(covered) if form.get(f"{field}_{slug}")]
        for field in ROLE_FIELDS
    }
    tr = base_context(request, session)["t"]
    problems = {}
    if not form.get("username", "").strip():
        problems["username"] = tr("admin.error_username")
    if not form.get("name", "").strip():
        problems["name"] = tr("admin.error_name")
    if not problems:
        try:
            staff_id = accounts.create_account(
                form["username"],
                form["name"],
                form.get("password", ""),
                chosen["serve"],
                chosen["edit"],
                chosen["approve"],
                admin=bool(form.get("admin")),
            )
        except accounts.AccountError as error:
            problems["password" if "password" in str(error) else "username"] = str(error)
    if problems:
        form.pop("password", None)
        return _page(request, session, 400, problems=problems, form=form)
    audit.record("account_created", session.member.id)
    return RedirectResponse(f"/staff/admin/accounts?created={staff_id}", status_code=SEE_OTHER)


@router.post("/accounts/{staff_id}/deactivate")
async def close_account(
    request: Request, staff_id: int, session: StaffSession = Depends(admin_session)
):
    """Stop an account signing in (not one's own)."""
    form = await form_values(request)
    checked(session, form.get("csrf_token"))
    if staff_id == session.member.id:
        raise HTTPException(status_code=400)
    if accounts.deactivate(staff_id):
        audit.record("account_deactivated", session.member.id)
    return RedirectResponse("/staff/admin/accounts", status_code=SEE_OTHER)
