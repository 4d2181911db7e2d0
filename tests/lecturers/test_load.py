"""Teaching load: the figures against an independent count from the ORM."""

import datetime

import pytest

from classes.models import Attendance, ClassSession
from lecturers import services
from lecturers.load import SessionFigure, loads
from lecturers.models import LecturerStandard
from tests.factories import UserFactory
from tests.factories.classes import SessionFactory, TrainingClassFactory
from tests.lecturers import world as w
from units.roles import Employment, Role

TODAY = datetime.date(2026, 6, 15)
YEAR = 2026


def test_a_session_counts_when_held_and_someone_was_there():
    figures = [
        SessionFigure("a", datetime.date(2026, 3, 2), 5, True),
        SessionFigure("a", datetime.date(2026, 3, 3), 4, False),  # no roll call
        SessionFigure("a", datetime.date(2026, 7, 1), 5, True),  # still to come
        SessionFigure("b", datetime.date(2026, 6, 15), 3, True),  # today, held
    ]

    table = loads(figures, TODAY, lecturers=["c"], norms={"a": 280})

    assert table["a"].months[3] == 5
    assert table["a"].total == 5
    assert (table["a"].unconfirmed, table["a"].planned) == (4, 5)
    assert table["a"].percent_of_norm == 2
    assert table["a"].below_norm
    assert table["b"].months[6] == 3
    assert table["b"].norm is None
    assert table["c"].total == 0


def _attend(session, status):
    Attendance.objects.create(
        session=session,
        trainee=UserFactory(),
        status=status,
        source=Attendance.Source.LECTURER,
    )


def _timetable(world):
    """Sessions across the year for two lecturers of the centre, one who is not
    on its roster, in another centre and another year."""
    part = w.person(Role.LECTURER, training_unit=world.centre)
    w.profile(part, world.centre, Employment.PART_TIME)
    guest = w.person(Role.LECTURER, training_unit=world.centre)
    first = TrainingClassFactory(
        training_unit=world.centre,
        starts_on=datetime.date(2025, 12, 29),
        ends_on=datetime.date(2026, 9, 30),
    )
    second = TrainingClassFactory(training_unit=world.centre)
    elsewhere = TrainingClassFactory(training_unit=world.other)
    P, L, A, E = (
        Attendance.Status.PRESENT,
        Attendance.Status.LATE,
        Attendance.Status.ABSENT,
        Attendance.Status.EXCUSED,
    )
    plan = [
        # class, date, part, periods, lecturer, roll call
        (first, "2025-12-30", "morning", 5, world.lecturer, [P]),
        (first, "2026-01-05", "morning", 5, world.lecturer, [P, A]),
        (first, "2026-01-05", "afternoon", 4, part, [L]),
        (first, "2026-02-10", "morning", 5, world.lecturer, [A, E]),
        (first, "2026-02-11", "morning", 3, world.lecturer, []),
        (second, "2026-02-11", "morning", 5, world.lecturer, [P, P, P]),
        (first, "2026-03-20", "evening", 2, part, [P]),
        (first, "2026-06-15", "morning", 5, guest, [P]),
        (first, "2026-06-16", "morning", 5, world.lecturer, []),
        (first, "2026-09-01", "morning", 5, part, []),
        (first, "2026-04-01", "morning", 5, None, [P]),
        (elsewhere, "2026-04-01", "morning", 5, world.lecturer, [P]),
    ]
    for training_class, day, part_of_day, periods, lecturer, roll in plan:
        session = SessionFactory(
            training_class=training_class,
            date=datetime.date.fromisoformat(day),
            part=part_of_day,
            periods=periods,
            lecturer=lecturer,
        )
        for status in roll:
            _attend(session, status)
    return part, guest


def _counted(unit, lecturer, month):
    """The ORM's own count: distinct sessions of the unit's classes in the month,
    up to today, with someone present or late."""
    sessions = ClassSession.objects.filter(
        training_class__training_unit=unit,
        lecturer=lecturer,
        date__year=YEAR,
        date__month=month,
        date__lte=TODAY,
        attendance__status__in=[Attendance.Status.PRESENT, Attendance.Status.LATE],
    ).distinct()
    return sum(session.periods for session in sessions)


@pytest.mark.django_db
def test_load_matches_an_independent_count_month_by_month():
    world = w.build()
    part, guest = _timetable(world)

    rows = {row.user: row for row in services.teaching_load(world.centre, YEAR, TODAY)}

    assert set(rows) == {world.lecturer, part, guest}
    for user in (world.lecturer, part, guest):
        for month in range(1, 13):
            assert rows[user].load.months[month] == _counted(world.centre, user, month)
    assert rows[world.lecturer].load.total == 10
    assert rows[world.lecturer].load.unconfirmed == 8  # 10/02 all absent, 11/02
    assert rows[world.lecturer].load.planned == 5
    assert rows[part].load.total == 6
    assert rows[part].load.planned == 5
    assert rows[guest].profile is None
    assert rows[guest].load.total == 5


@pytest.mark.django_db
def test_the_norm_is_the_provinces_for_full_time_lecturers_for_their_months():
    world = w.build()
    LecturerStandard.objects.create(
        province=world.centre.province,
        year=2026,
        norm_periods=240,
        full_time_theory="advanced",
        part_time_theory="intermediate",
        degree="bachelor",
    )
    late = w.person(Role.LECTURER, training_unit=world.centre)
    w.profile(late, world.centre, valid_from=datetime.date(2026, 7, 1))
    part = w.person(Role.LECTURER, training_unit=world.centre)
    w.profile(part, world.centre, Employment.PART_TIME)

    rows = {row.user: row for row in services.teaching_load(world.centre, YEAR, TODAY)}

    assert rows[world.lecturer].load.norm == 240
    assert rows[late].load.norm == 120
    assert rows[part].load.norm is None


@pytest.mark.django_db
def test_a_province_sees_every_centre_and_each_centre_its_own():
    world = w.build()
    _timetable(world)

    province_rows = services.teaching_load([world.centre, world.other], YEAR, TODAY)
    centre_rows = services.teaching_load(world.centre, YEAR, TODAY)

    mine = [r for r in province_rows if r.user == world.lecturer]
    assert {(r.unit, r.load.total) for r in mine} == {
        (world.centre, 10),
        (world.other, 5),
    }
    assert {r.unit for r in centre_rows} == {world.centre}
