"""Quick-reply buttons built from content, shared by the actions and the chat page."""

from bot.content.store import ContentStore

PAYLOADS = {
    "what_happens_next": "/what_happens_next",
    "contact": "/ask_contact",
    "request_human": "/request_human",
}


def topic_buttons(store: ContentStore, language: str) -> list[dict[str, str]]:
    """Return a button for each main topic listed in content."""
    return [
        {
            "title": store.text(f"topics.titles.{key}", language),
            "payload": PAYLOADS.get(key, f"/ask_{key}"),
        }
        for key in store.message("topics.main", language)
    ]
