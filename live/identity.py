"""Who is on a socket: a host, a participant (by login or by token), or a visitor."""

import secrets

from django.core import signing
from django.db import transaction
from django.utils.translation import gettext as _

from live.models import ClientAction, LiveSession, Participant
from live.services import ActionError, Actor, join_session
from live.services.actions import CLIENT_ID


def identify(session: LiveSession, user, token: str | None) -> Actor:
    """Who is on a socket of this session; joining a logged-in user on the way."""
    if session.is_host(user):
        return Actor(session.pk, user_id=user.pk, is_host=True)
    user_id = user.pk if user.is_authenticated else None
    participant = None
    if user_id:
        participant = Participant.objects.filter(
            session=session, user_id=user_id
        ).first()
        if participant is None and session.status == LiveSession.Status.OPEN:
            participant = join_session(session, user=user)
    elif token:
        participant = _by_token(session, token)
    return Actor(
        session.pk, participant_id=participant and participant.pk, user_id=user_id
    )


def _by_token(session: LiveSession, token: str) -> Participant | None:
    """A participant who joined by name. Someone who joined logged in is found by
    their login only: their token, left in a phone's storage after logging out,
    must not act as them."""
    try:
        return Participant.objects.filter(
            session=session, token=token, user__isnull=True
        ).first()
    except Exception:  # noqa: BLE001 - a malformed token is simply unknown
        return None


VISITOR_SALT = "live.visitor"


def visitor_key(session_id: int, offered) -> tuple[str, str]:
    """(the key a visitor's socket is given, the secret in it) for `join`.

    The key is the server's, signed: the one it gave this client before (`?visitor=`
    on reconnecting, so a `join` resent after a lost ack finds its participant),
    else a new one. Another visitor cannot know it, so the same message id from them
    is another join."""
    signer = signing.Signer(salt=VISITOR_SALT)
    if isinstance(offered, str):
        try:
            owner, _sep, secret = signer.unsign(offered).partition(":")
        except signing.BadSignature:
            owner = secret = ""
        if owner == str(session_id) and secret:
            return offered, secret
    secret = secrets.token_urlsafe(16)
    return signer.sign(f"{session_id}:{secret}"), secret


@transaction.atomic
def join_by_name(
    actor: Actor, client_id: str, name, *, connection: str
) -> tuple[Participant, bool]:
    """The `join` message of a visitor; a resend with the same id under the same
    visitor key gives the same participant back.

    `connection` is the secret of the socket's visitor key (`visitor_key`): the same
    message id sent by another visitor is another join, never a way to become
    whoever sent it first."""
    if not isinstance(client_id, str) or not CLIENT_ID.match(client_id):
        raise ActionError(
            "bad_id", _("Each message needs an id (1-64 letters or digits).")
        )
    session = LiveSession.objects.get(pk=actor.session_id)
    key = f"join:{connection}"
    done = ClientAction.objects.filter(
        session=session, actor=key, client_id=client_id
    ).values_list("reply", flat=True)
    for reply in done[:1]:
        return Participant.objects.get(pk=reply["participant"]), False
    participant = join_session(session, name=name if isinstance(name, str) else "")
    ClientAction.objects.create(
        session=session,
        actor=key,
        client_id=client_id,
        kind="join",
        reply={"participant": participant.pk},
    )
    return participant, True
