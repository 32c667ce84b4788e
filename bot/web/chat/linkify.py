"""Shows links, email addresses and phone numbers in a message as links, after escaping it."""

import re
from functools import lru_cache

from markupsafe import Markup, escape

URL = r"(?P<url>https://[^\s<]+[^\s<.,;:!?)])"
EMAIL = r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
UK_NUMBER = r"0\d{3,4} ?\d{3} ?\d{3,4}|0\d{3} \d{4}"


@lru_cache
def _pattern(other_numbers: tuple[str, ...]) -> re.Pattern:
    numbers = "|".join([UK_NUMBER, *(re.escape(n) for n in other_numbers)])
    return re.compile(rf"{URL}|{EMAIL}|(?<![\d/])(?P<phone>{numbers})(?![\d/])")


# dir="ltr" keeps a number, address or link in its own order inside right-to-left text:
# without it, a UK number's area code and local number show swapped in an Urdu sentence.
def _link(match: re.Match) -> str:
    text = match.group(0)
    if match.group("url"):
        return f'<a class="govuk-link" dir="ltr" href="{text}" rel="noreferrer">{text}</a>'
    if match.group("email"):
        return f'<a class="govuk-link" dir="ltr" href="mailto:{text}">{text}</a>'
    digits = re.sub(r"\D", "", text)
    return f'<a class="govuk-link" dir="ltr" href="tel:{digits}">{text}</a>'


def linkify(text: str, other_numbers: tuple[str, ...] = ()) -> Markup:
    """Escape a message, then link web addresses, emails, UK numbers and the other numbers given."""
    return Markup(
        _pattern(tuple(sorted(other_numbers, key=len, reverse=True))).sub(_link, str(escape(text)))
    )
