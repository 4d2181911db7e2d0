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

from classes.models import Attendance, Enrolment, Notice, TrainingClass
from classes.policy import MISSED, policy_for
from programmes import assessment

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
    active = _lock_active_trainees(training_class, trainee_ids)
    if not active:
        return []
    policy = policy_for(training_class)
    total = training_class.sessions.aggregate(n=Sum("periods"))["n"] or 0
    due = _warnings_due(
        _missed_periods(training_class, active),
        total,
        policy.min_attendance_percent,
    )
    created = [
        notice
        for trainee_id, args in due
        for notice in _store_warning(training_class, trainee_id, args)
    ]
    _email_after_commit(created)
    return created


def _lock_active_trainees(training_class: TrainingClass, trainee_ids) -> list[int]:
    """Lock the class's active enrolments (or those of the trainees named) and
    return their trainees' ids, in enrolment order."""
    enrolments = Enrolment.objects.filter(
        training_class=training_class, status=Enrolment.Status.ACTIVE
    )
    if trainee_ids is not None:
        enrolments = enrolments.filter(trainee_id__in=list(trainee_ids))
    return list(
        enrolments.select_for_update()
        .order_by("pk")
        .values_list("trainee_id", flat=True)
    )


def _missed_periods(training_class: TrainingClass, trainee_ids: list[int]):
    """Rows of {"trainee_id", "periods"}: the periods each trainee missed, by id."""
    return (
        Attendance.objects.filter(
            session__training_class=training_class,
            trainee_id__in=trainee_ids,
            status__in=MISSED,
        )
        .values("trainee_id")
        .annotate(periods=Sum("session__periods"))
        .order_by("trainee_id")
    )


def _warnings_due(missed, total: int, min_attendance_percent) -> list[tuple[int, dict]]:
    """(trainee id, notice args) for each trainee whose missed periods pass the
    threshold, in the order of ``missed``."""
    return [
        (
            row["trainee_id"],
            {
                "missed": row["periods"],
                "total": total,
                "allowed_percent": 100 - min_attendance_percent,
            },
        )
        for row in missed
        if assessment.too_many_absences(row["periods"], total, min_attendance_percent)
    ]


def _store_warning(
    training_class: TrainingClass, trainee_id: int, args: dict
) -> list[Notice]:
    """Store the warning about one trainee for them and the head lecturer, unless
    already stored; returns the notices created."""
    created = []
    for recipient_id in dict.fromkeys([trainee_id, training_class.head_lecturer_id]):
        if recipient_id is None:
            continue
        notice, was_created = Notice.objects.get_or_create(
            kind=Notice.Kind.TOO_MANY_ABSENCES,
            training_class=training_class,
            trainee_id=trainee_id,
            recipient_id=recipient_id,
            defaults={"args": args},
        )
        if was_created:
            created.append(notice)
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
