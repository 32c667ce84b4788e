"""Checks the training and evaluation messages written in each supported language."""

import re
from pathlib import Path

import yaml

from bot.content.safety import crisis_intent
from bot.content.store import ContentStore

# The topics every language must be understood on (issue 6), with greetings and yes/no.
CORE_INTENTS = (
    "ask_what_is_enquiry",
    "what_happens_next",
    "ask_child_taken_away",
    "ask_how_long",
    "ask_conference_what",
    "ask_plan",
    "ask_complaints",
    "ask_contact",
    "ask_qaro",
    "request_human",
    "crisis_child_danger",
    "crisis_self_harm",
    "greet",
    "thanks",
    "affirm",
    "deny",
)
MIN_EXAMPLES = 6
MIN_EVALUATION_ITEMS = 15
MIN_EVALUATION_WORDS = 4
CRISIS = ("crisis_child_danger", "crisis_self_harm")


def read_examples(path: Path) -> dict[str, list[str]]:
    """Return a Rasa NLU file's examples by intent."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    examples: dict[str, list[str]] = {}
    for block in data.get("nlu", []):
        if "intent" in block:
            lines = [re.sub(r"^- ", "", line.strip()) for line in block["examples"].splitlines()]
            examples.setdefault(block["intent"], []).extend(line for line in lines if line)
    return examples


def training_problems(language: str, data_dir: Path) -> list[str]:
    """Return what the language's training file lacks."""
    path = data_dir / "nlu" / "languages" / f"{language}.yml"
    if not path.exists():
        return [f"{path}: missing"]
    examples = read_examples(path)
    return [
        f"{path}: {intent} has {len(examples.get(intent, []))} examples (at least {MIN_EXAMPLES})"
        for intent in CORE_INTENTS
        if len(examples.get(intent, [])) < MIN_EXAMPLES
    ] + [f"{path}: {intent} is not a core intent" for intent in examples.keys() - set(CORE_INTENTS)]


def crisis_problems(store: ContentStore, language: str, data_dir: Path) -> list[str]:
    """Return crisis examples the safety net misses and ordinary examples it takes for a crisis."""
    path = data_dir / "nlu" / "languages" / f"{language}.yml"
    examples = read_examples(path) if path.exists() else {}
    problems = []
    for intent, texts in examples.items():
        for text in texts:
            found = crisis_intent(store, text)
            if intent in CRISIS and found is None:
                problems.append(f"{path}: the safety net misses {intent} example {text!r}")
            elif intent not in CRISIS and found is not None:
                problems.append(f"{path}: the safety net takes {intent} {text!r} for {found}")
    return problems


def evaluation_problems(language: str, evaluation_dir: Path, data_dir: Path) -> list[str]:
    """Return what the language's evaluation file lacks, and items copied from training."""
    path = evaluation_dir / "languages" / f"{language}.yml"
    if not path.exists():
        return [f"{path}: missing"]
    items = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("items") or []
    trained = {
        text.casefold()
        for texts in read_examples(data_dir / "nlu" / "languages" / f"{language}.yml").values()
        for text in texts
    }
    problems = []
    if len(items) < MIN_EVALUATION_ITEMS:
        problems.append(f"{path}: {len(items)} items (at least {MIN_EVALUATION_ITEMS})")
    for item in items:
        text = item.get("text", "")
        if len(text.split()) < MIN_EVALUATION_WORDS:
            problems.append(f"{path}: {text!r} is shorter than {MIN_EVALUATION_WORDS} words")
        if text.casefold() in trained:
            problems.append(f"{path}: {text!r} is also a training example")
        if item.get("intent") not in CORE_INTENTS:
            problems.append(f"{path}: {text!r} has intent {item.get('intent')!r}, not a core one")
    return problems
