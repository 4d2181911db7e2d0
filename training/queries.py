"""Reads across models used by several pages."""

from accounts.roles import Role
from training.gradebook import trainee_standing
from training.models import Credential, TrainingClass


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
    }
