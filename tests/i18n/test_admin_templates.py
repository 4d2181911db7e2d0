"""Wagtail templates that write English without gettext, overridden in lessons, and
the English that Wagtail's own data and Django's defaults put on the admin's screens
(each found by the English crawler)."""

import json
import re

import pytest
from wagtail.models import Collection, Task, Workflow

from lessons.editorial import set_up_editorial_workflow
from partners.models import Organisation
from programmes.models import ProgrammeModule
from tests.factories import UserFactory
from tests.factories.lessons import home_page
from tests.factories.programmes import VersionFactory
from tests.factories.units import ProvinceFactory
from tests.i18n.crawler import english, read

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def shown(client, url) -> list[str]:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    html = response.content.decode()
    if response["Content-Type"].startswith("application/json"):  # a chooser's modal
        html = json.loads(html)["html"]
    return read(html).strings


def english_in(strings) -> list[str]:
    return [s for s in strings if english(s)]


def test_the_dashboard_search_button_is_in_vietnamese(admin):
    page = admin.get("/admin/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()

    assert '<input type="submit" value="Tìm kiếm" class="button" />' in page
    assert "Search" not in read(page).strings
    assert [s for s in read(page).strings if english(s) == ["Search"]] == []


def test_a_header_s_search_button_is_in_vietnamese(admin):
    strings = shown(admin, "/admin/choose-page/")

    assert "Tìm kiếm" in strings
    assert "Search" not in strings


def test_the_link_choosers_name_their_fields_in_vietnamese(admin):
    email = shown(admin, "/admin/choose-email-link/")
    phone = shown(admin, "/admin/choose-phone-link/")
    external = shown(admin, "/admin/choose-external-link/")
    anchor = shown(admin, "/admin/choose-anchor-link/")

    for label in ("Địa chỉ thư điện tử*", "Văn bản của liên kết", "Tiêu đề thư"):
        assert label in email
    assert "Nội dung thư" in email
    assert "Số điện thoại*" in phone
    assert "Văn bản của liên kết" in external
    assert english_in(email + phone + external + anchor) == []


def test_the_page_search_counts_pages_in_vietnamese(admin):
    home_page()

    strings = shown(admin, "/admin/pages/search/")

    assert [s for s in strings if re.search(r" 1-\d+ trên \d+ trang$", s)], strings
    assert [s for s in strings if "None" in s] == []


def test_a_page_s_listing_has_no_none_in_its_side_panel_counter(admin):
    home = home_page()

    strings = shown(admin, f"/admin/pages/{home.pk}/")

    assert "None" not in strings
    assert english_in(strings) == []


def test_a_page_published_by_no_recorded_user_has_no_none_in_the_aging_report(admin):
    home = home_page()  # published by the tree's creation, with no log entry
    assert home.live

    strings = shown(admin, "/admin/reports/aging-pages/")

    assert home.title in strings
    assert "None" not in strings
    assert english_in(strings) == []


def test_an_inspect_screen_names_the_key_and_the_values_in_vietnamese(admin):
    module = ProgrammeModule.objects.create(version=VersionFactory(), title="Bài 1")
    body = Organisation.objects.create(
        name="Ủy ban MTTQ xã Kim Bình",
        kind=Organisation.Kind.FATHERLAND_FRONT,
        province=ProvinceFactory(),
    )  # no seat (None), working with it (True)

    of_module = shown(admin, f"/admin/programme-modules/inspect/{module.pk}/")
    of_body = shown(admin, f"/admin/partner-bodies/inspect/{body.pk}/")

    assert "Mã số" in of_module
    assert "Mã số" in of_body
    assert "Phiên bản chương trình" in of_module
    assert "Thư điện tử" in of_body
    assert "Có" in of_body  # working with it
    assert "Chưa xác định" in of_body  # its seat
    assert english_in(of_module + of_body) == []


def test_wagtail_s_default_workflow_is_named_in_vietnamese(admin):
    # Wagtail's migrations made it, for its "Moderators" group
    assert Workflow.objects.filter(name="Moderators approval").exists()

    set_up_editorial_workflow(home_page())  # after every migrate (home/apps.py)

    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()
    strings = shown(admin, "/admin/workflows/list/")
    assert "Nhóm kiểm duyệt phê duyệt" in strings
    assert english_in(strings) == []


def test_wagtail_s_root_collection_is_named_in_vietnamese():
    set_up_editorial_workflow(home_page())

    assert Collection.get_first_root_node().name == "Gốc"


def test_a_group_s_permission_boxes_are_labelled_in_vietnamese(admin):
    set_up_editorial_workflow(home_page())

    strings = shown(admin, "/admin/groups/new/")

    assert "Được thêm trang" in strings  # a page permission, not "Can add page"
    assert "Xóa trang có trang con" in strings
    assert "Được sửa nhóm" in strings  # an object permission, not "Can change group"
    assert [s for s in strings if s.startswith("Can ")] == []
    assert "Được vào trang quản trị" in strings  # "Can access Wagtail admin"
    assert "Gốc" in strings  # the root collection
    assert "Trang*" in strings
    assert english_in(strings) == []


def test_the_site_list_names_its_columns_in_vietnamese(admin):
    home_page()

    strings = shown(admin, "/admin/sites/")

    assert "Cổng" in strings
    assert "Sắp xếp theo 'Cổng' tăng dần." in strings
    assert "Tên trang web" in strings
    assert "Trang gốc" in strings
    assert english_in(strings) == []


def test_a_new_workflow_s_page_field_is_named_in_vietnamese(admin):
    strings = shown(admin, "/admin/workflows/add/")

    assert "Trang*" in strings
    assert "Page*" not in strings


def test_a_username_is_marked_as_no_language(admin):
    UserFactory(username="admin")

    page = admin.get("/admin/users/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()

    assert '<td class="username" translate="no">' in page
    assert "admin" not in read(page).strings
