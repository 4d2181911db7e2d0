"""The computed criteria against counts made here, independently of
`standards/figures.py`: classes, programmes, trainees, sessions with IT,
attendance, pass rate, and the lecturers' criteria from their profiles."""

import datetime
import zoneinfo
from decimal import Decimal

import pytest
from django.db.models import Sum
from django.utils import timezone

from classes.models import Attendance, ClassSession, Enrolment, TrainingClass
from classes.services import enrol_trainee
from lecturers.models import (
    LecturerProfile,
    LecturerStandard,
    Qualification,
    TeachingPermit,
)
from live.models import LiveSession
from programmes.models import ProgrammeModule
from quizzes.models import Sitting
from records.models import Assessment, AssessmentResult
from standards.computations import Computation, Figures, evaluate, registered
from standards.formulas import NotComputable
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.classes import SessionFactory, TrainingClassFactory
from tests.factories.programmes import VersionFactory
from tests.factories.quizzes import QuizFactory
from units.roles import Employment

# Last year, seen from 15 November of it: everything is in the past for the
# gradebook too, and sessions after that day count as not held yet.
YEAR = timezone.localdate().year - 1
TODAY = datetime.date(YEAR, 11, 15)
VIETNAM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def day(month, number):
    return datetime.date(YEAR, month, number)


def _mark(session, trainee, status):
    Attendance.objects.create(
        session=session, trainee=trainee, status=status, source="lecturer"
    )


@pytest.fixture
def centre(db):
    unit = TrainingUnitFactory()
    elsewhere = TrainingUnitFactory(province=unit.province)
    trainees = [UserFactory() for _ in range(5)]
    version_a, version_b = VersionFactory(), VersionFactory()

    # Finished in March: 4 active trainees, 3 always there, 1 once; one withdrawn.
    finished = TrainingClassFactory(
        training_unit=unit, version=version_a, starts_on=day(3, 2), ends_on=day(3, 6)
    )
    for trainee in trainees[:5]:
        enrol_trainee(finished, trainee)
    Enrolment.objects.filter(training_class=finished, trainee=trainees[4]).update(
        status=Enrolment.Status.WITHDRAWN
    )
    sessions = [
        SessionFactory(training_class=finished, date=day(3, n)) for n in range(2, 7)
    ]
    for index, session in enumerate(sessions):
        for trainee in trainees[:3]:
            _mark(session, trainee, "present" if index else "late")
        _mark(session, trainees[3], "present" if index == 0 else "absent")
    # Every active trainee handed in the assignment and passed it.
    assignment = Assessment.objects.create(
        training_class=finished,
        kind=Assessment.Kind.ASSIGNMENT,
        title="Bài thu hoạch",
        rubric="Nội dung | 10",
    )
    for trainee in trainees[:4]:
        AssessmentResult.objects.create(
            assessment=assignment, trainee=trainee, score=Decimal("7.5")
        )
    # One session used a live session; on another the trainees took a quiz at
    # 06:00 Vietnam time (the day before in UTC).
    LiveSession.objects.create(
        title="Đối thoại", owner=UserFactory(), class_session=sessions[1]
    )
    sitting = Sitting.objects.create(quiz=QuizFactory(), user=trainees[0], number=1)
    Sitting.objects.filter(pk=sitting.pk).update(
        started_at=datetime.datetime(YEAR, 3, 4, 6, 0, tzinfo=VIETNAM)
    )
    # A quiz by someone outside the class that day does not count.
    other = Sitting.objects.create(quiz=QuizFactory(), user=UserFactory(), number=1)
    Sitting.objects.filter(pk=other.pk).update(
        started_at=datetime.datetime(YEAR, 3, 5, 9, 0, tzinfo=VIETNAM)
    )

    # Online, running across "today": two sessions held, one to come.
    online = TrainingClassFactory(
        training_unit=unit,
        version=version_b,
        mode=TrainingClass.Mode.ONLINE,
        starts_on=day(11, 13),
        ends_on=day(11, 20),
    )
    enrol_trainee(online, trainees[0])
    for date in (day(11, 13), day(11, 14), day(11, 18)):
        SessionFactory(training_class=online, date=date)

    # Started the year before: its January sessions are this year's sessions,
    # but it did not open this year.
    carried = TrainingClassFactory(
        training_unit=unit,
        version=version_a,
        starts_on=datetime.date(YEAR - 1, 12, 29),
        ends_on=day(1, 3),
    )
    SessionFactory(training_class=carried, date=day(1, 2))
    # Planned for December: not opened by today.
    TrainingClassFactory(
        training_unit=unit, version=version_a, starts_on=day(12, 1), ends_on=day(12, 5)
    )
    # Another centre's class: never counted.
    noise = TrainingClassFactory(
        training_unit=elsewhere, starts_on=day(4, 1), ends_on=day(4, 3)
    )
    SessionFactory(training_class=noise, date=day(4, 1))
    return unit


