"""Demo lecturers and partner bodies of Trung tâm Chính trị Chiêm Hóa (issue #18):
the roster (giangvien full-time, giangvien2 part-time and three more), their
qualifications and modules, the province's standard, the bodies the centre works
with and two co-organised classes. Two lecturers lack a qualification, so the
standard check has something to show."""

import datetime

from django.conf import settings
from django.db import transaction

from accounts.models import User
from accounts.services import create_person
from classes.models import Enrolment, TrainingClass
from lecturers.models import (
    LecturerProfile,
    LecturerStandard,
    Qualification,
    TeachingPermit,
)
from partners.models import ClassPartnership, Organisation
from programmes.models import ProgrammeModule
from units.models import AdminUnit, TrainingUnit
from units.roles import Employment, Role
from units.services import grant_role

CENTRE = "Trung tâm Chính trị Chiêm Hóa"
Kind = Organisation.Kind

# name, kind, the centre's own (or the province's), seat, contact, title, phone
BODIES = [
    (
        "Ủy ban MTTQ Việt Nam xã Chiêm Hóa",
        Kind.FATHERLAND_FRONT,
        True,
        "Xã Chiêm Hóa",
        "Hà Văn Khánh",
        "Chủ tịch Ủy ban MTTQ xã",
        "0915 210 301",
    ),
    (
        "Hội Liên hiệp Phụ nữ xã Chiêm Hóa",
        Kind.WOMEN_UNION,
        True,
        "Xã Chiêm Hóa",
        "Triệu Thị Liên",
        "Chủ tịch Hội LHPN xã",
        "0915 210 302",
    ),
    (
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Chiêm Hóa",
        Kind.YOUTH_UNION,
        True,
        "Xã Chiêm Hóa",
        "Ma Văn Dũng",
        "Bí thư Đoàn xã",
        "0915 210 303",
    ),
    (
        "Hội Nông dân xã Kim Bình",
        Kind.FARMERS_ASSOCIATION,
        True,
        "Xã Kim Bình",
        "Nông Văn Quang",
        "Chủ tịch Hội Nông dân xã",
        "0915 210 304",
    ),
    (
        "Hội Cựu chiến binh xã Hòa An",
        Kind.VETERANS_ASSOCIATION,
        True,
        "Xã Hòa An",
        "Hoàng Văn Lực",
        "Chủ tịch Hội CCB xã",
        "0915 210 305",
    ),
    (
        "Đảng ủy xã Chiêm Hóa",
        Kind.PARTY_COMMITTEE,
        True,
        "Xã Chiêm Hóa",
        "Lý Văn Sơn",
        "Phó Bí thư Thường trực Đảng ủy xã",
        "0987 444 555",
    ),
    (
        "Phòng Văn hóa - Xã hội xã Kim Bình",
        Kind.DEPARTMENT,
        True,
        "Xã Kim Bình",
        "Đặng Thị Hằng",
        "Trưởng phòng",
        "0915 210 306",
    ),
    (
        "Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang",
        Kind.PARTY_BOARD,
        False,
        None,
        "Đỗ Thị Lan",
        "Phó Trưởng Ban",
        "0987 666 777",
    ),
    (
        "Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
        Kind.DEPARTMENT,
        False,
        None,
        "Vương Văn Bình",
        "Phó Giám đốc Sở",
        "0915 210 307",
    ),
]

# username, full name, phone, employment, workplace, position, from
LECTURERS = [
    (
        "giangvien",
        "",
        "",
        Employment.FULL_TIME,
        None,
        "Giảng viên chuyên trách",
        datetime.date(2025, 7, 1),
    ),
    (
        "giangvien2",
        "",
        "",
        Employment.PART_TIME,
        "Đảng ủy xã Chiêm Hóa",
        "Phó Bí thư Thường trực Đảng ủy xã",
        datetime.date(2025, 7, 1),
    ),
    (
        "giangvien3",
        "Hà Thị Thu",
        "0987 333 555",
        Employment.FULL_TIME,
        None,
        "Giảng viên chuyên trách",
        datetime.date(2025, 9, 1),
    ),
    (
        "giangvien4",
        "Triệu Thị Liên",
        "0915 210 302",
        Employment.PART_TIME,
        "Hội Liên hiệp Phụ nữ xã Chiêm Hóa",
        "Chủ tịch Hội LHPN xã",
        datetime.date(2025, 7, 1),
    ),
    (
        "giangvien5",
        "Vương Văn Bình",
        "0915 210 307",
        Employment.PART_TIME,
        "Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
        "Phó Giám đốc Sở",
        datetime.date(2025, 10, 1),
    ),
]

