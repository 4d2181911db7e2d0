"""Telling the open consoles that a session's prepared activities changed off the
socket (the preparation page, the console's forms): once committed, one
`activities` event to the session's hosts, in every process (PROTOCOL.md)."""

from django.db import transaction

from live import snapshot
from live.hub import encode, hub
from live.models import LiveSession


def activities_changed(session: LiveSession) -> None:
    transaction.on_commit(lambda: _announce(session.pk))


def _announce(session_id: int) -> None:
    session = LiveSession.objects.filter(pk=session_id).first()
    if session is None:
        return
    event = {"type": "activities", **snapshot.prepared(session)}
    hub.publish_from_thread(encode(session_id, (None, event)))
