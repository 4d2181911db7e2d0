"""Enrolment from a roster file: check every row, then save all, or (when the
manager chooses so after the preview) the good rows only."""

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
from units.people import visible_people
from units.roles import Role
from units.services import grant_role


def check_roster(
    training_class: TrainingClass, name: str, content: bytes, *, by=None
) -> list[Row]:
    """Parse the file and add the errors that need the database (RosterError if
    the file as a whole is wrong). Marks each row with the person it matches: by
    phone, or else by full name and date of birth; `by` (the manager) must be
    allowed to see that person, or the row is an error that shows nothing of her."""
    rows = parse_roster(name, content, timezone.localdate())
    _match_people(rows, by)
    communes = _communes(training_class)
    for row in rows:
        row.commune_unit = None
        if row.commune:
            row.commune_unit = communes.get(fold(row.commune))
            if row.commune_unit is None:
                row.errors.append(
                    _("“%(name)s” is not a commune or ward this centre serves.")
                    % {"name": row.commune}
                )
    return rows


def _match_people(rows: list[Row], by) -> None:
    by_phone = User.objects.in_bulk(
        [row.phone for row in rows if row.phone], field_name="phone"
    )
    births = [row.date_of_birth for row in rows if row.date_of_birth]
    candidates = User.objects.filter(date_of_birth__in=births)
    if by is not None:
        candidates = visible_people(candidates, by)
    by_name = {}
    for person in candidates:
        key = (fold(person.full_name), person.date_of_birth)
        by_name[key] = None if key in by_name else person  # two alike: no match
    for row in rows:
        row.person = by_phone.get(row.phone)
        row.matched_by = "phone" if row.person else ""
        if row.person is None:
            row.person = by_name.get((fold(row.full_name), row.date_of_birth))
            row.matched_by = "name_dob" if row.person else ""
        _check_match(row, by)


def _check_match(row: Row, by) -> None:
    if row.matched_by != "phone":
        return
    if by is not None and not visible_people(User.objects.filter(pk=row.person.pk), by):
        row.errors.append(
            _(
                "This phone number belongs to a person your units do not manage. "
                "Ask the province manager or an administrator to enrol them."
            )
        )
    elif fold(row.person.full_name) != fold(row.full_name):
        row.errors.append(
            _("This phone number belongs to %(name)s, not to %(row)s.")
            % {"name": row.person.full_name, "row": row.full_name}
        )


def _communes(training_class: TrainingClass) -> dict[str, AdminUnit]:
    units = training_class.training_unit.communes_served(training_class.starts_on)
    return {fold(unit.name): unit for unit in units} | {
        fold(unit.name.split(" ", 1)[-1]): unit for unit in units
    }


@transaction.atomic
def import_roster(
    training_class: TrainingClass,
    name: str,
    content: bytes,
    *,
    by=None,
    keep_good=False,
) -> int:
    """Enrol the people of the file, creating those not known; the number enrolled.

    Side effects: new people get the trainee role in the class's unit and no
    password (they activate with a slip's code). With any row in error, raises
    ValidationError and saves nothing, unless `keep_good`: then the good rows are
    enrolled and the others left for the manager to correct.
    """
    rows = check_roster(training_class, name, content, by=by)
    if any(row.errors for row in rows) and not keep_good:
        raise ValidationError(_("The roster has errors; nothing was saved."))
    good = [row for row in rows if not row.errors]
    for row in good:
        _enrol_row(training_class, row)
    return len(good)


def _enrol_row(training_class: TrainingClass, row: Row) -> None:
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


def _free_username(full_name: str) -> str:
    base = slugify_vi(full_name).replace("-", "")[:24] or "hocvien"
    candidate, number = base, 1
    while User.objects.filter(username=candidate).exists():
        number += 1
        candidate = f"{base}{number}"
    return candidate
