"""Programmes are owned: national ones (no province) are changed by superusers only;
a province's are changed by its province managers; everyone else reads."""

import pytest

from programmes.models import Programme, ProgrammeModule
from tests.factories import ProvinceFactory, TrainingUnitFactory, UserFactory
from tests.factories.programmes import ProgrammeFactory, VersionFactory
from units.roles import Role
from units.services import grant_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    mine, theirs = ProvinceFactory(name="Tỉnh Tuyên Quang"), ProvinceFactory()
    manager = UserFactory()
    grant_role(manager, Role.PROVINCE_MANAGER, province=mine)
    centre_manager = UserFactory()
    grant_role(
        centre_manager,
        Role.CENTRE_MANAGER,
        training_unit=TrainingUnitFactory(province=mine),
    )
    return {
        "manager": manager,
        "centre_manager": centre_manager,
        "province": mine,
        "national": ProgrammeFactory(name="Chương trình Toàn Quốc"),
        "own": ProgrammeFactory(name="Chương trình Của Tỉnh", province=mine),
        "other": ProgrammeFactory(name="Chương trình Tỉnh Khác", province=theirs),
    }


def form(programme=None, **changes):
    data = {"name": "Chương trình Mới Của Tỉnh", "kind": "other", "audience": "",
            "description": ""}  # fmt: skip
    if programme is not None:
        data.update(name=programme.name, kind=programme.kind)
    data.update(changes)
    return data


def test_a_province_manager_creates_programmes_owned_by_the_province(client, world):
    client.force_login(world["manager"])

    response = client.post("/admin/programmes/new/", form())

    assert response.status_code == 302
    created = Programme.objects.get(name="Chương trình Mới Của Tỉnh")
    assert created.province == world["province"]


def test_a_province_manager_changes_only_the_provinces_programmes(client, world):
    client.force_login(world["manager"])
    national, own, other = world["national"], world["own"], world["other"]

    assert client.get(f"/admin/programmes/edit/{own.pk}/").status_code == 200
    assert client.get(f"/admin/programmes/edit/{national.pk}/").status_code == 404
    assert client.get(f"/admin/programmes/edit/{other.pk}/").status_code == 404
    assert client.post(f"/admin/programmes/delete/{national.pk}/").status_code == 404
    client.post(f"/admin/programmes/edit/{national.pk}/", form(national, audience="X"))
    client.post(f"/admin/programmes/edit/{own.pk}/", form(own, audience="Cán bộ"))

    national.refresh_from_db()
    own.refresh_from_db()
    assert national.audience == ""
    assert own.audience == "Cán bộ"
    assert own.province == world["province"]
    assert Programme.objects.filter(pk=national.pk).exists()


def test_the_listing_shows_national_and_own_programmes(client, world):
    client.force_login(world["manager"])

    page = client.get("/admin/programmes/").content.decode()

    assert "Chương trình Toàn Quốc" in page
    assert "Chương trình Của Tỉnh" in page
    assert "Chương trình Tỉnh Khác" not in page


def test_versions_and_modules_follow_their_programme(client, world):
    national_version = VersionFactory(programme=world["national"])
    own_version = VersionFactory(programme=world["own"])
    module = ProgrammeModule.objects.create(version=national_version, title="Bài 1")
    client.force_login(world["manager"])

    national = client.get(f"/admin/programme-versions/edit/{national_version.pk}/")
    own = client.get(f"/admin/programme-versions/edit/{own_version.pk}/")
    deleted = client.post(f"/admin/programme-modules/delete/{module.pk}/")

    assert national.status_code == 404
    assert own.status_code == 200
    assert deleted.status_code == 404
    assert ProgrammeModule.objects.filter(pk=module.pk).exists()
    choices = own.content.decode().split('name="programme"')[1].split("</select>")[0]
    assert "Chương trình Toàn Quốc" not in choices


def test_the_rules_say_who_changes_a_programme(world):
    manager, centre_manager = world["manager"], world["centre_manager"]
    admin = UserFactory(is_superuser=True)
    version = VersionFactory(programme=world["own"])

    assert manager.has_perm("programmes.change_programme", world["own"])
    assert manager.has_perm("programmes.delete_programme", world["own"])
    assert manager.has_perm("programmes.change_programmeversion", version)
    assert not manager.has_perm("programmes.change_programme", world["national"])
    assert not manager.has_perm("programmes.change_programme", world["other"])
    assert not centre_manager.has_perm("programmes.change_programme", world["own"])
    assert centre_manager.has_perm("programmes.view_programme")
    assert admin.has_perm("programmes.change_programme", world["national"])


def test_a_centre_manager_reads_but_does_not_change(client, world):
    client.force_login(world["centre_manager"])
    own = world["own"]

    listing = client.get("/admin/programmes/").content.decode()
    client.post(f"/admin/programmes/edit/{own.pk}/", form(own, audience="X"))

    own.refresh_from_db()
    assert "Chương trình Toàn Quốc" in listing
    assert own.audience == ""


def test_demo_programmes_are_national_or_tuyen_quangs(demo):
    owners = {p.name: p.province for p in Programme.objects.select_related("province")}

    assert owners["Sơ cấp lý luận chính trị"] is None
    local = [p for p in owners.values() if p is not None]
    assert local
    assert {province.name for province in local} == {"Tỉnh Tuyên Quang"}
