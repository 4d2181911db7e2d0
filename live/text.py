"""Pure text rules: a profanity filter, and word-cloud words kept whole."""

import re
import unicodedata
from collections import Counter

# Common Vietnamese profanity, with and without diacritics, and their short forms.
BLOCKED = (
    "địt", "đụ", "đéo", "lồn", "buồi", "cặc", "đĩ", "óc chó", "chó đẻ", "mẹ mày",
    "đồ chó", "đm", "đmm", "đcm", "dm", "dmm", "dcm", "đkm", "dkm", "vcl", "vkl",
    "clgt", "cmm", "cmnr", "dit me", "dit cu",
)  # fmt: skip
NON_WORD = re.compile(r"[^\w]+")
WORD_SEPARATORS = re.compile(r"[,;\n]+")
MAX_WORDS = 3
MAX_WORD_LENGTH = 40


def normalize(text: str) -> str:
    """NFC, single spaces, lower case: "Dân  Chủ" and "dân chủ" are one word."""
    return " ".join(unicodedata.normalize("NFC", text or "").split()).lower()


def blocked_phrases(extra: str = "") -> list[str]:
    return list(BLOCKED) + [
        normalize(line) for line in extra.splitlines() if line.strip()
    ]


def contains_blocked(text: str, extra: str = "") -> bool:
    """Whole-word match, diacritics respected: "đeo kính" is fine, "đéo" is not."""
    padded = " " + NON_WORD.sub(" ", normalize(text)) + " "
    return any(f" {phrase} " in padded for phrase in blocked_phrases(extra))


def cloud_words(text: str) -> list[str]:
    """A word-cloud answer: up to three entries split on commas or lines, each whole.

    "dân chủ, minh bạch" gives ["dân chủ", "minh bạch"]: a Vietnamese word is often
    several syllables, so spaces never split an entry; diacritics are kept.
    """
    entries = [normalize(part) for part in WORD_SEPARATORS.split(text or "")]
    unique = list(dict.fromkeys(entry for entry in entries if entry))
    return [entry[:MAX_WORD_LENGTH] for entry in unique[:MAX_WORDS]]


def count_words(answers: list[list[str]]) -> list[tuple[str, int]]:
    counts = Counter(word for words in answers for word in words)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