T, D, P = (
    Qualification.Kind.THEORY,
    Qualification.Kind.DEGREE,
    Qualification.Kind.PEDAGOGY,
)
# username: (kind, level, field, issued by, issued on)
QUALIFICATIONS = {
    "giangvien": [
        (T, "advanced", "", "Học viện Chính trị khu vực I", datetime.date(2016, 6, 20)),
        (
            D,
            "master",
            "Xây dựng Đảng và chính quyền nhà nước",
            "Học viện Chính trị quốc gia Hồ Chí Minh",
            datetime.date(2019, 12, 10),
        ),
        (
            P,
            "",
            "Nghiệp vụ sư phạm",
            "Trường Chính trị tỉnh Tuyên Quang",
            datetime.date(2017, 4, 15),
        ),
    ],
    "giangvien2": [
        (T, "advanced", "", "Học viện Chính trị khu vực I", datetime.date(2018, 7, 5)),
        (
            D,
            "bachelor",
            "Luật",
            "Trường Đại học Luật Hà Nội",
            datetime.date(2008, 6, 30),
        ),
    ],
    "giangvien3": [
        (
            T,
            "intermediate",
            "",
            "Trường Chính trị tỉnh Tuyên Quang",
            datetime.date(2021, 5, 28),
        ),
        (
            D,
            "bachelor",
            "Giáo dục chính trị",
            "Trường Đại học Tân Trào",
            datetime.date(2020, 6, 25),
        ),
        (
            P,
            "",
            "Nghiệp vụ sư phạm",
            "Trường Đại học Tân Trào",
            datetime.date(2020, 6, 25),
        ),
    ],
    "giangvien4": [
        (
            T,
            "intermediate",
            "",
            "Trường Chính trị tỉnh Tuyên Quang",
            datetime.date(2019, 11, 20),
        ),
        (
            D,
            "bachelor",
            "Công tác xã hội",
            "Trường Đại học Lao động - Xã hội",
            datetime.date(2012, 7, 1),
        ),
        (
            P,
            "",
            "Bồi dưỡng nghiệp vụ sư phạm cho giảng viên kiêm chức",
            "Trường Chính trị tỉnh Tuyên Quang",
            datetime.date(2025, 8, 22),
        ),
    ],
    "giangvien5": [
        (T, "advanced", "", "Học viện Chính trị khu vực I", datetime.date(2015, 3, 12)),
        (
            D,
            "master",
            "Quản lý kinh tế nông nghiệp",
            "Học viện Nông nghiệp Việt Nam",
            datetime.date(2014, 9, 30),
        ),
        (
            P,
            "",
            "Bồi dưỡng nghiệp vụ sư phạm cho giảng viên kiêm chức",
            "Trường Chính trị tỉnh Tuyên Quang",
            datetime.date(2025, 8, 22),
        ),
    ],
}

# username: the programme versions' modules they may teach (programme kind, orders)
PERMITS = {
    "giangvien": [("party_awareness", None), ("new_members", range(0, 6))],
    "giangvien2": [("new_members", range(0, 5)), ("elementary", range(0, 6))],
    "giangvien3": [("party_awareness", range(0, 5)), ("elementary", None)],
    "giangvien4": [("new_members", range(8, 10))],
    "giangvien5": [("new_members", range(3, 4))],
}


def _bodies(centre) -> dict:
    seats = {
        unit.name: unit
        for unit in AdminUnit.objects.filter(
            parent=centre.province, level=AdminUnit.Level.COMMUNE
        )
    }
    bodies = {}
    for name, kind, own, seat, contact, title, phone in BODIES:
        bodies[name], _ = Organisation.objects.update_or_create(
            province=centre.province,
            training_unit=centre if own else None,
            name=name,
            defaults={
                "kind": kind,
                "seat": seats.get(seat) if seat else centre.province,
                "contact_name": contact,
                "contact_title": title,
                "contact_phone": phone,
                "agreement": (
                    f"Quy chế phối hợp giữa Trung tâm Chính trị và {name} (dữ liệu mẫu)"
                ),
                "agreement_signed_on": datetime.date(2025, 9, 15),
            },
        )
    return bodies


