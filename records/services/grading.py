"""Graded work: setting it, handing it in, grading it."""

import datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from classes.models import Enrolment, TrainingClass
from elearning.uploads import head_of, sniff_document
from programmes.assessment import parse_rubric
from records.models import Assessment, AssessmentResult

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
UPLOAD_TYPES = {".pdf", ".doc", ".docx", ".odt", ".txt", ".jpg", ".jpeg", ".png"}


def check_rubric(text: str) -> list[tuple[str, Decimal]]:
    try:
        criteria = parse_rubric(text)
    except ValueError as error:
        raise ValidationError(
            {
                "rubric": _('Line %(line)s must read "criterion | points".')
                % {"line": error.args[0]}
            }
        ) from None
    if criteria and sum(points for _label, points in criteria) != 10:
        raise ValidationError(
            {"rubric": _("The points of the rubric must add up to 10.")}
        )
    return criteria


@transaction.atomic
def create_assessment(
    training_class: TrainingClass,
    *,
    kind: str,
    title: str,
    instructions: str = "",
    rubric: str = "",
    due_on: datetime.date | None = None,
    weight: int = 1,
) -> Assessment:
    check_rubric(rubric)
    assessment = Assessment(
        training_class=training_class,
        kind=kind,
        title=title.strip(),
        instructions=instructions.strip(),
        rubric=rubric.strip(),
        due_on=due_on,
        weight=weight,
    )
    assessment.full_clean()
    assessment.save()
    return assessment


def _enrolled(assessment: Assessment, trainee) -> None:
    if not Enrolment.objects.filter(
        training_class=assessment.training_class_id,
        trainee=trainee,
        status=Enrolment.Status.ACTIVE,
    ).exists():
        raise ValidationError(_("This person is not enrolled in the class."))


@transaction.atomic
def submit_work(
    assessment: Assessment, trainee, *, text: str = "", file=None
) -> AssessmentResult:
    """Hand in (or replace) a written assignment until it is graded."""
    _enrolled(assessment, trainee)
    if assessment.kind != Assessment.Kind.ASSIGNMENT:
        raise ValidationError(_("This test is not handed in online."))
    if not text.strip() and file is None:
        raise ValidationError(_("Please write your assignment or attach a file."))
    if file is not None:
        _check_upload(file)
    result, _created = AssessmentResult.objects.select_for_update().get_or_create(
        assessment=assessment, trainee=trainee
    )
    if result.score is not None:
        raise ValidationError(_("This assignment has been graded and is closed."))
    result.text = text.strip()
    if file is not None:
        result.file = file
    result.submitted_at = timezone.now()
    result.full_clean()
    try:
        result.save()
    except OSError as error:
        # The disk is full (or over quota) while the file is written: nothing is
        # kept (this transaction rolls back, so no result names a half-written
        # file) and the page keeps what was typed.
        raise ValidationError(
            _(
                "The server could not store the file (its disk is full). Your "
                "assignment has not been handed in: please try again later or "
                "tell the centre."
            )
        ) from error
    return result


def _check_upload(file) -> None:
    name = (file.name or "").lower()
    if file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is larger than 10 MB."))
    if not any(name.endswith(ext) for ext in UPLOAD_TYPES) or not sniff_document(
        name, head_of(file)
    ):
        # The name alone proves nothing: a script renamed .pdf is refused too.
        raise ValidationError(
            _("Please attach a PDF, Word, OpenDocument, text or image file.")
        )


def _score_from_points(assessment: Assessment, points: list) -> tuple[Decimal, list]:
    criteria = check_rubric(assessment.rubric)
    if len(points) != len(criteria):
        raise ValidationError(_("Please give points for every criterion."))
    values = []
    for (label, maximum), raw in zip(criteria, points, strict=True):
        value = _decimal(raw)
        if not 0 <= value <= maximum:
            raise ValidationError(
                _("%(criterion)s: between 0 and %(max)s points.")
                % {"criterion": label, "max": maximum}
            )
        values.append(value)
    return sum(values, Decimal(0)), [str(v) for v in values]


def _decimal(raw) -> Decimal:
    try:
        return Decimal(str(raw).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(_("Scores are numbers such as 7.5.")) from None


@transaction.atomic
def grade_result(
    assessment: Assessment,
    trainee,
    *,
    grader,
    score=None,
    points=None,
    comment: str = "",
) -> AssessmentResult:
    """Grade on the 10-point scale, directly or by the rubric's criteria."""
    _enrolled(assessment, trainee)
    if points is not None and assessment.rubric:
        value, stored = _score_from_points(assessment, points)
    else:
        value, stored = _decimal(score), []
    if not 0 <= value <= 10:
        raise ValidationError(_("The score must be between 0 and 10."))
    result, _created = AssessmentResult.objects.select_for_update().get_or_create(
        assessment=assessment, trainee=trainee
    )
    result.score, result.rubric_points = value, stored
    result.comment = comment.strip()
    result.graded_by, result.graded_at = grader, timezone.now()
    result.full_clean()
    result.save()
    return result
