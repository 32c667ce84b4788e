"""Feedback on answers: the topic and yes or no, never the message text."""

import sqlalchemy as sa

from bot.web.tables import feedback, get_engine, utcnow


def record_feedback(council: str, topic: str, language: str, helpful: bool) -> None:
    """Store one 'was this helpful?' answer."""
    row = {
        "council": council,
        "topic": topic,
        "language": language,
        "helpful": helpful,
        "created_at": utcnow(),
    }
    with get_engine().begin() as connection:
        connection.execute(feedback.insert().values(**row))


def feedback_counts(council: str) -> dict[tuple[str, bool], int]:
    """Return how many times each topic was marked helpful or not, for one council."""
    query = (
        sa.select(feedback.c.topic, feedback.c.helpful, sa.func.count())
        .where(feedback.c.council == council)
        .group_by(feedback.c.topic, feedback.c.helpful)
    )
    with get_engine().connect() as connection:
        return {(topic, helpful): count for topic, helpful, count in connection.execute(query)}
