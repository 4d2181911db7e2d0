"""A lecturer's marks for essays."""

from datetime import datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes.models import Answer, Sitting
from quizzes.services.grading import total_sitting


def _parse_mark(value, maximum: Decimal) -> Decimal:
    try:
        mark = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(_("Please enter the mark as a number.")) from None
    if not mark.is_finite() or not 0 <= mark <= maximum:
        raise ValidationError(
            _("The mark must be between 0 and %(max)s.") % {"max": maximum.normalize()}
        )
    return mark


@transaction.atomic
def mark_answer(
    answer: Answer, *, marker, mark, comment: str = "", now: datetime | None = None
) -> Answer:
    """Record the mark and comment, then re-total the attempt.

    Side effects: the attempt's grade, pass and "awaiting marking" flag change.
    """
    sitting = (
        Sitting.objects.select_for_update(of=("self",))
        .select_related("quiz")
        .get(pk=answer.sitting_id)
    )
    answer = Answer.objects.select_for_update().get(pk=answer.pk)
    answer.mark = _parse_mark(mark, answer.max_mark)
    answer.fraction = answer.mark / answer.max_mark if answer.max_mark else Decimal(0)
    answer.comment = comment.strip()
    answer.marked_by = marker
    answer.marked_at = now or timezone.now()
    answer.full_clean(exclude=["response"])
    answer.save()
    if sitting.state == Sitting.State.FINISHED:
        total_sitting(sitting, sitting.answers.all())
        sitting.save(
            update_fields=["score", "max_score", "grade", "passed", "needs_marking"]
        )
    return answer
