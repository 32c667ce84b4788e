"""Which supported language a parent writes in, with lingua (offline, good on short texts)."""

import re
from functools import lru_cache
from pathlib import Path

from lingua import IsoCode639_1, LanguageDetectorBuilder

MIN_CONFIDENCE = 0.9
MIN_LATIN_WORDS = 3
NON_LATIN = re.compile(r"[^\x00-\x7F\u00C0-\u024F]")


def supported_languages(content_dir: Path) -> tuple[str, ...]:
    """Return the languages the assistant serves: one interface file each in content/locales/."""
    return tuple(sorted(path.stem for path in (Path(content_dir) / "locales").glob("*.yml")))


@lru_cache
def _detector(codes: tuple[str, ...]):
    isos = [getattr(IsoCode639_1, code.upper()) for code in codes]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


def detect(text: str, codes: tuple[str, ...]) -> str | None:
    """Return the language a message is written in, or None when it is too short or unsure."""
    text = (text or "").strip()
    if len(codes) < 2 or not text or text.startswith("/"):
        return None
    if len(text.split()) < MIN_LATIN_WORDS and not NON_LATIN.search(text):
        return None
    values = _detector(tuple(sorted(codes))).compute_language_confidence_values(text)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    return values[0].language.iso_code_639_1.name.lower()
