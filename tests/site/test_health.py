import datetime
import json

import pytest
from django.utils import timezone

from jobs.scheduler import tick

pytestmark = pytest.mark.django_db


JOBS_CHECK = {"jobs": "jobs.health.scheduler_ran_recently"}


@pytest.fixture
def jobs_checked(settings):
    """/healthz as every server has it (the suite's settings run no scheduler)."""
    settings.HEALTH_CHECKS = JOBS_CHECK


def test_healthz_reports_each_part_ok(client, jobs_checked):
    tick("host:1")  # a scheduler looked just now

    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "database": "ok",
        "channel_layer": "ok",
        "jobs": "ok",
    }


@pytest.mark.parametrize("last_look", [None, datetime.timedelta(minutes=3)])
def test_healthz_names_the_jobs_when_no_scheduler_looked_lately(
    client, jobs_checked, last_look
):
    if last_look is not None:
        tick("host:1", now=timezone.now() - last_look)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "error",
        "database": "ok",
        "channel_layer": "ok",
        "jobs": "error",
    }


def test_healthz_names_the_failing_channel_layer(client, settings):
    # A real Redis layer pointed at a port where nothing listens.
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": ["redis://127.0.0.1:1/0"]},
        }
    }
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    try:
        response = client.get("/healthz")
    finally:
        channel_layers.backends.clear()
    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "error",
        "database": "ok",
        "channel_layer": "error",
    }
