"""Writes with rules for classes: enrolment and attendance."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.phones import InvalidPhone, normalize_phone
from accounts.services import create_person
from classes.models import Attendance, ClassSession, Enrolment, TrainingClass
from units.people import visible_people
from units.roles import Role
from units.services import grant_role


@transaction.atomic
def enrol_trainee(
    training_class: TrainingClass, trainee, *, class_role: str = ""
) -> Enrolment:
    """Enrol once; enrolling a withdrawn trainee again makes them active again."""
    enrolment, created = Enrolment.objects.select_for_update().get_or_create(
        training_class=training_class,
        trainee=trainee,
        defaults={"class_role": class_role},
    )
    if not created and enrolment.status == Enrolment.Status.WITHDRAWN:
        enrolment.status = Enrolment.Status.ACTIVE
        enrolment.withdrawn_at = None
        enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


@transaction.atomic
def enrol_by_phone(training_class: TrainingClass, *, by, **person) -> Enrolment:
    """Enrol the person with this phone, creating them (as a trainee of the class's
    unit) when nobody has it; `person` holds the fields of the enrolment form.

    A person already known by the phone is enrolled only when `by` may see them (a
    person of a unit they manage): the phone of another centre's trainee must not
    bring her name, date of birth and phone into this class.
    """
    try:
        phone = normalize_phone(person["phone"])
    except InvalidPhone:
        raise ValidationError(
            _("This is not a valid Vietnamese phone number.")
        ) from None
    known = User.objects.filter(phone=phone)
    if known.exists() and not visible_people(known, by).exists():
        raise ValidationError(
            _(
                "This phone number belongs to a person your units do not manage. "
                "Ask the province manager or an administrator to enrol them."
            )
        )
    trainee = known.first() or create_person(
        username=f"hv{phone[-9:]}",
        full_name=person["full_name"],
        phone=phone,
        date_of_birth=person["date_of_birth"],
        party_cell=person["party_cell"],
        position=person["position"],
    )
    grant_role(trainee, Role.TRAINEE, training_unit=training_class.training_unit)
    return enrol_trainee(training_class, trainee)


@transaction.atomic
def withdraw_trainee(enrolment: Enrolment, *, reason: str) -> Enrolment:
    """Withdraw, keeping the enrolment, its attendance and its results."""
    if not reason.strip():
        raise ValidationError({"withdrawal_reason": _("Please give a reason.")})
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.withdrawn_at = timezone.now()
    enrolment.withdrawal_reason = reason.strip()
    enrolment.save(update_fields=["status", "withdrawn_at", "withdrawal_reason"])
    return enrolment


@transaction.atomic
def record_attendance(
    session: ClassSession, trainee, *, status: str, source: str, note: str = ""
) -> Attendance:
    """Store one trainee's attendance at a session (one row per trainee and session).

    Presence recorded by check-in or by joining the live session never overwrites
    what the lecturer marked.
    """
    if not Enrolment.objects.filter(
        training_class=session.training_class,
        trainee=trainee,
        status=Enrolment.Status.ACTIVE,
    ).exists():
        raise ValidationError(_("This person is not enrolled in the class."))
    record = (
        Attendance.objects.select_for_update()
        .filter(session=session, trainee=trainee)
        .first()
    )
    if (
        record
        and record.source == Attendance.Source.LECTURER
        and source != record.source
    ):
        return record
    if record is None:
        record = Attendance(session=session, trainee=trainee)
    record.status, record.source, record.note = status, source, note
    record.full_clean()
    record.save()
    return record
