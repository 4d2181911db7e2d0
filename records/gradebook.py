"""The gradebook: gathers attendance and results of a class for the pure assessment."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from classes.attendance_figures import (
    AttendanceFigures,
    SessionMark,
    attendance_figures,
)
from classes.models import Attendance, ClassSession, Enrolment, TrainingClass
from classes.policy import ATTENDED, MISSED, policy_for
from programmes import assessment
from quizzes.queries import class_quizzes
from quizzes.queries import class_results as quiz_results
from records.models import AssessmentResult, Classification
from situations.queries import class_results as situation_results
from situations.queries import class_situations


def online_results(training_class: TrainingClass) -> dict[str, dict]:
    """{"quizzes": {trainee: {quiz: score}}, "situations": {...}} from those apps."""
    return {
        "quizzes": quiz_results(training_class),
        "situations": situation_results(training_class),
    }


def _online_label(app: str) -> str:
    return _("Quizzes (average)") if app == "quizzes" else _("Situations (average)")


def _mean(scores) -> Decimal:
    values = list(scores)
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01"))


@dataclass
class Standing:
    enrolment: Enrolment
    attended: int
    missed: int
    total_periods: int
    figures: AttendanceFigures
    items: list
    outcome: assessment.Outcome
    absence_warning: bool

    @property
    def trainee(self):
        return self.enrolment.trainee

    @property
    def classification_label(self) -> str:
        """The band, or "not yet eligible" (the same words on the page and in
        the XLSX)."""
        if not self.outcome.eligible:
            return result_label(Classification.FAIL)
        return result_label(self.outcome.classification)


def result_label(band: str) -> str:
    """A band's name. Who is not eligible for a credential (attendance short, a
    piece missing or below the pass score) reads "Chưa đủ điều kiện" wherever a
    result is shown (gradebook, its XLSX, reports), never "Không đạt": while a
    class runs, that may still change."""
    if band == Classification.FAIL:
        return _("Not yet eligible")
    return str(Classification(band).label)


class _Roll:
    """A class's sessions and every trainee's marks, read once."""

    def __init__(self, training_class: TrainingClass):
        self.sessions = list(
            ClassSession.objects.filter(training_class=training_class).values_list(
                "pk", "date", "periods"
            )
        )
        self.total = sum(periods for _pk, _date, periods in self.sessions)
        self.marks: dict[int, dict[int, str]] = {}
        for trainee_id, session_id, status in Attendance.objects.filter(
            session__training_class=training_class
        ).values_list("trainee_id", "session_id", "status"):
            self.marks.setdefault(trainee_id, {})[session_id] = status
        self.taken = {pk for marks in self.marks.values() for pk in marks}
        self.today = timezone.localdate()

    def periods(self, trainee_id: int, statuses) -> int:
        """Periods the trainee is recorded with one of ``statuses`` (any date)."""
        mine = self.marks.get(trainee_id, {})
        return sum(p for pk, _date, p in self.sessions if mine.get(pk) in statuses)

    def figures(self, trainee_id: int) -> AttendanceFigures:
        mine = self.marks.get(trainee_id, {})
        marks = [
            SessionMark(periods, date, pk in self.taken, mine.get(pk))
            for pk, date, periods in self.sessions
        ]
        return attendance_figures(marks, self.today)


def _items_for(trainee_id, assessments, results, online) -> list[assessment.Item]:
    items = [
        assessment.Item(
            a.title,
            getattr(results.get((a.pk, trainee_id)), "score", None),
            a.weight,
        )
        for a in assessments
    ]
    for app, by_trainee in online.items():
        if any(by_trainee.values()):
            mine = by_trainee.get(trainee_id) or {}
            score = _mean(mine.values()) if mine else None
            items.append(assessment.Item(_online_label(app), score))
    return items


def class_standings(
    training_class: TrainingClass, trainee=None, *, online=None, assessments=None
) -> list[Standing]:
    """Each active trainee's attendance, graded items and outcome (or one's).

    ``online`` and ``assessments``, when the caller has read them already, are not
    read again.
    """
    policy = policy_for(training_class)
    roll = _Roll(training_class)
    enrolments = _active_enrolments(training_class, trainee)
    if assessments is None:
        assessments = list(training_class.assessments.all())
    results = _results_by_pair(assessments)
    if online is None:
        online = online_results(training_class)
    return [
        _standing(
            enrolment,
            _items_for(enrolment.trainee_id, assessments, results, online),
            policy=policy,
            attended=roll.periods(enrolment.trainee_id, ATTENDED),
            missed=roll.periods(enrolment.trainee_id, MISSED),
            total=roll.total,
            figures=roll.figures(enrolment.trainee_id),
        )
        for enrolment in enrolments
    ]


def _active_enrolments(training_class: TrainingClass, trainee=None):
    """The class's active enrolments with their trainees (or the one trainee's)."""
    enrolments = training_class.enrolments.filter(
        status=Enrolment.Status.ACTIVE
    ).select_related("trainee")
    if trainee is not None:
        enrolments = enrolments.filter(trainee=trainee)
    return enrolments


def _results_by_pair(assessments) -> dict:
    """{(assessment id, trainee id): result} for the assessments given."""
    return {
        (r.assessment_id, r.trainee_id): r
        for r in AssessmentResult.objects.filter(assessment__in=assessments)
    }


def _standing(
    enrolment: Enrolment,
    items: list[assessment.Item],
    *,
    policy,
    attended: int,
    missed: int,
    total: int,
    figures: AttendanceFigures,
) -> Standing:
    """One trainee's standing: the outcome of their items and attendance."""
    outcome = assessment.evaluate(
        policy, attended=attended, total_periods=total, items=items
    )
    return Standing(
        enrolment,
        attended,
        missed,
        total,
        figures,
        items,
        outcome,
        assessment.too_many_absences(missed, total, policy.min_attendance_percent),
    )


