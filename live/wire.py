"""The names on the wire, in one table: what `live/PROTOCOL.md` documents and
`tests/live/test_protocol_doc.py` holds the document and the code to.

The action types are `live.services.actions.ACTIONS`; the consumer answers
`OWN_MESSAGES` itself. `ActionError` refuses a code not listed here.
"""

# Client messages the consumer answers before the action table.
OWN_MESSAGES = frozenset({"join", "sync", "ping"})

# Replies to one client message.
REPLIES = frozenset({"ack", "error", "pong"})

# Events the server sends on its own (the hub, a snapshot on connect or sync).
EVENTS = frozenset(
    {
        "snapshot",
        "session",
        "status",
        "people",
        "admitted",
        "question",
        "question.removed",
        "question.votes",
        "activities",
        "poll",
        "poll.results",
        "quiz",
        "quiz.closed",
        "quiz.results",
        "situation",
        "situation.results",
        "reactions",
    }
)

# Every `code` an `error` can carry.
ERRORS = frozenset(
    {
        # the frame, before any action
        "too_large",
        "rate_limited",
        "bad_json",
        "unknown_type",
        "bad_id",
        # who sends it
        "forbidden",
        "not_joined",
        "waiting",
        "joined",
        "ended",
        # the data
        "invalid",
        "too_long",
        "blocked_words",
        "not_allowed",
        "not_found",
        # the activity's state
        "closed",
        "already_answered",
        "not_open",
        "already_open",
        "final",
        "not_revealed",
        "no_next",
        # the server: the database is out (with `retry_ms`: resend, same id)
        "unavailable",
        # the right to the socket ends (then close 4401)
        "signed_out",
        "not_host",
    }
)
