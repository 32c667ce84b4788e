"""Evaluates the running assistant over REST on held-out parent messages, in every language.

Each item in tests/evaluation/messages.yml (English) and tests/evaluation/languages/<code>.yml is
sent as a new conversation through the REST channel (with the council as metadata, and no language:
the assistant must detect it). The recognised intent and the language are read back from the
tracker through the HTTP API; the reply is checked for the item's expected facts and for being in
the item's language. Prints the figures overall and per language, and fails if the intent or
facts accuracy overall, or the intent accuracy of any language, is below the given minimum.
"""

import argparse
import sys
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import yaml

from bot.content.language import detect, supported_languages
from bot.settings import get_settings

HERE = Path(__file__).parent
ENGLISH = "en"


@dataclass
class Figures:
    """Counts for one language (or all of them)."""

    items: int = 0
    intent_ok: int = 0
    language_ok: int = 0
    replied_in_language: int = 0
    facts_items: int = 0
    facts_ok: int = 0
    misses: list = field(default_factory=list)
    wrong_facts: list = field(default_factory=list)
    confusions: Counter = field(default_factory=Counter)

    @property
    def intent_accuracy(self) -> float:
        """Share of messages whose intent was recognised."""
        return self.intent_ok / self.items if self.items else 1.0

    @property
    def facts_accuracy(self) -> float:
        """Share of answers with expected facts that had them all."""
        return self.facts_ok / self.facts_items if self.facts_items else 1.0

    @property
    def language_accuracy(self) -> float:
        """Share of messages whose language was detected rightly."""
        return self.language_ok / self.items if self.items else 1.0

    @property
    def reply_accuracy(self) -> float:
        """Share of replies written in the parent's language."""
        return self.replied_in_language / self.items if self.items else 1.0


def load_items(english: Path, languages_dir: Path) -> list[dict]:
    """Return every evaluation item, each with its language."""
    items = [{**item, "language": ENGLISH} for item in _read(english)["items"]]
    for path in sorted(languages_dir.glob("*.yml")):
        data = _read(path)
        items += [{**item, "language": data["language"]} for item in data["items"]]
    return items


def _read(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def ask(client: httpx.Client, item: dict) -> tuple[str | None, str | None, str]:
    """Send one message as a new parent; return the intent, the language and the reply text."""
    sender = f"eval-{uuid.uuid4().hex[:12]}"
    metadata = {"authority": item["authority"]} if item.get("authority") else {}
    replies = client.post(
        "/webhooks/rest/webhook",
        json={"sender": sender, "message": item["text"], "metadata": metadata},
    ).json()
    tracker = client.get(f"/conversations/{sender}/tracker").json()
    intent = (tracker.get("latest_message") or {}).get("intent", {}).get("name")
    language = (tracker.get("slots") or {}).get("language")
    return intent, language, "\n".join(r.get("text", "") for r in replies)


def _has_fact(reply: str, fact: str) -> bool:
    """Tell whether the reply has the fact; 'a|b' accepts either wording."""
    return any(option.lower() in reply.lower() for option in fact.split("|"))


def _count(figures: Figures, item: dict, answer: tuple, written_in: str | None) -> None:
    intent, language, reply = answer
    figures.items += 1
    if intent == item["intent"]:
        figures.intent_ok += 1
    else:
        figures.misses.append((item["language"], item["text"], item["intent"], intent))
        figures.confusions[(item["intent"], intent)] += 1
    figures.language_ok += language == item["language"]
    figures.replied_in_language += written_in == item["language"]
    facts = item.get("facts") or []
    if facts:
        figures.facts_items += 1
        missing = [f for f in facts if not _has_fact(reply, f)]
        if missing:
            figures.wrong_facts.append((item["text"], item.get("authority"), missing))
        else:
            figures.facts_ok += 1


def evaluate(url: str, items: list[dict]) -> dict[str, Figures]:
    """Run every item; return the figures per language and for all ('all')."""
    supported = supported_languages(get_settings().content_dir)
    results: dict[str, Figures] = {"all": Figures()}
    with httpx.Client(base_url=url, timeout=30) as client:
        for item in items:
            answer = ask(client, item)
            written_in = detect(answer[2], supported) or ENGLISH
            for key in ("all", item["language"]):
                _count(results.setdefault(key, Figures()), item, answer, written_in)
    return results


def report(results: dict[str, Figures]) -> None:
    """Print every failure, then the figures overall and per language."""
    overall = results["all"]
    for language, text, expected, got in overall.misses:
        print(f"  intent  [{language}] {expected:26} got {got!s:26} {text!r}")
    for text, authority, missing in overall.wrong_facts:
        print(f"  facts   {authority!s:16} missing {missing} in reply to {text!r}")
    print(f"Evaluation: {overall.items} messages")
    print(f"  intent accuracy: {overall.intent_accuracy:.1%}")
    print(
        f"  right facts:     {overall.facts_accuracy:.1%} of {overall.facts_items} answers"
        " with expected facts"
    )
    print("  per language:    items  intent  language  reply in it  facts")
    for language, figures in sorted(results.items()):
        if language == "all":
            continue
        print(
            f"    {language:4} {figures.items:18} {figures.intent_accuracy:7.1%}"
            f" {figures.language_accuracy:9.1%} {figures.reply_accuracy:12.1%}"
            f" {figures.facts_accuracy:6.1%}"
        )


def below(results: dict[str, Figures], args: argparse.Namespace) -> list[str]:
    """Return each minimum the results fall short of."""
    overall, english = results["all"], results.get(ENGLISH, Figures())
    failures = []
    if english.intent_accuracy < args.min_intent:
        failures.append(f"English intent accuracy below {args.min_intent:.0%}")
    if overall.facts_accuracy < args.min_facts:
        failures.append(f"facts accuracy below {args.min_facts:.0%}")
    for language, figures in results.items():
        if language not in ("all", ENGLISH) and figures.intent_accuracy < args.min_language:
            failures.append(f"{language} intent accuracy below {args.min_language:.0%}")
    return failures


def main() -> int:
    """Run the evaluation and compare against the minimums."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://localhost:5005")
    parser.add_argument("--data", type=Path, default=HERE / "messages.yml")
    parser.add_argument("--languages", type=Path, default=HERE / "languages")
    parser.add_argument("--min-intent", type=float, default=0.0)
    parser.add_argument("--min-facts", type=float, default=0.0)
    parser.add_argument("--min-language", type=float, default=0.0)
    args = parser.parse_args()
    results = evaluate(args.url, load_items(args.data, args.languages))
    report(results)
    failures = below(results, args)
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