def _value(name, unit):
    return evaluate(name, Figures(unit, YEAR, TODAY))


def _opened(unit):
    return TrainingClass.objects.filter(
        training_unit=unit, starts_on__gte=day(1, 1), starts_on__lte=TODAY
    )


def test_classes_programmes_and_trainees_are_the_counts_of_the_year(centre):
    opened = _opened(centre)
    assert _value("classes_opened", centre).value == opened.count() == 2
    programmes = {c.version.programme_id for c in opened}
    assert _value("programmes_run", centre).value == len(programmes) == 2
    people = {
        e.trainee_id
        for e in Enrolment.objects.filter(training_class__in=opened)
        if e.status == Enrolment.Status.ACTIVE
    }
    assert _value("trainees", centre).value == len(people) == 4


def _used_it(session) -> bool:
    if session.training_class.mode == TrainingClass.Mode.ONLINE:
        return True
    if LiveSession.objects.filter(class_session=session).exists():
        return True
    classmates = Enrolment.objects.filter(
        training_class=session.training_class, status=Enrolment.Status.ACTIVE
    ).values_list("trainee", flat=True)
    return any(
        timezone.localtime(s.started_at, VIETNAM).date() == session.date
        for s in Sitting.objects.filter(user__in=list(classmates))
    )


def test_sessions_with_it_is_the_share_of_held_sessions_that_used_it(centre):
    held = [
        s
        for s in ClassSession.objects.filter(training_class__training_unit=centre)
        if s.date.year == YEAR and s.date <= TODAY
    ]
    with_it = [s for s in held if _used_it(s)]
    assert (len(held), len(with_it)) == (8, 4)  # live, quiz, two online
    outcome = _value("sessions_with_it_share", centre)
    assert outcome.value == Decimal(100 * len(with_it) / len(held)).quantize(
        Decimal("0.1")
    )
    assert outcome.value == Decimal("50.0")


def test_attendance_rate_is_periods_present_or_late_over_periods_recorded(centre):
    marks = Attendance.objects.filter(
        session__training_class__training_unit=centre, session__date__year=YEAR
    )
    recorded = marks.aggregate(n=Sum("session__periods"))["n"]
    attended = marks.filter(status__in=["present", "late"]).aggregate(
        n=Sum("session__periods")
    )["n"]
    assert (attended, recorded) == (80, 100)
    assert _value("attendance_rate", centre).value == Decimal("80.0")


def test_pass_rate_counts_the_trainees_of_classes_finished_in_the_year(centre):
    passed = assessed = 0
    for finished in TrainingClass.objects.filter(
        training_unit=centre, ends_on__year=YEAR, ends_on__lt=TODAY
    ):
        periods = finished.sessions.aggregate(n=Sum("periods"))["n"]
        minimum = finished.version.min_attendance_percent
        for enrolment in finished.enrolments.filter(status=Enrolment.Status.ACTIVE):
            attended = (
                Attendance.objects.filter(
                    session__training_class=finished,
                    trainee=enrolment.trainee,
                    status__in=["present", "late"],
                ).aggregate(n=Sum("session__periods"))["n"]
                or 0
            )
            scores = AssessmentResult.objects.filter(
                assessment__training_class=finished, trainee=enrolment.trainee
            ).values_list("score", flat=True)
            assessed += 1
            passed += 100 * attended >= minimum * periods and all(
                score >= finished.version.pass_score for score in scores
            )
    # 3 of the 4 active trainees attended at least 80% (the 4th: 1 session of 5).
    assert (passed, assessed) == (3, 4)
    assert _value("pass_rate", centre).value == Decimal("75.0")


def test_a_share_of_nothing_cannot_be_computed(db):
    empty = TrainingUnitFactory()
    for name in ("sessions_with_it_share", "attendance_rate", "pass_rate"):
        outcome = _value(name, empty)
        assert outcome.value is None, name
        assert outcome.error, name
    assert _value("classes_opened", empty).value == 0


