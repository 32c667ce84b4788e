"""Training example suggestions from editors, exported as Rasa NLU YAML for developers."""

from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
import yaml

from bot.web.tables import get_engine, suggestions, utcnow


@lru_cache
def intents(domain: Path) -> tuple[str, ...]:
    """Return the intents an example can be suggested for, from domain.yml."""
    data = yaml.safe_load(domain.read_text(encoding="utf-8"))
    return tuple(sorted(data["intents"]))


def add(council: str, text: str, intent: str, author: str) -> None:
    """Store one suggestion."""
    row = {"council": council, "text": text, "intent": intent, "author": author}
    with get_engine().begin() as connection:
        connection.execute(suggestions.insert().values(**row, created_at=utcnow()))


def for_council(council: str) -> list[dict]:
    """Return a council's suggestions, oldest first."""
    query = (
        sa.select(suggestions).where(suggestions.c.council == council).order_by(suggestions.c.id)
    )
    with get_engine().connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]


def as_nlu_yaml(rows: list[dict]) -> str:
    """Return the suggestions as a Rasa 3.x NLU training data file."""
    by_intent: dict[str, list[str]] = {}
    for row in rows:
        by_intent.setdefault(row["intent"], []).append(row["text"])
    nlu = [
        {"intent": intent, "examples": "".join(f"- {text}\n" for text in examples)}
        for intent, examples in sorted(by_intent.items())
    ]

    class Literal(yaml.SafeDumper):
        pass

    def block(dumper, value):
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Literal.add_representer(str, block)
    return yaml.dump({"version": "3.1", "nlu": nlu}, Dumper=Literal, sort_keys=False)
