"""Attendance marked by the lecturer in one go, and self check-in by QR code."""

import datetime
import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from classes import checkin_codes
from classes.models import Attendance, CheckIn, ClassSession, Enrolment
from classes.services.classes import record_attendance
from classes.services.notices import warn_about_absences


@transaction.atomic
def mark_attendance(session: ClassSession, marks: dict[int, str]) -> int:
    """Store the lecturer's marks ({trainee id: status}); returns how many were saved.

    Trainees of the class left out of `marks` are marked present. Those whose
    absences now pass the threshold, and the head lecturer, get a notice.
    """
    valid = set(Attendance.Status.values)
    enrolments = Enrolment.objects.filter(
        training_class=session.training_class, status=Enrolment.Status.ACTIVE
    ).select_related("trainee")
    for enrolment in enrolments:
        status = marks.get(enrolment.trainee_id, Attendance.Status.PRESENT)
        if status not in valid:
            raise ValidationError(_("Unknown attendance status."))
        record_attendance(
            session, enrolment.trainee, status=status, source=Attendance.Source.LECTURER
        )
    warn_about_absences(session.training_class)
    return len(enrolments)


def check_in(
    code: str, trainee, *, device: str, now: float | None = None
) -> Attendance:
    """Mark the trainee present at the session the (fresh) code names.

    Refuses expired or forged codes, a code of a session held on another day, people
    not in the class, and a phone that has already checked in someone else to this
    session. Checking in twice is harmless.
    """
    secret = settings.SECRET_KEY
    now = now or time.time()
    try:
        session_id = checkin_codes.read_code(code, now, secret)
    except checkin_codes.ExpiredCode:
        raise ValidationError(
            _("This code has expired. Please scan the code on the screen again.")
        ) from None
    except checkin_codes.InvalidCode:
        raise ValidationError(_("This is not a valid check-in code.")) from None
    session = ClassSession.objects.select_related("training_class").get(pk=session_id)
    today = timezone.localdate(datetime.datetime.fromtimestamp(now, tz=datetime.UTC))
    if session.date != today:
        # A fresh code can be shown for any session: presence counts on its day.
        raise ValidationError(
            _("This code is for the session of %(date)s, not today's.")
            % {"date": date_format(session.date, "SHORT_DATE_FORMAT")}
        )
    return _check_in_once(session, trainee, device)


@transaction.atomic
def _check_in_once(session: ClassSession, trainee, device: str) -> Attendance:
    used = CheckIn.objects.filter(session=session, device=device).first()
    if used and used.trainee_id != trainee.pk:
        raise ValidationError(
            _("This phone has already checked in another person to this session.")
        )
    if used is None:
        try:
            with transaction.atomic():
                CheckIn.objects.get_or_create(
                    session=session, trainee=trainee, defaults={"device": device}
                )
        except IntegrityError:
            raise ValidationError(
                _("This phone has already checked in another person to this session.")
            ) from None
    attendance = record_attendance(
        session,
        trainee,
        status=Attendance.Status.PRESENT,
        source=Attendance.Source.CHECK_IN,
    )
    # Presence never adds an absence; this catches up a warning not yet sent
    # (e.g. after the timetable lost a session and the threshold fell).
    warn_about_absences(session.training_class, [trainee.pk])
    return attendance
