"""Devices and codes: setting up an authenticator app, checking codes, turning off.

The TOTP device is django-otp's (its key, its drift, `last_t` refusing a code used
once, its exponential back-off after each miss); backup codes are a static device
whose tokens are deleted when used. On top of django-otp's back-off, an account may
miss `FAILURE_LIMIT` codes in `FAILURE_WINDOW` seconds, then waits the window out.
"""

import dataclasses
import enum
import math
import time
from base64 import b32encode

from django.db import transaction
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from elearning.throttle import Throttle

BACKUP_CODES = 10
FAILURE_LIMIT = 5
FAILURE_WINDOW = 15 * 60
DEVICE_NAME = "authenticator"
MISSES = Throttle("two-factor-codes", limit=FAILURE_LIMIT, window=FAILURE_WINDOW)


class Outcome(enum.Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    WRONG_BACKUP = "wrong_backup"  # not a backup code, or one already used
    REUSED = "reused"
    THROTTLED = "throttled"  # too many misses: ours, or django-otp's back-off


@dataclasses.dataclass(frozen=True)
class Check:
    outcome: Outcome
    device: object = None  # the device that accepted the code
    wait: int = 0  # seconds before the next try, when throttled


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_two_factor(user) -> bool:
    """An app confirmed: the login has a second step. (Backup codes alone do not
    count: when the app is removed in the admin, its person sets up a new one.)"""
    return bool(user.is_authenticated) and (
        TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    )


def pending_device(user) -> TOTPDevice:
    """The app being set up: the same key until it is confirmed (reloading the page
    must not change a QR code already scanned)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def secret_groups(device: TOTPDevice) -> list[str]:
    """The key as an app asks for it when typed (base32), in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return [secret[i : i + 4] for i in range(0, len(secret), 4)]


def normalize_code(raw: str) -> str:
    return "".join((raw or "").split()).replace("-", "").lower()


def is_app_code(code: str) -> bool:
    return len(code) == 6 and code.isdigit()


def check_code(user, raw: str, device: TOTPDevice | None = None) -> Check:
    """One try of a code from the app, or of a backup code. `device` is the app
    being set up; otherwise the user's confirmed devices are tried."""
    key = str(user.pk)
    if MISSES.exceeded(key):
        return Check(Outcome.THROTTLED, wait=FAILURE_WINDOW)
    code = normalize_code(raw)
    with transaction.atomic():
        candidate = _candidate(user, code, device)
        if candidate is None:
            outcome = Outcome.WRONG
        else:
            allowed, details = candidate.verify_is_allowed()
            if not allowed:  # django-otp's back-off: 1 s, 2 s, 4 s... after misses
                return Check(Outcome.THROTTLED, wait=_seconds_until(details))
            if candidate.verify_token(code):
                return Check(Outcome.ACCEPTED, device=candidate)
            outcome = _why_refused(candidate, code)
    MISSES.hit(key)
    return Check(outcome)


def _candidate(user, code: str, device):
    if device is not None:
        return TOTPDevice.objects.select_for_update().filter(pk=device.pk).first()
    model = TOTPDevice if is_app_code(code) else StaticDevice
    devices = model.objects.devices_for_user(user, confirmed=True)
    return devices.select_for_update().first()


def _seconds_until(details) -> int:
    until = (details or {}).get("locked_until")
    if until is None:
        return 1
    return max(1, math.ceil((until - timezone.now()).total_seconds()))


def _why_refused(device, code: str) -> Outcome:
    """A code the app showed in the last minute but that was already used once."""
    if not isinstance(device, TOTPDevice):
        return Outcome.WRONG_BACKUP
    if not is_app_code(code):
        return Outcome.WRONG
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    now = time.time()
    for offset in range(-device.tolerance, device.tolerance + 1):
        totp.time = now + offset * device.step
        if totp.t() <= device.last_t and totp.token() == int(code):
            return Outcome.REUSED
    return Outcome.WRONG


@transaction.atomic
def confirm_device(device: TOTPDevice) -> list[str]:
    """The app's first code was right: it becomes the login's second step, with a
    fresh set of backup codes (returned, to be shown once)."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return replace_backup_codes(device.user)


def replace_backup_codes(user) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    backup = StaticDevice.objects.create(user=user, name="backup", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=backup, token=c) for c in codes)
    return codes


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user).count()


@transaction.atomic
def turn_off(user) -> None:
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
