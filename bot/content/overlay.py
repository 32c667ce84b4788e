"""Lays editors' published changes over the content loaded from content/."""

import logging

from pydantic import ValidationError

from bot.content.changes import CONTACT, COUNCIL, TOPIC, Change
from bot.content.errors import ContentError
from bot.content.schema import AnswerFile, Contact, Council, Topic, Translation
from bot.content.store import DEFAULT_LANGUAGE, ContentStore

log = logging.getLogger(__name__)


TRANSLATION_FIELDS = ("translated_by", "checked_by")


def edited_topic(store: ContentStore, change: Change) -> Topic:
    """Return the topic as the change leaves it: new messages, the baseline's sources kept."""
    baseline = store.answer(change.council, change.key, change.language).topic
    note = f"{change.author}, {change.created_at:%d/%m/%Y}: {change.reason}"
    body = {k: v for k, v in change.body.items() if k not in TRANSLATION_FIELDS}
    topic = {**baseline.dict(), **body, "edited": note, "translation": None}
    if change.language != DEFAULT_LANGUAGE:
        # An editor's translation is theirs until a qualified translator's check is recorded.
        topic["translation"] = Translation(
            translated_by=change.body.get("translated_by") or change.author,
            checked_by=change.body.get("checked_by"),
        )
    return Topic(**topic)


def edited_contact(store: ContentStore, change: Change) -> Contact:
    """Return the contact as the change leaves it."""
    baseline = store.council(change.council).contact(change.key)
    if baseline is None:
        raise ContentError(f"{change.council} has no contact {change.key!r}")
    return Contact(**{**baseline.dict(), **change.body})


def edited_council(store: ContentStore, change: Change) -> Council:
    """Return the council's details (name, service, towns) as the change leaves them."""
    if change.council not in store.councils:
        raise ContentError(f"no council {change.council!r}")
    return Council(**{**store.councils[change.council].dict(), **change.body})


def current_body(store: ContentStore, change: Change) -> dict:
    """Return what parents see now for the item a change is to, in the change's shape."""
    if change.kind == TOPIC:
        topic = store.answer(change.council, change.key, change.language).topic.dict()
        return {key: _plain(topic[key]) for key in change.body if key in topic}
    if change.kind == COUNCIL:
        council = store.councils[change.council].dict()
        return {key: council[key] for key in change.body if key in council}
    contact = store.council(change.council).contact(change.key)
    current = {
        "label": contact.label,
        "phone": contact.phone,
        "hours": contact.hours and contact.hours.dict(),
    }
    return {key: current[key] for key in change.body if key in current}


def _plain(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _apply(store: ContentStore, change: Change) -> None:
    if change.kind == TOPIC:
        topic = edited_topic(store, change)
        answers = store.answers.setdefault((change.council, change.language), AnswerFile())
        answers.topics[change.key] = topic
    elif change.kind == COUNCIL:
        store.councils[change.council] = edited_council(store, change)
    elif change.kind == CONTACT:
        council = store.councils[change.council]
        contact = edited_contact(store, change)
        contacts = [contact if c.id == contact.id else c for c in council.contacts]
        store.councils[change.council] = council.copy(update={"contacts": contacts})


def _english_rewrites(store: ContentStore, published: dict[tuple, Change]) -> list[Change]:
    """Return the English answer changes whose words differ from what they replace."""
    rewrites = []
    for change in published.values():
        if change.kind != TOPIC or change.language != DEFAULT_LANGUAGE:
            continue
        try:
            before = store.answer(change.council, change.key).topic.messages
        except ContentError:
            continue
        if change.body.get("messages", before) != before:
            rewrites.append(change)
    return rewrites


def _outdate_translations(store: ContentStore, rewrites: list[Change], published: dict) -> None:
    """Stop showing translations made before their English was rewritten: they may be wrong."""
    languages = [lang for lang in store.messages if lang != DEFAULT_LANGUAGE]
    for english in rewrites:
        for language in languages:
            newer = published.get((english.council, TOPIC, english.key, language))
            if newer is not None and newer.created_at > english.created_at:
                continue
            answers = store.answers.get((english.council, language))
            if answers is not None:
                answers.topics.pop(english.key, None)
            store.outdated[(english.council, english.key, language)] = english.created_at


def apply_changes(store: ContentStore, published: dict[tuple, Change]) -> ContentStore:
    """Apply each item's newest published change; one that no longer fits is skipped and logged."""
    rewrites = _english_rewrites(store, published)
    for change in published.values():
        if change.council not in store.councils:
            continue
        try:
            _apply(store, change)
        except (ContentError, ValidationError, KeyError) as error:
            log.warning("change %s not applied: %s", change.id, type(error).__name__)
    _outdate_translations(store, rewrites, published)
    store.cache.clear()
    return store
