"""What the site header needs on every page: the count of the user's unread notices."""

from django.utils.functional import SimpleLazyObject

from home.queries import unread_notices


def notices(request) -> dict:
    """``unread_notice_count``, read only when a template shows it (the header of a
    logged-in person's page)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notice_count": SimpleLazyObject(lambda: _count(user))}


def _count(user) -> int:
    return unread_notices(user).count()
