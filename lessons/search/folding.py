"""Pure: accent- and case-insensitive folding of Vietnamese text, with snippets
(word starts, as the grassroots bank matches them).

Each character folds to ASCII on its own ("Đ" -> "d", "ế" -> "e"), so an offset in
the folded text is an offset in the original and highlights land on the original
words with their accents.
"""

import re
import unicodedata
from dataclasses import dataclass

from anyascii import anyascii

WORD = re.compile(r"[a-z0-9]+")
SNIPPET_CHARS = 90


def fold_char(char: str) -> str:
    folded = anyascii(char).lower()
    return folded if len(folded) == 1 else " "


def fold_text(text: str) -> str:
    """Same length as `text`: one folded character per original character."""
    return "".join(fold_char(char) for char in text or "")


def words_in(text: str) -> list[str]:
    return WORD.findall(fold_text(text))


def query_words(query: str) -> list[str]:
    """The distinct folded words of a query, at most eight of them."""
    seen = []
    for word in words_in(unicodedata.normalize("NFC", query or "")):
        if word not in seen:
            seen.append(word)
    return seen[:8]


@dataclass(frozen=True)
class Part:
    text: str
    hit: bool


def _spans(folded: str, words: list[str]) -> list[tuple[int, int]]:
    spans = []
    for word in words:
        spans += [m.span() for m in re.finditer(rf"\b{re.escape(word)}", folded)]
    return sorted(spans)


def snippet(text: str, words: list[str], size: int = SNIPPET_CHARS) -> list[Part]:
    """A window of `text` around the first match, split into plain and hit parts."""
    folded = fold_text(text)
    spans = _spans(folded, words)
    if not spans:
        return [Part(text[:size], False)] if text else []
    start = max(0, spans[0][0] - size // 3)
    return window(text, spans, start, min(len(text), start + size))


def window(text: str, spans: list, start: int, end: int) -> list[Part]:
    """`text[start:end]` split into plain and hit parts at `spans` (those wholly
    inside), with "…" where the window cuts the text."""
    parts, cursor = [], start
    for begin, finish in spans:
        if begin < cursor or finish > end:
            continue
        parts += [Part(text[cursor:begin], False), Part(text[begin:finish], True)]
        cursor = finish
    parts.append(Part(text[cursor:end], False))
    if start > 0:
        parts.insert(0, Part("…", False))
    if end < len(text):
        parts.append(Part("…", False))
    return [part for part in parts if part.text]


def highlight(text: str, words: list[str]) -> list[Part]:
    """The whole of a short text (a title) with its matches marked."""
    return snippet(text, words, size=max(len(text), 1))
