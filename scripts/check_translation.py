"""Prints every problem in one language's translation, training and evaluation files.

Usage: .venv/bin/python scripts/check_translation.py CODE
"""

import sys
from pathlib import Path

from bot.content.translations import translation_problems
from bot.content.validate import load_or_say_why, validate
from bot.nlu.coverage import crisis_problems, evaluation_problems, training_problems
from bot.settings import get_settings

ROOT = Path(__file__).resolve().parent.parent


def main(language: str) -> int:
    """Check one language and print what is wrong."""
    settings = get_settings()
    store = load_or_say_why()
    if store is None:
        return 1
    problems = translation_problems(store, language)
    problems += [p for p in validate(store, settings.sources_dir) if f"/{language}" in p]
    problems += training_problems(language, ROOT / "data")
    problems += crisis_problems(store, language, ROOT / "data")
    problems += evaluation_problems(language, ROOT / "tests" / "evaluation", ROOT / "data")
    for problem in problems:
        print(f"- {problem}")
    print(f"{language}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
