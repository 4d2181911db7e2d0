"""Activation codes: how a person whose account someone else made (a roster
import, the class screens, the admin) sets their own password.

A code is 8 characters from an alphabet without look-alikes, valid 14 days, used
once, stored hashed. Giving a new code replaces the person's earlier unused ones.
Until the code is used the person's password (if any) keeps working, unless the
centre says the account is compromised.
"""

import datetime
import secrets

from django.contrib.auth.hashers import check_password, make_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import ActivationCode, User
from accounts.phones import InvalidPhone, normalize_phone

# No 0/O, 1/I/L: a code is read off paper and typed on a phone.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 8
VALID_FOR = datetime.timedelta(days=14)

NOT_RIGHT = _("The phone number or the code is not right. Please check both.")
EXPIRED = _("This code has expired. Please ask your centre for a new activation slip.")
USED = _(
    "This code has already been used. If you do not remember your password, "
    "please ask your centre for a new activation slip."
)


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalize_code(text: str) -> str:
    """What the person typed, as the code was printed: capitals, without the
    spaces and the dash of the printed form."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


def readable(code: str) -> str:
    """ "ABCD2345" -> "ABCD-2345", as printed."""
    return f"{code[:4]}-{code[4:]}"


@transaction.atomic
def issue_code(
    user: User,
    *,
    by: User | None = None,
    compromised=False,
    channel=ActivationCode.Channel.SLIP,
    replace=True,
    now=None,
) -> str:
    """A new code for the person (returned once, in clear, to be printed); their
    earlier unused codes stop working unless `replace` is off (a code asked for by
    text message leaves the printed slip valid until one of them is used). A
    compromised account's password stops now."""
    now = now or timezone.now()
    code = new_code()
    if replace:
        _retire_unused(user, now)
    ActivationCode.objects.create(
        user=user,
        code_hash=make_password(code),
        expires_at=now + VALID_FOR,
        issued_by=by,
        compromised=compromised,
        channel=channel,
    )
    if compromised:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return code


def find_code(phone: str, code: str, *, now=None) -> ActivationCode:
    """The person's code that this is, if it can still be used; else a
    ValidationError saying why (wrong, expired, used)."""
    now = now or timezone.now()
    try:
        user = User.objects.get(phone=normalize_phone(phone), is_active=True)
    except (InvalidPhone, User.DoesNotExist):
        raise ValidationError(NOT_RIGHT, code="not_right") from None
    typed = normalize_code(code)
    for row in user.activation_codes.order_by("-created_at")[:10]:
        if len(typed) == LENGTH and check_password(typed, row.code_hash):
            if row.used_at is not None:
                raise ValidationError(USED, code="used")
            if row.replaced_at is not None or row.expires_at <= now:
                raise ValidationError(EXPIRED, code="expired")
            return row
    raise ValidationError(NOT_RIGHT, code="not_right")


def _retire_unused(user: User, now) -> None:
    ActivationCode.objects.filter(user=user, used_at=None, replaced_at=None).update(
        replaced_at=now
    )


@transaction.atomic
def use_code(row: ActivationCode, password: str, *, now=None) -> User:
    """Set the password the person chose and spend the code (once: a second use
    of the same row in a race finds it used); the person's other codes retire."""
    now = now or timezone.now()
    spent = ActivationCode.objects.filter(pk=row.pk, used_at=None).update(used_at=now)
    if not spent:
        raise ValidationError(USED, code="used")
    _retire_unused(row.user, now)
    user = row.user
    user.set_password(password)
    user.save(update_fields=["password"])
    return user
