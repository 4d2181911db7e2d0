"""Wagtail templates that write English without gettext, overridden in lessons."""

import pytest

from tests.factories import UserFactory
from tests.i18n.crawler import english, read


@pytest.mark.django_db
def test_the_dashboard_search_button_is_in_vietnamese(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    page = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()

    assert '<input type="submit" value="Tìm kiếm" class="button" />' in page
    assert "Search" not in read(page).strings
    assert [s for s in read(page).strings if english(s) == ["Search"]] == []
