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
    pass_context,
    select_autoescape,
)
from markupsafe import Markup

from bot.content import GENERAL, get_store
from bot.content.schema import Council
from bot.settings import get_settings
from bot.web.chat.linkify import linkify
from bot.web.i18n import Translator, translator_for

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


def translator_in(language: str | None) -> Translator:
    """Return the interface text of another language, e.g. to offer switching to it."""
    return translator_for(get_settings().locales_dir, language)


@pass_context
def council_name(context: dict, council: Council) -> str:
    """Return a council's name; the general set's ("your council") in the page's language."""
    language = context.get("language") or "en"
    return get_store().render("{council}", council.slug, language)


def answer_url(council: str | None, key: str, language: str) -> str:
    """Return the address of one answer's page in a language."""
    prefix = f"/{council}" if council and council != GENERAL else ""
    return f"{prefix}/answers/{key}?language={language}"


environment.filters["linkify"] = linkify_with_national_numbers
environment.filters["local_time"] = local_time
environment.globals["tr_for"] = translator_in
environment.globals["answer_url"] = answer_url
environment.globals["council_name"] = council_name

templates = Jinja2Templates(env=environment)
