"""Text messages leave through the jobs: stored in the request, delivered by a
worker, tried again later when the gateway fails."""

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from accounts import sms
from tests.jobs.worker import run_ready_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued(settings):
    settings.SMS_SENDER = "jobs.sms.send_later"
    settings.SMS_URL = "memory://"
    settings.JOBS_RETRY_SECONDS = 30
    sms.outbox.clear()
    return settings


def test_a_text_message_is_stored_then_delivered_by_the_worker(queued, monkeypatch):
    sms.send_sms("+84987654321", "Mã đặt lại mật khẩu: ABCD-2345")
    assert sms.outbox == []  # nothing sent in the request
    run_ready_tasks(monkeypatch)
    assert sms.outbox == [
        {"to": "+84987654321", "text": "Mã đặt lại mật khẩu: ABCD-2345"}
    ]


def test_a_gateway_that_fails_is_tried_again_later(queued, monkeypatch, caplog):
    queued.SMS_URL = "nowhere://"  # no such backend: the send raises
    sms.send_sms("+84987654321", "Mã: ABCD-2345")
    run_ready_tasks(monkeypatch)
    failed, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert failed.status == "FAILED"
    assert "Text message failed (attempt 1); trying again in 30 s" in caplog.text
    assert retry.status == "READY"

    queued.SMS_URL = "memory://"  # the gateway is back
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_ready_tasks(monkeypatch)
    assert [m["to"] for m in sms.outbox] == ["+84987654321"]
