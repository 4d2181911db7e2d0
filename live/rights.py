"""Who may host a live session: a superuser, or its lecturer or a co-host who holds
a host role today (a lecturer's or a centre manager's grant)."""

from django.db.models import Exists, OuterRef

from units.models import Grant
from units.roles import Role

HOST_ROLES = (Role.LECTURER, Role.CENTRE_MANAGER)


def host_grants():
    """The current host grants; `.filter(user=…)`, or correlated as below."""
    return Grant.objects.current().filter(role__in=HOST_ROLES)


def holds_host_grant():
    """Per person in a query of users: whether they hold a host role today."""
    return Exists(host_grants().filter(user=OuterRef("pk")))


def may_host(user) -> bool:
    """May this person host at all (their own or a co-hosted session)?"""
    return user.is_authenticated and (
        user.is_superuser or host_grants().filter(user=user).exists()
    )
