"""The demo province, its units and staff (DOMAIN.md §6): invented people."""

import datetime

from django.conf import settings
from django.db import transaction

from accounts.models import User
from accounts.services import create_person
from demo.classes import seed_classes
from demo.credentials import seed_credentials, seed_templates
from demo.programmes import seed_programmes
from demo.results import seed_results
from units.models import AdminUnit, ServiceArea, TrainingUnit
from units.roles import Employment, Role
from units.services import grant_role

REFORM_DAY = datetime.date(2025, 7, 1)
LAST_DISTRICT_DAY = datetime.date(2025, 6, 30)
OLD_COMMUNES = ["Thị trấn Vĩnh Lộc", "Xã Kim Bình", "Xã Hòa An", "Xã Tân Mỹ"]
NEW_COMMUNES = {  # the commune after 2025 and the old ones merged into it
    "Xã Chiêm Hóa": ["Thị trấn Vĩnh Lộc"],
    "Xã Kim Bình": ["Xã Kim Bình"],
    "Xã Hòa An": ["Xã Hòa An", "Xã Tân Mỹ"],
}

# username, full name, phone, role, unit key, employment, title
STAFF = [
    (
        "bientap",
        "Nguyễn Thị Thu Hà",
        "0987 111 222",
        Role.EDITOR,
        "centre",
        "",
        "Chuyên viên biên tập",
    ),
    (
        "quanly",
        "Hoàng Văn Thắng",
        "0987 222 333",
        Role.CENTRE_MANAGER,
        "centre",
        "",
        "Giám đốc Trung tâm Chính trị Chiêm Hóa",
    ),
    (
        "giangvien",
        "Ma Thị Hồng",
        "0987 333 444",
        Role.LECTURER,
        "centre",
        Employment.FULL_TIME,
        "Giảng viên chuyên trách",
    ),
    (
        "giangvien2",
        "Lý Văn Sơn",
        "0987 444 555",
        Role.LECTURER,
        "centre",
        Employment.PART_TIME,
        "Phó Bí thư Thường trực Đảng ủy xã Chiêm Hóa, giảng viên kiêm chức",
    ),
    ("hocvien", "Nguyễn Văn An", "0912 345 678", Role.TRAINEE, "centre", "", ""),
    (
        "truong_quanly",
        "Bùi Thị Mai",
        "0987 555 666",
        Role.CENTRE_MANAGER,
        "school",
        "",
        "Phó Hiệu trưởng Trường Chính trị tỉnh Tuyên Quang",
    ),
]


def _unit(name, level, parent=None, valid_from=None, valid_to=None):
    unit, _ = AdminUnit.objects.update_or_create(
        name=name,
        level=level,
        valid_from=valid_from,
        defaults={"parent": parent, "valid_to": valid_to},
    )
    return unit


def seed_admin_units() -> dict:
    """The pre-2025 and post-2025 trees of one province, linked as successors."""
    old_province = _unit(
        "Tỉnh Tuyên Quang", AdminUnit.Level.PROVINCE, valid_to=LAST_DISTRICT_DAY
    )
    province = _unit(
        "Tỉnh Tuyên Quang", AdminUnit.Level.PROVINCE, valid_from=REFORM_DAY
    )
    old_province.successors.set([province])
    district = _unit(
        "Huyện Chiêm Hóa",
        AdminUnit.Level.DISTRICT_LEGACY,
        old_province,
        valid_to=LAST_DISTRICT_DAY,
    )
    old = {
        name: _unit(name, AdminUnit.Level.COMMUNE, district, valid_to=LAST_DISTRICT_DAY)
        for name in OLD_COMMUNES
    }
    new = {}
    for name, merged in NEW_COMMUNES.items():
        new[name] = _unit(
            name, AdminUnit.Level.COMMUNE, province, valid_from=REFORM_DAY
        )
        for old_name in merged:
            old[old_name].successors.add(new[name])
    return {
        "province": province,
        "old_province": old_province,
        "district": district,
        "old": old,
        "new": new,
    }


def _district_centre(units: dict) -> TrainingUnit:
    """The pre-2025 district centre, closed on the last district day."""
    district_centre, _ = TrainingUnit.objects.update_or_create(
        name="Trung tâm Chính trị huyện Chiêm Hóa",
        defaults={
            "type": TrainingUnit.Type.DISTRICT_CENTRE,
            "governing_party_committee": "Huyện ủy Chiêm Hóa",
            "province": units["old_province"],
            "seat": units["district"],
            "valid_to": LAST_DISTRICT_DAY,
        },
    )
    return district_centre


def _commune_centre(units: dict, predecessor: TrainingUnit) -> TrainingUnit:
    """The post-2025 commune centre that took over from the district one."""
    centre, _ = TrainingUnit.objects.update_or_create(
        name="Trung tâm Chính trị Chiêm Hóa",
        defaults={
            "type": TrainingUnit.Type.COMMUNE_CENTRE,
            "governing_party_committee": "Đảng ủy xã Chiêm Hóa",
            "province": units["province"],
            "seat": units["new"]["Xã Chiêm Hóa"],
            "predecessor": predecessor,
            "valid_from": REFORM_DAY,
            "address": "Tổ dân phố Vĩnh Lộc, xã Chiêm Hóa, tỉnh Tuyên Quang",
        },
    )
    return centre


def _provincial_school(units: dict) -> TrainingUnit:
    """The provincial political school."""
    school, _ = TrainingUnit.objects.update_or_create(
        name="Trường Chính trị tỉnh Tuyên Quang",
        defaults={
            "type": TrainingUnit.Type.PROVINCIAL_SCHOOL,
            "governing_party_committee": "Tỉnh ủy Tuyên Quang",
            "province": units["province"],
            "seat": units["province"],
            "valid_from": REFORM_DAY,
        },
    )
    return school


def _service_areas(training_unit: TrainingUnit, communes, **defaults) -> None:
    """Each commune served by training_unit (created once, never updated)."""
    for commune in communes:
        ServiceArea.objects.get_or_create(
            training_unit=training_unit, admin_unit=commune, defaults=defaults
        )


def seed_training_units(units: dict) -> dict:
    district_centre = _district_centre(units)
    centre = _commune_centre(units, district_centre)
    _service_areas(centre, units["new"].values(), valid_from=REFORM_DAY)
    _service_areas(district_centre, units["old"].values(), valid_to=LAST_DISTRICT_DAY)
    school = _provincial_school(units)
    return {"district_centre": district_centre, "centre": centre, "school": school}


def _person(username, full_name, phone="") -> User:
    user = User.objects.filter(username=username).first()
    if user is None:
        user = create_person(
            username=username,
            full_name=full_name,
            phone=phone,
            password=settings.DEMO_PASSWORD,
        )
    return user


def seed_people(units: dict, training_units: dict) -> None:
    admin = _person("admin", "Quản trị hệ thống")
    grant_role(admin, Role.ADMIN)
    for username, name, phone, role, unit_key, employment, title in STAFF:
        grant_role(
            _person(username, name, phone),
            role,
            training_unit=training_units[unit_key],
            employment=employment,
            title=title,
        )
    grant_role(
        _person("tinh", "Đỗ Thị Lan", "0987 666 777"),
        Role.PROVINCE_MANAGER,
        province=units["province"],
        title="Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
    )


@transaction.atomic
def seed() -> None:
    units = seed_admin_units()
    training_units = seed_training_units(units)
    seed_people(units, training_units)
    versions = seed_programmes(units["province"])
    classes = seed_classes(training_units, versions)
    seed_templates(training_units)
    seed_results(classes)
    seed_credentials(training_units, versions, classes)
