"""Creating a session, joining it, admitting people, what is on screen, reactions."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from live import payloads, text
from live.models import LiveSession, Participant, Reaction
from live.services.activities import activity_events, check_activity
from live.services.base import (
    ActionError,
    Actor,
    Result,
    bool_field,
    int_field,
    require_participant,
    text_field,
    to_all,
)

SETTINGS = ("lobby", "qa_moderated", "qa_anonymous", "quiz_speed_points")


@transaction.atomic
def create_session(owner, *, title: str, class_session=None, **options) -> LiveSession:
    """A new open session with a fresh 6-digit code (retried if the code is taken)."""
    for _attempt in range(10):
        session = LiveSession(
            owner=owner, title=title, class_session=class_session, **options
        )
        session.full_clean(validate_unique=False)
        try:
            with transaction.atomic():
                session.save()
        except IntegrityError:
            continue
        Reaction.objects.bulk_create(
            Reaction(session=session, kind=kind) for kind in Reaction.Kind.values
        )
        return session
    raise ValidationError(_("No free code was found; please try again."))


@transaction.atomic
def join_session(session: LiveSession, *, user=None, name: str = "") -> Participant:
    """Join as the logged-in user (once) or under a display name.

    Joining records no attendance, even for a live session of a class session: a
    join can come from anywhere (a forwarded code, the lobby); presence is the
    rotating check-in code's, scanned in the room.
    """
    if session.status == LiveSession.Status.ENDED:
        raise ActionError("ended", _("This session has ended."))
    if user is not None and user.is_authenticated:
        participant, _created = Participant.objects.get_or_create(
            session=session,
            user=user,
            defaults={
                "display_name": user.full_name or user.username,
                "admitted": not session.lobby,
            },
        )
        return participant
    name = text_field({"name": name}, "name", max_length=60)
    if text.contains_blocked(name, session.blocked_words):
        raise ActionError(
            "blocked_words", _("Please choose another name: it has unsuitable words.")
        )
    return Participant.objects.create(
        session=session, display_name=name, admitted=not session.lobby
    )


def admit(session: LiveSession, actor: Actor, data: dict) -> Result:
    """Let one person in (`participant`), or everyone waiting (`"all": true`)."""
    if data.get("all") is True:
        events = admit_everyone(session)
        people = events[0][0]["participants"] if events else []
        return Result(
            reply={"participants": people},
            events=events,
            tallies={"people"} if people else set(),
        )
    participant_id = int_field(data, "participant")
    updated = Participant.objects.filter(session=session, pk=participant_id).update(
        admitted=True
    )
    if not updated:
        raise ActionError("not_found", _("This person is not in the session."))
    return Result(
        reply={"participant": participant_id},
        events=[to_all({"type": "admitted", "participant": participant_id})],
    )


def show(session: LiveSession, actor: Actor, data: dict) -> Result:
    """Put an activity on every screen (or nothing)."""
    kind = data.get("activity", "")
    if kind not in LiveSession.Activity.values:
        raise ActionError("invalid", _("Unknown activity."))
    activity_id = int_field(data, "activity_id") if kind not in {"", "qa"} else None
    check_activity(session, kind, activity_id)
    session.activity, session.activity_id = kind, activity_id
    session.save(update_fields=["activity", "activity_id"])
    return Result(events=activity_events(session))


def change_settings(session: LiveSession, actor: Actor, data: dict) -> Result:
    changed = [name for name in SETTINGS if name in data]
    if not changed and "blocked_words" not in data:
        raise ActionError("invalid", _("Nothing to change."))
    for name in changed:
        setattr(session, name, bool_field(data, name))
    if "blocked_words" in data:
        session.blocked_words = blocked_words(data)
        changed.append("blocked_words")
    session.save(update_fields=changed)
    info = payloads.session_info(session)
    events = [to_all({"type": "session", "session": info})]
    if "lobby" in changed and not session.lobby:
        events += admit_everyone(session)
    return Result(events=events, tallies={"people"} if len(events) > 1 else set())


def admit_everyone(session: LiveSession) -> list:
    """With the lobby turned off nobody is left waiting: those in it are let in."""
    waiting = Participant.objects.filter(session=session, admitted=False)
    people = list(waiting.values_list("pk", flat=True))
    if not people:
        return []
    waiting.update(admitted=True)
    return [to_all({"type": "admitted", "participants": people})]


def end(session: LiveSession, actor: Actor, data: dict) -> Result:
    session.status = LiveSession.Status.ENDED
    session.ended_at = timezone.now()
    session.save(update_fields=["status", "ended_at"])
    info = payloads.session_info(session)
    return Result(events=[to_all({"type": "session", "session": info})])


def resume(session: LiveSession, actor: Actor, data: dict) -> Result:
    """An ended session goes on: people can join and act again."""
    if session.status != LiveSession.Status.ENDED:
        raise ActionError("invalid", _("This session has not ended."))
    session.status = LiveSession.Status.OPEN
    session.ended_at = None
    session.save(update_fields=["status", "ended_at"])
    info = payloads.session_info(session)
    return Result(events=[to_all({"type": "session", "session": info})])


def react(session: LiveSession, actor: Actor, data: dict) -> Result:
    require_participant(actor)
    kind = data.get("reaction")
    if kind not in Reaction.Kind.values:
        raise ActionError("invalid", _("Unknown reaction."))
    updated = Reaction.objects.filter(session=session, kind=kind).update(
        count=F("count") + 1
    )
    if not updated:
        Reaction.objects.create(session=session, kind=kind, count=1)
    return Result(tallies={"reactions"})


def blocked_words(data: dict) -> str:
    raw = data.get("blocked_words")
    if not isinstance(raw, str) or len(raw) > 2000:
        raise ActionError("invalid", _("The list of blocked words is not valid."))
    words = [text.normalize(word) for word in raw.replace(",", "\n").splitlines()]
    return "\n".join(word for word in words if word)
