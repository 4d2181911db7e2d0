"""The full-text index of lessons, one backend per database, one interface.

Each backend keeps, per lesson, its title and text (for marking matches without
reading the lesson again) and an index of its words; `candidates` returns the
lessons having every folded query word as a whole word, best ranked first (title
words weigh more). The levels of matching are decided above, in `matching`.
"""

from dataclasses import dataclass

from django.db import connection

from lessons.search.matching import tokens

TABLE = "lessons_search"


@dataclass(frozen=True)
class Hit:
    lesson_id: int
    rank: float
    title: str
    body: str


class SqliteBackend:
    """FTS5 over folded words ("Đảng" is indexed as "dang"): unicode61 alone
    would keep "đ", which has no accent to remove."""

    def create(self, cursor) -> None:
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
            "title_words, body_words, title UNINDEXED, body UNINDEXED, "
            "tokenize = 'unicode61')"
        )

    def drop(self, cursor) -> None:
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")

    def store(self, cursor, lesson_id: int, title: str, body: str) -> None:
        self.remove(cursor, lesson_id)
        cursor.execute(
            f"INSERT INTO {TABLE} (rowid, title_words, body_words, title, body) "
            "VALUES (%s, %s, %s, %s, %s)",
            [lesson_id, _words(title, "folded"), _words(body, "folded"), title, body],
        )

    def remove(self, cursor, lesson_id: int) -> None:
        cursor.execute(f"DELETE FROM {TABLE} WHERE rowid = %s", [lesson_id])

    def candidates(self, cursor, words: list[str], limit: int) -> list[Hit]:
        # Words are [a-z0-9]+ only, so quoting them is all FTS5 needs.
        match = " AND ".join(f'"{word}"' for word in words)
        cursor.execute(
            f"SELECT rowid, -bm25({TABLE}, 10.0, 1.0), title, body FROM {TABLE} "
            f"WHERE {TABLE} MATCH %s ORDER BY 2 DESC LIMIT %s",
            [match, limit],
        )
        return [Hit(*row) for row in cursor.fetchall()]


class PostgresBackend:
    """tsvector with the `lessons_vi` configuration: the `simple` dictionary
    (no stemming, no stop words: neither fits Vietnamese syllables) after
    `unaccent`, which folds "Đ" to "D" too. Words are given one by one, as
    `matching` cuts them, so both databases see the same words."""

    CONFIG = "lessons_vi"
    WORD_TYPES = "asciiword, word, numword, asciihword, hword, numhword, hword_part"

    def create(self, cursor) -> None:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        cursor.execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE "
            f"cfgname = '{self.CONFIG}') THEN "
            f"CREATE TEXT SEARCH CONFIGURATION {self.CONFIG} (COPY = simple); "
            f"ALTER TEXT SEARCH CONFIGURATION {self.CONFIG} ALTER MAPPING FOR "
            f"{self.WORD_TYPES} WITH unaccent, simple; END IF; END $$"
        )
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (lesson_id integer PRIMARY KEY, "
            "title text NOT NULL, body text NOT NULL, document tsvector NOT NULL)"
        )
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {TABLE}_document ON {TABLE} "
            "USING gin (document)"
        )

    def drop(self, cursor) -> None:
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")
        cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {self.CONFIG}")

    def store(self, cursor, lesson_id: int, title: str, body: str) -> None:
        cursor.execute(
            f"INSERT INTO {TABLE} (lesson_id, title, body, document) VALUES "
            f"(%s, %s, %s, setweight(to_tsvector('{self.CONFIG}', %s), 'A') || "
            f"setweight(to_tsvector('{self.CONFIG}', %s), 'B')) "
            "ON CONFLICT (lesson_id) DO UPDATE SET title = EXCLUDED.title, "
            "body = EXCLUDED.body, document = EXCLUDED.document",
            [lesson_id, title, body, _words(title, "exact"), _words(body, "exact")],
        )

    def remove(self, cursor, lesson_id: int) -> None:
        cursor.execute(f"DELETE FROM {TABLE} WHERE lesson_id = %s", [lesson_id])

    def candidates(self, cursor, words: list[str], limit: int) -> list[Hit]:
        cursor.execute(
            f"SELECT lesson_id, ts_rank_cd(document, query), title, body "
            f"FROM {TABLE}, plainto_tsquery('{self.CONFIG}', %s) AS query "
            "WHERE document @@ query ORDER BY 2 DESC, 1 LIMIT %s",
            [" ".join(words), limit],
        )
        return [Hit(*row) for row in cursor.fetchall()]


def _words(text: str, form: str) -> str:
    return " ".join(getattr(token, form) for token in tokens(text))


def backend_for(vendor: str):
    return PostgresBackend() if vendor == "postgresql" else SqliteBackend()


def current():
    return backend_for(connection.vendor)
