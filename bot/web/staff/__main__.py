"""Create a staff account.

python -m bot.web.staff add-user --username sam --name Sam --council dorset
"""

import argparse
import getpass
import sys

from bot.content import get_store
from bot.web.staff.accounts import AccountError, create_account


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and create the account (the password is asked for)."""
    parser = argparse.ArgumentParser(prog="python -m bot.web.staff")
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add-user", help="create a QARO or duty officer account")
    add.add_argument("--username", required=True)
    add.add_argument("--name", required=True, help="the name parents see, such as 'Sam'")
    add.add_argument(
        "--council", action="append", default=[], help="take over conversations for a council"
    )
    add.add_argument("--edit", action="append", default=[], help="edit a council's content")
    add.add_argument(
        "--approve", action="append", default=[], help="edit and sign off a council's content"
    )
    add.add_argument("--admin", action="store_true", help="manage accounts")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    args = parser.parse_args(argv)

    covered = {c.slug for c in get_store().covered_councils()}
    unknown = sorted(set(args.council + args.edit + args.approve) - covered)
    if unknown:
        print(
            f"Unknown council: {', '.join(unknown)}. Choose from {', '.join(sorted(covered))}.",
            file=sys.stderr,
        )
        return 2
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            print("The passwords do not match.", file=sys.stderr)
            return 2
    try:
        staff_id = create_account(
            args.username, args.name, password, args.council, args.edit, args.approve, args.admin
        )
    except AccountError as error:
        print(f"Could not create the account: {error}.", file=sys.stderr)
        return 2
    roles = [f"conversations: {', '.join(sorted(args.council))}"] if args.council else []
    roles += [f"edits: {', '.join(sorted(args.edit))}"] if args.edit else []
    roles += [f"approves: {', '.join(sorted(args.approve))}"] if args.approve else []
    roles += ["admin"] if args.admin else []
    print(f"Created staff account {args.username!r} (id {staff_id}); {'; '.join(roles)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
