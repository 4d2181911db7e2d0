"""The demo province's criteria (published, version 1) and the demo centre's
self-assessment for this year, submitted and partly reviewed by the province."""

import logging
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from fpdf import FPDF

from accounts.models import User
from demo.standards_content import criteria as content
from standards import services
from standards.models import CriteriaSet, Criterion, SelfAssessment
from units.models import TrainingUnit

FONT = Path(settings.BASE_DIR) / "elearning" / "fonts" / "BeVietnamPro-Regular.ttf"


def _criteria_set(province, author) -> CriteriaSet:
    found = CriteriaSet.objects.filter(province=province, version=1).first()
    if found is not None:
        return found
    criteria_set = CriteriaSet.objects.create(
        province=province,
        version=1,
        title=content.TITLE,
        decision=content.DECISION,
        applies_from_year=content.APPLIES_FROM,
        created_by=author,
    )
    for position, row in enumerate(content.CRITERIA, start=1):
        group, code, text, guidance, computation, comparison, target = row
        Criterion.objects.create(
            criteria_set=criteria_set,
            group=group,
            code=code,
            position=position,
            text=text,
            guidance=guidance,
            kind=Criterion.Kind.COMPUTED if computation else Criterion.Kind.DECLARED,
            computation=computation,
            comparison=comparison,
            target=Decimal(target) if target is not None else None,
        )
    return services.publish_criteria_set(criteria_set, author)


@lru_cache(maxsize=16)
def _pdf(text: str) -> bytes:
    """A one-page PDF with the text (made once per process: the seed runs often
    in the tests)."""
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("BeVietnamPro", fname=str(FONT))
    pdf.set_font("BeVietnamPro", size=13)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def _fill(assessment, manager) -> None:
    for answer in assessment.answers.select_related("criterion"):
        row = content.ANSWERS.get(answer.criterion.code)
        if row is None:
            continue
        met, explanation, file_name, file_text = row
        upload = (
            SimpleUploadedFile(file_name, _pdf(file_text), "application/pdf")
            if file_name
            else None
        )
        services.save_answer(
            answer, manager, claimed_met=met, explanation=explanation, upload=upload
        )


def _review(assessment, reviewer) -> None:
    for answer in assessment.answers.select_related("criterion"):
        review = content.REVIEWS.get(answer.criterion.code)
        if review is not None:
            verdict, comment = review
            services.review_answer(answer, reviewer, verdict=verdict, comment=comment)


@transaction.atomic
def seed() -> None:
    """Idempotent: the set is found by its province and version, the
    self-assessment by its centre and year, and both are left as they are."""
    centre = TrainingUnit.objects.filter(name="Trung tâm Chính trị Chiêm Hóa").first()
    manager = User.objects.filter(username="quanly").first()
    reviewer = User.objects.filter(username="tinh").first()
    if centre is None or manager is None or reviewer is None:
        return
    _criteria_set(centre.province, reviewer)
    year = timezone.localdate().year
    if SelfAssessment.objects.filter(training_unit=centre, year=year).exists():
        return
    assessment = services.start_self_assessment(centre, year, manager)
    _fill(assessment, manager)
    services.submit(assessment, manager)
    _review(assessment, reviewer)
