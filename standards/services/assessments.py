"""A self-assessment's life: started by the centre, filled, submitted; reviewed by
the province criterion by criterion, returned for evidence or concluded.

Permissions (who) are asked by the views (`standards/rules.py`); these check the
state (when) and the input, and raise ValidationError with the reason.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from standards import computations
from standards.formulas import meets
from standards.models import Answer, CriteriaSet, Event, Evidence, SelfAssessment
from standards.rules import may_review
from standards.services.evidence_files import check_evidence_file
from standards.standing import judged_met, suggested_result

FIRST_YEAR = 2019  # Kết luận 66-KL/TW: every centre up to standard by 2025


def year_range() -> range:
    return range(FIRST_YEAR, timezone.localdate().year + 1)


def _check_year(year) -> int:
    years = year_range()
    try:
        year = int(str(year).strip())
    except (TypeError, ValueError):
        year = None
    if year not in years:
        raise ValidationError(
            _("The year must be between %(first)s and %(last)s.")
            % {"first": years[0], "last": years[-1]}
        )
    return year


@transaction.atomic
def start_self_assessment(unit, year, user) -> SelfAssessment:
    """The unit's self-assessment for the year, against the criteria in force
    in its province for that year; one per unit and year."""
    year = _check_year(year)
    criteria_set = CriteriaSet.objects.in_force(unit.province_id, year)
    if criteria_set is None:
        raise ValidationError(
            _("The province has published no criteria that apply to %(year)s.")
            % {"year": year}
        )
    if SelfAssessment.objects.filter(training_unit=unit, year=year).exists():
        raise ValidationError(
            _("%(unit)s already has a self-assessment for %(year)s.")
            % {"unit": unit, "year": year}
        )
    assessment = SelfAssessment.objects.create(
        training_unit=unit, year=year, criteria_set=criteria_set, created_by=user
    )
    Answer.objects.bulk_create(
        Answer(self_assessment=assessment, criterion=criterion)
        for criterion in criteria_set.criteria.all()
    )
    Event.objects.create(
        self_assessment=assessment, kind=Event.Kind.CREATED, actor=user
    )
    return assessment


def _locked(assessment) -> SelfAssessment:
    return SelfAssessment.objects.select_for_update().get(pk=assessment.pk)


def _check_centre_may_edit(assessment, answer=None) -> None:
    if not assessment.centre_may_edit:
        raise ValidationError(
            _("This self-assessment has been submitted and can no longer be changed.")
        )
    if answer is not None and answer.verdict == Answer.Verdict.AGREE:
        raise ValidationError(
            _("The province has agreed with this criterion; it stays as it is.")
        )


@transaction.atomic
def save_answer(answer, user, *, claimed_met=None, explanation="", upload=None):
    """The centre's answer to a criterion: for a declared criterion whether it is
    met, for either kind the explanation, and an evidence file if one is given."""
    assessment = _locked(answer.self_assessment)
    _check_centre_may_edit(assessment, answer)
    if upload is not None:
        check_evidence_file(upload)
    if not answer.criterion.is_computed:
        answer.claimed_met = claimed_met
    answer.explanation = explanation.strip()
    answer.updated_by = user
    answer.updated_at = timezone.now()
    answer.save()
    if upload is not None:
        _keep_evidence(answer, upload, user)
    return answer


def _keep_evidence(answer, upload, user) -> Evidence:
    evidence = Evidence(
        answer=answer, name=upload.name[:200], size=upload.size, uploaded_by=user
    )
    evidence.file.save(upload.name, upload, save=False)
    evidence.save()
    return evidence


@transaction.atomic
def add_evidence(answer, upload, user) -> Evidence:
    assessment = _locked(answer.self_assessment)
    _check_centre_may_edit(assessment, answer)
    check_evidence_file(upload)
    return _keep_evidence(answer, upload, user)


@transaction.atomic
def remove_evidence(evidence, user) -> None:
    assessment = _locked(evidence.answer.self_assessment)
    _check_centre_may_edit(assessment, evidence.answer)
    evidence.file.delete(save=False)
    evidence.delete()


def missing_for_submission(assessment) -> list[str]:
    """What must be filled before submitting, one line per criterion."""
    missing = []
    for answer in assessment.answers_in_order():
        criterion = answer.criterion
        if criterion.is_computed:
            continue
        if answer.claimed_met is None:
            missing.append(
                _("%(code)s: say whether the criterion is met.")
                % {"code": criterion.code}
            )
        elif not answer.explanation:
            missing.append(
                _("%(code)s: explain how it is met or why not.")
                % {"code": criterion.code}
            )
        elif answer.claimed_met and not answer.evidence.all():
            missing.append(
                _("%(code)s: attach the evidence.") % {"code": criterion.code}
            )
    return missing


@transaction.atomic
def submit(assessment, user) -> SelfAssessment:
    """Send it to the province: computed figures are kept as they are now, and
    criteria the province has not agreed with go back into its review."""
    assessment = _locked(assessment)
    _check_centre_may_edit(assessment)
    missing = missing_for_submission(assessment)
    if missing:
        raise ValidationError(missing)
    figures = computations.Figures(assessment.training_unit, assessment.year)
    now = timezone.now()
    for answer in assessment.answers.select_related("criterion"):
        if answer.verdict == Answer.Verdict.AGREE:
            continue
        criterion = answer.criterion
        if criterion.is_computed:
            outcome = computations.evaluate(criterion.computation, figures)
            answer.value = outcome.value
            answer.value_error = str(outcome.error)[:300]
            answer.computed_at = now
            answer.claimed_met = meets(
                outcome.value, criterion.comparison, criterion.target
            )
        answer.verdict = Answer.Verdict.PENDING
        answer.save()
    assessment.status = SelfAssessment.Status.SUBMITTED
    assessment.submitted_by = user
    assessment.submitted_at = now
    assessment.save()
    Event.objects.create(
        self_assessment=assessment, kind=Event.Kind.SUBMITTED, actor=user
    )
    return assessment


def _check_reviewer(assessment, user) -> None:
    """Nobody reviews a self-assessment they had a hand in, administrators
    included (the views ask the same)."""
    if not may_review(user, assessment):
        raise PermissionDenied


def _check_under_review(assessment) -> None:
    if assessment.status != SelfAssessment.Status.SUBMITTED:
        raise ValidationError(_("This self-assessment is not waiting for a review."))


@transaction.atomic
def review_answer(answer, user, *, verdict, comment="") -> Answer:
    assessment = _locked(answer.self_assessment)
    _check_under_review(assessment)
    _check_reviewer(assessment, user)
    if verdict not in (
        Answer.Verdict.AGREE,
        Answer.Verdict.NEEDS_EVIDENCE,
        Answer.Verdict.DISAGREE,
    ):
        raise ValidationError(_("Choose agree, more evidence needed or disagree."))
    comment = (comment or "").strip()
    if verdict != Answer.Verdict.AGREE and not comment:
        raise ValidationError(
            _("Say what is missing or why you disagree, for the centre to read.")
        )
    answer.verdict = verdict
    answer.review_comment = comment
    answer.reviewed_by = user
    answer.reviewed_at = timezone.now()
    answer.save()
    Event.objects.create(
        self_assessment=assessment,
        kind=Event.Kind.REVIEWED,
        actor=user,
        criterion=answer.criterion,
        note=f"{answer.get_verdict_display()}{': ' + comment if comment else ''}",
    )
    return answer


@transaction.atomic
def return_for_evidence(assessment, user, note="") -> SelfAssessment:
    assessment = _locked(assessment)
    _check_under_review(assessment)
    _check_reviewer(assessment, user)
    if not assessment.answers.filter(
        verdict__in=[Answer.Verdict.NEEDS_EVIDENCE, Answer.Verdict.DISAGREE]
    ).exists():
        raise ValidationError(
            _(
                "Mark the criteria that need more evidence (or that you disagree "
                "with) before returning it."
            )
        )
    assessment.status = SelfAssessment.Status.RETURNED
    assessment.save()
    Event.objects.create(
        self_assessment=assessment,
        kind=Event.Kind.RETURNED,
        actor=user,
        note=(note or "").strip(),
    )
    return assessment


def suggestion(assessment) -> str | None:
    return suggested_result(
        judged_met(a.claimed_met, a.verdict) for a in assessment.answers.all()
    )


@transaction.atomic
def conclude(assessment, user, *, result, conclusion="") -> SelfAssessment:
    """Record the province's result. Every criterion must be reviewed, none still
    waiting for evidence; a result other than the one the reviews suggest needs
    its reason."""
    assessment = _locked(assessment)
    _check_under_review(assessment)
    _check_reviewer(assessment, user)
    answers = list(assessment.answers.all())
    if any(a.verdict == Answer.Verdict.PENDING for a in answers):
        raise ValidationError(_("Review every criterion before concluding."))
    if any(a.verdict == Answer.Verdict.NEEDS_EVIDENCE for a in answers):
        raise ValidationError(
            _(
                "Some criteria wait for more evidence: return the self-assessment "
                "to the centre, or change those reviews."
            )
        )
    if result not in (SelfAssessment.Result.MET, SelfAssessment.Result.NOT_MET):
        raise ValidationError(_("Choose up to standard or not up to standard."))
    conclusion = (conclusion or "").strip()
    if result != suggestion(assessment) and not conclusion:
        raise ValidationError(
            _(
                "The reviews suggest another result: write the reason for this "
                "one in the conclusion."
            )
        )
    assessment.status = SelfAssessment.Status.CONCLUDED
    assessment.result = result
    assessment.conclusion = conclusion
    assessment.concluded_by = user
    assessment.concluded_at = timezone.now()
    assessment.save()
    Event.objects.create(
        self_assessment=assessment,
        kind=Event.Kind.CONCLUDED,
        actor=user,
        note=assessment.get_result_display()
        + (": " + conclusion if conclusion else ""),
    )
    return assessment
