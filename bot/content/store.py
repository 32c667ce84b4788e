"""Look-ups of (council, topic, language) with fallbacks, and placeholder rendering."""

import re
from dataclasses import dataclass, field

from bot.content.errors import ContentError
from bot.content.schema import (
    AnswerFile,
    Contact,
    Council,
    National,
    Neighbour,
    Recognition,
    Stage,
    StageOrder,
    Topic,
)

GENERAL = "general"
DEFAULT_LANGUAGE = "en"
PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([a-z0-9_]+))?\}")
CONTACT_FIELDS = ("phone", "email", "address", "link", "search", "hours")
STAGE_FIELDS = ("now", "before", "next", "timescale", "when")


@dataclass(frozen=True)
class Answer:
    """A topic answer and where it came from after fallbacks."""

    key: str
    topic: Topic
    council: str
    language: str


@dataclass(frozen=True)
class StageAnswer:
    """A stage explanation merged from the council's and the general text."""

    stage: str
    fields: dict[str, str]
    sources: list[str]
    language: str = DEFAULT_LANGUAGE
    unchecked: bool = False


@dataclass
class ContentStore:
    """Everything in content/, loaded and schema-checked."""

    councils: dict[str, Council]
    neighbours: list[Neighbour]
    national: National
    stage_order: StageOrder
    answers: dict[tuple[str, str], AnswerFile]
    messages: dict[str, dict]
    recognition: dict[str, Recognition]
    fingerprint: tuple = field(default=(), compare=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False)
    # (council, topic, language) -> when the English changed after that translation was made.
    outdated: dict = field(default_factory=dict, compare=False, repr=False)

    def covered_councils(self) -> list[Council]:
        """Return the councils this assistant covers (not the general set)."""
        return [c for slug, c in sorted(self.councils.items()) if slug != GENERAL]

    def council(self, slug: str | None) -> Council:
        """Return a covered council, or the general set for None or an unknown slug."""
        return self.councils.get(slug or GENERAL) or self.councils[GENERAL]

    def is_covered(self, slug: str | None) -> bool:
        """Tell whether slug names a council this assistant covers."""
        return bool(slug) and slug != GENERAL and slug in self.councils

    def neighbour(self, area_id: str | None) -> Neighbour | None:
        """Return the neighbouring council with this id, if any."""
        return next((n for n in self.neighbours if n.id == area_id), None)

    def topic_keys(self) -> list[str]:
        """Return every topic key that has general text."""
        return sorted(self._answers(GENERAL, DEFAULT_LANGUAGE).topics)

    def _answers(self, slug: str, language: str) -> AnswerFile:
        return self.answers.get((slug, language)) or AnswerFile()

    def _lookup_chain(self, slug: str | None, language: str) -> list[tuple[str, str]]:
        # The council's own English beats a translation of the general text, which may not
        # hold for that council.
        council = slug if self.is_covered(slug) else GENERAL
        chain = [(council, language), (council, DEFAULT_LANGUAGE)]
        chain += [(GENERAL, language), (GENERAL, DEFAULT_LANGUAGE)]
        return list(dict.fromkeys(chain))

    def answer(self, slug: str | None, key: str, language: str = DEFAULT_LANGUAGE) -> Answer:
        """Return the council's answer for a topic, falling back to general text."""
        for council, lang in self._lookup_chain(slug, language):
            topic = self._answers(council, lang).topics.get(key)
            if topic:
                return Answer(key=key, topic=topic, council=council, language=lang)
        raise ContentError(f"no answer for topic {key!r}")

    def contact_note(self, slug: str | None, contact: Contact, language: str) -> tuple[str, str]:
        """Return a contact's note in the language if translated, else in English, and which."""
        council = slug if self.is_covered(slug) else GENERAL
        translated = self._answers(council, language).notes.get(contact.id)
        if translated and contact.note:
            return translated, language
        return contact.note or "", DEFAULT_LANGUAGE

    def has_answer(self, key: str) -> bool:
        """Tell whether a topic has general text (and so an answer everywhere)."""
        return key in self._answers(GENERAL, DEFAULT_LANGUAGE).topics

    def depends_on_council(self, key: str) -> bool:
        """Tell whether the topic's right answer differs by council."""
        general = self._answers(GENERAL, DEFAULT_LANGUAGE).topics.get(key)
        return bool(general and general.depends_on_council)

    def stage(
        self, slug: str | None, stage_id: str, language: str = DEFAULT_LANGUAGE
    ) -> StageAnswer:
        """Return a stage explanation, each field from the council's text or the general one."""
        fields: dict[str, str] = {}
        sources: list[str] = []
        languages: set[str] = set()
        unchecked = False
        for council, lang in self._lookup_chain(slug, language):
            stage = self._answers(council, lang).stages.get(stage_id) or Stage()
            added = [f for f in STAGE_FIELDS if f not in fields and getattr(stage, f)]
            fields.update({f: getattr(stage, f) for f in added})
            if added:
                sources += [s for s in stage.sources if s not in sources]
                languages.add(lang)
                unchecked |= stage.unchecked
        if not fields:
            raise ContentError(f"no explanation for stage {stage_id!r}")
        said_in = language if languages == {language} else DEFAULT_LANGUAGE
        return StageAnswer(
            stage=stage_id, fields=fields, sources=sources, language=said_in, unchecked=unchecked
        )

    def message(self, key: str, language: str = DEFAULT_LANGUAGE) -> str | list[str]:
        """Return one of the assistant's own phrases by dotted key, in English if untranslated."""
        for lang in dict.fromkeys([language, DEFAULT_LANGUAGE]):
            node: object = self.messages.get(lang, {})
            for part in key.split("."):
                node = node.get(part) if isinstance(node, dict) else None
            if node is not None:
                return node
        raise ContentError(f"no message {key!r}")

    def text(self, key: str, language: str = DEFAULT_LANGUAGE) -> str:
        """Return a single-string message by key."""
        value = self.message(key, language)
        if not isinstance(value, str):
            raise ContentError(f"message {key!r} is not a single string")
        return value

    def loanwords(self) -> tuple[str, ...]:
        """Return the English terms that say nothing about the language a parent writes in."""
        english = self.recognition.get(DEFAULT_LANGUAGE) or Recognition()
        return tuple(english.loanwords)

    def recognition_words(self) -> Recognition:
        """Return the need and stage words of every language together (parents mix languages)."""
        merged = Recognition()
        for _, words in sorted(self.recognition.items()):
            for kind in ("needs", "stages"):
                into = getattr(merged, kind)
                for key, phrases in getattr(words, kind).items():
                    into[key] = [*into.get(key, []), *phrases]
        return merged

    def render(
        self,
        template: str,
        slug: str | None,
        language: str = DEFAULT_LANGUAGE,
        **values: str,
    ) -> str:
        """Fill every placeholder in a template for a council, or raise ContentError."""
        council = self.council(slug)

        def fill(match: re.Match) -> str:
            name, arg = match.group(1), match.group(2)
            value = self._placeholder(council, name, arg, language, values)
            if value is None:
                raise ContentError(
                    f"placeholder {match.group(0)} does not resolve for {council.slug}"
                )
            return value

        return PLACEHOLDER.sub(fill, template)

    def _placeholder(
        self, council: Council, name: str, arg: str | None, language: str, values: dict
    ) -> str | None:
        if arg is None:
            simple = {
                "council": council.name,
                "council_short": council.short_name,
                "service": council.service,
            }
            if council.slug == GENERAL and name in simple:
                # The general set's words ("your council") are phrases, so they are translated.
                return values.get(name, self.text(f"general_council.{name}", language))
            return values.get(name, simple.get(name))
        if name == "national":
            number = self.national.numbers.get(arg)
            return number.phone if number else None
        if name in CONTACT_FIELDS:
            contact = council.contact(arg)
            if contact is None:
                return None
            if name == "hours":
                from bot.content.hours import describe_hours

                return describe_hours(self, contact.hours, language) if contact.hours else None
            return getattr(contact, name)
        return None
