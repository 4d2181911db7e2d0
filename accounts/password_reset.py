"""A forgotten password, without asking the centre: a link by e-mail where the
account has an address (Django's signed, expiring token), or an activation code by
text message to the account's phone. The answer never tells whether an account
exists; requests wait per address and per account like logins."""

import logging

from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.activation import issue_code, readable
from accounts.backends import find_user, login_identity
from accounts.models import ActivationCode
from accounts.sms import send_sms
from elearning.throttle import Throttle

log = logging.getLogger("accounts.security")
PER_ADDRESS = Throttle("reset-address", limit=10, window=60 * 60)
PER_ACCOUNT = Throttle("reset-account", limit=3, window=60 * 60)


class TooMany(Exception):
    """Too many requests from this address or for this account: wait."""


def request_reset(identifier: str, *, request, address: str) -> None:
    """Send the means to set a new password to the account the phone, e-mail or
    username names, if there is one (SmsError if the gateway fails)."""
    identifier = (identifier or "").strip()
    who = login_identity(None, {"username": identifier})
    if PER_ADDRESS.exceeded(address) or PER_ACCOUNT.exceeded(who):
        raise TooMany
    PER_ADDRESS.hit(address)
    PER_ACCOUNT.hit(who)
    if "@" in identifier:
        _send_link(identifier, request)
    else:
        _send_code(find_user(identifier), request)


def _send_link(email: str, request) -> None:
    form = PasswordResetForm({"email": email})
    if form.is_valid():
        form.save(
            request=request,
            use_https=request.is_secure(),
            from_email=settings.DEFAULT_FROM_EMAIL,
            subject_template_name="accounts/email/reset_subject.txt",
            email_template_name="accounts/email/reset_body.txt",
        )
        log.info("password reset link asked for %s", email)


@transaction.atomic
def _send_code(user, request) -> None:
    """The new code leaves the person's printed slip valid until one of them is
    used; sent at once (SMS_SENDER accounts.sms.deliver), it is kept only if the
    message went out."""
    if user is None or not user.is_active or not user.phone:
        return
    code = issue_code(user, channel=ActivationCode.Channel.SMS, replace=False)
    link = request.build_absolute_uri(reverse("activate"))
    expires = timezone.localtime(user.activation_codes.first().expires_at)
    send_sms(
        user.phone,
        _(
            "Your code to set a new password: %(code)s (until %(date)s). Open "
            "%(link)s?code=%(raw)s and enter your phone number. If you did not ask "
            "for it, ignore this message: your password stays as it is."
        )
        % {
            "code": readable(code),
            "raw": code,
            "link": link,
            "date": expires.strftime("%d/%m/%Y"),
        },
    )
    log.info("password reset code sent by text to user %s", user.pk)
