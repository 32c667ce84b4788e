"""Staff accounts: argon2 password hashes, the councils each may see, server-side sessions."""

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.web.tables import (
    get_engine,
    sign_in_failures,
    staff,
    staff_admins,
    staff_councils,
    staff_roles,
    staff_sessions,
    utcnow,
)

EDITOR, APPROVER = "editor", "approver"

SESSION_HOURS = 8
MIN_PASSWORD_LENGTH = 12
MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
_hasher = PasswordHasher()
# Checked against when the username is unknown, so both cases take the same time.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """An account could not be created as asked."""


@dataclass(frozen=True)
class StaffMember:
    """A signed-in member of staff and the councils whose conversations they may see."""

    id: int
    username: str
    display_name: str
    councils: frozenset[str]
    editing: frozenset[str] = frozenset()
    approving: frozenset[str] = frozenset()
    is_admin: bool = False

    def may_see(self, council: str) -> bool:
        """Tell whether this person takes over conversations for the council."""
        return council in self.councils

    def can_edit(self, council: str) -> bool:
        """Tell whether this person may change the council's content."""
        return council in self.editing or council in self.approving

    def can_approve(self, council: str) -> bool:
        """Tell whether this person may sign off the council's content changes."""
        return council in self.approving

    @property
    def edits_anything(self) -> bool:
        """Tell whether this person has any content role."""
        return bool(self.editing or self.approving)


@dataclass(frozen=True)
class StaffSession:
    """A sign-in: who, and the token their forms must carry."""

    member: StaffMember
    csrf_token: str


