"""Drives the running web app's content pages as an editor does (for server tests and bench)."""

import secrets

import httpx
from bs4 import BeautifulSoup

from bot.web.staff.accounts import create_account

WEB_URL = "http://localhost:8000"
PASSWORD = "a long enough password"


class Editor:
    """A signed-in content editor for some councils, using the forms over HTTP."""

    def __init__(self, councils: list[str]):
        username = f"editor-{secrets.token_hex(4)}"
        create_account(username, "Edith", PASSWORD, [], editing=councils)
        self.client = httpx.Client(base_url=WEB_URL, follow_redirects=True, timeout=30)
        self.client.post(
            "/staff/sign-in",
            data={
                "username": username,
                "password": PASSWORD,
                "csrf_token": self._token("/staff/sign-in"),
            },
        ).raise_for_status()

    def _token(self, path: str) -> str:
        page = BeautifulSoup(self.client.get(path).text, "html.parser")
        return page.select_one("form input[name=csrf_token]")["value"]

    def save(self, path: str, **fields: str) -> httpx.Response:
        """Fill in and publish a content form."""
        data = {"csrf_token": self._token(path), "action": "save", **fields}
        response = self.client.post(path, data=data)
        response.raise_for_status()
        return response

    def restore(self, council: str, kind: str, key: str) -> None:
        """Go back to the text in the content files."""
        token = self._token(f"/staff/content/{council}/")
        self.client.post(
            f"/staff/content/{council}/restore/{kind}/{key}", data={"csrf_token": token}
        ).raise_for_status()
