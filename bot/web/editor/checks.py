"""Checks an editor's change before anything is saved: each problem is a sentence for the form."""

import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from bot.content import ContentError, ContentStore
from bot.content.schema import DAYS, Contact, Hours

MAX_MESSAGE = 500
MAX_MESSAGES = 8
MIN_REASON = 5
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


def check_reason(reason: str, problems: Problems) -> None:
    """Every change needs a source or a reason."""
    if len(reason.strip()) < MIN_REASON:
        problems.add("reason", "Enter the source or reason for this change")


def check_messages(store: ContentStore, council: str, text: str, problems: Problems) -> list[str]:
    """Check an answer's text and return its chat bubbles."""
    messages = split_messages(text)
    if not messages:
        problems.add("messages", "Enter the answer")
    elif len(messages) > MAX_MESSAGES:
        problems.add("messages", f"Split the answer into {MAX_MESSAGES} chat messages or fewer")
    for number, message in enumerate(messages, start=1):
        _check_message(store, council, number, message, problems)
    return messages


def _check_message(store, council: str, number: int, message: str, problems: Problems) -> None:
    where = f"Message {number}"
    if len(message) > MAX_MESSAGE:
        problems.add(
            "messages", f"{where} is {len(message)} characters: keep each to {MAX_MESSAGE}"
        )
    if TAG.search(message):
        problems.add("messages", f"{where} has HTML in it: write plain text")
    if PLAIN_LINK.search(message):
        problems.add("messages", f"{where} has a link that does not start with https://")
    for found in NUMBER_LIKE.findall(message):
        if not UK_NUMBER.match(found.strip()):
            problems.add("messages", f"{where}: write phone numbers like 01305 225940 ({found})")
    try:
        store.render(message, council)
    except ContentError as error:
        problems.add("messages", f"{where}: {error}")


def check_contact(
    store: ContentStore, council: str, contact_id: str, form: dict, problems: Problems
) -> dict:
    """Check a contact's fields; return the body to save (only the fields editors change)."""
    baseline = store.council(council).contact(contact_id)
    body: dict = {"label": form.get("label", "").strip()}
    if not body["label"]:
        problems.add("label", "Enter what this contact is for")
    if baseline.phone is not None or form.get("phone"):
        phone = " ".join(form.get("phone", "").split())
        if not UK_NUMBER.match(phone):
            problems.add("phone", "Enter a UK phone number, like 01305 225940")
        body["phone"] = phone
    days = [d for d in DAYS if form.get(f"day_{d}")]
    opens, closes = form.get("opens", "").strip(), form.get("closes", "").strip()
    if days or opens or closes:
        try:
            hours = Hours(days=days, opens=opens, closes=closes)
            if not days:
                problems.add("days", "Select the days the line is open")
            elif hours.opens >= hours.closes:
                problems.add("closes", "The closing time must be after the opening time")
            body["hours"] = hours.dict()
        except ValidationError:
            problems.add("opens", "Enter opening and closing times like 09:00 and 17:00")
    else:
        body["hours"] = None
    if not problems:
        try:
            Contact(**{**baseline.dict(), **body})
        except ValidationError as error:
            problems.add("label", f"This contact cannot be saved: {error.errors()[0]['msg']}")
    return body
