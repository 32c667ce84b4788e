"""Fills the council, area, stage, need and language slots after every message."""

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction

from actions.replies import OTHER_AREA
from bot.content import DEFAULT_LANGUAGE, get_store
from bot.content.language import detect, supported_languages
from bot.content.recognise import Found, recogniser_for
from bot.settings import get_settings


def _metadata(tracker: Tracker) -> dict[str, Any]:
    return tracker.latest_message.get("metadata") or {}


def _entity(tracker: Tracker, name: str) -> str | None:
    entities = tracker.latest_message.get("entities") or []
    return next((e.get("value") for e in entities if e.get("entity") == name), None)


def _found(tracker: Tracker) -> Found:
    """Return what the latest message names, matched once per message (extract_* share it)."""
    cached = getattr(tracker, "_found", None)
    if cached is None:
        text = tracker.latest_message.get("text") or ""
        cached = recogniser_for(get_store()).find(text)
        tracker._found = cached
    return cached


def _area_from_words(store, tracker: Tracker, found: Found) -> dict[str, Any] | None:
    choice = _entity(tracker, "authority")
    if store.is_covered(choice):
        return {"authority": choice, "outside_area": None}
    if choice == OTHER_AREA:
        return {"authority": None, "outside_area": OTHER_AREA}
    if found.neighbours:
        return {"authority": None, "outside_area": found.neighbours[0]}
    if len(found.councils) == 1:
        return {"authority": found.councils[0], "outside_area": None}
    return None


def _area_from_metadata(store, tracker: Tracker) -> dict[str, Any]:
    slug = _metadata(tracker).get("authority")
    if store.is_covered(slug):
        return {"authority": slug}
    if store.neighbour(slug):
        return {"outside_area": slug}
    return {}


class ValidateSlotMappings(ValidationAction):
    """Extracts custom slots from metadata, buttons and the parent's words."""

    def extract_authority(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        """Set the council from the parent's words, a button, or the page's metadata."""
        store = get_store()
        found = _found(tracker)
        places = {"place_named": found.places[0] if found.places else None}
        from_words = _area_from_words(store, tracker, found)
        if from_words is not None:
            return {**from_words, **places}
        if tracker.get_slot("authority") or tracker.get_slot("outside_area"):
            return places
        return {**_area_from_metadata(store, tracker), **places}

    def extract_language(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        """Set the language the parent writes in, else the page's when it changes, else keep it."""
        supported = supported_languages(get_settings().content_dir)
        page = str(_metadata(tracker).get("language") or "").split("-")[0].lower()
        page = page if page in supported else None
        seen = {"page_language": page} if page else {}
        text = tracker.latest_message.get("text") or ""
        written = detect(text, supported, get_store().loanwords())
        if written:
            return {"language": written, **seen}
        # A button or a short "yes" keeps the language the parent wrote in, unless they have
        # just switched the page to another language.
        if page and (page != tracker.get_slot("page_language") or not tracker.get_slot("language")):
            return {"language": page, **seen}
        return {} if tracker.get_slot("language") else {"language": DEFAULT_LANGUAGE}

    def extract_stage(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        """Set the stage from a button or from words naming a stage."""
        store = get_store()
        chosen = _entity(tracker, "stage")
        if chosen in store.stage_order.all_ids():
            return {"stage": chosen}
        found = _found(tracker)
        return {"stage": found.stages[-1]} if found.stages else {}

    def extract_contact_need(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> dict[str, Any]:
        """Set what the parent wants to contact someone about, for this message only."""
        found = _found(tracker)
        return {"contact_need": found.needs[0] if found.needs else None}
