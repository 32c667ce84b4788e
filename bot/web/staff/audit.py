"""Who did what to which conversation, and when: kept apart from any message content."""

import sqlalchemy as sa

from bot.web.tables import audit, get_engine, utcnow

ACTIONS = frozenset(
    {
        "sign_in",
        "sign_out",
        "claim",
        "read",
        "reply",
        "note",
        "hand_back",
        "close",
        "callback_done",
        "account_created",
        "account_deactivated",
    }
)


def record(
    action: str, staff_id: int | None, council: str | None = None, **ids: int | None
) -> None:
    """Add one line to the audit log."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    row = {"at": utcnow(), "staff_id": staff_id, "action": action, "council": council, **ids}
    with get_engine().begin() as connection:
        connection.execute(audit.insert().values(**row))


def entries(handoff_id: int) -> list[dict]:
    """Return the audit lines for one conversation, oldest first."""
    query = sa.select(audit).where(audit.c.handoff_id == handoff_id).order_by(audit.c.id)
    with get_engine().connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]
