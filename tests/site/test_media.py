"""Under DEBUG (`make run`), /media/ serves the images' folders only: a hand-in's
file is reached through its checked view, never by its path."""

import importlib

import pytest
from django.test import override_settings
from django.urls import clear_url_caches

import elearning.urls


@pytest.fixture
def debug_urls(settings, tmp_path, db):
    settings.MEDIA_ROOT = tmp_path
    for folder in ("submissions", "images"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "f.txt").write_text("nội dung")
    with override_settings(DEBUG=True):
        importlib.reload(elearning.urls)
        clear_url_caches()
        yield
    importlib.reload(elearning.urls)
    clear_url_caches()


@pytest.mark.django_db
def status(client, url) -> int:
    response = client.get(url)
    response.close()  # a served file stays open until the response is closed
    return response.status_code


def test_private_uploads_are_not_served_by_path(client, debug_urls):
    assert status(client, "/media/submissions/f.txt") == 404
    assert status(client, "/media/images/f.txt") == 200
