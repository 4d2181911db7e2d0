"""Who may run live sessions, and fetching a session the user hosts."""

import datetime

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils import timezone

from classes.models import ClassSession, TrainingClass
from live.models import LiveSession
from live.rights import HOST_ROLES
from units.roles import has_role


def can_host(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or any(has_role(user, role) for role in HOST_ROLES)
    )


def hosted_session(request, code: str) -> LiveSession:
    session = get_object_or_404(LiveSession, code=code)
    if not session.is_host(request.user):
        raise PermissionDenied
    return session


def class_sessions_for(user):
    """Sessions of the classes the user teaches or manages, a month either side."""
    today = timezone.localdate()
    return (
        ClassSession.objects.filter(
            training_class__in=TrainingClass.objects.visible_to(user),
            date__range=(
                today - datetime.timedelta(days=30),
                today + datetime.timedelta(days=30),
            ),
        )
        .select_related("training_class")
        .order_by("date", "part")
    )
