import io

import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(autouse=True)
def _clear_cache():
    from live import limits

    # The live layer's rate buckets outlive a connection, and a test database reuses
    # session and participant ids: each test starts with full buckets.
    limits.messages.clear()
    limits.joins.clear()
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo(db):
    """The demo data of `seed_demo`, as `make run` loads it."""
    call_command("seed_demo", stdout=io.StringIO())


@pytest.fixture
def vi_client(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "vi"
    return client
