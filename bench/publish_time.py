"""Benchmark: time from an editor publishing an answer to the running assistant giving it.

Publishes a new Dorset core group answer through the web app's editor form, then asks the
assistant over REST until the new text comes back, several times; prints the median and 90th
percentile. As a baseline measured in the same run it times the same question with no change
pending. The answer is put back to the content files' text at the end.
"""

import statistics
import sys
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.assistant import ask  # noqa: E402
from tests.support.editor_client import Editor  # noqa: E402

ROUNDS = 5
TOPIC_PATH = "/staff/content/dorset/topics/core_group"
LIMIT_SECONDS = 2.0


def ask_core_group(client: httpx.Client) -> str:
    return ask(client, "what is a core group", "dorset")


def until(client: httpx.Client, text: str, limit: float = 10.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if text in ask_core_group(client):
            return time.perf_counter() - start
    raise SystemExit(f"the assistant did not give {text!r} within {limit} s")


def main() -> None:
    editor = Editor(["dorset"])
    published = []
    with httpx.Client(base_url="http://localhost:5005", timeout=30) as rasa:
        baseline = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            ask_core_group(rasa)
            baseline.append(time.perf_counter() - start)
        try:
            for round_number in range(ROUNDS):
                marker = f"Benchmark answer {round_number} {uuid.uuid4().hex[:6]}."
                start = time.perf_counter()
                editor.save(TOPIC_PATH, messages=marker, reason="publish benchmark")
                until(rasa, marker)
                published.append(time.perf_counter() - start)
        finally:
            editor.restore("dorset", "topic", "core_group")

    def line(name: str, values: list[float]) -> str:
        ordered = sorted(values)
        p90 = ordered[int(0.9 * (len(ordered) - 1))]
        median = statistics.median(values)
        return f"  {name:30} median {median:6.2f} s   p90 {p90:6.2f} s   (n={len(values)})"

    print("Publish to answer (editor form -> action server reload -> REST reply):")
    print(line("publish -> new answer", published))
    print(line("baseline: one REST answer", baseline))
    worst = max(published)
    verdict = "ok" if worst < LIMIT_SECONDS else "TOO SLOW"
    print(f"  slowest {worst:.2f} s; limit {LIMIT_SECONDS:.1f} s: {verdict}")
    if worst >= LIMIT_SECONDS:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
