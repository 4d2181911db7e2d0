"""Rows read once for the actions stored together in one group commit.

`live/writer.py` stores the actions that arrive together in one transaction. Within
it, what a vote storm's actions all check (the session, the poll, whether each
message id was stored and each participant admitted) is read once instead of once
per action. Only the lecturer's actions change those rows, so each of
them empties the memo before and after it runs; outside a group commit nothing is
remembered.
"""

import contextlib
from contextvars import ContextVar

_memo: ContextVar[dict | None] = ContextVar("live_shared_reads", default=None)


@contextlib.contextmanager
def shared_reads():
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def remembered(key: tuple, load):
    """`load()`, or what it returned for `key` earlier in this group commit."""
    memo = _memo.get()
    if memo is None:
        return load()
    if key not in memo:
        memo[key] = load()
    return memo[key]


def remember(key: tuple, value) -> None:
    memo = _memo.get()
    if memo is not None:
        memo[key] = value


def forget() -> None:
    memo = _memo.get()
    if memo is not None:
        memo.clear()
