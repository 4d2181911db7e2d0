"""Log in by username or by phone, whichever way the phone number is spelled."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from accounts.phones import InvalidPhone, looks_like_phone, normalize_phone


def login_identity(request, credentials) -> str:
    """The account a login attempt names, for counting failures (django-axes): its
    username whether it was named by username or by phone, in any spelling, so one
    account has one counter; what was typed, folded, when no account has it."""
    raw = (credentials or {}).get("username") or ""
    user = find_user(raw)
    if user is not None:
        return user.username.lower()
    if looks_like_phone(raw):
        try:
            return normalize_phone(raw)
        except InvalidPhone:
            pass
    return raw.strip().lower()


def find_user(identifier: str):
    User = get_user_model()
    identifier = (identifier or "").strip()
    if looks_like_phone(identifier):
        try:
            return User.objects.filter(phone=normalize_phone(identifier)).first()
        except InvalidPhone:
            pass
    return User.objects.filter(username__iexact=identifier).first()


class UsernameOrPhoneBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        user = find_user(username)
        if user is None:
            # Spend the time of one hash so that timing does not reveal the account.
            get_user_model()().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
