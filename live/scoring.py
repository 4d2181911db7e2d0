"""Pure quiz scoring: correctness first, optional speed points, latency compensated."""

from quizzes.scoring import normalise_text

CORRECT_POINTS = 1000
SPEED_SHARE = 0.5
# Answers that arrive up to this long after the timer are still accepted: the phone
# pressed in time, the network was slow.
GRACE_MS = 2000
# The most of a connection's measured round trip taken off an answer's time (half of
# it: the way there).
MAX_ONE_WAY_MS = 1500
# When the server closes an open question by itself: no answer in time can arrive
# later than this after the timer.
CLOSE_AFTER_MS = GRACE_MS + MAX_ONE_WAY_MS


def is_correct(chosen: list[int], correct: list[int]) -> bool:
    return bool(chosen) and sorted(set(chosen)) == sorted(set(correct))


def answer_elapsed_ms(received_ms: int, opened_ms: int, one_way_ms: int) -> int:
    """Time the person took: the server's clock minus the network's share."""
    return max(0, received_ms - opened_ms - max(0, one_way_ms))


def in_time(elapsed_ms: int, seconds: int) -> bool:
    return elapsed_ms <= seconds * 1000 + GRACE_MS


def points(correct: bool, *, elapsed_ms: int, seconds: int, speed: bool) -> int:
    """1,000 for a correct answer; with speed points, up to half of it for speed."""
    if not correct:
        return 0
    if not speed:
        return CORRECT_POINTS
    limit = max(1, seconds * 1000)
    share = max(0.0, 1 - min(elapsed_ms, limit) / limit)
    base = CORRECT_POINTS * (1 - SPEED_SHARE)
    return round(base + CORRECT_POINTS * SPEED_SHARE * share)


def typed_matches(given: str, accepted: list[str], *, ignore_diacritics=True) -> bool:
    """A typed answer is right when it is one of the accepted answers, whatever the
    case, the spaces and (unless the question says otherwise) the diacritics:
    "chu tich ho chi minh" matches "Chủ tịch Hồ Chí Minh"."""

    def norm(value: str) -> str:
        return normalise_text(
            value, case_sensitive=False, ignore_diacritics=ignore_diacritics
        )

    wanted = norm(given)
    return bool(wanted) and any(norm(text) == wanted for text in accepted)


def number_matches(given: float, answer: float, tolerance: float) -> bool:
    return abs(given - answer) <= tolerance + 1e-9


def is_right(kind: str, correct: list, spec: dict, response: dict) -> bool:
    """Whether one stored answer is right, for every kind of live question."""
    if kind == "typed":
        return typed_matches(
            response.get("text", ""),
            spec.get("accepted", []),
            ignore_diacritics=spec.get("ignore_diacritics", True),
        )
    if kind == "numeric":
        number = response.get("number")
        return number is not None and number_matches(
            number, spec["answer"], spec.get("tolerance", 0)
        )
    if kind == "ordering":
        return list(response.get("choices", [])) == list(correct)
    return is_correct(response.get("choices", []), correct)
