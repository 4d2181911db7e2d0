"""Writes with rules for people."""

from django.db import transaction

from accounts.models import User


@transaction.atomic
def create_person(
    *,
    username: str,
    full_name: str,
    password: str | None = None,
    phone: str = "",
    **fields,
) -> User:
    """Create a person after checking every field (phone normalised to +84…)."""
    user = User(username=username, full_name=full_name, phone=phone or None, **fields)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean()
    user.save()
    return user
