"""Finds councils, neighbouring areas, contact needs and stages in a message with spaCy."""

from dataclasses import dataclass

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from bot.content.store import ContentStore

COUNCIL, NEIGHBOUR, NEED, STAGE = "COUNCIL", "NEIGHBOUR", "NEED", "STAGE"


@dataclass(frozen=True)
class Found:
    """What a message names: at most one value of each kind, longest phrase first."""

    councils: tuple[str, ...] = ()
    neighbours: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


class Recogniser:
    """A blank spaCy pipeline with phrase matchers built from content."""

    def __init__(self, store: ContentStore):
        self.nlp = spacy.blank("en")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.labels: dict[str, tuple[str, str]] = {}
        words = store.recognition_words()
        for council in store.covered_councils():
            self._add(COUNCIL, council.slug, council.places)
        for area in store.neighbours:
            self._add(NEIGHBOUR, area.id, area.places)
        for need, phrases in words.needs.items():
            self._add(NEED, need, phrases)
        for stage, phrases in words.stages.items():
            self._add(STAGE, stage, phrases)

    def _add(self, kind: str, value: str, phrases: list[str]) -> None:
        key = f"{kind}:{value}"
        self.labels[key] = (kind, value)
        self.matcher.add(key, [self.nlp.make_doc(p) for p in phrases])

    def find(self, text: str) -> Found:
        """Return what the text names, each kind in order of appearance, without repeats."""
        doc = self.nlp.make_doc(text or "")
        spans = [Span(doc, start, end, label=key) for key, start, end in self.matcher(doc)]
        found: dict[str, list[str]] = {COUNCIL: [], NEIGHBOUR: [], NEED: [], STAGE: []}
        places: list[str] = []
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            kind, value = self.labels[span.label_]
            if value not in found[kind]:
                found[kind].append(value)
            if kind in (COUNCIL, NEIGHBOUR):
                places.append(span.text)
        return Found(
            councils=tuple(found[COUNCIL]),
            neighbours=tuple(found[NEIGHBOUR]),
            needs=tuple(found[NEED]),
            stages=tuple(found[STAGE]),
            places=tuple(places),
        )


def recogniser_for(store: ContentStore) -> Recogniser:
    """Return a recogniser for this content's words in every language, built once per load."""
    key = ("recogniser",)
    if key not in store.cache:
        store.cache[key] = Recogniser(store)
    return store.cache[key]
