"""Spots crisis messages from the phrases in content/recognition/<lang>.yml."""

import re

from bot.content.store import ContentStore


def _patterns(store: ContentStore) -> list[tuple[str, re.Pattern]]:
    key = ("crisis_patterns",)
    if key not in store.cache:
        compiled = []
        for language in sorted(store.recognition):
            for intent, patterns in store.recognition[language].crisis.items():
                compiled += [(intent, re.compile(p, re.IGNORECASE)) for p in patterns]
        store.cache[key] = compiled
    return store.cache[key]


# Arabic-keyboard letters that Urdu writers often type for the Urdu ones (ي ك ه -> ی ک ہ).
ARABIC_TO_URDU = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0647": "\u06c1"})


def crisis_intent(store: ContentStore, text: str | None) -> str | None:
    """Return the crisis intent a message's words signal, if any (self-harm checked first)."""
    if not text:
        return None
    texts = {text, text.translate(ARABIC_TO_URDU)}
    found = {intent for intent, pattern in _patterns(store) for t in texts if pattern.search(t)}
    for intent in ("crisis_child_danger", "crisis_self_harm"):
        if intent in found:
            return intent
    return next(iter(sorted(found)), None)


CRISIS_MESSAGES = {
    "crisis_child_danger": "safety.child_danger",
    "crisis_self_harm": "safety.self_harm",
}


def emergency_messages(
    store: ContentStore, slug: str | None, language: str, intent: str | None
) -> list[str]:
    """Return the emergency help for a kind of crisis (a child in danger if unsure), filled in."""
    key = CRISIS_MESSAGES.get(intent, CRISIS_MESSAGES["crisis_child_danger"])
    phrases = store.message(key, language)
    phrases = [phrases] if isinstance(phrases, str) else phrases
    return [store.render(phrase, slug, language) for phrase in phrases]
