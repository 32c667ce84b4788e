"""Which supported language a parent writes in, with lingua (offline, good on short texts)."""

import re
from functools import lru_cache
from pathlib import Path

from lingua import IsoCode639_1, LanguageDetectorBuilder

MIN_CONFIDENCE = 0.9
MIN_LATIN_WORDS = 3
NON_LATIN = re.compile(r"[^\x00-\x7F\u00C0-\u024F]")
NON_LATIN_WORD = re.compile(r"\S*[^\x00-\x7F\u00C0-\u024F\s]\S*")


def supported_languages(content_dir: Path) -> tuple[str, ...]:
    """Return the languages the assistant serves: one interface file each in content/locales/."""
    return tuple(sorted(path.stem for path in (Path(content_dir) / "locales").glob("*.yml")))


@lru_cache
def _detector(codes: tuple[str, ...]):
    isos = [getattr(IsoCode639_1, code.upper()) for code in codes]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


@lru_cache
def _loanword_pattern(loanwords: tuple[str, ...]) -> re.Pattern:
    phrases = "|".join(re.escape(p) for p in sorted(loanwords, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{phrases})(?!\w)", re.IGNORECASE)


def without_loanwords(text: str, loanwords: tuple[str, ...]) -> str:
    """Remove English terms parents mix into other languages ("social worker", "QARO")."""
    return _loanword_pattern(loanwords).sub(" ", text) if loanwords else text


def detect(text: str, codes: tuple[str, ...], loanwords: tuple[str, ...] = ()) -> str | None:
    """Return the language a message is written in, or None when it is too short or unsure.

    In a message with another script, only the words in that script count; English terms of the
    child protection process (loanwords) never count as English.
    """
    text = (text or "").strip()
    if len(codes) < 2 or not text or text.startswith("/"):
        return None
    if NON_LATIN.search(text):
        text = " ".join(NON_LATIN_WORD.findall(text))
    else:
        text = without_loanwords(text, loanwords)
        if len(text.split()) < MIN_LATIN_WORDS:
            return None
    values = _detector(tuple(sorted(codes))).compute_language_confidence_values(text)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    return values[0].language.iso_code_639_1.name.lower()
