"""The "Đào tạo" screens of the Wagtail admin: classes scoped to the manager's units,
programmes read by centre managers and kept by province managers."""

import datetime
import json
import re
from decimal import Decimal

import pytest

from classes.models import TrainingClass
from programmes.models import ProgrammeModule, ProgrammeVersion
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.classes import TrainingClassFactory
from tests.factories.programmes import ProgrammeFactory
from units.roles import Role
from units.services import grant_role

CLASSES = "/admin/classes/"


@pytest.fixture
def other_centre(course):
    """Another centre of another province, with its manager and a class."""
    unit = TrainingUnitFactory(name="Trung tâm Chính trị Hàm Yên")
    manager = UserFactory(full_name="Quản Lý Khác")
    grant_role(manager, Role.CENTRE_MANAGER, training_unit=unit)
    training_class = TrainingClassFactory(
        training_unit=unit, version=course.training_class.version, code="Khóa Hàm Yên"
    )
    return unit, manager, training_class


@pytest.fixture
def manager_client(client, course):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "vi"
    client.force_login(course.manager)
    return client


def class_form(course, **changes):
    data = {
        "training_unit": course.unit.pk,
        "version": course.training_class.version.pk,
        "code": "Khóa 90",
        "mode": "part_time",
        "starts_on": "01/04/2026",
        "ends_on": "10/04/2026",
        "head_lecturer": course.lecturer.pk,
        "location": "Hội trường Trung tâm",
        "min_attendance_percent": "",
        "pass_score": "",
        "rounding": "",
    }
    data.update(changes)
    return data


def listing(page) -> str:
    """The listing table of an admin index page ("" when nothing is listed)."""
    start = page.find('<table class="listing')
    return page[start : page.index("</table>", start)] if start >= 0 else ""


def text(html) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def column_labels(table) -> list[str]:
    head = table[: table.index("</thead>")]
    return [text(cell) for cell in re.findall(r"<th[^>]*>(.*?)</th>", head, re.S)]


def titles(page) -> list[str]:
    """The first (linked) cell of each listed row."""
    return [
        " ".join(title.split())
        for title in re.findall(
            r'<div class="title-wrapper">\s*<a href="[^"]*">(.*?)</a>',
            listing(page),
            re.S,
        )
    ]


def refused(response) -> bool:
    """Wagtail answers a missing permission by sending the user to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def sidebar_menu(page):
    """{label: [labels of its sub-items]} from Wagtail's sidebar (JSON in the page)."""
    blob = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        page,
        re.S,
    )
    menu = {}

    def walk(node):
        if isinstance(node, dict):
            args = node.get("_args")
            if isinstance(args, list) and args and isinstance(args[0], dict):
                label = args[0].get("label")
                if label:
                    menu[label] = [
                        item["_args"][0]["label"]
                        for item in (args[1] if len(args) > 1 else [])
                        if isinstance(item, dict) and "_args" in item
                    ]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(blob.group(1)))
    return menu


def test_the_class_list_shows_the_managers_own_classes_in_vietnamese(
    manager_client, course, other_centre
):
    page = manager_client.get(CLASSES).content.decode()
    assert titles(page) == [course.training_class.code]
    assert "Trung tâm Chính trị Hàm Yên" not in page  # not even in the filters
    table = listing(page)
    assert column_labels(table) == [
        "Mã",
        "Chương trình",
        "Đơn vị đào tạo",
        "Ngày khai giảng",
        "Ngày bế giảng",
        "Hình thức",
        "Học viên",
    ]
    cells = [
        " ".join(cell.split()) for cell in re.findall(r"<td >(.*?)</td>", table, re.S)
    ]
    assert cells == [
        str(course.training_class.version.programme),
        str(course.unit),
        "02/03/2026",
        "06/03/2026",
        "Tập trung",
        "4",
    ]
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
    assert "Lớp học" in heading
    assert "Trạng thái Tất cả Chưa khai giảng Đang diễn ra Đã kết thúc" in text(page)
    assert f'href="/classes/{course.training_class.pk}/"' in table
    assert "Mở trang lớp học" in table


