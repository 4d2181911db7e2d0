"""Writes with rules for roles: grants in a scope and the admin groups behind them."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from units.models import Grant
from units.roles import GROUP_PERMISSIONS, Employment, Role, group_name


def sync_role_groups() -> None:
    """Make one group per role hold exactly the role's permissions (idempotent)."""
    for role, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name(role))
        permissions = [
            permission
            for app_label, codename in (name.split(".") for name in codenames)
            for permission in Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        ]
        group.permissions.set(permissions)


@transaction.atomic
def grant_role(
    user,
    role: Role,
    *,
    training_unit=None,
    province=None,
    employment: Employment | str = "",
    title: str = "",
) -> Grant:
    """Give a role in a scope, once; adds the person to the role's admin group.

    Side effects: the user joins the role's group; an admin becomes a superuser.
    """
    grant, _ = Grant.objects.update_or_create(
        user=user,
        role=role,
        training_unit=training_unit,
        province=province,
        defaults={"employment": employment, "title": title},
    )
    grant.full_clean()
    if role == Role.ADMIN:
        user.is_superuser = user.is_staff = True
        user.save(update_fields=["is_superuser", "is_staff"])
    elif role in GROUP_PERMISSIONS:
        group, _ = Group.objects.get_or_create(name=group_name(role))
        user.groups.add(group)
    return grant
