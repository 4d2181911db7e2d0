"""Pure helpers for Vietnamese text: ASCII slugs, accent folding, name order."""

import unicodedata

from anyascii import anyascii
from django.utils.text import slugify

# The Vietnamese alphabet in its own order; each letter sorts after its base.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: index for index, letter in enumerate(ALPHABET)}
# Tones sort as dictionaries order them: none, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn


def slugify_vi(text: str) -> str:
    """ "Đảng viên mới" -> "dang-vien-moi": anyascii keeps Đ as D, unlike NFKD."""
    return slugify(anyascii(text or ""))


def fold(text: str) -> str:
    """Lower case without diacritics, for accent-insensitive matching."""
    return anyascii(text or "").lower()


def _letter_and_tone(char: str) -> tuple[str, int]:
    decomposed = unicodedata.normalize("NFD", char.lower())
    tone = 0
    kept = []
    for part in decomposed:
        if part in _TONES:
            tone = _TONES[part]
        else:
            kept.append(part)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def word_sort_key(word: str) -> tuple:
    """Letters by the Vietnamese alphabet first, tones only to break ties."""
    letters, tones = [], []
    for char in word:
        letter, tone = _letter_and_tone(char)
        letters.append(_RANK.get(letter, len(ALPHABET) + ord(letter[:1] or " ")))
        tones.append(tone)
    return tuple(letters), tuple(tones)


def given_name(full_name: str) -> str:
    """In "Nguyễn Thị Lan" the given name, by which people are sorted, is "Lan"."""
    words = full_name.split()
    return words[-1] if words else ""


def _encode_rank(rank: int) -> str:
    digits = "cdefghijklmnopqrstuvwxyz"  # two base-24 digits, never "a" or "b"
    rank = min(rank, 24 * 24 - 1)
    return digits[rank // 24] + digits[rank % 24]


def name_sort_key(full_name: str) -> str:
    """An ASCII key that sorts "họ và tên" by given name, then family and middle names.

    Stored on the row so that SQLite and PostgreSQL order people alike: it holds
    only lower-case letters, which every collation orders the same way. Letters
    come first (each word ended by "b", all words by "a"), tones break ties.
    """
    words = full_name.split()
    ordered = words[-1:] + words[:-1]
    letters, tones = [], []
    for word in ordered:
        ranks, word_tones = word_sort_key(word)
        letters.append("".join(_encode_rank(rank) for rank in ranks) + "b")
        tones.append("".join("abcdef"[tone] for tone in word_tones))
    return ("".join(letters) + "a" + "".join(tones))[:255]
