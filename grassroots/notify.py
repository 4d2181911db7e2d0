"""Telling the asker: an answer published, or the question declined. The asker's
own page marks it new until opened (`Question.asker_seen_at`); a text message
(accounts/sms.py: queued for the jobs' worker) and an e-mail (queued the same way,
jobs/mail.py) leave once the change is committed."""

import logging
from functools import partial

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.sms import SmsError, send_sms

logger = logging.getLogger(__name__)


def _link(question) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("grassroots:detail", args=[question.pk])


def answered(question) -> None:
    text = _(
        "%(centre)s has answered your question of %(date)s. Read the answer: %(url)s"
    ) % {
        "centre": question.centre.name,
        "date": question.created_at.strftime("%d/%m/%Y"),
        "url": _link(question),
    }
    _tell(question, _("Your question has been answered"), text)


def declined(question) -> None:
    text = _(
        "%(centre)s will not answer your question of %(date)s: %(reason)s (%(url)s)"
    ) % {
        "centre": question.centre.name,
        "date": question.created_at.strftime("%d/%m/%Y"),
        "reason": question.decline_reason,
        "url": _link(question),
    }
    _tell(question, _("About your question"), text)


def _tell(question, subject: str, text: str) -> None:
    asker = question.asker
    if asker is None or not asker.is_active:
        return
    transaction.on_commit(partial(_send, asker.phone, asker.email, subject, text))


def _send(phone, email, subject, text) -> None:
    if phone:
        try:
            send_sms(phone, text)
        except (SmsError, OSError):  # the answer is on the asker's page anyway
            logger.exception("Could not send a text about a grassroots question")
    if email:
        try:
            send_mail(subject, text, None, [email])
        except OSError:
            logger.exception("Could not e-mail about a grassroots question")
