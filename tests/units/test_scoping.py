import pytest

from accounts.models import User
from tests.factories import ProvinceFactory, TrainingUnitFactory, UserFactory
from units.models import TrainingUnit
from units.people import visible_people
from units.roles import Role
from units.services import grant_role


@pytest.fixture
def two_centres(db):
    province = ProvinceFactory(name="Tỉnh Tuyên Quang")
    other_province = ProvinceFactory(name="Tỉnh Phú Thọ")
    centre_a = TrainingUnitFactory(name="Trung tâm Chính trị A", province=province)
    centre_b = TrainingUnitFactory(name="Trung tâm Chính trị B", province=province)
    centre_c = TrainingUnitFactory(
        name="Trung tâm Chính trị C", province=other_province
    )
    people = {}
    for key, unit in (("a", centre_a), ("b", centre_b), ("c", centre_c)):
        manager = UserFactory(full_name=f"Quản Lý {key.upper()}")
        grant_role(manager, Role.CENTRE_MANAGER, training_unit=unit)
        trainee = UserFactory(full_name=f"Học Viên {key.upper()}")
        grant_role(trainee, Role.TRAINEE, training_unit=unit)
        people[key] = {"unit": unit, "manager": manager, "trainee": trainee}
    province_manager = UserFactory(full_name="Quản Lý Tỉnh")
    grant_role(province_manager, Role.PROVINCE_MANAGER, province=province)
    people["province_manager"] = province_manager
    return people


def names(queryset):
    return sorted(str(item) for item in queryset)


def test_centre_manager_sees_only_own_unit_and_its_people(two_centres):
    manager = two_centres["a"]["manager"]
    assert names(TrainingUnit.objects.visible_to(manager)) == ["Trung tâm Chính trị A"]
    assert names(visible_people(User.objects.all(), manager)) == [
        "Học Viên A",
        "Quản Lý A",
    ]


def test_province_manager_sees_the_units_of_the_province_only(two_centres):
    manager = two_centres["province_manager"]
    assert names(TrainingUnit.objects.visible_to(manager)) == [
        "Trung tâm Chính trị A",
        "Trung tâm Chính trị B",
    ]
    assert "Học Viên C" not in names(visible_people(User.objects.all(), manager))
    assert "Học Viên B" in names(visible_people(User.objects.all(), manager))


def test_trainee_sees_only_self_among_people(two_centres):
    trainee = two_centres["a"]["trainee"]
    assert names(visible_people(User.objects.all(), trainee)) == ["Học Viên A"]
    assert names(TrainingUnit.objects.managed_by(trainee)) == []


def test_admin_unit_list_in_wagtail_is_scoped(client, two_centres):
    client.force_login(two_centres["a"]["manager"])
    page = client.get("/admin/training-units/").content.decode()
    assert "Trung tâm Chính trị A" in page
    assert "Trung tâm Chính trị B" not in page


def test_another_centres_unit_cannot_be_opened_by_address(client, two_centres):
    client.force_login(two_centres["a"]["manager"])
    other = two_centres["b"]["unit"]
    response = client.get(f"/admin/training-units/edit/{other.pk}/")
    assert response.status_code == 404
    response = client.post(f"/admin/training-units/delete/{other.pk}/")
    assert response.status_code == 404
    response = client.get(f"/admin/training-units/history/{other.pk}/")
    assert response.status_code == 404
    assert TrainingUnit.objects.filter(pk=other.pk).exists()


def test_grant_role_is_idempotent_and_joins_the_group(two_centres):
    trainee = two_centres["a"]["trainee"]
    grant_role(trainee, Role.TRAINEE, training_unit=two_centres["a"]["unit"])
    assert trainee.grants.count() == 1
    lecturer = UserFactory()
    grant_role(lecturer, Role.LECTURER, training_unit=two_centres["a"]["unit"])
    assert list(lecturer.groups.values_list("name", flat=True)) == ["Giảng viên"]