def test_classes_can_be_searched_and_filtered(manager_client, course):
    later = TrainingClassFactory(
        training_unit=course.unit,
        code="Khóa Sắp Tới",
        starts_on=datetime.date.today() + datetime.timedelta(days=30),
        ends_on=datetime.date.today() + datetime.timedelta(days=35),
    )
    code = course.training_class.code
    assert titles(manager_client.get(CLASSES).content.decode()) == [later.code, code]
    page = manager_client.get(CLASSES, {"q": "Sắp Tới"}).content.decode()
    assert titles(page) == [later.code]
    page = manager_client.get(CLASSES, {"when": "finished"}).content.decode()
    assert titles(page) == [code]
    page = manager_client.get(CLASSES, {"when": "upcoming"}).content.decode()
    assert titles(page) == [later.code]
    page = manager_client.get(CLASSES, {"when": "running"}).content.decode()
    assert titles(page) == []
    page = manager_client.get(CLASSES, {"mode": "online"}).content.decode()
    assert titles(page) == []


def test_a_manager_opens_a_class_through_the_admin_form(manager_client, course):
    page = manager_client.get(f"{CLASSES}new/").content.decode()
    for label in (
        "Đơn vị đào tạo",
        "Phiên bản chương trình",
        "Giảng viên chủ nhiệm",
        "Ngày khai giảng",
        "Quy định đánh giá",
    ):
        assert label in page, label
    response = manager_client.post(f"{CLASSES}new/", class_form(course))
    assert response.status_code == 302
    created = TrainingClass.objects.get(code="Khóa 90")
    assert created.training_unit == course.unit
    assert created.head_lecturer == course.lecturer
    assert (created.starts_on, created.ends_on) == (
        datetime.date(2026, 4, 1),
        datetime.date(2026, 4, 10),
    )
    assert created.mode == "part_time"
    assert created.pass_score is None  # follows the programme version


