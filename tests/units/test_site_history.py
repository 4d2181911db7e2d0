"""The Wagtail admin's site history: superusers see every entry; anyone else sees the
entries about pages they may edit and the entries they made themselves."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, Page

from tests.factories import TrainingUnitFactory, UserFactory
from units.roles import Role
from units.services import grant_role

pytestmark = pytest.mark.django_db
HISTORY = "/admin/reports/site-history/"


@pytest.fixture
def world():
    root = Page.get_first_root_node()
    mine = root.add_child(instance=Page(title="Trang Được Sửa", slug="trang-duoc-sua"))
    theirs = root.add_child(instance=Page(title="Trang Bí Mật", slug="trang-bi-mat"))
    my_centre = TrainingUnitFactory(name="Trung tâm Của Tôi")
    their_centre = TrainingUnitFactory(name="Trung tâm Nơi Khác")
    me = UserFactory(full_name="Nguyễn Văn Mình")
    stranger = UserFactory(full_name="Lê Thị Người Lạ")
    grant_role(me, Role.CENTRE_MANAGER, training_unit=my_centre)
    grant_role(stranger, Role.CENTRE_MANAGER, training_unit=their_centre)
    editors = Group.objects.create(name="Sửa một trang")
    GroupPagePermission.objects.create(
        group=editors,
        page=mine,
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        ),
    )
    me.groups.add(editors)
    log(mine, "wagtail.edit", user=stranger)
    log(theirs, "wagtail.edit", user=stranger)
    log(their_centre, "wagtail.edit", user=stranger)
    log(my_centre, "wagtail.edit", user=me)
    return me


def test_others_see_only_pages_they_edit_and_their_own_entries(client, world):
    client.force_login(world)

    page = client.get(HISTORY).content.decode()
    results = client.get(HISTORY + "results/").content.decode()

    for shown in (page, results):
        assert "Trang Được Sửa" in shown
        assert "Trung tâm Của Tôi" in shown
        assert "Trang Bí Mật" not in shown
        assert "Trung tâm Nơi Khác" not in shown


def test_the_user_filter_names_only_people_of_visible_entries(client, world):
    client.force_login(world)
    log(Page.objects.get(slug="trang-bi-mat"), "wagtail.edit", user=UserFactory(
        full_name="Phạm Văn Giấu Tên"))  # fmt: skip

    page = client.get(HISTORY).content.decode()

    assert "Phạm Văn Giấu Tên" not in page


def test_superusers_see_everything(client, world):
    client.force_login(UserFactory(is_superuser=True))

    page = client.get(HISTORY).content.decode()

    assert "Trang Bí Mật" in page
    assert "Trung tâm Nơi Khác" in page
