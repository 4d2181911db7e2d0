"""Lecturers' writes: reviewing reflections and releasing what the class chose."""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from situations.models import ClassRelease, Reflection
from situations.scoring import rubric_score


def _marks(raw: dict, names: list[str]) -> dict[str, Decimal]:
    marks = {}
    for name in names:
        try:
            value = Decimal(str(raw.get(name, "")).replace(",", "."))
        except InvalidOperation:
            raise ValidationError(
                _("Give a mark from 0 to 10 for “%s”.") % name
            ) from None
        if not Decimal(0) <= value <= Decimal(10):
            raise ValidationError(_("Give a mark from 0 to 10 for “%s”.") % name)
        marks[name] = value
    return marks


@transaction.atomic
def review_reflection(
    reflection: Reflection, *, reviewer, marks: dict, comment: str = ""
) -> Reflection:
    """Mark a reflection against the situation's rubric (each criterion 0–10)."""
    criteria = list(reflection.run.situation.rubric.all())
    weights = {criterion.name: criterion.weight for criterion in criteria}
    clean = _marks(marks, list(weights))
    reflection.rubric_marks = {name: str(value) for name, value in clean.items()}
    reflection.review_score = rubric_score(weights, clean)
    reflection.review_comment = comment.strip()
    reflection.reviewer = reviewer
    reflection.reviewed_at = timezone.now()
    reflection.full_clean()
    reflection.save()
    return reflection


def release_class_choices(situation, training_class, *, lecturer) -> ClassRelease:
    """Let the class see how many chose each option (once; repeats change nothing)."""
    release, _created = ClassRelease.objects.get_or_create(
        situation=situation,
        training_class=training_class,
        defaults={"released_by": lecturer},
    )
    return release
