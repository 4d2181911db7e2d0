"""The lecturers' pages: who sees what, bad input, the XLSX."""

import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from classes.models import Attendance
from lecturers.admin_views import LecturerProfileViewSet
from lecturers.models import Qualification
from tests.factories import UserFactory
from tests.factories.classes import SessionFactory, TrainingClassFactory
from tests.lecturers import world as w
from units.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return w.build()


def _get(client, user, url):
    client.force_login(user)
    return client.get(url, HTTP_ACCEPT_LANGUAGE="vi")


def test_the_manager_sees_the_roster_with_what_each_lacks(client, world):
    w.qualify(world.profile, Qualification.Kind.THEORY, "intermediate")

    page = _get(client, world.manager, "/lecturers/").content.decode()

    assert "Ma Thị Hồng" in page
    assert "Lý luận chính trị: cần Cao cấp, mới có Trung cấp" in page
    assert "Chưa có chứng chỉ nghiệp vụ sư phạm" in page
    assert str(world.other_lecturer) not in page


def test_another_centres_manager_cannot_ask_for_this_centre(client, world):
    response = _get(client, world.other_manager, f"/lecturers/?unit={world.centre.pk}")
    page = response.content.decode()

    assert response.status_code == 200
    assert "Hãy chọn một đơn vị đồng chí quản lý." in page
    assert "Ma Thị Hồng" not in page
    assert str(world.other_lecturer) in page
    profile = _get(client, world.other_manager, f"/lecturers/{world.profile.pk}/")
    check = _get(
        client, world.other_manager, f"/lecturers/standard/?unit={world.centre.pk}"
    )
    assert profile.status_code == 404
    assert "Ma Thị Hồng" not in check.content.decode()


def test_the_lecturer_sees_their_own_profile_only(client, world):
    assert (
        _get(client, world.lecturer, f"/lecturers/{world.profile.pk}/").status_code
        == 200
    )
    assert (
        _get(
            client, world.lecturer, f"/lecturers/{world.other_profile.pk}/"
        ).status_code
        == 404
    )
    assert _get(client, world.lecturer, "/lecturers/").status_code == 404
    assert (
        _get(client, world.trainee, f"/lecturers/{world.profile.pk}/").status_code
        == 404
    )


def test_the_province_sees_its_centres_and_not_another_provinces(client, world):
    page = _get(client, world.province, "/lecturers/load/").content.decode()
    far = _get(client, world.far_province, "/lecturers/load/").content.decode()

    assert world.centre.name in page
    assert world.other.name in page
    assert world.far.name in far
    assert world.centre.name not in far
    profile = _get(client, world.far_province, f"/lecturers/{world.profile.pk}/")
    assert profile.status_code == 404


@pytest.mark.parametrize(
    ("year", "message"),
    [
        ("abc", "Hãy nhập năm bằng chữ số, ví dụ 2026."),
        ("1990", "Hãy chọn năm từ 2000 đến"),
        ("99999999999999999999", "Hãy chọn năm từ 2000 đến"),
    ],
)
def test_a_bad_year_is_said_and_this_year_shown(client, world, year, message):
    response = _get(client, world.manager, f"/lecturers/load/?year={year}")
    page = response.content.decode()

    assert response.status_code == 200
    assert message in page
    assert f"Giờ giảng {timezone.localdate().year}" in page


def test_a_bad_unit_is_said_on_the_check_page(client, world):
    page = _get(client, world.manager, "/lecturers/standard/?unit=x").content.decode()

    assert "Hãy chọn một đơn vị đồng chí quản lý." in page
    assert world.centre.name in page


def test_the_xlsx_keeps_a_formula_like_name_as_text(client, world):
    world.lecturer.full_name = '=HYPERLINK("http://x","y")'
    world.lecturer.save()
    year = timezone.localdate().year
    day = datetime.date(year, 1, 5)
    training_class = TrainingClassFactory(
        training_unit=world.centre, starts_on=day, ends_on=day
    )
    session = SessionFactory(
        training_class=training_class, date=day, periods=4, lecturer=world.lecturer
    )
    Attendance.objects.create(
        session=session,
        trainee=UserFactory(),
        status=Attendance.Status.PRESENT,
        source=Attendance.Source.LECTURER,
    )

    response = _get(client, world.province, f"/lecturers/load.xlsx?year={year}")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = {r[2].value: r for r in sheet.iter_rows(min_row=2)}

    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    row = rows['=HYPERLINK("http://x","y")']
    assert row[2].data_type == "s"
    assert row[1].value == world.centre.name
    assert row[5].value == 4  # January
    assert row[17].value == 4  # periods taught
    assert row[18].value == 280  # the default norm, full-time all year


def test_the_profile_form_refuses_a_person_who_is_not_a_lecturer_there(world):
    form_class = LecturerProfileViewSet().get_edit_handler().get_form_class()
    stranger = w.person(Role.TRAINEE, training_unit=world.centre)
    management = {
        f"{prefix}-{field}": value
        for prefix in ("qualifications", "permits")
        for field, value in (
            ("TOTAL_FORMS", "0"),
            ("INITIAL_FORMS", "0"),
            ("MIN_NUM_FORMS", "0"),
            ("MAX_NUM_FORMS", "1000"),
        )
    }
    form = form_class(
        {
            "user": world.other_lecturer.pk,
            "training_unit": world.other.pk,
            "employment": "full_time",
            **management,
        },
        for_user=world.manager,
    )

    assert not form.is_valid()
    assert "training_unit" in form.errors  # not a unit this manager runs
    form = form_class(
        {
            "user": stranger.pk,
            "training_unit": world.centre.pk,
            "employment": "full_time",
            **management,
        },
        for_user=world.manager,
    )
    assert not form.is_valid()
    assert "user" in form.errors


def test_the_admin_opens_no_profile_of_another_centre(client, world):
    client.force_login(world.other_manager)

    edit = client.get(f"/admin/lecturer-profiles/edit/{world.profile.pk}/")
    listing = client.get("/admin/lecturer-profiles/").content.decode()

    assert edit.status_code == 404
    assert "Ma Thị Hồng" not in listing
    client.force_login(world.province)
    # The province reads the roster and changes no profile.
    assert "Ma Thị Hồng" in client.get("/admin/lecturer-profiles/").content.decode()
    assert client.get(
        f"/admin/lecturer-profiles/edit/{world.profile.pk}/"
    ).status_code in (
        302,
        403,
        404,
    )
