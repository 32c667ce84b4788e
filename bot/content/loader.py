"""Reads content/ from disk into a ContentStore, checking its schema."""

from pathlib import Path

import yaml
from pydantic import ValidationError

from bot.content.errors import ContentError
from bot.content.schema import (
    AnswerFile,
    Council,
    National,
    Neighbour,
    Recognition,
    StageOrder,
    Topic,
)
from bot.content.store import ContentStore

# libyaml's parser, about ten times faster than the pure-Python one, where it is installed.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)  # noqa: S506
    except yaml.YAMLError as error:
        raise ContentError(f"{path}: not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise ContentError(f"{path}: expected a mapping at the top level")
    return data


def _parse(model: type, data: dict, path: Path):
    try:
        return model.parse_obj(data)
    except ValidationError as error:
        raise ContentError(f"{path}: {error}") from error


def _load_councils(content_dir: Path) -> dict[str, Council]:
    councils = {}
    for path in sorted((content_dir / "councils").glob("*.yml")):
        council = _parse(Council, _read_yaml(path), path)
        if council.slug != path.stem:
            raise ContentError(f"{path}: slug {council.slug!r} must match the file name")
        councils[council.slug] = council
    if "general" not in councils:
        raise ContentError(f"{content_dir}/councils/general.yml is missing")
    return councils


def _merge_answer_folder(folder: Path) -> AnswerFile:
    merged = AnswerFile()
    for path in sorted(folder.glob("*.yml")):
        part = _parse(AnswerFile, _read_yaml(path), path)
        for kind in ("topics", "stages", "notes"):
            existing, new = getattr(merged, kind), getattr(part, kind)
            clash = existing.keys() & new.keys()
            if clash:
                raise ContentError(f"{path}: {kind} defined twice in {folder}: {sorted(clash)}")
            existing.update(new)
    return merged


def _load_answers(content_dir: Path) -> dict[tuple[str, str], AnswerFile]:
    answers = {}
    for folder in sorted((content_dir / "answers").glob("*/*")):
        if folder.is_dir():
            answers[(folder.parent.name, folder.name)] = _merge_answer_folder(folder)
    return answers


def _load_by_language(folder: Path, model: type | None = None) -> dict[str, object]:
    loaded = {}
    for path in sorted(folder.glob("*.yml")):
        data = _read_yaml(path)
        loaded[path.stem] = _parse(model, data, path) if model else data
    return loaded


def fingerprint(content_dir: Path) -> tuple:
    """Return a cheap signature of the content files that changes when any file does."""
    files = sorted(content_dir.rglob("*.yml"))
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


def load_content(content_dir: Path) -> ContentStore:
    """Load and schema-check every content file under content_dir."""
    content_dir = Path(content_dir)
    if not content_dir.is_dir():
        raise ContentError(f"content folder {content_dir} does not exist")
    neighbours_data = _read_yaml(content_dir / "neighbours.yml")
    return ContentStore(
        councils=_load_councils(content_dir),
        neighbours=[Neighbour.parse_obj(n) for n in neighbours_data.get("areas", [])],
        national=_parse(National, _read_yaml(content_dir / "national.yml"), content_dir),
        stage_order=_parse(StageOrder, _read_yaml(content_dir / "stages.yml"), content_dir),
        answers=_load_answers(content_dir),
        messages=_load_by_language(content_dir / "messages"),
        recognition=_load_by_language(content_dir / "recognition", Recognition),
        fingerprint=fingerprint(content_dir),
    )


__all__ = ["load_content", "fingerprint", "Topic"]
