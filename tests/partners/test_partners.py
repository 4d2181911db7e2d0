"""Partner bodies: who sees which, and the co-organised class's checks."""

import re

import pytest
from django.core.exceptions import ValidationError

from classes.services import enrol_trainee
from partners.admin_views import ClassPartnershipViewSet, OrganisationViewSet
from partners.models import ClassPartnership, Organisation
from tests.factories.classes import TrainingClassFactory
from tests.lecturers import world as w
from units.roles import Role

pytestmark = pytest.mark.django_db


def _body(unit=None, province=None, name="Hội Liên hiệp Phụ nữ xã Kim Bình"):
    return Organisation.objects.create(
        name=name,
        kind=Organisation.Kind.WOMEN_UNION,
        province=province or unit.province,
        training_unit=unit,
    )


@pytest.fixture
def world():
    world = w.build()
    world.own = _body(world.centre)
    world.shared = _body(
        province=world.centre.province, name="Ủy ban MTTQ Việt Nam tỉnh"
    )
    world.theirs = _body(world.other, name="Hội Nông dân xã Hòa An")
    return world


def _names(user):
    return set(Organisation.objects.visible_to(user).values_list("name", flat=True))


def test_each_centre_sees_its_own_bodies_and_the_provinces(world):
    own, shared, theirs = world.own.name, world.shared.name, world.theirs.name

    assert _names(world.manager) == {own, shared}
    assert _names(world.lecturer) == {own, shared}
    assert _names(world.other_manager) == {shared, theirs}
    assert _names(world.province) == {own, shared, theirs}
    assert _names(world.far_province) == set()
    assert _names(world.trainee) == set()


def test_the_pages_follow_the_same_rule(client, world):
    client.force_login(world.other_manager)
    listing = client.get("/partners/").content.decode()

    assert world.theirs.name in listing
    assert world.own.name not in listing
    assert client.get(f"/partners/{world.own.pk}/").status_code == 404
    client.force_login(world.trainee)
    assert client.get("/partners/").status_code == 404
    client.force_login(world.lecturer)
    assert client.get(f"/partners/{world.own.pk}/").status_code == 200


def test_a_bad_kind_in_the_filter_is_said(client, world):
    client.force_login(world.manager)

    page = client.get("/partners/?kind=khong-co").content.decode()

    assert "Hãy chọn một loại trong danh sách." in page
    assert world.own.name in page


def test_the_detail_shows_the_classes_it_co_organises(client, world):
    training_class = TrainingClassFactory(training_unit=world.centre)
    enrolment = enrol_trainee(training_class, world.trainee)
    partnership = ClassPartnership.objects.create(
        training_class=training_class,
        organisation=world.own,
        contact_name="Triệu Thị Liên",
        lent_lecturer=world.lecturer,
    )
    partnership.trainees.set([enrolment])
    client.force_login(world.manager)

    page = client.get(f"/partners/{world.own.pk}/").content.decode()

    assert training_class.code in page
    assert "Triệu Thị Liên" in page
    assert "Ma Thị Hồng" in page
    assert "1 học viên do cơ quan cử" in page
    assert str(world.trainee) in page


def test_a_class_cannot_partner_a_body_of_another_centre(world):
    training_class = TrainingClassFactory(training_unit=world.centre)
    partnership = ClassPartnership(
        training_class=training_class, organisation=world.theirs
    )

    with pytest.raises(ValidationError) as refused:
        partnership.full_clean()

    assert refused.value.message_dict["organisation"] == [
        "Cơ quan này không phối hợp với trung tâm của lớp."
    ]


def test_the_partnership_form_takes_only_trainees_of_the_class(world):
    training_class = TrainingClassFactory(training_unit=world.centre)
    other_class = TrainingClassFactory(training_unit=world.centre)
    stranger = enrol_trainee(
        other_class, w.person(Role.TRAINEE, training_unit=world.centre)
    )
    form_class = ClassPartnershipViewSet().get_edit_handler().get_form_class()

    form = form_class(
        {
            "training_class": training_class.pk,
            "organisation": world.own.pk,
            "trainees": [stranger.pk],
        },
        for_user=world.manager,
    )

    assert not form.is_valid()
    assert form.errors["trainees"] == ["Chỉ chọn học viên của lớp này."]


def test_a_centre_manager_records_bodies_for_their_centre_only(world):
    form_class = OrganisationViewSet().get_edit_handler().get_form_class()
    data = {
        "name": "Hội Cựu chiến binh xã Kim Bình",
        "kind": Organisation.Kind.VETERANS_ASSOCIATION,
        "province": world.centre.province.pk,
        "active": "on",
    }

    no_centre = form_class(data, for_user=world.manager)
    other_centre = form_class(
        {**data, "training_unit": world.other.pk}, for_user=world.manager
    )
    own_centre = form_class(
        {**data, "training_unit": world.centre.pk}, for_user=world.manager
    )

    assert no_centre.errors["training_unit"] == ["Hãy chọn trung tâm của mình."]
    assert "training_unit" in other_centre.errors
    assert own_centre.is_valid(), own_centre.errors


def test_the_admin_changes_no_body_of_another_centre(client, world):
    client.force_login(world.other_manager)

    assert client.get(f"/admin/partner-bodies/edit/{world.own.pk}/").status_code == 404
    response = client.post(
        f"/admin/partner-bodies/delete/{world.own.pk}/", {"confirm": "1"}
    )
    assert response.status_code == 404
    assert Organisation.objects.filter(pk=world.own.pk).exists()


def test_the_admin_list_says_yes_or_no_in_vietnamese(client, world):
    client.force_login(world.manager)

    page = client.get("/admin/partner-bodies/", HTTP_ACCEPT_LANGUAGE="vi")

    text = page.content.decode()
    assert page.status_code == 200
    assert "Đang phối hợp" in text
    shown = re.sub(r"<script.*?</script>|<[^>]+>", " ", text, flags=re.S)
    assert not re.search(r"\b(True|False)\b", shown)
