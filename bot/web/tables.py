"""The web app's own tables, in SQLite by default or any database SQLAlchemy knows.

Conversation text is not stored here: it lives in the Rasa tracker. These tables hold feedback,
staff accounts and sessions, handoffs, private notes, callback requests and the audit log.
"""

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.database import with_tables
from bot.settings import get_settings

metadata = sa.MetaData()

feedback = sa.Table(
    "feedback",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("council", sa.String(64), nullable=False),
    sa.Column("topic", sa.String(128), nullable=False),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("helpful", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

staff = sa.Table(
    "staff",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("username", sa.String(64), nullable=False, unique=True),
    sa.Column("display_name", sa.String(64), nullable=False),
    sa.Column("password_hash", sa.String(256), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, default=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

staff_councils = sa.Table(
    "staff_councils",
    metadata,
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), primary_key=True),
    sa.Column("council", sa.String(64), primary_key=True),
)

# Content editing: "editor" may change a council's content, "approver" may also sign off changes.
staff_roles = sa.Table(
    "staff_roles",
    metadata,
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), primary_key=True),
    sa.Column("council", sa.String(64), primary_key=True),
    sa.Column("role", sa.String(16), primary_key=True),
)

staff_admins = sa.Table(
    "staff_admins",
    metadata,
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), primary_key=True),
)

staff_sessions = sa.Table(
    "staff_sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=False),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("expires_at", sa.DateTime, nullable=False),
)

sign_in_failures = sa.Table(
    "sign_in_failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("username", sa.String(64), nullable=False, index=True),
    sa.Column("at", sa.DateTime, nullable=False),
)

handoffs = sa.Table(
    "handoffs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(128), nullable=False, index=True),
    sa.Column("council", sa.String(64), nullable=False, index=True),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("requested_at", sa.DateTime, nullable=False),
    sa.Column("claimed_by", sa.Integer, sa.ForeignKey("staff.id"), nullable=True),
    sa.Column("claimed_at", sa.DateTime, nullable=True),
    sa.Column("ended_at", sa.DateTime, nullable=True),
    sa.Column("crisis_at", sa.DateTime, nullable=True),
)

notes = sa.Table(
    "handoff_notes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("handoff_id", sa.Integer, sa.ForeignKey("handoffs.id"), nullable=False),
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

callbacks = sa.Table(
    "callbacks",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("council", sa.String(64), nullable=False, index=True),
    sa.Column("sender_id", sa.String(128), nullable=False),
    sa.Column("contact", sa.String(200), nullable=False),
    sa.Column("safe_times", sa.String(500), nullable=False),
    sa.Column("leave_message", sa.Boolean, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("done_by", sa.Integer, sa.ForeignKey("staff.id"), nullable=True),
    sa.Column("done_at", sa.DateTime, nullable=True),
)

# Not-understood messages an editor turned into training example suggestions (text redacted).
suggestions = sa.Table(
    "nlu_suggestions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("council", sa.String(64), nullable=False),
    sa.Column("text", sa.String(500), nullable=False),
    sa.Column("intent", sa.String(64), nullable=False),
    sa.Column("author", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

audit = sa.Table(
    "audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=True),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("council", sa.String(64), nullable=True),
    sa.Column("handoff_id", sa.Integer, nullable=True),
    sa.Column("callback_id", sa.Integer, nullable=True),
)


def utcnow() -> dt.datetime:
    """Return the current UTC time without a zone, as the tables store it."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def get_engine() -> Engine:
    """Return the engine for the configured database."""
    return with_tables(get_settings().database_url, metadata)
