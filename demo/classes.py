"""Demo classes: one finished, one running this week, one planned; 30 trainees."""

import datetime

from django.conf import settings
from django.utils import timezone

from accounts.models import User
from accounts.services import create_person
from classes.models import Attendance, ClassSession, TrainingClass
from classes.services import enrol_trainee, record_attendance
from units.roles import Role
from units.services import grant_role

TRAINEES = [
    "Hoàng Thị Ánh",
    "Nông Văn Bảo",
    "Ma Văn Cường",
    "Quan Thị Diệu",
    "Lương Văn Đức",
    "Triệu Thị Giang",
    "Hà Văn Hải",
    "Lý Thị Hạnh",
    "Phạm Văn Hiếu",
    "Nguyễn Thị Hoa",
    "Trần Văn Hòa",
    "Đặng Thị Huế",
    "Vi Văn Khánh",
    "Lò Thị Lan",
    "Bế Văn Long",
    "Chu Thị Mai",
    "Đinh Văn Mạnh",
    "Hoàng Văn Nam",
    "Nông Thị Ngọc",
    "Ma Thị Nhung",
    "Lê Văn Phúc",
    "Quan Văn Quang",
    "Triệu Thị Quyên",
    "Hà Thị Sen",
    "Lương Văn Tài",
    "Trần Thị Thảo",
    "Phạm Văn Thịnh",
    "Nguyễn Thị Trang",
    "Vũ Văn Tuấn",
]


def _trainees(centre) -> list[User]:
    people = [User.objects.get(username="hocvien")]
    for number, name in enumerate(TRAINEES, start=1):
        username = f"hv{number:02d}"
        user = User.objects.filter(username=username).first() or create_person(
            username=username,
            full_name=name,
            phone=f"0912 000 {100 + number}",
            password=settings.DEMO_PASSWORD,
            party_cell=f"Chi bộ thôn {number % 6 + 1}",
        )
        grant_role(user, Role.TRAINEE, training_unit=centre)
        people.append(user)
    return people


def _class(centre, version, code, starts_on, days, head):
    training_class, _ = TrainingClass.objects.update_or_create(
        training_unit=centre,
        version=version,
        code=code,
        defaults={
            "starts_on": starts_on,
            "ends_on": starts_on + datetime.timedelta(days=days),
            "head_lecturer": head,
            "location": "Hội trường Trung tâm Chính trị Chiêm Hóa",
        },
    )
    return training_class


def _sessions(training_class, lecturers) -> list[ClassSession]:
    modules = list(training_class.version.modules.all())
    sessions, day, index = [], training_class.starts_on, 0
    while day <= training_class.ends_on and index < len(modules):
        for part in (ClassSession.Part.MORNING, ClassSession.Part.AFTERNOON):
            if index >= len(modules):
                break
            session, _ = ClassSession.objects.update_or_create(
                training_class=training_class,
                date=day,
                part=part,
                defaults={
                    "topic": modules[index].title,
                    "periods": 5,
                    "lecturer": lecturers[index % len(lecturers)],
                    "room": "Phòng học số 1",
                },
            )
            sessions.append(session)
            index += 1
        day += datetime.timedelta(days=1)
    return sessions


def _attendance(sessions, trainees) -> None:
    today = timezone.localdate()
    for s_index, session in enumerate(s for s in sessions if s.date < today):
        for t_index, trainee in enumerate(trainees):
            pattern = (s_index * 7 + t_index * 3) % 23
            status = {
                0: Attendance.Status.ABSENT,
                1: Attendance.Status.EXCUSED,
                2: Attendance.Status.LATE,
            }.get(pattern, Attendance.Status.PRESENT)
            record_attendance(
                session, trainee, status=status, source=Attendance.Source.LECTURER
            )


def _lecturers() -> list[User]:
    return [
        User.objects.get(username="giangvien"),
        User.objects.get(username="giangvien2"),
    ]


def _demo_classes(centre, versions: dict, lecturers: list[User]) -> dict:
    """The finished, running and planned classes, dated around this week."""
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    return {
        "finished": _class(
            centre,
            versions["party_awareness"],
            "Khóa 1 năm 2026",
            monday - datetime.timedelta(weeks=8),
            4,
            lecturers[0],
        ),
        "running": _class(
            centre, versions["new_members"], "Đợt 2 năm 2026", monday, 6, lecturers[0]
        ),
        "planned": _class(
            centre,
            versions["elementary"],
            "Khóa 12",
            monday + datetime.timedelta(weeks=5),
            34,
            lecturers[1],
        ),
    }


def _taught_class(training_class, members, lecturers) -> None:
    """Enrol members (the second one heads the class), hold sessions, take roll."""
    for position, trainee in enumerate(members):
        enrol_trainee(
            training_class, trainee, class_role="Lớp trưởng" if position == 1 else ""
        )
    _attendance(_sessions(training_class, lecturers), members)


def _planned_class(training_class, members, lecturers) -> None:
    """Timetable the sessions and enrol members; nobody has attended yet."""
    _sessions(training_class, lecturers)
    for trainee in members:
        enrol_trainee(training_class, trainee)


def seed_classes(training_units: dict, versions: dict) -> dict:
    centre = training_units["centre"]
    trainees = _trainees(centre)
    lecturers = _lecturers()
    classes = _demo_classes(centre, versions, lecturers)
    _taught_class(classes["finished"], trainees[:20], lecturers)
    _taught_class(classes["running"], trainees, lecturers)
    _planned_class(classes["planned"], trainees[10:], lecturers)
    return classes
