"""The timetable: sessions (buổi); a double-booked lecturer or room is refused."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from classes.models import ClassSession, TrainingClass


def _clash_message(session: ClassSession, other: ClassSession, what: str) -> str:
    return _("%(what)s is already booked on %(date)s (%(part)s) for %(other)s.") % {
        "what": what,
        "date": f"{other.date:%d/%m/%Y}",
        "part": other.get_part_display().lower(),
        "other": other.training_class,
    }


def find_clashes(session: ClassSession) -> list[str]:
    """Messages for each lecturer or room already booked at the session's time."""
    same_time = ClassSession.objects.filter(
        date=session.date, part=session.part
    ).select_related("training_class__version__programme", "lecturer")
    if session.pk:
        same_time = same_time.exclude(pk=session.pk)
    messages = []
    for other in same_time:
        if session.lecturer_id and other.lecturer_id == session.lecturer_id:
            messages.append(
                _clash_message(
                    session,
                    other,
                    _("Lecturer %(name)s") % {"name": session.lecturer.full_name},
                )
            )
        room = session.room.strip().casefold()
        if (
            room
            and not room.startswith("http")
            and other.room.strip().casefold() == room
        ):
            messages.append(
                _clash_message(
                    session, other, _("Room “%(room)s”") % {"room": other.room}
                )
            )
    return messages


@transaction.atomic
def schedule_session(
    training_class: TrainingClass,
    *,
    date: datetime.date,
    part: str,
    topic: str,
    periods: int = 5,
    lecturer=None,
    room: str = "",
    session: ClassSession | None = None,
) -> ClassSession:
    """Add (or change) a session; refuses dates outside the class and clashes."""
    session = session or ClassSession(training_class=training_class)
    session.date, session.part, session.topic = date, part, topic.strip()
    session.periods, session.lecturer, session.room = periods, lecturer, room.strip()
    session.full_clean()
    if not training_class.starts_on <= date <= training_class.ends_on:
        raise ValidationError(
            {
                "date": _("The date must be within the class (%(start)s – %(end)s).")
                % {
                    "start": f"{training_class.starts_on:%d/%m/%Y}",
                    "end": f"{training_class.ends_on:%d/%m/%Y}",
                }
            }
        )
    clashes = find_clashes(session)
    if clashes:
        raise ValidationError(clashes)
    session.save()
    return session


def why_not_delete(session: ClassSession) -> str | None:
    """The reason a session may not be deleted, or None.

    A session with attendance marks or self check-ins is history (it counts towards
    the trainees' periods), so it stays; it can still be changed.
    """
    if session.attendance.exists() or session.check_ins.exists():
        return _(
            "This session already has attendance or check-ins, so it cannot be "
            "deleted. Change its date, topic or lecturer instead."
        )
    return None


@transaction.atomic
def delete_session(session: ClassSession) -> None:
    """Remove a session from the timetable; refused once anyone was marked at it."""
    session = ClassSession.objects.select_for_update().get(pk=session.pk)
    reason = why_not_delete(session)
    if reason:
        raise ValidationError(reason)
    session.delete()
