"""A small world for the standards' tests: a province, two centres, people, and
a published set of criteria with one criterion of each kind per group."""

from decimal import Decimal
from types import SimpleNamespace

from django.core.files.uploadedfile import SimpleUploadedFile

from standards import services
from standards.models import CriteriaSet, Criterion
from tests.factories import ProvinceFactory, TrainingUnitFactory, UserFactory
from units.roles import Employment, Role
from units.services import grant_role

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf(name="minh-chung.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def person(username, role, **scope):
    user = UserFactory(username=username)
    grant_role(user, role, **scope)
    return user


def criteria_set(province, author, *, year=2025, version=1, publish=True, rows=None):
    found = CriteriaSet.objects.create(
        province=province,
        version=version,
        title="Tiêu chí trung tâm chính trị đạt chuẩn",
        applies_from_year=year,
        created_by=author,
    )
    rows = rows or [
        ("organisation", "1.1", "Có quy chế làm việc", ""),
        (
            "lecturers",
            "2.1",
            "Có ít nhất 1 giảng viên chuyên trách",
            "full_time_lecturers",
        ),
        ("teaching", "3.1", "Mở ít nhất 1 lớp trong năm", "classes_opened"),
        ("facilities", "4.1", "Có hội trường 100 chỗ", ""),
        ("results", "5.1", "Tỷ lệ chuyên cần từ 90%", "attendance_rate"),
    ]
    for position, (group, code, text, computation) in enumerate(rows, start=1):
        Criterion.objects.create(
            criteria_set=found,
            group=group,
            code=code,
            position=position,
            text=text,
            kind="computed" if computation else "declared",
            computation=computation,
            comparison="at_least" if computation else "",
            target=Decimal(90 if computation == "attendance_rate" else 1)
            if computation
            else None,
        )
    if publish:
        services.publish_criteria_set(found, author)
    return found


def build() -> SimpleNamespace:
    province = ProvinceFactory(name="Tỉnh Thử")
    other_province = ProvinceFactory(name="Tỉnh Khác")
    centre = TrainingUnitFactory(province=province, name="Trung tâm Chính trị Một")
    other_centre = TrainingUnitFactory(
        province=province, name="Trung tâm Chính trị Hai"
    )
    far_centre = TrainingUnitFactory(province=other_province)
    people = SimpleNamespace(
        manager=person("quanly_mot", Role.CENTRE_MANAGER, training_unit=centre),
        deputy=person("pho_gd_mot", Role.CENTRE_MANAGER, training_unit=centre),
        other_manager=person(
            "quanly_hai", Role.CENTRE_MANAGER, training_unit=other_centre
        ),
        lecturer=person(
            "gv_mot",
            Role.LECTURER,
            training_unit=centre,
            employment=Employment.FULL_TIME,
        ),
        trainee=person("hv_mot", Role.TRAINEE, training_unit=centre),
        province=person("tinh_thu", Role.PROVINCE_MANAGER, province=province),
        other_province=person(
            "tinh_khac", Role.PROVINCE_MANAGER, province=other_province
        ),
        admin=person("quantri", Role.ADMIN),
    )
    return SimpleNamespace(
        province=province,
        other_province=other_province,
        centre=centre,
        other_centre=other_centre,
        far_centre=far_centre,
        people=people,
        criteria=criteria_set(province, people.province),
    )


def fill_declared(assessment, user, *, met=True):
    """Answer every declared criterion, with one evidence file each."""
    for answer in assessment.answers.select_related("criterion"):
        if not answer.criterion.is_computed:
            services.save_answer(
                answer,
                user,
                claimed_met=met,
                explanation="Đã có, xem minh chứng.",
                upload=pdf(),
            )
