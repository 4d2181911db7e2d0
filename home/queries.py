"""Reads across models used by several pages."""

from classes.models import Notice, TrainingClass
from records.gradebook import trainee_standing
from records.models import Credential
from units.roles import Role


def trainee_overview(user) -> dict:
    grants = user.grants.current().select_related("training_unit", "province")
    classes = TrainingClass.objects.for_trainee(user).select_related(
        "version__programme", "training_unit"
    )
    return {
        "person": user,
        "grants": grants,
        "study_units": [g.training_unit for g in grants if g.role == Role.TRAINEE],
        "classes": [(c, trainee_standing(c, user)) for c in classes],
        "credentials": Credential.objects.filter(trainee=user).order_by("-issued_at"),
        "notices": list(unread_notices(user)),
    }


def notices_for(user):
    """The user's notices, newest first, ready for their text."""
    return Notice.objects.filter(recipient=user).select_related(
        "training_class", "trainee"
    )


def unread_notices(user):
    return notices_for(user).filter(read_at__isnull=True)