def create_account(
    username: str,
    display_name: str,
    password: str,
    councils: list[str],
    editing: list[str] = (),
    approving: list[str] = (),
    admin: bool = False,
) -> int:
    """Create an account (QARO councils, content roles, admin) and return its id."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must be at least {MIN_PASSWORD_LENGTH} characters")
    if not (councils or editing or approving or admin):
        raise AccountError(
            "an account needs a council to serve, edit or approve, or to be an admin"
        )
    row = {
        "username": username.strip().lower(),
        "display_name": display_name.strip(),
        "password_hash": _hasher.hash(password),
        "active": True,
        "created_at": utcnow(),
    }
    with get_engine().begin() as connection:
        taken = connection.execute(sa.select(staff.c.id).where(staff.c.username == row["username"]))
        if taken.first():
            raise AccountError(f"the username {row['username']!r} is taken")
        staff_id = connection.execute(staff.insert().values(**row)).inserted_primary_key[0]
        for council in sorted(set(councils)):
            connection.execute(staff_councils.insert().values(staff_id=staff_id, council=council))
        for role, chosen in ((EDITOR, editing), (APPROVER, approving)):
            for council in sorted(set(chosen)):
                row = {"staff_id": staff_id, "council": council, "role": role}
                connection.execute(staff_roles.insert().values(**row))
        if admin:
            connection.execute(staff_admins.insert().values(staff_id=staff_id))
    return staff_id


def _member(connection, staff_id: int) -> StaffMember | None:
    row = connection.execute(
        sa.select(staff).where(staff.c.id == staff_id, staff.c.active.is_(True))
    ).first()
    if row is None:
        return None
    councils = connection.execute(
        sa.select(staff_councils.c.council).where(staff_councils.c.staff_id == staff_id)
    ).scalars()
    roles = connection.execute(
        sa.select(staff_roles.c.role, staff_roles.c.council).where(
            staff_roles.c.staff_id == staff_id
        )
    ).all()
    admin = connection.execute(
        sa.select(staff_admins.c.staff_id).where(staff_admins.c.staff_id == staff_id)
    ).first()
    return StaffMember(
        row.id,
        row.username,
        row.display_name,
        frozenset(councils),
        editing=frozenset(c for role, c in roles if role == EDITOR),
        approving=frozenset(c for role, c in roles if role == APPROVER),
        is_admin=admin is not None,
    )


def locked_out(username: str) -> bool:
    """Tell whether a username has had too many wrong passwords lately."""
    query = sa.select(sa.func.count()).where(
        sign_in_failures.c.username == username.strip().lower(),
        sign_in_failures.c.at > utcnow() - LOCKOUT,
    )
    with get_engine().connect() as connection:
        return connection.execute(query).scalar() >= MAX_FAILURES


def _record_failure(username: str) -> None:
    row = {"username": username.strip().lower()[:64], "at": utcnow()}
    with get_engine().begin() as connection:
        connection.execute(sign_in_failures.insert().values(**row))


def authenticate(username: str, password: str) -> StaffMember | None:
    """Return the member of staff if the password is right, else None (and count the failure)."""
    if locked_out(username):
        return None
    member = _check_password(username, password)
    if member is None:
        _record_failure(username)
    return member


def _check_password(username: str, password: str) -> StaffMember | None:
    with get_engine().connect() as connection:
        row = connection.execute(
            sa.select(staff.c.id, staff.c.password_hash).where(
                staff.c.username == username.strip().lower(), staff.c.active.is_(True)
            )
        ).first()
        try:
            _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            return None
        return _member(connection, row.id) if row else None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(member: StaffMember) -> str:
    """Open a session and return the token for the cookie (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    row = {
        "token_hash": _digest(token),
        "staff_id": member.id,
        "csrf_token": secrets.token_urlsafe(32),
        "created_at": now,
        "expires_at": now + dt.timedelta(hours=SESSION_HOURS),
    }
    with get_engine().begin() as connection:
        connection.execute(staff_sessions.insert().values(**row))
    return token


def session_for(token: str | None) -> StaffSession | None:
    """Return the live session for a cookie's token, if any."""
    if not token:
        return None
    with get_engine().connect() as connection:
        row = connection.execute(
            sa.select(staff_sessions).where(
                staff_sessions.c.token_hash == _digest(token),
                staff_sessions.c.expires_at > utcnow(),
            )
        ).first()
        member = _member(connection, row.staff_id) if row else None
    return StaffSession(member, row.csrf_token) if member else None


def end_session(token: str | None) -> None:
    """Sign out: forget the session."""
    if token:
        with get_engine().begin() as connection:
            connection.execute(
                staff_sessions.delete().where(staff_sessions.c.token_hash == _digest(token))
            )


@dataclass(frozen=True)
class AccountSummary:
    """An account as the admin page lists it."""

    id: int
    username: str
    display_name: str
    active: bool
    councils: tuple[str, ...]
    editing: tuple[str, ...]
    approving: tuple[str, ...]
    is_admin: bool


def all_accounts() -> list[AccountSummary]:
    """Return every account with its roles, by username."""
    with get_engine().connect() as connection:
        rows = connection.execute(sa.select(staff).order_by(staff.c.username)).all()
        serving = connection.execute(sa.select(staff_councils)).all()
        roles = connection.execute(sa.select(staff_roles)).all()
        admins = set(connection.execute(sa.select(staff_admins.c.staff_id)).scalars())
    return [
        AccountSummary(
            row.id,
            row.username,
            row.display_name,
            row.active,
            tuple(sorted(c.council for c in serving if c.staff_id == row.id)),
            tuple(sorted(r.council for r in roles if r.staff_id == row.id and r.role == EDITOR)),
            tuple(sorted(r.council for r in roles if r.staff_id == row.id and r.role == APPROVER)),
            row.id in admins,
        )
        for row in rows
    ]


def deactivate(staff_id: int) -> bool:
    """Stop an account signing in; its sessions end at once."""
    with get_engine().begin() as connection:
        result = connection.execute(
            staff.update()
            .where(staff.c.id == staff_id, staff.c.active.is_(True))
            .values(active=False)
        )
        connection.execute(staff_sessions.delete().where(staff_sessions.c.staff_id == staff_id))
    return result.rowcount == 1