def _profile(unit, employment, *held, **dates):
    profile = LecturerProfile.objects.create(
        user=UserFactory(), training_unit=unit, employment=employment, **dates
    )
    for kind, level, issued in held:
        Qualification.objects.create(
            profile=profile,
            kind=kind,
            theory_level=level if kind == "theory" else "",
            degree_level=level if kind == "degree" else "",
            issued_on=issued,
        )
    return profile


EARLY = datetime.date(2015, 1, 1)
FULL = [("degree", "bachelor", EARLY), ("pedagogy", "", EARLY)]


@pytest.fixture
def lecturers(centre):
    LecturerStandard.objects.create(
        province=centre.province,
        year=YEAR,
        norm_periods=10,
        full_time_theory="advanced",
        part_time_theory="intermediate",
        degree="bachelor",
    )
    up = _profile(centre, Employment.FULL_TIME, ("theory", "advanced", EARLY), *FULL)
    short = _profile(
        centre, Employment.FULL_TIME, ("theory", "intermediate", EARLY), *FULL
    )
    part = _profile(
        centre, Employment.PART_TIME, ("theory", "intermediate", EARLY), *FULL
    )
    # Her diploma came after the day the year is read on: not yet counted.
    _profile(
        centre,
        Employment.PART_TIME,
        ("theory", "intermediate", TODAY + datetime.timedelta(days=1)),
        *FULL,
    )
    # Off the roster before the year: not counted at all.
    _profile(
        centre,
        Employment.FULL_TIME,
        *FULL,
        valid_to=datetime.date(YEAR - 1, 6, 30),
    )
    finished = _opened(centre).get(mode=TrainingClass.Mode.FULL_TIME)
    sessions = list(finished.sessions.order_by("date"))
    # The qualified full-time lecturer taught three held sessions (15 periods,
    # norm 10), the part-time one one session; the other full-time one nothing.
    ClassSession.objects.filter(pk__in=[s.pk for s in sessions[:3]]).update(
        lecturer=up.user
    )
    ClassSession.objects.filter(pk=sessions[3].pk).update(lecturer=part.user)
    # Modules: the first may be taught by the qualified lecturer, the second
    # only by the one who lacks a qualification.
    first, second = (
        ProgrammeModule.objects.create(version=finished.version, order=n, title=t)
        for n, t in ((1, "Bài 1"), (2, "Bài 2"))
    )
    TeachingPermit.objects.create(profile=up, module=first)
    TeachingPermit.objects.create(profile=short, module=second)
    return centre


def test_lecturers_criteria_follow_the_profiles_and_the_standard(lecturers):
    profiles = LecturerProfile.objects.filter(training_unit=lecturers).during(
        day(1, 1), day(12, 31)
    )
    full_time = profiles.filter(employment=Employment.FULL_TIME).count()
    assert _value("full_time_lecturers", lecturers).value == full_time == 2
    # Up to standard: the advanced full-time lecturer and the first part-time one.
    assert _value("qualified_lecturers_share", lecturers).value == Decimal("50.0")
    assert _value("qualified_full_time_share", lecturers).value == Decimal("50.0")
    assert _value("modules_without_qualified_lecturer", lecturers).value == 1
    assert _value("full_time_at_norm_share", lecturers).value == Decimal("50.0")
    assert _value("part_time_lecturers_teaching", lecturers).value == 1


def test_a_failing_formula_gives_no_value_and_the_reason(centre):
    def divide(classes):
        return Decimal(classes) / 0

    with registered(Computation("broken", "Hỏng", "%", ("classes",), divide)):
        outcome = _value("broken", centre)
    assert outcome.value is None
    assert str(outcome.error) == "công thức bị lỗi"


def test_a_missing_figure_or_computation_gives_no_value(centre):
    with registered(Computation("no_figure", "Thiếu", "%", ("nothing",), int)):
        assert _value("no_figure", centre).value is None
    outcome = _value("gone_from_the_platform", centre)
    assert outcome.value is None
    assert "gone_from_the_platform" in str(outcome.error)


def test_a_formula_that_says_it_cannot_compute_gives_its_reason(centre):
    def refuse(classes):
        raise NotComputable("chưa đủ dữ liệu")

    with registered(Computation("refuses", "Từ chối", "%", ("classes",), refuse)):
        assert _value("refuses", centre).error == "chưa đủ dữ liệu"
