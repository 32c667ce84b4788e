"""An administrator manages accounts in the browser; nobody else can."""

from fastapi.testclient import TestClient

from bot.main import create_app
from bot.web.staff import accounts
from tests.web.conftest import PASSWORD, sign_in, soup
from tests.web.test_editor import signed_in


def admin_form(client):
    page = soup(client.get("/staff/admin/accounts"))
    return {
        "csrf_token": page.select_one(
            "form[action='/staff/admin/accounts'] input[name=csrf_token]"
        )["value"]
    }


def test_admin_creates_an_editor_who_can_then_edit(database):
    admin = signed_in("root", admin=True)
    data = {
        **admin_form(admin),
        "username": "edith",
        "name": "Edith",
        "password": PASSWORD,
        "edit_dorset": "on",
    }
    response = admin.post("/staff/admin/accounts", data=data)
    assert response.status_code == 200
    row = next(
        a for a in soup(response).select(".app-accounts tbody tr") if "edith" in a.get_text()
    )
    assert "Edits: dorset" in row.get_text()
    edith = TestClient(create_app())
    assert sign_in(edith, "edith").url.path == "/staff/content/"
    assert edith.get("/staff/content/dorset/").status_code == 200
    assert edith.get("/staff/admin/accounts").status_code == 404


def test_bad_account_details_are_explained_and_kept(database):
    admin = signed_in("root", admin=True)
    data = {
        **admin_form(admin),
        "username": "short",
        "name": "Short",
        "password": "tiny",
        "serve_dorset": "on",
    }
    response = admin.post("/staff/admin/accounts", data=data)
    assert response.status_code == 400
    page = soup(response)
    assert "at least 12 characters" in page.select_one("#password-error").get_text()
    assert page.select_one("#username")["value"] == "short"
    assert page.select_one("input[name=serve_dorset]").has_attr("checked")
    assert accounts.authenticate("short", "tiny") is None


def test_closing_an_account_ends_its_sessions(database):
    admin = signed_in("root", admin=True)
    editor = signed_in("ed", editing=["dorset"])
    staff_id = next(a.id for a in accounts.all_accounts() if a.username == "ed")
    admin.post(f"/staff/admin/accounts/{staff_id}/deactivate", data=admin_form(admin))
    assert editor.get("/staff/content/dorset/", follow_redirects=False).status_code == 303
    assert accounts.authenticate("ed", PASSWORD) is None


def test_only_admins_see_account_pages(database):
    editor = signed_in("ed", editing=["dorset"], approving=["dorset"])
    assert editor.get("/staff/admin/accounts").status_code == 404
    token = soup(editor.get("/staff/content/")).select_one("form input[name=csrf_token]")["value"]
    response = editor.post(
        "/staff/admin/accounts",
        data={"csrf_token": token, "username": "x", "name": "X", "password": PASSWORD},
    )
    assert response.status_code == 404
    assert all(a.username != "x" for a in accounts.all_accounts())
