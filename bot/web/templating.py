"""The Jinja2 environment shared by every page: our templates and GOV.UK Frontend's macros."""

from pathlib import Path

from fastapi.templating import Jinja2Templates
from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    PrefixLoader,
    select_autoescape,
)

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
environment.filters["linkify"] = linkify

templates = Jinja2Templates(env=environment)
