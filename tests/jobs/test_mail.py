"""Mail leaves through the jobs: stored as a task in the request, sent by a worker,
tried again later when the mail server fails."""

import smtplib

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.jobs.worker import run_ready_tasks

pytestmark = pytest.mark.django_db

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


class DownBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("the mail server is down")


@pytest.fixture
def queued(settings):
    settings.EMAIL_BACKEND = "jobs.mail.QueuedEmailBackend"
    settings.JOBS_EMAIL_BACKEND = LOCMEM
    settings.JOBS_RETRY_SECONDS = 30
    return settings


def letter():
    message = EmailMultiAlternatives(
        "Cảnh báo vắng học",
        "Bạn đã vắng 6 tiết.",
        "trungtam@example.vn",
        ["an@example.vn"],
        cc=["hong@example.vn"],
        reply_to=["quanly@example.vn"],
    )
    message.attach_alternative("<p>Bạn đã vắng <b>6</b> tiết.</p>", "text/html")
    message.attach("diem-danh.csv", "Họ và tên;Vắng\n", "text/csv")
    message.attach("the.png", b"\x89PNG\r\n\x00\xff", "image/png")
    return message


def test_mail_is_stored_in_the_request_and_sent_by_the_worker(queued, monkeypatch):
    assert letter().send() == 1
    assert mail.outbox == []  # nothing sent in the request
    assert DBTaskResult.objects.count() == 1

    run_ready_tasks(monkeypatch)

    [sent] = mail.outbox
    assert (sent.subject, sent.body, sent.from_email) == (
        "Cảnh báo vắng học",
        "Bạn đã vắng 6 tiết.",
        "trungtam@example.vn",
    )
    assert (sent.to, sent.cc, sent.reply_to) == (
        ["an@example.vn"],
        ["hong@example.vn"],
        ["quanly@example.vn"],
    )
    assert sent.alternatives[0].mimetype == "text/html"
    assert [a.content for a in sent.attachments] == [
        "Họ và tên;Vắng\n",
        b"\x89PNG\r\n\x00\xff",
    ]


def test_a_failed_send_is_tried_again_later_not_lost(queued, monkeypatch, caplog):
    queued.JOBS_EMAIL_BACKEND = "tests.jobs.test_mail.DownBackend"
    letter().send()

    run_ready_tasks(monkeypatch)

    failed, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert failed.status == "FAILED"
    assert "the mail server is down" in failed.traceback
    assert "Mail failed (attempt 1); trying again in 30 s" in caplog.text
    assert retry.status == "READY"
    assert retry.args_kwargs["args"][1] == 2

    queued.JOBS_EMAIL_BACKEND = LOCMEM  # the server is back
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_ready_tasks(monkeypatch)

    assert [m.to for m in mail.outbox] == [["an@example.vn"]]
