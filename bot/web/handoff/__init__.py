"""Handoff to a person: the queue of waiting parents, claiming, notes and callback requests."""
