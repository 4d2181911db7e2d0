"""Sockets end with the right to them: logging out, a new password, deactivation.

Each closes the person's live sockets in every process (one published `logout`
event; live/hub.py). A socket opened again after a new password finds its old
login session refused (Django checks the password hash in the session) and is a
visitor from then on.
"""

from django.db import transaction

from live.hub import close_sockets_of

WATCHED = {"password", "is_active"}


def note_credentials(sender, instance, update_fields=None, **kwargs) -> None:
    """pre_save of a person: remember whether this save takes a right away."""
    instance._live_revoked = False
    if instance.pk is None or (update_fields and not WATCHED & set(update_fields)):
        return
    before = (
        sender.objects.filter(pk=instance.pk).values("password", "is_active").first()
    )
    instance._live_revoked = before is not None and (
        before["password"] != instance.password
        or (before["is_active"] and not instance.is_active)
    )


def close_if_revoked(sender, instance, **kwargs) -> None:
    """post_save of a person: their sockets close once the change is stored."""
    if getattr(instance, "_live_revoked", False):
        transaction.on_commit(lambda: close_sockets_of(sender, user=instance))
