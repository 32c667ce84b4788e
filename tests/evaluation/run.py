"""Evaluates the running assistant over REST on held-out parent messages.

Each item in tests/evaluation/messages.yml is sent as a new conversation through the REST channel
(with the council as metadata). The recognised intent is read back from the tracker through the HTTP
API, and the reply text is checked for the item's expected facts. Prints intent accuracy and the
share of answers with the right facts, and fails if either is below the given minimum.
"""

import argparse
import sys
import uuid
from collections import Counter
from pathlib import Path

import httpx
import yaml

HERE = Path(__file__).parent


def ask(client: httpx.Client, item: dict) -> tuple[str | None, str]:
    """Send one message as a new parent; return the recognised intent and the reply text."""
    sender = f"eval-{uuid.uuid4().hex[:12]}"
    metadata = {"authority": item["authority"]} if item.get("authority") else {}
    replies = client.post(
        "/webhooks/rest/webhook",
        json={"sender": sender, "message": item["text"], "metadata": metadata},
    ).json()
    tracker = client.get(f"/conversations/{sender}/tracker").json()
    intent = (tracker.get("latest_message") or {}).get("intent", {}).get("name")
    return intent, "\n".join(r.get("text", "") for r in replies)


def _has_fact(reply: str, fact: str) -> bool:
    """Tell whether the reply has the fact; 'a|b' accepts either wording."""
    return any(option.lower() in reply.lower() for option in fact.split("|"))


def evaluate(url: str, path: Path) -> dict:
    """Run every item and return the counts and the failures."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    intent_ok, facts_ok, with_facts = 0, 0, 0
    misses, wrong_facts, confusions = [], [], Counter()
    with httpx.Client(base_url=url, timeout=30) as client:
        for item in items:
            intent, reply = ask(client, item)
            if intent == item["intent"]:
                intent_ok += 1
            else:
                misses.append((item["text"], item["intent"], intent))
                confusions[(item["intent"], intent)] += 1
            facts = item.get("facts") or []
            if facts:
                with_facts += 1
                missing = [f for f in facts if not _has_fact(reply, f)]
                if missing:
                    wrong_facts.append((item["text"], item.get("authority"), missing))
                else:
                    facts_ok += 1
    return {
        "items": len(items),
        "intent_accuracy": intent_ok / len(items),
        "facts_items": with_facts,
        "facts_accuracy": facts_ok / with_facts if with_facts else 1.0,
        "misses": misses,
        "wrong_facts": wrong_facts,
        "confusions": confusions,
    }


def report(result: dict) -> None:
    """Print the figures and every failure."""
    for text, expected, got in result["misses"]:
        print(f"  intent  {expected:28} got {got!s:28} {text!r}")
    for text, authority, missing in result["wrong_facts"]:
        print(f"  facts   {authority!s:16} missing {missing} in reply to {text!r}")
    print(f"Evaluation: {result['items']} messages")
    print(f"  intent accuracy: {result['intent_accuracy']:.1%}")
    print(
        f"  right facts:     {result['facts_accuracy']:.1%} of {result['facts_items']} answers"
        " with expected facts"
    )


def main() -> int:
    """Run the evaluation and compare against the minimums."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://localhost:5005")
    parser.add_argument("--data", type=Path, default=HERE / "messages.yml")
    parser.add_argument("--min-intent", type=float, default=0.0)
    parser.add_argument("--min-facts", type=float, default=0.0)
    args = parser.parse_args()
    result = evaluate(args.url, args.data)
    report(result)
    ok = result["intent_accuracy"] >= args.min_intent and result["facts_accuracy"] >= args.min_facts
    if not ok:
        print(
            f"FAILED: below the minimum ({args.min_intent:.0%} intent, {args.min_facts:.0%} facts)"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
