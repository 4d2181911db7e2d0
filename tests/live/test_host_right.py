"""Hosting ends with the grant: a lecturer whose role is taken away (the grant
deleted, ended, or changed to another role) has their host sockets closed in every
process at once, and the console refuses them."""

import datetime

import pytest
from asgiref.sync import sync_to_async
from django.test import Client
from django.utils import timezone

from tests.live.conftest import closing, open_phone
from tests.live.test_revocation import bridge_listening
from units.models import Grant
from units.roles import Role
from units.services import grant_role

NOT_HOST = "Đồng chí không còn quyền điều khiển phiên này."


@pytest.fixture(autouse=True)
def _no_rounds(settings):
    """No periodic re-validation during these tests: the grant's own signal acts."""
    settings.LIVE_REVALIDATE_SECONDS = 600


def delete(grant):
    grant.delete()


def end(grant):
    grant.valid_from = None
    grant.valid_to = timezone.localdate() - datetime.timedelta(days=1)
    grant.save()


def make_trainee(grant):
    grant.role = Role.TRAINEE
    grant.save()


def lecturer_grant(user):
    return Grant.objects.get(user=user, role=Role.LECTURER)


@pytest.mark.parametrize("change", [delete, end, make_trainee])
async def test_a_host_socket_closes_when_the_grant_goes(live, lecturer, change):
    host = await open_phone(live.code, user=lecturer)
    assert host.snapshot["me"]["host"] is True
    await bridge_listening()

    await sync_to_async(lambda: change(lecturer_grant(lecturer)))()

    code, errors = await closing(host)
    assert code == 4401
    assert [e["message"] for e in errors] == [NOT_HOST]


async def test_another_host_grant_keeps_the_socket(live, lecturer):
    def also_manager():
        unit = lecturer_grant(lecturer).training_unit
        grant_role(lecturer, Role.CENTRE_MANAGER, training_unit=unit)

    await sync_to_async(also_manager)()
    host = await open_phone(live.code, user=lecturer)
    await bridge_listening()

    await sync_to_async(lambda: lecturer_grant(lecturer).delete())()

    assert await host.ws.receive_nothing(timeout=0.5) or (
        (await host.ws.receive_output())["type"] != "websocket.close"
    )
    await host.send("ping")
    assert (await host.expect("pong"))["type"] == "pong"
    await host.close()


def test_the_console_refuses_a_lecturer_without_a_grant(live, lecturer):
    client = Client()
    client.force_login(lecturer)
    assert client.get(f"/live/{live.code}/console/").status_code == 200

    lecturer_grant(lecturer).delete()

    assert client.get(f"/live/{live.code}/console/").status_code == 403
