"""The facts of a report read from the database, for `records/figures.py`.

Every function takes ``classes``, a queryset of the classes in scope (a centre's,
a province's, one class), and the period; each reads in a few queries whatever
the number of classes (the pass counts excepted: one gradebook per class that
finished in the period).
"""

import datetime
from collections import defaultdict

from django.db.models import Count, Q, Sum

from classes.models import Attendance, ClassSession, Enrolment
from classes.policy import ATTENDED
from programmes.assessment import FAIL
from records.figures import ClassFacts, CredentialCounts
from records.gradebook import class_standings
from records.models import Credential


def overlapping(classes, start: datetime.date, end: datetime.date):
    """The classes that run for at least a day of the period."""
    return classes.filter(starts_on__lte=end, ends_on__gte=start)


def class_bands(training_class) -> tuple[str, ...]:
    """The band of each trainee who stayed to the end; FAIL when not eligible."""
    return tuple(
        s.outcome.classification if s.outcome.eligible else FAIL
        for s in class_standings(training_class)
    )


def class_facts(classes, start, end, today) -> list[ClassFacts]:
    """Facts of the classes running in the period; bands for those that finished."""
    withdrawn = Q(enrolments__status=Enrolment.Status.WITHDRAWN)
    rows = (
        overlapping(classes, start, end)
        .select_related("version__programme")
        .annotate(
            n_enrolled=Count("enrolments", distinct=True),
            n_withdrawn=Count("enrolments", filter=withdrawn, distinct=True),
        )
        .order_by("training_unit_id", "starts_on", "code", "pk")
    )
    facts = []
    for training_class in rows:
        finished = start <= training_class.ends_on <= end
        finished = finished and training_class.ends_on < today
        facts.append(
            ClassFacts(
                pk=training_class.pk,
                unit_id=training_class.training_unit_id,
                code=training_class.code,
                programme=training_class.version.programme.name,
                starts_on=training_class.starts_on,
                ends_on=training_class.ends_on,
                enrolled=training_class.n_enrolled,
                withdrawn=training_class.n_withdrawn,
                bands=class_bands(training_class) if finished else (),
            )
        )
    return facts


def held_sessions(classes, start, end, today):
    return ClassSession.objects.filter(
        training_class__in=classes, date__gte=start, date__lte=min(end, today)
    )


def attendance_by_unit(classes, start, end, today) -> dict[int, tuple[int, int]]:
    """{unit id: (periods present or late, periods recorded)} at held sessions."""
    rows = (
        Attendance.objects.filter(session__in=held_sessions(classes, start, end, today))
        .values("session__training_class__training_unit_id")
        .annotate(
            recorded=Sum("session__periods"),
            attended=Sum("session__periods", filter=Q(status__in=ATTENDED)),
        )
        .order_by()
    )
    return {
        row["session__training_class__training_unit_id"]: (
            row["attended"] or 0,
            row["recorded"] or 0,
        )
        for row in rows
    }


def credentials_by_unit(classes, start, end) -> dict[int, CredentialCounts]:
    """{unit id: counts} of the register entries issued in the period, by status."""
    rows = (
        Credential.objects.filter(
            training_class__in=classes,
            issued_at__date__gte=start,
            issued_at__date__lte=end,
        )
        .values("training_class__training_unit_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: dict[int, dict] = defaultdict(dict)
    for row in rows:
        counts[row["training_class__training_unit_id"]][row["status"]] = row["n"]
    return {
        unit: CredentialCounts(
            issued=by_status.get(Credential.Status.VALID, 0),
            revoked=by_status.get(Credential.Status.REVOKED, 0),
            replaced=by_status.get(Credential.Status.REPLACED, 0),
        )
        for unit, by_status in counts.items()
    }


def teaching_periods(classes, start, end, today) -> list[dict]:
    """[{"lecturer", "sessions", "periods"}] over the sessions held in the period,
    by name; sessions with no lecturer on the timetable are left out."""
    rows = (
        held_sessions(classes, start, end, today)
        .exclude(lecturer=None)
        .values("lecturer_id", "lecturer__full_name", "lecturer__sort_key")
        .annotate(sessions=Count("pk"), periods=Sum("periods"))
        .order_by("lecturer__sort_key", "lecturer_id")
    )
    return [
        {
            "lecturer": row["lecturer__full_name"],
            "sessions": row["sessions"],
            "periods": row["periods"] or 0,
        }
        for row in rows
    ]
