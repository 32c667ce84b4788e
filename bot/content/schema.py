"""The shape of everything in content/, checked when it is loaded."""

import datetime as dt
import re

from pydantic import BaseModel, Field, validator

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SOURCE_REF = re.compile(r"^(?P<code>\d{3}):(?P<start>\d+)(?:-(?P<end>\d+))?$|^README$")
WHEN_MAX_LENGTH = 60
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _check_refs(refs: list[str]) -> list[str]:
    for ref in refs:
        if not SOURCE_REF.match(ref):
            raise ValueError(f"source reference {ref!r} is not like '000:19' or '004:10-12'")
    return refs


class Hours(BaseModel):
    """Weekly opening hours of a contact, in the council's local time."""

    days: list[str]
    opens: str
    closes: str

    @validator("days", each_item=True)
    def _day(cls, value: str) -> str:  # noqa: D102, N805
        if value not in DAYS:
            raise ValueError(f"day {value!r} must be one of {', '.join(DAYS)}")
        return value

    @validator("opens", "closes")
    def _time(cls, value: str) -> str:  # noqa: D102, N805
        if not TIME.match(value):
            raise ValueError(f"time {value!r} must be HH:MM")
        return value


class Contact(BaseModel):
    """One way to reach a council: a phone line, an email, an address, a link."""

    id: str
    needs: list[str]
    label: str
    source: str
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    link: str | None = None
    search: str | None = None
    note: str | None = None
    hours: Hours | None = None

    @validator("source")
    def _source(cls, value: str) -> str:  # noqa: D102, N805
        return _check_refs([value])[0]

    @validator("phone")
    def _phone(cls, value: str | None) -> str | None:  # noqa: D102, N805
        if value is not None and not re.fullmatch(r"0\d{3,4} ?\d{3} ?\d{3,4}", value):
            raise ValueError(f"phone {value!r} is not a UK number like '0xxxx xxxxxx'")
        return value

    def details(self) -> dict[str, str]:
        """Return the contact's reachable fields by placeholder kind."""
        fields = ("phone", "email", "address", "link", "search")
        return {name: getattr(self, name) for name in fields if getattr(self, name)}


class Handoff(BaseModel):
    """A council's live chat with a person: who answers, and the line whose hours it keeps."""

    staff_title: str
    team: str
    hours_from: str
    closed_on_bank_holidays: bool = True


class Council(BaseModel):
    """A council this assistant covers (or the general set)."""

    slug: str
    name: str
    short_name: str
    service: str
    sources: list[str]
    leaflet: str | None = None
    places: list[str] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    handoff: Handoff | None = None
    # Editors' changes wait for an approver's sign-off before parents see them.
    requires_approval: bool = False

    @validator("handoff")
    def _handoff_hours(cls, value: Handoff | None, values: dict) -> Handoff | None:  # noqa: D102, N805
        if value is None:
            return value
        contact = next((c for c in values.get("contacts", []) if c.id == value.hours_from), None)
        if contact is None or contact.hours is None:
            raise ValueError(
                f"handoff.hours_from {value.hours_from!r} must name a contact with hours"
            )
        return value

    def contact(self, contact_id: str) -> Contact | None:
        """Return the contact with this id, if the council has it."""
        return next((c for c in self.contacts if c.id == contact_id), None)

    def contacts_for(self, need: str) -> list[Contact]:
        """Return the council's contacts that serve a need, in file order."""
        return [c for c in self.contacts if need in c.needs]


class Neighbour(BaseModel):
    """A council next to a covered one that this assistant does not cover."""

    id: str
    name: str
    next_to: str
    places: list[str]


class Translation(BaseModel):
    """Who translated an answer, and the qualified translator who checked it (None: not yet)."""

    translated_by: str
    checked_by: str | None = None


class Translatable(BaseModel):
    """A topic or stage that may be a translation."""

    # Set on translations only (from the file's `translation:` unless the item has its own).
    translation: Translation | None = None

    @property
    def unchecked(self) -> bool:
        """Tell whether this is a translation no qualified translator has checked yet."""
        return self.translation is not None and not self.translation.checked_by


class Topic(Translatable):
    """An answer to one topic: chat bubbles plus the lines they came from."""

    messages: list[str]
    sources: list[str]
    depends_on_council: bool = False
    review_by: dt.date | None = None
    edited: str | None = None

    @validator("messages")
    def _not_empty(cls, value: list[str]) -> list[str]:  # noqa: D102, N805
        if not value or not all(m.strip() for m in value):
            raise ValueError("an answer needs at least one non-empty message")
        return [m.strip() for m in value]

    _refs = validator("sources", allow_reuse=True)(_check_refs)


class Stage(Translatable):
    """A stage explanation; a council's file may set only some fields."""

    now: str | None = None
    before: str | None = None
    next: str | None = None
    timescale: str | None = None
    when: str | None = None
    sources: list[str] = Field(default_factory=list)

    _refs = validator("sources", allow_reuse=True)(_check_refs)

    @validator("when")
    def _short(cls, value: str | None) -> str | None:  # noqa: D102, N805
        if value is not None and len(value) > WHEN_MAX_LENGTH:
            raise ValueError(f"'when' must be at most {WHEN_MAX_LENGTH} characters: {value!r}")
        return value


class AnswerFile(BaseModel):
    """One YAML file under answers/<slug>/<lang>/."""

    translation: Translation | None = None
    topics: dict[str, Topic] = Field(default_factory=dict)
    stages: dict[str, Stage] = Field(default_factory=dict)
    # Translations of the council's contact notes (the English is `note` in councils/<slug>.yml).
    notes: dict[str, str] = Field(default_factory=dict)

    @validator("topics", "stages")
    def _translated(cls, value: dict, values: dict) -> dict:  # noqa: D102, N805
        translation = values.get("translation")
        if translation is None:
            return value
        return {
            key: item if item.translation else item.copy(update={"translation": translation})
            for key, item in value.items()
        }


class NationalNumber(BaseModel):
    """A national helpline allowed in every answer."""

    label: str
    phone: str
    hours: str | None = None


class National(BaseModel):
    """national.yml: emergency help with its source."""

    source: str
    numbers: dict[str, NationalNumber]


class StageOrder(BaseModel):
    """stages.yml: the order of the process."""

    order: list[str]
    off_path: dict[str, dict[str, str]] = Field(default_factory=dict)

    def all_ids(self) -> list[str]:
        """Return every stage id, on the main path first."""
        return [*self.order, *self.off_path]


class Recognition(BaseModel):
    """recognition/<lang>.yml: words naming needs, stages and crises."""

    needs: dict[str, list[str]] = Field(default_factory=dict)
    stages: dict[str, list[str]] = Field(default_factory=dict)
    crisis: dict[str, list[str]] = Field(default_factory=dict)
    # English only: terms parents writing other languages mix in, which are no sign of English.
    loanwords: list[str] = Field(default_factory=list)