def _lecturer(username, full_name, phone, centre, employment, position) -> User:
    user = User.objects.filter(username=username).first() or create_person(
        username=username,
        full_name=full_name,
        phone=phone,
        password=settings.DEMO_PASSWORD,
    )
    grant = user.grants.filter(role=Role.LECTURER, training_unit=centre).first()
    if grant is None:
        kind = "chuyên trách" if employment == Employment.FULL_TIME else "kiêm chức"
        grant_role(
            user,
            Role.LECTURER,
            training_unit=centre,
            employment=employment,
            title=f"{position}, giảng viên {kind}",
        )
    return user


def _modules(centre) -> dict:
    """{programme kind: its modules in order} for the versions of the centre's
    classes."""
    modules = {}
    for module in (
        ProgrammeModule.objects.filter(version__classes__training_unit=centre)
        .select_related("version__programme")
        .distinct()
    ):
        modules.setdefault(module.version.programme.kind, []).append(module)
    for listed in modules.values():
        listed.sort(key=lambda m: m.order)
    return modules


def _profiles(centre, bodies) -> dict:
    modules = _modules(centre)
    profiles = {}
    for username, name, phone, employment, workplace, position, start in LECTURERS:
        user = _lecturer(username, name, phone, centre, employment, position)
        profile, _ = LecturerProfile.objects.update_or_create(
            user=user,
            training_unit=centre,
            defaults={
                "employment": employment,
                "workplace": bodies.get(workplace),
                "position": position,
                "valid_from": start,
            },
        )
        for kind, level, field, issued_by, issued_on in QUALIFICATIONS[username]:
            Qualification.objects.update_or_create(
                profile=profile,
                kind=kind,
                issued_on=issued_on,
                defaults={
                    "theory_level": level if kind == T else "",
                    "degree_level": level if kind == D else "",
                    "field": field,
                    "issued_by": issued_by,
                },
            )
        for programme_kind, orders in PERMITS[username]:
            listed = modules.get(programme_kind, [])
            for index, module in enumerate(listed):
                if orders is None or index in orders:
                    TeachingPermit.objects.get_or_create(
                        profile=profile, module=module, defaults={"valid_from": start}
                    )
        profiles[username] = profile
    return profiles


def _standard(province) -> None:
    LecturerStandard.objects.update_or_create(
        province=province,
        year=2025,
        defaults={
            "norm_periods": 280,
            "full_time_theory": "advanced",
            "part_time_theory": "intermediate",
            "degree": "bachelor",
            "pedagogy_full_time": True,
            "pedagogy_part_time": True,
            "basis": "Hướng dẫn của Ban Tuyên giáo và Dân vận Tỉnh ủy (dữ liệu mẫu)",
        },
    )


def _partnership(training_class, body, *, role, contact, phone, lecturer, count):
    partnership, _ = ClassPartnership.objects.update_or_create(
        training_class=training_class,
        organisation=body,
        defaults={
            "role": role,
            "contact_name": contact,
            "contact_phone": phone,
            "lent_lecturer": lecturer,
        },
    )
    enrolments = Enrolment.objects.filter(
        training_class=training_class, status=Enrolment.Status.ACTIVE
    ).order_by("trainee__username")[:count]
    partnership.trainees.set(enrolments)


def _partnerships(centre, bodies, profiles) -> None:
    classes = TrainingClass.objects.filter(training_unit=centre)
    running = classes.filter(version__programme__kind="new_members").first()
    finished = classes.filter(version__programme__kind="party_awareness").first()
    if running:
        _partnership(
            running,
            bodies["Hội Liên hiệp Phụ nữ xã Chiêm Hóa"],
            role="Cử hội viên là đảng viên mới đi học; cử báo cáo viên chuyên đề",
            contact="Triệu Thị Liên",
            phone="0915 210 302",
            lecturer=profiles["giangvien4"].user,
            count=4,
        )
    if finished:
        _partnership(
            finished,
            bodies["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Chiêm Hóa"],
            role="Giới thiệu đoàn viên ưu tú đi học lớp nhận thức về Đảng",
            contact="Ma Văn Dũng",
            phone="0915 210 303",
            lecturer=None,
            count=6,
        )


@transaction.atomic
def seed() -> None:
    centre = TrainingUnit.objects.get(name=CENTRE)
    _standard(centre.province)
    bodies = _bodies(centre)
    profiles = _profiles(centre, bodies)
    _partnerships(centre, bodies, profiles)