def test_the_form_offers_only_own_units_and_their_lecturers(
    manager_client, course, other_centre
):
    unit = other_centre[0]
    stranger = UserFactory(full_name="Giảng Viên Khác")
    grant_role(stranger, Role.LECTURER, training_unit=unit)
    page = manager_client.get(f"{CLASSES}new/").content.decode()
    assert "Trung tâm Chính trị Hàm Yên" not in page
    assert "Giảng Viên Khác" not in page
    assert "Ma Thị Hồng" in page
    response = manager_client.post(
        f"{CLASSES}new/", class_form(course, training_unit=unit.pk)
    )
    assert "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()
    assert not TrainingClass.objects.filter(code="Khóa 90").exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"ends_on": "20/03/2026"},
            "Ngày kết thúc không được trước ngày bắt đầu.",
        ),
        ({"code": ""}, "Trường này là bắt buộc."),
        ({"pass_score": "11"}, "nhỏ hơn hoặc bằng với 10"),
    ],
)
def test_bad_input_is_refused_in_vietnamese(manager_client, course, changes, message):
    response = manager_client.post(f"{CLASSES}new/", class_form(course, **changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not TrainingClass.objects.filter(code="Khóa 90").exists()


def test_a_manager_changes_their_own_class(manager_client, course):
    training_class = course.training_class
    page = manager_client.get(f"{CLASSES}edit/{training_class.pk}/").content.decode()
    assert 'value="02/03/2026"' in page  # dates day first, as everywhere
    assert 'value="06/03/2026"' in page
    data = class_form(
        course,
        code=training_class.code,
        starts_on="02/03/2026",
        ends_on="06/03/2026",
        location="Phòng họp số 2",
    )
    response = manager_client.post(f"{CLASSES}edit/{training_class.pk}/", data)
    assert response.status_code == 302
    training_class.refresh_from_db()
    assert training_class.location == "Phòng họp số 2"


def test_another_centres_class_cannot_be_opened_by_address(
    manager_client, course, other_centre
):
    theirs = other_centre[2]
    for url in (
        f"{CLASSES}edit/{theirs.pk}/",
        f"{CLASSES}history/{theirs.pk}/",
        f"{CLASSES}usage/{theirs.pk}/",
        f"{CLASSES}delete/{theirs.pk}/",
        f"{CLASSES}edit/999999/",
    ):
        assert manager_client.get(url).status_code == 404, url
    response = manager_client.post(
        f"{CLASSES}edit/{theirs.pk}/",
        class_form(course, training_unit=theirs.training_unit_id, code="Đổi tên"),
    )
    assert response.status_code == 404
    assert manager_client.post(f"{CLASSES}delete/{theirs.pk}/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.code == "Khóa Hàm Yên"


def test_managers_do_not_delete_classes(manager_client, course):
    training_class = course.training_class
    response = manager_client.post(f"{CLASSES}delete/{training_class.pk}/")
    assert refused(response)
    assert TrainingClass.objects.filter(pk=training_class.pk).exists()


def test_a_lecturer_or_trainee_gets_no_class_screens(client, course):
    for person in (course.lecturer, course.trainees[0]):
        client.force_login(person)
        response = client.get(CLASSES)
        assert response.status_code == 302
        assert course.training_class.code not in response.content.decode()
        response = client.get(f"{CLASSES}edit/{course.training_class.pk}/")
        assert response.status_code in (302, 404)
        assert course.training_class.code not in response.content.decode()


def test_a_province_manager_sees_the_classes_of_the_province(client, course):
    manager = UserFactory(full_name="Quản Lý Tỉnh")
    grant_role(manager, Role.PROVINCE_MANAGER, province=course.unit.province)
    elsewhere = TrainingClassFactory(code="Khóa Tỉnh Khác")
    client.force_login(manager)
    page = client.get(CLASSES).content.decode()
    assert titles(page) == [course.training_class.code]
    assert elsewhere.code not in page


def test_the_training_menu_groups_the_screens(manager_client, course):
    menu = sidebar_menu(manager_client.get("/admin/").content.decode())
    assert menu["Đào tạo"] == [
        "Lớp học",
        "Chương trình",
        "Phiên bản chương trình",
        "Phần học",
        "Đơn vị đào tạo",
        "Đơn vị hành chính",
    ]
    assert "Quản lý lớp" in menu


# Programmes: read by centre managers, kept by province managers.


@pytest.fixture
def province_client(client, course):
    manager = UserFactory(full_name="Quản Lý Tỉnh")
    grant_role(manager, Role.PROVINCE_MANAGER, province=course.unit.province)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "vi"
    client.force_login(manager)
    return client


def own_programme(course):
    """The course's programme becomes its province's (province managers change it)."""
    programme = course.training_class.version.programme
    programme.province = course.unit.province
    programme.save()


def version_form(programme, **changes):
    data = {
        "programme": programme.pk,
        "name": "Theo Hướng dẫn 12-HD/BTGTW năm 2025",
        "legal_basis": "Hướng dẫn 12-HD/BTGTW",
        "valid_from": "01/01/2026",
        "valid_to": "",
        "total_periods": "40",
        "credential_type": "certificate",
        "min_attendance_percent": "80",
        "pass_score": "5.00",
        "excellent_from": "9.00",
        "very_good_from": "8.00",
        "good_from": "6.50",
        "rounding": "0.10",
    }
    data.update(changes)
    return data


def test_centre_managers_read_programmes_but_cannot_change_them(manager_client, course):
    programme = course.training_class.version.programme
    page = manager_client.get("/admin/programmes/").content.decode()
    assert titles(page) == [programme.name]
    assert column_labels(listing(page)) == [
        "Tên",
        "Loại",
        "Tỉnh, thành phố",
        "Phiên bản",
    ]
    assert f"/admin/programmes/inspect/{programme.pk}/" in page
    assert f"/admin/programmes/edit/{programme.pk}/" not in page
    inspect = manager_client.get(f"/admin/programmes/inspect/{programme.pk}/")
    assert inspect.status_code == 200
    response = manager_client.post(
        f"/admin/programmes/edit/{programme.pk}/",
        {"name": "Đổi tên", "kind": "other"},
    )
    assert refused(response)
    programme.refresh_from_db()
    assert programme.name != "Đổi tên"
    assert refused(manager_client.get("/admin/programme-versions/new/"))


def test_a_province_manager_adds_a_programme_version(province_client, course):
    programme = ProgrammeFactory(
        name="Bồi dưỡng kết nạp đảng viên", province=course.unit.province
    )
    page = province_client.get("/admin/programme-versions/new/").content.decode()
    for label in ("Căn cứ", "Tổng số tiết", "Quy định đánh giá", "Điểm đạt"):
        assert label.lower() in page.lower(), label
    response = province_client.post(
        "/admin/programme-versions/new/", version_form(programme)
    )
    assert response.status_code == 302
    version = ProgrammeVersion.objects.get(programme=programme)
    assert version.total_periods == 40
    assert version.valid_from == datetime.date(2026, 1, 1)
    assert version.pass_score == Decimal("5.00")


def test_classification_bands_out_of_order_are_refused(province_client, course):
    programme = ProgrammeFactory(province=course.unit.province)
    response = province_client.post(
        "/admin/programme-versions/new/",
        version_form(programme, good_from="9.50"),
    )
    assert "Các mức xếp loại phải giảm dần" in response.content.decode()
    assert not ProgrammeVersion.objects.filter(programme=programme).exists()


def test_modules_are_listed_by_version(province_client, course):
    version = course.training_class.version
    own_programme(course)
    other = ProgrammeVersion.objects.create(
        programme=ProgrammeFactory(), name="Bản khác"
    )
    ProgrammeModule.objects.create(version=version, order=1, title="Bài 1", periods=5)
    ProgrammeModule.objects.create(version=other, order=1, title="Bài khác", periods=4)
    versions = province_client.get("/admin/programme-versions/").content.decode()
    assert f"/admin/programme-modules/?version={version.pk}" in versions
    page = province_client.get(
        "/admin/programme-modules/", {"version": version.pk}
    ).content.decode()
    assert titles(page) == ["Bài 1"]
    assert column_labels(listing(page)) == [
        "Tên phần học",
        "Phiên bản chương trình",
        "Thứ tự",
        "Số tiết",
    ]
    response = province_client.post(
        "/admin/programme-modules/new/",
        {"version": version.pk, "title": "Bài 2", "order": "2", "periods": "5"},
    )
    assert response.status_code == 302
    assert list(version.modules.values_list("title", flat=True)) == ["Bài 1", "Bài 2"]


def test_the_training_screens_show_no_english(client, course):
    own_programme(course)
    from tests.lessons.test_admin_vietnamese import _english_on

    training_class = course.training_class
    version = training_class.version
    module = ProgrammeModule.objects.create(version=version, title="Bài 1", periods=5)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "vi"
    client.force_login(course.manager)
    manager_urls = [
        CLASSES,
        f"{CLASSES}new/",
        f"{CLASSES}edit/{training_class.pk}/",
        f"{CLASSES}history/{training_class.pk}/",
        "/admin/programmes/",
        f"/admin/programmes/inspect/{version.programme.pk}/",
        f"/admin/programme-versions/inspect/{version.pk}/",
    ]
    found = {url: _english_on(client, url) for url in manager_urls}
    assert {url: words for url, words in found.items() if words} == {}
    province_manager = UserFactory(full_name="Quản Lý Tỉnh")
    grant_role(province_manager, Role.PROVINCE_MANAGER, province=course.unit.province)
    client.force_login(province_manager)
    province_urls = [
        "/admin/programme-versions/",
        "/admin/programme-versions/new/",
        f"/admin/programme-versions/edit/{version.pk}/",
        "/admin/programme-modules/",
        f"/admin/programme-modules/edit/{module.pk}/",
    ]
    found = {url: _english_on(client, url) for url in province_urls}
    assert {url: words for url, words in found.items() if words} == {}
