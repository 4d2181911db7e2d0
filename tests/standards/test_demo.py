"""The demo: the province's criteria and Chiêm Hóa's self-assessment under review;
a second seed changes nothing of them."""

import io

from django.core.management import call_command
from django.utils import timezone

from standards.models import Answer, CriteriaSet, Evidence, SelfAssessment


def _counts():
    return [m.objects.count() for m in (CriteriaSet, SelfAssessment, Answer, Evidence)]


def test_the_demo_centre_has_a_self_assessment_under_review(demo):
    criteria = CriteriaSet.objects.get()
    assert criteria.status == CriteriaSet.Status.PUBLISHED
    groups = set(criteria.criteria.values_list("group", flat=True))
    assert groups == {"organisation", "lecturers", "teaching", "facilities", "results"}
    assessment = SelfAssessment.objects.get(
        training_unit__name="Trung tâm Chính trị Chiêm Hóa",
        year=timezone.localdate().year,
    )
    assert assessment.status == SelfAssessment.Status.SUBMITTED
    verdicts = set(assessment.answers.values_list("verdict", flat=True))
    assert verdicts == {"", "agree", "needs_evidence"}
    for answer in assessment.answers.filter(
        criterion__kind="declared", claimed_met=True
    ):
        assert answer.evidence.exists(), answer.criterion.code
    before = _counts()
    call_command("seed_demo", stdout=io.StringIO())
    assert _counts() == before
