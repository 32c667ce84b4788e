"""Interface text through python-i18n: one YAML file per language in content/locales/."""

import threading
from dataclasses import dataclass
from pathlib import Path

import i18n

DEFAULT_LANGUAGE = "en"
_lock = threading.Lock()
_loaded: dict[str, tuple[str, ...]] = {}


def _configure(directory: Path) -> tuple[str, ...]:
    i18n.set("filename_format", "{locale}.{format}")
    i18n.set("file_format", "yml")
    i18n.set("fallback", DEFAULT_LANGUAGE)
    i18n.set("error_on_missing_translation", True)
    i18n.set("error_on_missing_placeholder", True)
    i18n.set("enable_memoization", True)
    i18n.load_path[:] = [str(directory)]
    languages = tuple(sorted(p.stem for p in directory.glob("*.yml")))
    for language in languages:
        i18n.resource_loader.load_directory(str(directory), language)
    return languages


def languages(directory: Path) -> tuple[str, ...]:
    """Load the locale files once and return the languages they provide."""
    with _lock:
        key = str(directory)
        if key not in _loaded:
            _loaded[key] = _configure(directory)
        return _loaded[key]


@dataclass(frozen=True)
class Translator:
    """Looks up interface text for one language, falling back to English."""

    language: str

    def __call__(self, text_key: str, /, **values: object) -> str:
        """Return the text for a key with its %{placeholders} filled."""
        return i18n.t(text_key, locale=self.language, **values)

    @property
    def approved(self) -> bool:
        """Tell whether a qualified translator has approved this language's interface text."""
        return self("meta.approved") == "yes"

    @property
    def direction(self) -> str:
        """Return 'rtl' or 'ltr' for the language's script."""
        return self("meta.dir")


def language_choices(directory: Path) -> list[tuple[str, str]]:
    """Return (code, the language's own name) for every locale, English first."""
    codes = sorted(languages(directory), key=lambda code: (code != DEFAULT_LANGUAGE, code))
    return [(code, Translator(code)("meta.name")) for code in codes]


def translator_for(directory: Path, language: str | None) -> Translator:
    """Return a translator for a known language, or for English."""
    known = languages(directory)
    return Translator(language if language in known else DEFAULT_LANGUAGE)