def trainee_standing(training_class: TrainingClass, trainee) -> Standing | None:
    found = class_standings(training_class, trainee=trainee)
    return found[0] if found else None


def _counted_apps(online: dict[str, dict]) -> list[str]:
    """The apps whose average enters the final score: someone in the class has a
    score there (the rule of ``_items_for``)."""
    return [app for app, by_trainee in online.items() if any(by_trainee.values())]


def online_items(training_class, online) -> dict[str, list[tuple[int, str]]]:
    """{"quizzes": [(id, title)], "situations": [...]}: each quiz and situation of
    the class's programme, by title (two queries).

    A quiz put back to draft keeps its column while someone here has a score in it.
    """
    scored = {pk for scores in online["quizzes"].values() for pk in scores}
    return {
        "quizzes": list(
            class_quizzes(training_class, also=scored).values_list("pk", "title")
        ),
        "situations": list(class_situations(training_class).values_list("pk", "title")),
    }


@dataclass(frozen=True)
class Column:
    label: str
    kind: str = ""  # "Quiz" or "Situation" for one item's column, as shown
    average: bool = False  # the mean of the item columns before it


@dataclass(frozen=True)
class Cell:
    score: Decimal | None  # None: not attempted, not graded
    average: bool = False


@dataclass
class Row:
    standing: Standing
    cells: list[Cell]  # one per column


@dataclass
class Gradebook:
    assessments: list
    columns: list[Column]
    rows: list[Row]


def class_gradebook(training_class: TrainingClass) -> Gradebook:
    """The class's gradebook: graded work, then each quiz and its average, then
    each situation and its average, for every active trainee.

    The item cells are the same scores the averages are taken from (a quiz's best
    graded attempt, a situation's first finished run); None is "not attempted".
    Reads everything for the class at once: the number of queries does not grow
    with trainees or items.
    """
    online = online_results(training_class)
    assessments = list(training_class.assessments.all())
    standings = class_standings(training_class, online=online, assessments=assessments)
    items = online_items(training_class, online)
    counted = _counted_apps(online)
    kinds = {
        "quizzes": pgettext("gradebook column", "Quiz"),
        "situations": pgettext("gradebook column", "Situation"),
    }
    columns = [Column(a.title) for a in assessments]
    for app, entries in items.items():
        columns += [Column(title, kinds[app]) for _pk, title in entries]
        if app in counted:
            columns.append(Column(_online_label(app), average=True))
    rows = []
    for standing in standings:
        cells = [Cell(item.score) for item in standing.items[: len(assessments)]]
        averages = iter(standing.items[len(assessments) :])
        for app, entries in items.items():
            mine = online[app].get(standing.trainee.pk) or {}
            cells += [Cell(mine.get(pk)) for pk, _title in entries]
            if app in counted:
                cells.append(Cell(next(averages).score, average=True))
        rows.append(Row(standing, cells))
    return Gradebook(assessments, columns, rows)
