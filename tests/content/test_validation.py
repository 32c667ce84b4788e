import shutil
from pathlib import Path

import pytest
import yaml

from bot.content import ContentError, load_content
from bot.content.validate import validate
from bot.settings import get_settings


def test_the_real_content_is_valid(store):
    assert validate(store, get_settings().sources_dir) == []


@pytest.fixture
def content_copy(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(get_settings().content_dir, target)
    return target


def edit(path: Path, change):
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True))


def problems_after(content_dir, path, change):
    edit(content_dir / path, change)
    return validate(load_content(content_dir), get_settings().sources_dir)


def test_a_wrong_phone_number_is_caught(content_copy):
    def change(d):
        d["contacts"][0]["phone"] = "01305 225941"

    problems = problems_after(content_copy, "councils/dorset.yml", change)
    assert any("'01305 225941' is not in leaflet 000" in p for p in problems)


def test_a_number_typed_into_an_answer_is_caught(content_copy):
    def change(d):
        d["topics"]["complaints"]["messages"].append("Or ring 01452 426565.")

    problems = problems_after(content_copy, "answers/dorset/en/rights.yml", change)
    assert any("'01452 426565' is not in its leaflet" in p for p in problems)


def test_a_placeholder_that_does_not_resolve_is_caught(content_copy):
    def change(d):
        d["topics"]["how_long"]["messages"].append("Call {phone:nobody}.")

    problems = problems_after(content_copy, "answers/dorset/en/enquiry.yml", change)
    assert any("{phone:nobody} does not resolve for dorset" in p for p in problems)


def test_general_text_cannot_use_a_council_contact(content_copy):
    def change(d):
        d["topics"]["kinds_of_harm"]["messages"].append("Call {phone:qaro_duty}.")

    problems = problems_after(content_copy, "answers/general/en/rights.yml", change)
    assert any("general text cannot use {phone:...}" in p for p in problems)


def test_a_reference_past_the_end_of_a_leaflet_is_caught(content_copy):
    def change(d):
        d["topics"]["how_long"]["sources"] = ["000:999"]

    problems = problems_after(content_copy, "answers/dorset/en/enquiry.yml", change)
    assert any("source 000:999 does not exist" in p for p in problems)


def test_a_source_from_another_council_is_caught(content_copy):
    def change(d):
        d["topics"]["how_long"]["sources"] = ["003:81"]

    problems = problems_after(content_copy, "answers/dorset/en/enquiry.yml", change)
    assert any("source 003:81 is not one of dorset's" in p for p in problems)


def test_an_overlong_message_is_caught(content_copy):
    def change(d):
        d["topics"]["how_long"]["messages"].append("word " * 120)

    problems = problems_after(content_copy, "answers/dorset/en/enquiry.yml", change)
    assert any("characters (at most 500)" in p for p in problems)


def test_a_topic_without_general_text_is_caught(content_copy):
    def change(d):
        d["topics"]["invented_topic"] = {"messages": ["Hello."], "sources": ["000:5"]}

    problems = problems_after(content_copy, "answers/dorset/en/enquiry.yml", change)
    assert any("topic invented_topic has no general text" in p for p in problems)


def test_schema_errors_stop_loading_with_the_file_named(content_copy):
    edit(
        content_copy / "councils/dorset.yml",
        lambda d: d["contacts"][0]["hours"].update(opens="9am"),
    )
    with pytest.raises(ContentError, match="dorset.yml"):
        load_content(content_copy)


def test_missing_sources_folder_is_a_problem_not_a_pass(store, tmp_path):
    assert validate(store, tmp_path / "nowhere")[0].startswith("source leaflets not found")
