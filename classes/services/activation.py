"""Activation slips: new codes for a class's trainees, to print or hand out.

Codes are stored hashed, so a slip can only be printed when its code is given:
printing the slips of a class gives new codes, and the earlier unused ones stop.
"""

from dataclasses import dataclass
from datetime import datetime

from accounts.activation import issue_code
from accounts.models import ActivationCode, User
from classes.models import Enrolment, TrainingClass


@dataclass(frozen=True)
class Slip:
    full_name: str
    phone: str
    code: str
    expires_at: datetime


def waiting_for_activation(training_class: TrainingClass):
    """The class's studying trainees who have never set a password."""
    enrolments = training_class.enrolments.filter(status=Enrolment.Status.ACTIVE)
    people = User.objects.filter(pk__in=enrolments.values("trainee"))
    return [person for person in people if not person.has_usable_password()]


def give_slips(*, by: User, people: list[User], compromised=False) -> list[Slip]:
    """One new code for each person (in the class's roster order)."""
    slips = []
    for person in sorted(people, key=lambda p: p.sort_key):
        code = issue_code(person, by=by, compromised=compromised)
        given = ActivationCode.objects.filter(user=person).latest("created_at")
        slips.append(
            Slip(person.full_name, person.phone_display, code, given.expires_at)
        )
    return slips


def enrolled_person(training_class: TrainingClass, enrolment_pk) -> User:
    """A studying trainee of this class (Enrolment.DoesNotExist otherwise)."""
    return (
        training_class.enrolments.filter(status=Enrolment.Status.ACTIVE)
        .select_related("trainee")
        .get(pk=enrolment_pk)
        .trainee
    )


def code_history(training_class: TrainingClass, limit=200):
    """Every code given to the class's trainees, newest first: who gave it, when,
    and whether it was used, replaced or ran out (the centre's audit)."""
    return (
        ActivationCode.objects.filter(
            user__in=training_class.enrolments.values("trainee")
        )
        .select_related("user", "issued_by")
        .order_by("-created_at")[:limit]
    )
