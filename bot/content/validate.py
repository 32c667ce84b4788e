"""Checks content/ beyond its schema: placeholders, sources, and that every contact is real.

Run `python -m bot.content.validate`; it prints each problem and exits 1 if there are any.
"""

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from bot.content.changes import CONTACT, COUNCIL, TOPIC
from bot.content.edits import load_edits
from bot.content.errors import ContentError
from bot.content.loader import load_content
from bot.content.overlay import edited_contact, edited_council, edited_topic
from bot.content.schema import SOURCE_REF
from bot.content.store import GENERAL, STAGE_FIELDS, ContentStore
from bot.content.translations import translation_problems
from bot.settings import get_settings

MAX_MESSAGE_CHARS = 500
# Translations run longer than English (Polish and Romanian by about a third).
MAX_TRANSLATED_CHARS = 700
# UK numbers (0xxxx xxxxxx) and short numbers of three or six digits (emergency lines, helplines).
PHONE = re.compile(r"(?<![\d:])(?:0\d{2,4} ?\d{3} ?\d{3,4}|\d{3}(?: ?\d{3})?)(?![\d:])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LINK = re.compile(r"(?:https?://|www\.)[^\s\"')]+")
# Values the actions pass into the assistant's own phrases; empty, so only content is checked.
MESSAGE_VALUES = dict.fromkeys(
    "label place neighbour near covered hours phone email address link search days opens closes"
    " first last when day time holiday text team".split(),
    "",
)
GENERAL_PLACEHOLDERS = {"council", "council_short", "service", "national"}


@dataclass(frozen=True)
class Text:
    """One piece of text to check, and where it lives."""

    where: str
    council: str
    text: str
    sources: tuple[str, ...]
    language: str = "en"


class Sources:
    """The source leaflets, read once, for checking references and contact details."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.lines: dict[str, list[str]] = {}
        for path in sorted(folder.glob("[0-9][0-9][0-9]_*.txt")):
            self.lines[path.name[:3]] = path.read_text(encoding="utf-8").splitlines()
        readme = folder / "README.md"
        if readme.exists():
            self.lines["README"] = readme.read_text(encoding="utf-8").splitlines()

    def span(self, ref: str) -> str | None:
        """Return the text of a reference like '000:19' or '004:10-12', or None if invalid."""
        if ref == "README":
            return "\n".join(self.lines.get("README", [])) or None
        match = SOURCE_REF.match(ref)
        lines = self.lines.get(match.group("code")) if match else None
        if not lines:
            return None
        start = int(match.group("start"))
        end = int(match.group("end") or start)
        if not 1 <= start <= end <= len(lines):
            return None
        return "\n".join(lines[start - 1 : end])

    def text_of(self, codes: list[str]) -> str:
        """Return the whole text of the given source files."""
        return "\n".join("\n".join(self.lines.get(code, [])) for code in codes)


def squash(text: str) -> str:
    """Lower-case text with everything but letters and digits removed, for comparisons."""
    return re.sub(r"[^a-z0-9@]", "", text.lower())


def _texts(store: ContentStore) -> Iterator[Text]:
    for (slug, language), answers in sorted(store.answers.items()):
        for key, topic in answers.topics.items():
            for i, message in enumerate(topic.messages):
                where = f"answers/{slug}/{language} topic {key} message {i + 1}"
                yield Text(where, slug, message, tuple(topic.sources), language)
        for stage_id, stage in answers.stages.items():
            for name in STAGE_FIELDS:
                if getattr(stage, name):
                    where = f"answers/{slug}/{language} stage {stage_id}.{name}"
                    text = getattr(stage, name)
                    yield Text(where, slug, text, tuple(stage.sources), language)


def _message_texts(store: ContentStore) -> Iterator[tuple[str, str]]:
    def walk(node: object, path: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            for key, value in node.items():
                yield from walk(value, f"{path}.{key}" if path else key)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{path}[{i}]")
        elif isinstance(node, str):
            yield path, node

    for language, messages in sorted(store.messages.items()):
        for path, text in walk(messages, ""):
            yield f"messages/{language} {path}", text


def check_structure(store: ContentStore) -> list[str]:
    """Every topic and stage has general text; council files only override known keys."""
    problems = []
    general = store.answers.get((GENERAL, "en"))
    if general is None:
        return ["answers/general/en is missing"]
    for stage_id in store.stage_order.all_ids():
        stage = general.stages.get(stage_id)
        missing = [f for f in STAGE_FIELDS if not (stage and getattr(stage, f))]
        if missing:
            problems.append(f"answers/general/en stage {stage_id} lacks {', '.join(missing)}")
    for (slug, language), answers in store.answers.items():
        if slug != GENERAL and slug not in store.councils:
            problems.append(f"answers/{slug} is for a council with no councils/{slug}.yml")
        for key in answers.topics.keys() - general.topics.keys():
            problems.append(f"answers/{slug}/{language} topic {key} has no general text")
        for stage_id in answers.stages.keys() - set(store.stage_order.all_ids()):
            problems.append(f"answers/{slug}/{language} stage {stage_id} is not in stages.yml")
        for stage_id, stage in answers.stages.items():
            if not stage.sources:
                problems.append(f"answers/{slug}/{language} stage {stage_id} has no sources")
    return problems


def check_placeholders(store: ContentStore) -> list[str]:
    """Every placeholder resolves for every council that can be shown the text."""
    problems = []
    for item in _texts(store):
        councils = store.councils if item.council == GENERAL else [item.council]
        if item.council == GENERAL:
            names = {m.group(1) for m in re.finditer(r"\{([a-z_]+)", item.text)}
            for name in sorted(names - GENERAL_PLACEHOLDERS):
                problems.append(f"{item.where}: general text cannot use {{{name}:...}}")
        for slug in councils:
            try:
                store.render(item.text, slug)
            except ContentError as error:
                problems.append(f"{item.where}: {error}")
    return problems


def check_lengths(store: ContentStore) -> list[str]:
    """Every chat message fits a phone screen."""
    problems = []
    for item in _texts(store):
        limit = MAX_MESSAGE_CHARS if item.language == "en" else MAX_TRANSLATED_CHARS
        if len(item.text) > limit:
            problems.append(f"{item.where}: {len(item.text)} characters (at most {limit})")
    return problems


def check_references(store: ContentStore, sources: Sources) -> list[str]:
    """Every reference exists and comes from a source the council may draw on."""
    problems = []
    for item in _texts(store):
        allowed = set(store.council(item.council).sources) | {"README"}
        for ref in item.sources:
            if sources.span(ref) is None:
                problems.append(f"{item.where}: source {ref} does not exist")
            elif ref.split(":")[0] not in allowed:
                problems.append(f"{item.where}: source {ref} is not one of {item.council}'s")
    for council in store.councils.values():
        for contact in council.contacts:
            if sources.span(contact.source) is None:
                problems.append(f"councils/{council.slug} {contact.id}: source does not exist")
    return problems


def check_contacts(store: ContentStore, sources: Sources) -> list[str]:
    """Every contact detail is word for word in the council's own leaflet, on its source line."""
    problems = []
    for council in store.covered_councils():
        leaflet = squash(sources.text_of([council.leaflet or ""]))
        for contact in council.contacts:
            cited = squash(sources.span(contact.source) or "")
            for kind, value in contact.details().items():
                where = f"councils/{council.slug} {contact.id} {kind}"
                if squash(value) not in leaflet:
                    problems.append(f"{where}: {value!r} is not in leaflet {council.leaflet}")
                elif squash(value) not in cited:
                    problems.append(f"{where}: {value!r} is not on line {contact.source}")
    for key, number in store.national.numbers.items():
        if squash(number.phone) not in squash(sources.text_of(["README"])):
            problems.append(f"national {key}: {number.phone} is not in the sources README")
    return problems


def _details_in(text: str) -> list[str]:
    return PHONE.findall(text) + EMAIL.findall(text) + LINK.findall(text)


def check_rendered_details(store: ContentStore, sources: Sources) -> list[str]:
    """No answer, once rendered, shows a number, email or link its council's sources lack."""
    problems = []
    national = {squash(n.phone) for n in store.national.numbers.values()}
    texts = [(t.where, t.council, t.text) for t in _texts(store)]
    texts += [(where, GENERAL, text) for where, text in _message_texts(store)]
    for where, owner, text in texts:
        for slug in store.councils if owner == GENERAL else [owner]:
            council = store.council(slug)
            allowed = squash(sources.text_of([council.leaflet] if council.leaflet else []))
            try:
                rendered = store.render(text, slug, **MESSAGE_VALUES)
            except ContentError:
                continue
            for detail in _details_in(rendered):
                if squash(detail) not in national and squash(detail) not in allowed:
                    problems.append(f"{where} for {slug}: {detail!r} is not in its leaflet")
    return problems


def validate(store: ContentStore, sources_dir: Path) -> list[str]:
    """Return every problem found in the content, or an empty list."""
    if not sources_dir.is_dir():
        return [f"source leaflets not found at {sources_dir} (set CP_SOURCES_DIR)"]
    sources = Sources(sources_dir)
    return [
        *check_structure(store),
        *check_placeholders(store),
        *check_lengths(store),
        *check_references(store, sources),
        *check_contacts(store, sources),
        *check_rendered_details(store, sources),
        *translation_problems(store),
    ]


def check_edits(store: ContentStore, content_dir: Path) -> list[str]:
    """Every exported editor change in content/edits/ applies to the content it names."""
    try:
        edits = load_edits(content_dir)
    except (ValueError, KeyError, yaml.YAMLError) as error:
        return [f"content/edits: {error}"]
    problems = []
    for change in edits.values():
        try:
            if change.council not in store.councils:
                raise ContentError(f"no council {change.council!r}")
            {TOPIC: edited_topic, CONTACT: edited_contact, COUNCIL: edited_council}[change.kind](
                store, change
            )
        except (ContentError, ValidationError, KeyError) as error:
            problems.append(f"content/edits/{change.council}.yml {change.key}: {error}")
    return problems


def load_or_say_why() -> ContentStore | None:
    """Load the configured content, or print why it does not load and return None."""
    try:
        return load_content(get_settings().content_dir)
    except ContentError as error:
        print(f"Content does not load: {error}")
        return None


def main() -> int:
    """Validate the configured content folder and print the result."""
    settings = get_settings()
    store = load_or_say_why()
    if store is None:
        return 1
    problems = validate(store, settings.sources_dir) + check_edits(store, settings.content_dir)
    for problem in problems:
        print(f"- {problem}")
    topics, councils = len(store.topic_keys()), len(store.covered_councils())
    verdict = f"{len(problems)} problem(s)" if problems else "content is valid"
    print(f"Content: {topics} topics, {councils} councils: {verdict}.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
