"""Reads across models used by several pages."""

from accounts.roles import Role


def trainee_overview(user) -> dict:
    grants = user.grants.current().select_related("training_unit", "province")
    return {
        "person": user,
        "grants": grants,
        "study_units": [g.training_unit for g in grants if g.role == Role.TRAINEE],
    }
