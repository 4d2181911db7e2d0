"""Enrolment from a roster file: check every row, then save all or nothing."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.services import create_person
from classes.models import TrainingClass
from classes.roster import Row, parse_roster
from classes.services.classes import enrol_trainee
from elearning.vietnamese import fold, slugify_vi
from units.models import AdminUnit
from units.roles import Role
from units.services import grant_role


def check_roster(training_class: TrainingClass, name: str, content: bytes) -> list[Row]:
    """Parse the file and add the errors that need the database (RosterError if
    the file as a whole is wrong). Marks each row with the person it matches."""
    rows = parse_roster(name, content, timezone.localdate())
    people = User.objects.in_bulk(
        [row.phone for row in rows if row.phone], field_name="phone"
    )
    communes = _communes(training_class)
    for row in rows:
        row.person = people.get(row.phone)
        if row.person and fold(row.person.full_name) != fold(row.full_name):
            row.errors.append(
                _("This phone number belongs to %(name)s, not to %(row)s.")
                % {"name": row.person.full_name, "row": row.full_name}
            )
        row.commune_unit = None
        if row.commune:
            row.commune_unit = communes.get(fold(row.commune))
            if row.commune_unit is None:
                row.errors.append(
                    _("“%(name)s” is not a commune or ward this centre serves.")
                    % {"name": row.commune}
                )
    return rows


def _communes(training_class: TrainingClass) -> dict[str, AdminUnit]:
    units = training_class.training_unit.communes_served(training_class.starts_on)
    return {fold(unit.name): unit for unit in units} | {
        fold(unit.name.split(" ", 1)[-1]): unit for unit in units
    }


@transaction.atomic
def import_roster(training_class: TrainingClass, name: str, content: bytes) -> int:
    """Enrol everyone in the file, creating the people not known by phone.

    Side effects: new people get the trainee role in the class's unit. Raises
    ValidationError (and saves nothing) if any row has an error.
    """
    rows = check_roster(training_class, name, content)
    if any(row.errors for row in rows):
        raise ValidationError(_("The roster has errors; nothing was saved."))
    for row in rows:
        person = row.person or create_person(
            username=_free_username(row.full_name),
            full_name=row.full_name,
            phone=row.phone,
            date_of_birth=row.date_of_birth,
            party_cell=row.party_cell,
            position=row.position,
        )
        grant_role(person, Role.TRAINEE, training_unit=training_class.training_unit)
        enrolment = enrol_trainee(training_class, person)
        if row.commune_unit:
            enrolment.commune = row.commune_unit
            enrolment.save(update_fields=["commune"])
    return len(rows)


def _free_username(full_name: str) -> str:
    base = slugify_vi(full_name).replace("-", "")[:24] or "hocvien"
    candidate, number = base, 1
    while User.objects.filter(username=candidate).exists():
        number += 1
        candidate = f"{base}{number}"
    return candidate
