"""Pure: how alike two questions are, to show similar answered ones before a new
question is sent. Words are folded as the lesson search folds them ("đất" and
"dat" are one word); common function words count for nothing."""

from lessons.search import words_in

# Vietnamese function words and question words that say nothing of the subject.
STOP_WORDS = frozenset(
    """
    a ai anh bao bi biet cac cach can cho chi chu co con cua cung da de den di
    do duoc gi hay hoac hoi khi khong la lai lam len luc ma minh moi mot nao nay
    neu nhu nhung nhieu noi ong phai ra rang roi sao se tai the theo thi thoi toi
    trong tu va van ve vi voi xin xa
    """.split()  # noqa: SIM905 (a list of words reads best as a block)
)
MIN_SCORE = 0.3
MIN_SHARED = 2


def key_words(text: str) -> frozenset[str]:
    """The folded words of a text that carry its subject (two letters or more)."""
    return frozenset(
        word for word in words_in(text) if len(word) > 1 and word not in STOP_WORDS
    )


def likeness(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over the smaller set's size (0..1); a short new question
    whose every word is in an answered one is alike, however long that one is."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def most_alike(text: str, candidates, limit: int = 5) -> list:
    """The candidates (objects with `.text`) most like `text`, best first, those
    sharing at least two subject words and scoring at least MIN_SCORE."""
    words = key_words(text)
    scored = []
    for candidate in candidates:
        other = key_words(candidate.text)
        score = likeness(words, other)
        if len(words & other) >= MIN_SHARED and score >= MIN_SCORE:
            scored.append((score, candidate))
    scored.sort(key=lambda pair: -pair[0])
    return [candidate for _score, candidate in scored[:limit]]
