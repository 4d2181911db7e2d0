"""Lesson search: accent folding (`folding`), matching phrases and words as the
reader typed them (`matching`), and the full-text index in the database
(`index`, with one backend for SQLite FTS5 and one for PostgreSQL)."""

from lessons.search.folding import (
    Part,
    fold_char,
    fold_text,
    highlight,
    query_words,
    snippet,
    words_in,
)

__all__ = [
    "Part",
    "fold_char",
    "fold_text",
    "highlight",
    "query_words",
    "snippet",
    "words_in",
]
