"""Which council's chat page a request is for, and what that page shows around the messages."""

from dataclasses import dataclass

from fastapi import Request

from bot.content import GENERAL, ContentStore, get_store
from bot.content.schema import Contact, Council


class UnknownCouncil(Exception):
    """The address names a council this assistant does not cover."""


@dataclass(frozen=True)
class ChatPage:
    """A chat page: the general one at / or a council's at /<slug>/."""

    slug: str | None
    council: Council

    @property
    def key(self) -> str:
        """Return the name this page's conversation is kept under."""
        return self.slug or GENERAL

    @property
    def prefix(self) -> str:
        """Return the start of every address on this page ('' for the general page)."""
        return f"/{self.slug}" if self.slug else ""

    def url(self, path: str = "/") -> str:
        """Return an address on this page, such as /dorset/feedback for '/feedback'."""
        return f"{self.prefix}{path}"

    def metadata(self, language: str) -> dict[str, str]:
        """Return the metadata sent to Rasa with each message."""
        base = {"language": language}
        return {**base, "authority": self.slug} if self.slug else base

    def phone_contacts(self) -> list[Contact]:
        """Return the council's phone lines for a parent who needs a person."""
        return [c for c in self.council.contacts_for("person") if c.phone]


def chat_page(request: Request) -> ChatPage:
    """Resolve the page from the address; unknown councils raise UnknownCouncil."""
    store = get_store()
    slug = request.path_params.get("slug")
    if slug is None:
        return ChatPage(slug=None, council=store.council(None))
    if not store.is_covered(slug):
        raise UnknownCouncil(slug)
    return ChatPage(slug=slug, council=store.council(slug))


@dataclass(frozen=True)
class TimelineStep:
    """One stage on the picture of the process."""

    id: str
    title: str
    when: str | None
    current: bool
    off_path: bool
    after: str | None = None


def timeline(
    store: ContentStore, slug: str | None, language: str, current: str
) -> list[TimelineStep]:
    """Return every stage in order, with the council's timescales and the parent's stage marked."""
    steps = []
    for stage_id in store.stage_order.all_ids():
        off_path = store.stage_order.off_path.get(stage_id)
        fields = store.stage(slug, stage_id, language).fields
        steps.append(
            TimelineStep(
                id=stage_id,
                title=store.text(f"stage.titles.{stage_id}", language),
                when=fields.get("when"),
                current=stage_id == current,
                off_path=off_path is not None,
                after=(off_path or {}).get("after"),
            )
        )
    return steps
