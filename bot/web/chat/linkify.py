"""Shows links, email addresses and phone numbers in a message as links, after escaping it."""

import re

from markupsafe import Markup, escape

LINK = re.compile(
    r"(?P<url>https://[^\s<]+[^\s<.,;:!?)])"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?<![\d/])(?P<phone>0\d{3,4} ?\d{3} ?\d{3,4}|0\d{3} \d{4}|116 123|999)(?![\d/])"
)


def _link(match: re.Match) -> str:
    text = match.group(0)
    if match.group("url"):
        return f'<a class="govuk-link" href="{text}" rel="noreferrer">{text}</a>'
    if match.group("email"):
        return f'<a class="govuk-link" href="mailto:{text}">{text}</a>'
    digits = re.sub(r"\D", "", text)
    return f'<a class="govuk-link" href="tel:{digits}">{text}</a>'


def linkify(text: str) -> Markup:
    """Escape a message, then turn web addresses, emails and phone numbers into links."""
    return Markup(LINK.sub(_link, str(escape(text))))
