"""Pure quiz scoring: correctness first, optional speed points, latency compensated."""

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
