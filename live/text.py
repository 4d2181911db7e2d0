"""Pure text rules: a profanity filter, and word-cloud words kept whole."""

import re
import unicodedata
from collections import Counter

# Common Vietnamese profanity. Written with diacritics they are matched as written
# ("đéo" is blocked, "đeo kính" is not); a phrase is also matched with its
# diacritics dropped only where that spelling is no everyday word ("deo" is "đeo",
# "lon" is "lớn", "cac" is "các": those are matched only in the phrases below).
BLOCKED = (
    "địt", "đụ", "đéo", "lồn", "buồi", "cặc", "đĩ", "óc chó", "chó đẻ", "mẹ mày",
    "đồ chó", "thằng chó", "con chó cái", "mả mẹ", "mẹ kiếp", "đù má", "đụ má",
    "vãi lồn", "vãi lìn", "lìn", "khốn nạn", "đồ khốn", "súc vật", "óc lợn",
    "con đĩ", "đồ điếm", "thằng ngu", "đồ ngu", "ngu như bò", "đờ mờ",
)  # fmt: skip
# Abbreviations and unaccented spellings that are no everyday word.
BLOCKED_PLAIN = (
    "dm", "dmm", "dcm", "dcmm", "dkm", "dmcs", "vcl", "vkl", "vl", "vcc", "clgt",
    "cmm", "cmn", "cmnr", "dit", "ditme", "dit me", "dit cu", "du ma", "deo biet",
    "deo hieu", "lon me", "buoi me", "cac me", "me may", "do cho", "oc cho",
    "cho de", "ma me", "me kiep", "vai lon", "vai lin", "khon nan", "suc vat",
    "thang ngu", "loz", "dmj",
)  # fmt: skip
NON_WORD = re.compile(r"[^\w]+")
# Letters written as digits or signs to slip past a filter ("l0n", "đ!t", "$ủa").
LOOKALIKES = str.maketrans(
    {"0": "o", "1": "i", "!": "i", "3": "e", "4": "a", "@": "a", "$": "s", "5": "s"}
)
# "đ.é.o", "đ-m", "đ m", "d*i*t": single letters kept apart by dots, dashes, stars,
# underscores or spaces are read as one word.
SPELLED_OUT = re.compile(r"(?<![\w])[^\W_](?:[\W_]{1,3}[^\W_])+(?![\w])")
DISGUISED = re.compile(r"\w*[0-9!@$]\w*[^\W\d_]\w*|\w*[^\W\d_]\w*[0-9!@$]+\w*")
REPEATS = re.compile(r"(\w)\1{2,}")
WORD_SEPARATORS = re.compile(r"[,;\n]+")
MAX_WORDS = 3
MAX_WORD_LENGTH = 40


def normalize(text: str) -> str:
    """NFC, single spaces, lower case: "Dân  Chủ" and "dân chủ" are one word."""
    return " ".join(unicodedata.normalize("NFC", text or "").split()).lower()


# Control characters, bidirectional overrides and isolates, zero-width and other
# invisible format characters, private-use and unassigned code points: none is
# needed to write Vietnamese, and on the projector they spoof ("An\u202egnp").
INVISIBLE = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})


def visible(text: str) -> str:
    """NFC, without invisible characters; tabs and line breaks become spaces."""
    text = unicodedata.normalize("NFC", text or "")
    return "".join(
        " " if char in "\t\n\r\v\f" else char
        for char in text
        if char in "\t\n\r\v\f" or unicodedata.category(char) not in INVISIBLE
    )


def fold(text: str) -> str:
    """Diacritics dropped, "đ" as "d": "Đéo" is "deo"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _joined_letters(match: re.Match) -> str:
    return NON_WORD.sub("", match.group(0)).replace("_", "")


def _words(text: str) -> str:
    """The text as the filter reads it: " word word ", look-alikes turned back into
    letters, spelled-out letters joined, long repeats ("địttt") cut to one."""
    lowered = normalize(text).translate(LOOKALIKES)
    joined = SPELLED_OUT.sub(_joined_letters, lowered)
    return " " + NON_WORD.sub(" ", REPEATS.sub(r"\1", joined)).strip() + " "


FOLDED_WORDS = frozenset(fold(word) for word in BLOCKED if " " not in word)


def blocked_phrases(extra: str = "") -> list[str]:
    return list(BLOCKED) + [
        normalize(line) for line in extra.splitlines() if line.strip()
    ]


def contains_blocked(text: str, extra: str = "") -> bool:
    """Whole words only: "đeo kính" and "các đồng chí" are fine; "đéo", "Đ.É.O",
    "d1t", "vcl" and "lồnnn" are not. The lecturer's own words (`extra`) are matched
    as written."""
    words = _words(text)
    if any(f" {phrase} " in words for phrase in blocked_phrases(extra)):
        return True
    folded = fold(words)
    if any(f" {phrase} " in folded for phrase in BLOCKED_PLAIN):
        return True
    # A word written with look-alikes ("l0n", "bu0i") was disguised on purpose:
    # it is matched with its diacritics dropped.
    disguised = {
        fold(word.translate(LOOKALIKES))
        for word in DISGUISED.findall(text)
        if len(word) > 2  # "d1", "k1" are codes, not disguises
    }
    return not disguised.isdisjoint(FOLDED_WORDS)


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
