"""Benchmark: time for one parent message to be answered over REST by the running assistant.

Sends a fixed set of messages (topic answers, contacts, stages, small talk) as new conversations and
prints the median and 90th percentile reply time. As a baseline measured in the same run, it also
times the Rasa server's bare /status call, so the assistant's own cost can be read off.
"""

import statistics
import time
import uuid

import httpx

MESSAGES = [
    ("what's the number for the QARO", "dorset"),
    ("how long does the enquiry take", "dorset"),
    ("will they take my child away", "leicestershire"),
    ("when is the review conference", "gloucestershire"),
    ("how do I complain", "leicestershire"),
    ("what happens after the conference", "gloucestershire"),
    ("hello", "dorset"),
    ("can I bring a friend to the conference", "dorset"),
]
ROUNDS = 10


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    with httpx.Client(base_url="http://localhost:5005", timeout=30) as client:

        def send(text, authority):
            sender = f"bench-{uuid.uuid4().hex[:10]}"
            client.post(
                "/webhooks/rest/webhook",
                json={"sender": sender, "message": text, "metadata": {"authority": authority}},
            ).raise_for_status()

        for text, authority in MESSAGES:  # warm up
            send(text, authority)
        replies = [timed(lambda m=m: send(*m)) for _ in range(ROUNDS) for m in MESSAGES]
        baseline = [
            timed(lambda: client.get("/status").raise_for_status()) for _ in range(len(replies))
        ]

    def line(name, values):
        values = sorted(values)
        p90 = values[int(len(values) * 0.9) - 1]
        print(
            f"  {name:30} median {statistics.median(values):7.1f} ms   p90 {p90:7.1f} ms"
            f"   (n={len(values)})"
        )

    print("Reply time over REST (new conversation each message):")
    line("message -> reply", replies)
    line("baseline: GET /status", baseline)


if __name__ == "__main__":
    main()
