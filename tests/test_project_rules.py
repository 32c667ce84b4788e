"""Project-wide rules: answers live in content/, and domain, rules and content agree."""

import re
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PHONE_OR_EMAIL = re.compile(
    r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b|\b999\b|116 ?123|[\w.+-]+@[\w-]+\.(?:gov|org|co)\.uk"
)


def tracked(*patterns):
    out = subprocess.run(
        ["git", "ls-files", *patterns], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return [ROOT / p for p in out if not p.startswith("tests/")]


def test_no_phone_number_or_email_in_code_or_domain():
    offenders = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in tracked("*.py", "domain.yml", "domain/*.yml")
        for match in PHONE_OR_EMAIL.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_domain_has_no_text_responses():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    assert not domain.get("responses")


def test_every_topic_intent_has_content_and_a_rule(store):
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    rules = yaml.safe_load((ROOT / "data/rules.yml").read_text())["rules"]
    ruled = {step["intent"] for rule in rules for step in rule["steps"] if "intent" in step}
    topic_intents = [i for i in domain["intents"] if i.startswith("ask_") and i != "ask_contact"]
    assert sorted(i[4:] for i in topic_intents) == sorted(
        k for k in store.topic_keys() if not k.startswith("no_contact_")
    )
    assert set(domain["intents"]) <= ruled


def test_every_intent_has_training_examples():
    from rasa.shared.nlu.training_data.loading import load_data

    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    counts = load_data(str(ROOT / "data/nlu")).number_of_examples_per_intent
    thin = {i: counts.get(i, 0) for i in domain["intents"] if counts.get(i, 0) < 20}
    assert thin == {}


def test_evaluation_set_is_apart_from_training_data():
    from rasa.shared.nlu.training_data.loading import load_data

    training = {
        m.get("text").lower().strip() for m in load_data(str(ROOT / "data/nlu")).training_examples
    }
    items = yaml.safe_load((ROOT / "tests/evaluation/messages.yml").read_text())["items"]
    assert len(items) >= 150
    assert [i["text"] for i in items if i["text"].lower().strip() in training] == []
