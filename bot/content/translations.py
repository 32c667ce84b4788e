"""Checks translations against their English: same placeholders, same numbers, same structure.

A translation may leave a topic out (parents then get the English with a notice), but whatever it
has must say the same numbers and fill the same placeholders as the English it translates.
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from bot.content.schema import AnswerFile, Council, Stage, Topic
from bot.content.store import DEFAULT_LANGUAGE, PLACEHOLDER, STAGE_FIELDS, ContentStore

DIGITS = re.compile(r"[0-9]+")


def _placeholders(text: str) -> Counter:
    return Counter(match.group(0) for match in PLACEHOLDER.finditer(text))


def _foreign_digits(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) == "Nd" and not c.isascii()]


def compare_text(where: str, english: str, translated: str) -> list[str]:
    """Return how a translated text differs from its English in placeholders and numbers."""
    problems = []
    if _placeholders(english) != _placeholders(translated):
        problems.append(
            f"{where}: placeholders {sorted(_placeholders(translated).elements())} "
            f"differ from the English {sorted(_placeholders(english).elements())}"
        )
    if _foreign_digits(translated):
        problems.append(f"{where}: write numbers with the digits 0-9")
    english_numbers = Counter(DIGITS.findall(PLACEHOLDER.sub("", english)))
    numbers = Counter(DIGITS.findall(PLACEHOLDER.sub("", translated)))
    if english_numbers != numbers:
        problems.append(
            f"{where}: numbers {sorted(numbers.elements())} "
            f"differ from the English {sorted(english_numbers.elements())}"
        )
    return problems


def _compare_topic(where: str, original: Topic, topic: Topic) -> Iterator[str]:
    if len(topic.messages) != len(original.messages):
        yield f"{where}: {len(topic.messages)} messages, the English has {len(original.messages)}"
    pairs = zip(original.messages, topic.messages, strict=False)
    for i, (en, text) in enumerate(pairs, start=1):
        yield from compare_text(f"{where} message {i}", en, text)
    if topic.sources != original.sources:
        yield f"{where}: sources must be the English topic's"
    if topic.depends_on_council != original.depends_on_council:
        yield f"{where}: depends_on_council must be the English topic's"
    if topic.translation is None:
        yield f"{where}: say who translated it (translation.translated_by)"


def _compare_stage(where: str, original: Stage, stage: Stage) -> Iterator[str]:
    for name in STAGE_FIELDS:
        text, en = getattr(stage, name), getattr(original, name)
        if text and not en:
            yield f"{where}.{name}: the English has no {name}"
        elif text:
            yield from compare_text(f"{where}.{name}", en, text)
    if stage.sources != original.sources:
        yield f"{where}: sources must be the English stage's"


def _compare_answers(where: str, english: AnswerFile, translated: AnswerFile) -> Iterator[str]:
    for kind, compare in (("topics", _compare_topic), ("stages", _compare_stage)):
        originals = getattr(english, kind)
        for key, item in getattr(translated, kind).items():
            label = f"{where} {kind[:-1]} {key}"
            if key in originals:
                yield from compare(label, originals[key], item)
            else:
                yield f"{label}: there is no English {kind[:-1]} {key} to translate"


def _leaves(node: object, path: str = "") -> Iterator[tuple[str, object]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, f"{path}.{key}" if path else str(key))
    else:
        yield path, node


def _compare_messages(language: str, english: dict, translated: dict) -> Iterator[str]:
    theirs = dict(_leaves(translated))
    for path, en in _leaves(english):
        where = f"messages/{language} {path}"
        if path not in theirs:
            yield f"{where}: missing (every phrase must be translated)"
            continue
        text = theirs[path]
        if isinstance(en, list) and path == "topics.main":
            if text != en:
                yield f"{where}: must be the English list of topic keys"
        elif isinstance(en, list):
            if not isinstance(text, list) or len(text) != len(en):
                yield f"{where}: must be a list of {len(en)} phrases like the English"
                continue
            for i, (a, b) in enumerate(zip(en, text, strict=True), start=1):
                yield from compare_text(f"{where}[{i}]", str(a), str(b))
        elif not isinstance(text, str):
            yield f"{where}: must be a single phrase like the English"
        else:
            yield from compare_text(where, str(en), text)
    for path in theirs.keys() - dict(_leaves(english)).keys():
        yield f"messages/{language} {path}: not in the English (messages/en.yml)"


def _compare_notes(where: str, council: Council | None, notes: dict[str, str]) -> Iterator[str]:
    for contact_id, note in notes.items():
        contact = council.contact(contact_id) if council else None
        if contact is None or not contact.note:
            yield f"{where} note {contact_id}: the council has no such contact with a note"
        else:
            yield from compare_text(f"{where} note {contact_id}", contact.note, note)


def translation_problems(store: ContentStore, language: str | None = None) -> list[str]:
    """Return every way the translations (of one language, or all) differ from their English."""
    problems: list[str] = []
    for (slug, lang), answers in sorted(store.answers.items()):
        if lang == DEFAULT_LANGUAGE or (language and lang != language):
            continue
        english = store.answers.get((slug, DEFAULT_LANGUAGE)) or AnswerFile()
        problems += _compare_answers(f"answers/{slug}/{lang}", english, answers)
        problems += _compare_notes(
            f"answers/{slug}/{lang}", store.councils.get(slug), answers.notes
        )
    english_messages = store.messages.get(DEFAULT_LANGUAGE, {})
    for lang, messages in sorted(store.messages.items()):
        if lang == DEFAULT_LANGUAGE or (language and lang != language):
            continue
        problems += _compare_messages(lang, english_messages, messages)
    return problems
