"""Editors' changes as files, content/edits/<council>.yml: exported and imported back.

A developer exports a council's published changes into content/edits/, reviews them like any other
change to content/, and commits them: the files in the repository stay the reviewed baseline, and
the loader lays them over the rest of content/ (before any newer change made in the web app).
Importing a file publishes, as new versions, the items whose text differs from what is live.
"""

import datetime as dt
from pathlib import Path

import yaml

from bot.content.changes import Change

HEADER = (
    "# Editors' changes, exported from the web app. Format: docs/content.md (content/edits/).\n"
)
FIELDS = ("kind", "key", "language", "author", "reason", "published", "body")


def to_yaml(council: str, changes: list[Change]) -> str:
    """Return a council's changes as content/edits/<council>.yml (same changes, same bytes)."""
    items = [
        {
            "kind": c.kind,
            "key": c.key,
            "language": c.language,
            "author": c.author,
            "reason": c.reason,
            "published": (c.decided_at or c.created_at).replace(microsecond=0).isoformat(),
            "body": c.body,
        }
        for c in sorted(changes, key=lambda c: (c.kind, c.key, c.language))
    ]
    data = {"council": council, "changes": items}
    return HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def from_yaml(text: str) -> list[Change]:
    """Read content/edits/<council>.yml back into changes (ids 0: they are not in the database)."""
    data = yaml.safe_load(text) or {}
    council = data["council"]
    changes = []
    for item in data.get("changes", []):
        missing = [f for f in FIELDS if f not in item]
        if missing:
            raise ValueError(f"an edit to {council} lacks {', '.join(missing)}")
        published = dt.datetime.fromisoformat(item["published"])
        changes.append(
            Change(
                id=0,
                council=council,
                kind=item["kind"],
                key=item["key"],
                language=item["language"],
                body=item["body"],
                status="published",
                reason=item["reason"],
                author=item["author"],
                approver=None,
                created_at=published,
                decided_at=published,
            )
        )
    return changes


def load_edits(content_dir: Path) -> dict[tuple, Change]:
    """Return every change kept in content/edits/, by item."""
    folder = Path(content_dir) / "edits"
    found = {}
    for path in sorted(folder.glob("*.yml")):
        for change in from_yaml(path.read_text(encoding="utf-8")):
            found[change.item] = change
    return found


def export_council(council: str) -> str:
    """Return the newest published web-app change of each of a council's items, as a file."""
    from bot.content import changes

    latest = [c for c in changes.latest_published().values() if c.council == council]
    return to_yaml(council, latest)


def import_file(path: Path) -> list[Change]:
    """Publish the items that differ from what parents see now, keeping who, when and why."""
    from bot.content import changes, get_store, reset_store
    from bot.content.overlay import current_body

    reset_store()
    store = get_store()
    published = []
    for change in from_yaml(Path(path).read_text(encoding="utf-8")):
        if current_body(store, change) != change.body:
            published.append(
                changes.propose(
                    change.item, change.body, change.reason, change.author, True, change.decided_at
                )
            )
    return published


def main(argv: list[str] | None = None) -> int:
    """Export a council's changes to content/edits/, or import such a file."""
    import argparse

    from bot.settings import get_settings

    parser = argparse.ArgumentParser(prog="python -m bot.content.edits")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write content/edits/<council>.yml")
    export.add_argument("council")
    export.add_argument("--out", type=Path, help="file to write (default content/edits/)")
    load = commands.add_parser("import", help="publish a file's changes in the web app")
    load.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "export":
        out = args.out or get_settings().content_dir / "edits" / f"{args.council}.yml"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(export_council(args.council), encoding="utf-8")
        print(f"Wrote {out}")  # noqa: T201
    else:
        done = import_file(args.file)
        print(f"Published {len(done)} change(s) from {args.file}")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
