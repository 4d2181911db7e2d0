import json
import re

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def admin_js_catalog(client) -> dict:
    client.force_login(UserFactory(is_superuser=True))
    script = client.get("/admin/jsi18n/").content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.S)[1])


def test_admin_javascript_strings_are_vietnamese(client):
    catalog = admin_js_catalog(client)
    assert catalog["Toggle sidebar"] == "Mở/đóng thanh bên"
    assert catalog["Insert a block"] == "Chèn khối"
    assert catalog["Autosave in progress…"] == "Đang tự động lưu…"
    assert catalog["%(num)s error"] == ["%(num)s lỗi"]
