"""Pure: which lessons match a query, how well, and where to mark the match.

Vietnamese words are syllables, so a query is first a phrase: its words side by
side. A word typed with its accents must match with those accents ("hồ" is not
"họ"); a word typed without accents matches any accented form ("ho" is "hồ",
"họ", "hộ"). Words match whole ("nghị" is not "nghĩa", "dan" is not "dang").

Four levels, tried in order; the results are the lessons of the first level that
has any:
  0. the phrase, accents as typed;
  1. every word, accents as typed, not side by side;
  2. the phrase, accents ignored;
  3. every word, accents ignored.
"""

import re
import unicodedata
from dataclasses import dataclass

from lessons.search.folding import Part, fold_text, window

WORD = re.compile(r"[a-z0-9]+")
MAX_TERMS = 32
SNIPPET_CHARS = 160
# (phrase, accents as typed) for levels 0 to 3.
LEVELS = [(True, True), (False, True), (True, False), (False, False)]


def lower_text(text: str) -> str:
    """Lower case, one character for one, so offsets stay those of `text`."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class Token:
    exact: str
    folded: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    folded, lower = fold_text(text), lower_text(text)
    return [
        Token(lower[m.start() : m.end()], m.group(), m.start(), m.end())
        for m in WORD.finditer(folded)
    ]


@dataclass(frozen=True)
class Term:
    exact: str
    folded: str

    def matches(self, token: Token, strict: bool) -> bool:
        if strict and self.exact != self.folded:
            return token.exact == self.exact
        return token.folded == self.folded


def query_terms(query: str) -> tuple[list[Term], bool]:
    """The query's words in order (a phrase), and whether some were left out."""
    found = tokens(unicodedata.normalize("NFC", query or ""))
    terms = [Term(token.exact, token.folded) for token in found]
    return terms[:MAX_TERMS], len(terms) > MAX_TERMS


def phrase_spans(toks: list[Token], terms: list[Term], strict: bool) -> list:
    size = len(terms)
    return [
        (toks[i].start, toks[i + size - 1].end)
        for i in range(len(toks) - size + 1)
        if all(term.matches(toks[i + j], strict) for j, term in enumerate(terms))
    ]


def word_spans(toks: list[Token], terms: list[Term], strict: bool) -> list:
    return [
        (tok.start, tok.end)
        for tok in toks
        if any(term.matches(tok, strict) for term in terms)
    ]


def _has_all(toks: list[Token], terms: list[Term], strict: bool) -> bool:
    return all(any(term.matches(tok, strict) for tok in toks) for term in terms)


def grade(title: str, body: str, terms: list[Term]) -> tuple[int, bool] | None:
    """The best level the lesson reaches, and whether its title alone does."""
    title_toks, body_toks = tokens(title), tokens(body)
    for level, (phrase, strict) in enumerate(LEVELS):
        if phrase:
            in_title = bool(phrase_spans(title_toks, terms, strict))
            if in_title or phrase_spans(body_toks, terms, strict):
                return level, in_title
        elif _has_all(title_toks + body_toks, terms, strict):
            return level, _has_all(title_toks, terms, strict)
    return None


def marks(text: str, terms: list[Term], strict: bool) -> list:
    """Where to mark a text: the phrase where it is, else each word."""
    toks = tokens(text)
    return phrase_spans(toks, terms, strict) or word_spans(toks, terms, strict)


def marked(text: str, terms: list[Term], strict: bool) -> list[Part]:
    """The whole text (a title) with its matches marked."""
    return window(text, marks(text, terms, strict), 0, len(text))


def excerpt(text: str, terms: list[Term], strict: bool, size=SNIPPET_CHARS):
    """About `size` characters around the first match, cut at spaces."""
    spans = marks(text, terms, strict)
    start = max(0, spans[0][0] - size // 3) if spans else 0
    if start:
        space = text.find(" ", start, spans[0][0])
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", max(start, spans[0][1] if spans else start), end)
        end = space if space > 0 else end
    return window(text, spans, start, end)
