"""The units' admin screens: a centre manager cannot move the centre to another
province; a province manager changes only the administrative units of their province."""

import pytest

from tests.factories import (
    AdminUnitFactory,
    ProvinceFactory,
    TrainingUnitFactory,
    UserFactory,
)
from units.models import AdminUnit
from units.roles import Role
from units.services import grant_role

pytestmark = pytest.mark.django_db


def unit_form(unit, **changes) -> dict:
    data = {
        "name": unit.name,
        "type": unit.type,
        "province": unit.province_id,
        "governing_party_committee": unit.governing_party_committee,
        "seat": unit.seat_id,
        "address": "",
        "phone": "",
        "email": "",
        "valid_from": "",
        "valid_to": "",
        "service_areas-TOTAL_FORMS": "0",
        "service_areas-INITIAL_FORMS": "0",
        "service_areas-MIN_NUM_FORMS": "0",
        "service_areas-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_a_centre_manager_cannot_move_their_centre_to_another_province(client):
    unit = TrainingUnitFactory(name="Trung tâm Chính trị Chiêm Hóa")
    elsewhere = ProvinceFactory(name="Tỉnh Hà Giang")
    manager = UserFactory()
    grant_role(manager, Role.CENTRE_MANAGER, training_unit=unit)
    client.force_login(manager)
    url = f"/admin/training-units/edit/{unit.pk}/"

    form = client.get(url).content.decode()
    client.post(url, unit_form(unit, province=elsewhere.pk, address="Số 1"))

    unit.refresh_from_db()
    assert 'name="province"' not in form
    assert unit.province.name != "Tỉnh Hà Giang"
    assert unit.address == "Số 1"  # the rest of the form was saved


def test_a_province_manager_changes_only_their_provinces_units(client):
    mine, theirs = ProvinceFactory(name="Tỉnh Tuyên Quang"), ProvinceFactory()
    my_commune = AdminUnitFactory(name="Xã Minh Quang", parent=mine)
    their_commune = AdminUnitFactory(name="Xã Của Tỉnh Khác", parent=theirs)
    manager = UserFactory()
    grant_role(manager, Role.PROVINCE_MANAGER, province=mine)
    client.force_login(manager)

    other = client.get(f"/admin/admin-units/edit/{their_commune.pk}/")
    own = client.get(f"/admin/admin-units/edit/{my_commune.pk}/")
    moved = client.post(
        f"/admin/admin-units/edit/{my_commune.pk}/",
        {"name": "Xã Minh Quang", "level": "commune", "code": "",
         "parent": theirs.pk, "valid_from": "", "valid_to": ""},
    )  # fmt: skip

    assert other.status_code == 404
    assert own.status_code == 200
    page = own.content.decode()
    parents = page[page.index('name="parent"') :].split("</select>")[0]
    assert "Tỉnh Tuyên Quang" in parents
    assert "Xã Của Tỉnh Khác" not in parents
    assert moved.status_code == 200  # the form again, with its error
    assert AdminUnit.objects.get(pk=my_commune.pk).parent == mine
