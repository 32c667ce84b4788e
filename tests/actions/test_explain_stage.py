from actions.explain_stage import ActionExplainStage
from tests.actions.helpers import make_tracker, run_action, slot_events, texts


async def test_unknown_stage_asks_which_stage_with_a_button_per_stage(store):
    tracker = make_tracker("what happens next", "what_happens_next", slots={"authority": "dorset"})
    events, messages = await run_action(ActionExplainStage(), tracker)
    assert slot_events(events) == {"pending_request": "stage"}
    payloads = [b["payload"] for b in messages[0]["buttons"]]
    assert payloads == [f'/what_happens_next{{"stage":"{s}"}}' for s in store.stage_order.all_ids()]


async def test_every_stage_is_explained_for_every_council(store):
    for council in [c.slug for c in store.covered_councils()]:
        for stage in store.stage_order.all_ids():
            tracker = make_tracker(
                "what now", "what_happens_next", slots={"authority": council, "stage": stage}
            )
            _, messages = await run_action(ActionExplainStage(), tracker)
            lines = texts(messages)
            assert lines[0].startswith("Where you are: "), (council, stage)
            assert any(line.startswith("What comes next: ") for line in lines), (council, stage)
            assert any(line.startswith("How long: ") for line in lines), (council, stage)


async def test_gloucestershire_conference_stage_gives_its_timescale():
    tracker = make_tracker(
        "we had the conference",
        "what_happens_next",
        slots={"authority": "gloucestershire", "stage": "plan"},
    )
    _, messages = await run_action(ActionExplainStage(), tracker)
    assert "three months" in " ".join(texts(messages)).lower()


async def test_stage_without_council_asks_for_the_council():
    tracker = make_tracker("what now", "what_happens_next", slots={"stage": "enquiry"})
    events, messages = await run_action(ActionExplainStage(), tracker)
    assert slot_events(events) == {"pending_request": "stage"}
    assert messages[0]["text"].startswith("Which council area")


async def test_stage_explanation_is_tagged_for_the_timeline_and_feedback():
    tracker = make_tracker(
        "what now", "what_happens_next", slots={"authority": "dorset", "stage": "review"}
    )
    _, messages = await run_action(ActionExplainStage(), tracker)
    assert messages[-1]["custom"] == {"topic": "stage_review", "stage": "review", "language": "en"}
    assert all(not m["custom"] for m in messages[:-1])
