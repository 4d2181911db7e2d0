"""Every write of a live session goes through `perform`: one transaction per action,
stored with the client's message id so that a repeat is acknowledged without effect."""

from live.services.actions import ACTIONS, perform
from live.services.base import ActionError, Actor, Result
from live.services.sessions import create_session, join_session

__all__ = [
    "ACTIONS",
    "ActionError",
    "Actor",
    "Result",
    "create_session",
    "join_session",
    "perform",
]
