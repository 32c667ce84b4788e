"""Checks an editor's change before anything is saved: each problem is a sentence for the form."""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import ValidationError

from bot.content import ContentError, ContentStore
from bot.content.schema import DAYS, Contact, Hours
from bot.content.translations import compare_text

Translate = Callable[..., str]
MAX_MESSAGE = 500
# Translations run longer than English (Polish and Romanian by about a third).
MAX_TRANSLATED_MESSAGE = 700
MAX_TRANSLATOR_NAME = 100
MAX_MESSAGES = 8
MIN_REASON = 5
MAX_NAME = 100
TAG = re.compile(r"<\s*[a-zA-Z/!?]")
PLAIN_LINK = re.compile(r"\bhttp://", re.IGNORECASE)
NUMBER_LIKE = re.compile(r"(?<![\w/])\+?\d[\d ]{8,}\d(?![\w/])")
UK_NUMBER = re.compile(r"^(0\d{3,4} ?\d{3} ?\d{3,4}|0\d{3} \d{4}|0\d{3} \d{3} \d{4})$")


@dataclass
class Problems:
    """Error messages by form field, in the order the form shows them."""

    by_field: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str) -> None:
        """Record the first problem with a field."""
        self.by_field.setdefault(name, message)

    def __bool__(self) -> bool:
        return bool(self.by_field)

    def summary(self) -> list[dict[str, str]]:
        """Return GOV.UK error summary items."""
        return [{"text": text, "href": f"#{name}"} for name, text in self.by_field.items()]


def split_messages(text: str) -> list[str]:
    """Split the text box into chat bubbles: a blank line starts a new one."""
    parts = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return [" ".join(part.split()) for part in parts if part.strip()]


def check_reason(reason: str, problems: Problems, tr: Translate) -> None:
    """Every change needs a source or a reason."""
    if len(reason.strip()) < MIN_REASON:
        problems.add("reason", tr("editor.error_reason"))


def check_messages(
    store: ContentStore,
    council: str,
    text: str,
    problems: Problems,
    tr: Translate,
    limit: int = MAX_MESSAGE,
) -> list[str]:
    """Check an answer's text and return its chat bubbles."""
    messages = split_messages(text)
    if not messages:
        problems.add("messages", tr("editor.error_empty"))
    elif len(messages) > MAX_MESSAGES:
        problems.add("messages", tr("editor.error_too_many", limit=MAX_MESSAGES))
    for number, message in enumerate(messages, start=1):
        for problem in _message_problems(store, council, message, limit):
            problems.add("messages", tr(problem[0], number=number, **problem[1]))
    return messages


def _message_problems(store, council: str, message: str, limit: int) -> list[tuple[str, dict]]:
    found = []
    if len(message) > limit:
        found.append(("editor.error_long", {"length": len(message), "limit": limit}))
    if TAG.search(message):
        found.append(("editor.error_html", {}))
    if PLAIN_LINK.search(message):
        found.append(("editor.error_link", {}))
    for number in NUMBER_LIKE.findall(message):
        if not UK_NUMBER.match(number.strip()):
            found.append(("editor.error_number", {"found": number}))
    try:
        store.render(message, council)
    except ContentError as error:
        found.append(("editor.error_placeholder", {"problem": str(error)}))
    return found


def check_contact(
    store: ContentStore,
    council: str,
    contact_id: str,
    form: dict,
    problems: Problems,
    tr: Translate,
) -> dict:
    """Check a contact's fields; return the body to save (only the fields editors change)."""
    baseline = store.council(council).contact(contact_id)
    body: dict = {"label": form.get("label", "").strip()}
    if not body["label"]:
        problems.add("label", tr("editor.error_label"))
    if baseline.phone is not None or form.get("phone"):
        phone = " ".join(form.get("phone", "").split())
        if not UK_NUMBER.match(phone):
            problems.add("phone", tr("editor.error_phone"))
        body["phone"] = phone
    body["hours"] = _check_hours(form, problems, tr)
    if not problems:
        try:
            Contact(**{**baseline.dict(), **body})
        except ValidationError as error:
            problems.add("label", tr("editor.error_contact", problem=error.errors()[0]["msg"]))
    return body


def _check_hours(form: dict, problems: Problems, tr: Translate) -> dict | None:
    days = [d for d in DAYS if form.get(f"day_{d}")]
    opens, closes = form.get("opens", "").strip(), form.get("closes", "").strip()
    if not (days or opens or closes):
        return None
    try:
        hours = Hours(days=days, opens=opens, closes=closes)
    except ValidationError:
        problems.add("opens", tr("editor.error_times"))
        return None
    if not days:
        problems.add("days", tr("editor.error_days"))
    elif hours.opens >= hours.closes:
        problems.add("closes", tr("editor.error_closes"))
    return hours.dict()


def check_review_date(form: dict, problems: Problems, tr: Translate) -> str | None:
    """Return the review-by date typed (as YYYY-MM-DD), None if left empty."""
    parts = [form.get(f"review-{part}", "").strip() for part in ("year", "month", "day")]
    if not any(parts):
        return None
    try:
        return dt.date(*(int(part) for part in parts)).isoformat()
    except (TypeError, ValueError):
        problems.add("review", tr("editor.error_review"))
        return None


def check_details(form: dict, problems: Problems, tr: Translate) -> dict:
    """Check a council's name, short name, service and the towns that identify it."""
    body = {
        name: " ".join(form.get(name, "").split()) for name in ("name", "short_name", "service")
    }
    for name, value in body.items():
        if not value or len(value) > MAX_NAME:
            problems.add(name, tr(f"editor.error_{name}", limit=MAX_NAME))
    places = [" ".join(line.split()) for line in form.get("places", "").splitlines()]
    places = list(dict.fromkeys(p for p in places if p))
    if not places or any(len(p) > MAX_NAME for p in places):
        problems.add("places", tr("editor.error_places", limit=MAX_NAME))
    body["places"] = places
    return body


def check_translation(
    english: list[str], messages: list[str], problems: Problems, tr: Translate
) -> None:
    """A translation must keep the English answer's numbers and placeholders, all of them."""
    found = compare_text("", "\n".join(english), "\n".join(messages))
    if messages and found:
        problems.add("messages", tr("editor.error_translation"))


def check_translator(name: str, problems: Problems, tr: Translate) -> str:
    """Return the qualified translator's name, which must be given."""
    name = " ".join(name.split())
    if not name:
        problems.add("checked_by", tr("editor.error_translator"))
    elif len(name) > MAX_TRANSLATOR_NAME:
        problems.add("checked_by", tr("editor.error_translator_long", limit=MAX_TRANSLATOR_NAME))
    return name
