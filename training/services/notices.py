"""Notices: warn the trainee and the head lecturer once absences pass the threshold."""

import logging
from functools import partial

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from training import rules
from training.gradebook import MISSED, policy_for
from training.models import Attendance, Enrolment, Notice, TrainingClass

logger = logging.getLogger(__name__)


@transaction.atomic
def warn_about_absences(
    training_class: TrainingClass, trainee_ids=None
) -> list[Notice]:
    """Send the absence warning to each active trainee (or those named) past the
    threshold, and to the class's head lecturer; returns the notices created.

    Each warning is sent once per recipient (the `notice_once` constraint). The
    enrolments are locked first, so two roll calls saved together count each
    other's absences instead of both missing the crossing.
    """
    enrolments = Enrolment.objects.filter(
        training_class=training_class, status=Enrolment.Status.ACTIVE
    )
    if trainee_ids is not None:
        enrolments = enrolments.filter(trainee_id__in=list(trainee_ids))
    active = list(
        enrolments.select_for_update()
        .order_by("pk")
        .values_list("trainee_id", flat=True)
    )
    if not active:
        return []
    policy = policy_for(training_class)
    total = training_class.sessions.aggregate(n=Sum("periods"))["n"] or 0
    missed = (
        Attendance.objects.filter(
            session__training_class=training_class,
            trainee_id__in=active,
            status__in=MISSED,
        )
        .values("trainee_id")
        .annotate(periods=Sum("session__periods"))
        .order_by("trainee_id")
    )
    created = []
    for row in missed:
        if not rules.too_many_absences(
            row["periods"], total, policy.min_attendance_percent
        ):
            continue
        args = {
            "missed": row["periods"],
            "total": total,
            "allowed_percent": 100 - policy.min_attendance_percent,
        }
        recipients = dict.fromkeys([row["trainee_id"], training_class.head_lecturer_id])
        for recipient_id in recipients:
            if recipient_id is None:
                continue
            notice, was_created = Notice.objects.get_or_create(
                kind=Notice.Kind.TOO_MANY_ABSENCES,
                training_class=training_class,
                trainee_id=row["trainee_id"],
                recipient_id=recipient_id,
                defaults={"args": args},
            )
            if was_created:
                created.append(notice)
    _email_after_commit(created)
    return created


def _email_after_commit(notices: list[Notice]) -> None:
    """Email the recipients who have an address, once the notices are stored."""
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("notices")
    emails = [
        (
            _("Absence warning: class %(class)s")
            % {"class": notice.training_class.code},
            "\n\n".join([notice.text, _("See your notices: %(url)s") % {"url": url}]),
            notice.recipient.email,
        )
        for notice in notices
        if notice.recipient.email
    ]
    if emails:
        transaction.on_commit(partial(_send, emails))


def _send(emails) -> None:
    for subject, body, address in emails:
        try:
            send_mail(subject, body, None, [address])
        except OSError:  # smtplib's errors included: the notice is stored anyway
            logger.exception("Could not email an absence warning to %s", address)


def mark_read(notice: Notice) -> Notice:
    if notice.read_at is None:
        notice.read_at = timezone.now()
        notice.save(update_fields=["read_at"])
    return notice


def mark_all_read(user) -> int:
    return Notice.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
