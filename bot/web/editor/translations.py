"""Where each answer's translations stand: checked, awaiting a qualified translator, or missing."""

import datetime as dt
from dataclasses import dataclass

from bot.content.store import DEFAULT_LANGUAGE, ContentStore

CHECKED, UNCHECKED, MISSING, OUTDATED = "checked", "unchecked", "missing", "outdated"


@dataclass(frozen=True)
class TranslationStatus:
    """One answer in one language, for one council."""

    key: str
    language: str
    status: str
    translated_by: str | None = None
    checked_by: str | None = None
    english_changed: dt.datetime | None = None


def status_of(store: ContentStore, council: str, key: str, language: str) -> TranslationStatus:
    """Return whether a council's answer has a translation, and whether it has been checked."""
    answer = store.answer(council, key, language)
    if answer.language != language:
        changed = store.outdated.get((council, key, language))
        if changed is not None:
            return TranslationStatus(key, language, OUTDATED, english_changed=changed)
        return TranslationStatus(key, language, MISSING)
    translation = answer.topic.translation
    if translation is None:
        return TranslationStatus(key, language, UNCHECKED)
    status = CHECKED if translation.checked_by else UNCHECKED
    return TranslationStatus(
        key, language, status, translation.translated_by, translation.checked_by
    )


def statuses(store: ContentStore, council: str, language: str) -> list[TranslationStatus]:
    """Return the status of every answer's translation into a language, for a council."""
    return [status_of(store, council, key, language) for key in store.topic_keys()]


def awaiting_check(store: ContentStore, council: str, languages: list[str]) -> dict[str, int]:
    """Return how many translations await a qualified translator's check, by language."""
    counts = {}
    for language in languages:
        if language == DEFAULT_LANGUAGE:
            continue
        waiting = [s for s in statuses(store, council, language) if s.status == UNCHECKED]
        if waiting:
            counts[language] = len(waiting)
    return counts
