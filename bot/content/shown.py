"""An answer as a parent sees it: a topic or a stage, filled in for a council and a language."""

from dataclasses import dataclass

from bot.content.store import ContentStore

STAGE_PREFIX = "stage_"
STAGE_LINES = ("now", "before", "next", "timescale")


@dataclass(frozen=True)
class ShownAnswer:
    """The filled-in messages of an answer, the language they are in, and if it is unchecked."""

    key: str
    texts: list[str]
    language: str
    unchecked: bool


def topic_answer(store: ContentStore, slug: str | None, key: str, language: str) -> ShownAnswer:
    """Return a topic's answer for a council in a language (or English), filled in."""
    answer = store.answer(slug, key, language)
    return ShownAnswer(
        key=key,
        texts=[store.render(m, slug, language) for m in answer.topic.messages],
        language=answer.language,
        unchecked=answer.topic.unchecked,
    )


def stage_answer(store: ContentStore, slug: str | None, stage: str, language: str) -> ShownAnswer:
    """Return a stage's explanation: where you are, before, next and how long."""
    explained = store.stage(slug, stage, language)
    texts = [
        store.render(
            store.text(f"stage.{name}", language),
            slug,
            language,
            text=store.render(explained.fields[name], slug, language),
        )
        for name in STAGE_LINES
        if name in explained.fields
    ]
    return ShownAnswer(
        key=f"{STAGE_PREFIX}{stage}",
        texts=texts,
        language=explained.language,
        unchecked=explained.unchecked,
    )


def shown_answer(store: ContentStore, slug: str | None, key: str, language: str) -> ShownAnswer:
    """Return the answer for a topic key or a 'stage_<id>' key."""
    if key.startswith(STAGE_PREFIX) and key[len(STAGE_PREFIX) :] in store.stage_order.all_ids():
        return stage_answer(store, slug, key[len(STAGE_PREFIX) :], language)
    return topic_answer(store, slug, key, language)
