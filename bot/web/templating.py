"""The Jinja2 environment shared by every page: our templates and GOV.UK Frontend's macros."""

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from fastapi.templating import Jinja2Templates
from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    PrefixLoader,
    select_autoescape,
)
from markupsafe import Markup

from bot.content import get_store
from bot.settings import get_settings
from bot.web.chat.linkify import linkify

TEMPLATES_DIR = Path(__file__).parent / "templates"

environment = Environment(
    loader=ChoiceLoader(
        [
            FileSystemLoader(TEMPLATES_DIR),
            PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
        ]
    ),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def linkify_with_national_numbers(text: str) -> Markup:
    """Link a message's addresses and numbers, the national helplines in content included."""
    numbers = tuple(n.phone for n in get_store().national.numbers.values())
    return linkify(text, numbers)


def local_time(moment: dt.datetime, pattern: str = "%d/%m/%Y %H:%M") -> str:
    """Show a stored UTC time in the council's local time."""
    zone = ZoneInfo(get_settings().timezone)
    return moment.replace(tzinfo=dt.timezone.utc).astimezone(zone).strftime(pattern)


environment.filters["linkify"] = linkify_with_national_numbers
environment.filters["local_time"] = local_time

templates = Jinja2Templates(env=environment)
