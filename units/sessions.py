"""Staff logins end after a working day without use; trainees stay logged in.

A lecturer's or a manager's account reaches other people's data, and their
computers are often shared in a centre's office: their login ends after
`STAFF_IDLE_HOURS` (8) without a request. Trainees, on their own phones, keep
Django's two weeks. Who is staff is decided once, at login (from the roles then
held), so that ordinary requests read nothing more.
"""

from django.conf import settings

from units.roles import Role, roles_of

STAFF_KEY = "staff_idle_timeout"


def is_staff_login(user) -> bool:
    return user.is_superuser or bool(roles_of(user) - {Role.TRAINEE})


def note_login(sender, request, user, **kwargs) -> None:
    """user_logged_in: flag a staff login and start its idle clock."""
    if request is not None and hasattr(request, "session") and is_staff_login(user):
        request.session[STAFF_KEY] = True
        request.session.set_expiry(settings.STAFF_IDLE_HOURS * 3600)


class StaffIdleTimeout:
    """Each request of a staff login moves its end to `STAFF_IDLE_HOURS` from now."""

    sync_capable = True
    async_capable = False

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and session.get(STAFF_KEY):
            session.set_expiry(settings.STAFF_IDLE_HOURS * 3600)
        return self.get_response(request)
