"""Creating staff accounts from the command line, and what a session remembers."""

import io

import pytest

from bot.web.staff import accounts
from bot.web.staff.__main__ import main


def run(monkeypatch, capsys, *args, password="a long enough password"):
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    code = main(["add-user", *args, "--password-stdin"])
    return code, capsys.readouterr()


def test_the_documented_command_creates_an_account_that_can_sign_in(monkeypatch, capsys, database):
    code, out = run(
        monkeypatch, capsys, "--username", "Sam", "--name", "Sam", "--council", "dorset"
    )
    assert code == 0 and "Created staff account 'Sam'" in out.out
    member = accounts.authenticate("sam", "a long enough password")
    assert member.display_name == "Sam" and member.councils == frozenset({"dorset"})


def test_an_account_can_serve_several_councils(monkeypatch, capsys, database):
    run(
        monkeypatch,
        capsys,
        "--username",
        "ali",
        "--name",
        "Ali",
        "--council",
        "dorset",
        "--council",
        "gloucestershire",
    )
    member = accounts.authenticate("ali", "a long enough password")
    assert member.may_see("gloucestershire") and not member.may_see("leicestershire")


@pytest.mark.parametrize(
    ("args", "password", "message"),
    [
        (["--council", "atlantis"], "a long enough password", "Unknown council: atlantis"),
        (["--council", "dorset"], "short", "at least 12 characters"),
    ],
)
def test_bad_accounts_are_refused_clearly(monkeypatch, capsys, database, args, password, message):
    code, out = run(monkeypatch, capsys, "--username", "x", "--name", "X", *args, password=password)
    assert code == 2 and message in out.err
    assert accounts.authenticate("x", password) is None


def test_usernames_are_unique(monkeypatch, capsys, database):
    run(monkeypatch, capsys, "--username", "sam", "--name", "Sam", "--council", "dorset")
    code, out = run(
        monkeypatch, capsys, "--username", "SAM", "--name", "Sam", "--council", "dorset"
    )
    assert code == 2 and "taken" in out.err


def test_a_session_token_is_stored_only_as_a_hash(database):
    staff_id = accounts.create_account("sam", "Sam", "a long enough password", ["dorset"])
    member = accounts.authenticate("sam", "a long enough password")
    token = accounts.start_session(member)
    assert accounts.session_for(token).member.id == staff_id
    from bot.web.tables import get_engine

    with get_engine().connect() as connection:
        stored = connection.exec_driver_sql("select token_hash from staff_sessions").scalar()
    assert stored != token and len(stored) == 64
    accounts.end_session(token)
    assert accounts.session_for(token) is None
