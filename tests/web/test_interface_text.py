"""Every string on the page comes from content/locales/ through python-i18n."""

import re
from pathlib import Path

import pytest
import yaml

from bot.settings import get_settings
from bot.web.i18n import translator_for
from bot.web.templating import TEMPLATES_DIR, environment

KEY = re.compile(r"""\bt\(\s*["']([a-z_.]+)["']""")


def used_keys():
    keys = set()
    for path in [
        *TEMPLATES_DIR.rglob("*.html"),
        *TEMPLATES_DIR.rglob("*.txt"),
        *Path("bot").rglob("*.py"),
    ]:
        keys |= set(KEY.findall(path.read_text(encoding="utf-8")))
    return keys


PLURAL_FORMS = {"zero", "one", "few", "many", "other"}


def english_keys():
    data = yaml.safe_load((get_settings().locales_dir / "en.yml").read_text(encoding="utf-8"))["en"]

    def walk(node, prefix=""):
        for key, value in node.items():
            if isinstance(value, dict) and not set(value) <= PLURAL_FORMS:
                yield from walk(value, f"{prefix}{key}.")
            else:
                yield f"{prefix}{key}"

    return set(walk(data))


def test_every_key_used_exists_in_english():
    used = used_keys()
    known = english_keys()
    assert len(used) > 40
    missing = {
        key
        for key in used
        if key not in known
        and not (key.endswith(("_", ".")) and any(k.startswith(key) for k in known))
    }
    assert missing == set()


def test_missing_key_raises_instead_of_showing_the_key():
    tr = translator_for(get_settings().locales_dir, "en")
    with pytest.raises(KeyError):
        tr("chat.no_such_key")


def test_unknown_language_falls_back_to_english():
    tr = translator_for(get_settings().locales_dir, "xx")
    assert tr.language == "en" and tr.direction == "ltr"


def test_templates_have_no_visible_english_outside_translations():
    tags = re.compile(r"<[^>]+>")
    for path in TEMPLATES_DIR.rglob("*.html"):
        source = path.read_text(encoding="utf-8")
        data = "".join(value for _, kind, value in environment.lex(source) if kind == "data")
        words = re.findall(r"[A-Za-z]{3,}", tags.sub(" ", data))
        assert words == [], f"{path.name} has literal text: {words[:5]}"


PARENT_NAMESPACES = (
    "meta languages service page exit chat count errors handoff callback feedback timeline"
    " privacy help_now councils footer transcript not_found error_page answer"
).split()
PLACEHOLDER = re.compile(r"%%?\{\w+\}")


def flatten(node, prefix=""):
    for key, value in node.items():
        if isinstance(value, dict) and not set(value) <= PLURAL_FORMS:
            yield from flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def locale(code):
    path = get_settings().locales_dir / f"{code}.yml"
    return dict(flatten(yaml.safe_load(path.read_text(encoding="utf-8"))[code]))


def parent_keys():
    return {k: v for k, v in locale("en").items() if k.split(".")[0] in PARENT_NAMESPACES}


OTHER_LOCALES = sorted(p.stem for p in get_settings().locales_dir.glob("*.yml") if p.stem != "en")


def test_the_languages_councils_need_have_interface_text():
    assert set(OTHER_LOCALES) >= {"pl", "ro", "ur", "ar", "gu", "pa", "bn", "so"}


@pytest.mark.parametrize("code", OTHER_LOCALES)
def test_every_parent_facing_key_is_translated_with_the_same_placeholders(code):
    english, translated = parent_keys(), locale(code)
    assert set(english) - set(translated) == set()
    for key, text in english.items():
        forms = translated[key].values() if isinstance(translated[key], dict) else [translated[key]]
        source = text["other"] if isinstance(text, dict) else text
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), key
            assert not re.search(r"\d{3,}", form) or re.search(r"\d{3,}", source), key


@pytest.mark.parametrize("code", OTHER_LOCALES)
def test_translations_say_who_made_them_and_the_direction(code):
    tr = translator_for(get_settings().locales_dir, code)
    assert tr.language == code
    assert tr.direction == ("rtl" if code in ("ar", "ur") else "ltr")
    assert tr("meta.translated_by") and tr("meta.approved") in ("yes", "no")
    for key, english in parent_keys().items():
        if not isinstance(english, dict):
            names = re.findall(r"(?<!%)%\{(\w+)\}", english)
            assert tr(key, **dict.fromkeys(names, "X")).strip(), key
