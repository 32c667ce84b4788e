"""Errors raised by the content store."""


class ContentError(Exception):
    """Content that cannot be loaded or used: a bad file, key or placeholder."""
