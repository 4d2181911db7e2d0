"""Lane d (faults): real processes on PostgreSQL, each fault counted from the database.

Every test here is marked `faults` (lanes a, b and c leave them out). The lane fails,
never skips, when it cannot run: no PostgreSQL DATABASE_URL, no nginx, no
redis-server.
"""

import os

import pytest
from django.db import connection
from django.test import Client

from live.services import create_session
from tests.factories import TrainingUnitFactory, UserFactory
from tests.faults import harness
from units.roles import Role
from units.services import grant_role


def pytest_collection_modifyitems(items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.faults)


@pytest.fixture
def pg_url(transactional_db) -> str:
    """The test database on the machine's PostgreSQL, committed rows and all."""
    assert connection.vendor == "postgresql", (
        "lane d runs on PostgreSQL: set DATABASE_URL=postgres://… (see .ci/run)"
    )
    return harness.database_url(connection)


@pytest.fixture
def redis(tmp_path):
    server = harness.Redis(tmp_path / "redis", persist=True).start()
    yield server
    server.stop()


@pytest.fixture
def lecturer(transactional_db):
    person = UserFactory(full_name="Ma Thị Hồng")
    grant_role(person, Role.LECTURER, training_unit=TrainingUnitFactory())
    return person


@pytest.fixture
def live(lecturer):
    # Questions wait for the lecturer: the hall is not sent every question
    # (the fault counts them, the phones need not read them all).
    return create_session(lecturer, title="Hội nghị trực tuyến", qa_moderated=True)


@pytest.fixture
def lecturer_cookie(lecturer) -> str:
    client = Client()
    client.force_login(lecturer)
    return f"sessionid={client.cookies['sessionid'].value}"
