"""Demo credential templates and credentials in every state.

The commune centre prints its giấy chứng nhận on A4 landscape; the provincial school
prints on A4 portrait with an emblem and a seal, and issues to its own class, its
deputy head signing "KT. HIỆU TRƯỞNG". At the centre one credential is revoked and
re-issued and another only revoked; at the school one is corrected. Idempotent: each
step is done once.
"""

import datetime

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone

from accounts.models import User
from accounts.services import create_person
from classes.models import TrainingClass
from classes.services import enrol_trainee
from demo.classes import _attendance, _sessions
from demo.results import seed_finished
from records.models import Credential, CredentialTemplate
from records.services import (
    correct_credential,
    issue_credentials,
    reissue_credential,
    revoke_credential,
)
from units.roles import Role
from units.services import grant_role

SCHOOL_TRAINEES = [
    "Đàm Văn Quân",
    "Ninh Thị Loan",
    "Mông Văn Tùng",
    "Sầm Thị Hường",
    "Hầu Văn Dũng",
    "La Thị Vân",
]
# A gold star on a red disc, and a red double ring: drawn shapes only.
EMBLEM = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" '
    'height="100"><circle cx="50" cy="50" r="48" fill="#b91c1c"/>'
    '<polygon points="50,14 60,40 88,40 65,57 74,84 50,67 26,84 35,57 12,40 40,40" '
    'fill="#facc15"/></svg>'
)
SEAL = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" '
    'height="100"><circle cx="50" cy="50" r="46" fill="none" stroke="#dc2626" '
    'stroke-width="4" stroke-opacity="0.8"/><circle cx="50" cy="50" r="36" '
    'fill="none" stroke="#dc2626" stroke-width="2" stroke-opacity="0.8"/>'
    '<polygon points="50,30 55,45 71,45 58,54 63,70 50,60 37,70 42,54 29,45 45,45" '
    'fill="#dc2626" fill-opacity="0.8"/></svg>'
)


def seed_templates(training_units: dict) -> None:
    """The centre's landscape template; the school's portrait one with images."""
    centre, school = training_units["centre"], training_units["school"]
    CredentialTemplate.objects.get_or_create(
        training_unit=centre,
        credential_type="certificate",
        defaults=_texts(centre, "certificate", orientation="L"),
    )
    template, created = CredentialTemplate.objects.get_or_create(
        training_unit=school,
        credential_type="certificate",
        defaults=_texts(
            school, "certificate", orientation="P", place_name="Tuyên Quang"
        ),
    )
    if created:
        template.emblem.save("dang-huy-mau.svg", ContentFile(EMBLEM), save=False)
        template.seal.save("con-dau-mau.svg", ContentFile(SEAL), save=False)
        CredentialTemplate.objects.filter(pk=template.pk).update(
            emblem=template.emblem.name, seal=template.seal.name
        )


def _texts(unit, kind, **overrides) -> dict:
    default = CredentialTemplate.default_for(unit, kind)
    fields = ("committee_line", "unit_line", "title", "head_title", "place_name")
    return {field: getattr(default, field) for field in fields} | overrides


def _school_trainees(school) -> list[User]:
    people = []
    for number, name in enumerate(SCHOOL_TRAINEES, start=1):
        username = f"truong_hv{number}"
        person = User.objects.filter(username=username).first() or create_person(
            username=username,
            full_name=name,
            phone=f"0913 000 {100 + number}",
            password=settings.DEMO_PASSWORD,
            party_cell=f"Chi bộ cơ quan số {number % 3 + 1}",
            date_of_birth=datetime.date(1985 + number, number, 10 + number),
        )
        grant_role(person, Role.TRAINEE, training_unit=school)
        people.append(person)
    return people


def _school_class(school, version) -> TrainingClass:
    """The school's own finished class, taught and graded by its deputy head."""
    deputy = User.objects.get(username="truong_quanly")
    monday = timezone.localdate() - datetime.timedelta(
        days=timezone.localdate().weekday()
    )
    training_class, _ = TrainingClass.objects.update_or_create(
        training_unit=school,
        version=version,
        code="Lớp bồi dưỡng 01/2026",
        defaults={
            "starts_on": monday - datetime.timedelta(weeks=3),
            "ends_on": monday - datetime.timedelta(weeks=3) + datetime.timedelta(1),
            "head_lecturer": deputy,
            "location": "Hội trường Trường Chính trị tỉnh Tuyên Quang",
        },
    )
    members = _school_trainees(school)
    for trainee in members:
        enrol_trainee(training_class, trainee)
    _attendance(_sessions(training_class, [deputy]), members)
    seed_finished(training_class, deputy)
    return training_class


def seed_credentials(training_units: dict, versions: dict, classes: dict) -> None:
    """The school issues to its class; one credential of each state is made."""
    school_class = _school_class(training_units["school"], versions["local_history"])
    deputy = User.objects.get(username="truong_quanly")
    issue_credentials(
        school_class,
        trainee_ids=school_class.enrolments.values_list("trainee_id", flat=True),
        issued_by=deputy,
        signer_name=deputy.full_name,
        signer_title="Phó Hiệu trưởng",
        signing_form="KT",
        place_name="Tuyên Quang",
    )
    _revoke_and_reissue(classes["finished"])
    _correct(school_class, deputy)


def _in_force(training_class):
    """The class's valid credentials in register order, but the demo trainee's
    (hocvien keeps the one credential the guided tour shows)."""
    return (
        Credential.objects.filter(
            training_class=training_class, status=Credential.Status.VALID
        )
        .exclude(trainee__username="hocvien")
        .order_by("year", "register_no")
    )


def _revoke_and_reissue(training_class) -> None:
    if training_class.credentials.exclude(status=Credential.Status.VALID).exists():
        return
    manager = User.objects.get(username="quanly")
    first, third = _in_force(training_class)[0], _in_force(training_class)[2]
    revoke_credential(first, by=manager, reason="Học viên báo mất bản gốc")
    reissue_credential(first, by=manager, reason="Cấp lại theo đơn của học viên")
    revoke_credential(
        third, by=manager, reason="Cấp nhầm: học viên chưa nộp bài thu hoạch"
    )


def _correct(training_class, deputy) -> None:
    if training_class.credentials.exclude(status=Credential.Status.VALID).exists():
        return
    credential = _in_force(training_class).first()
    if credential is None:
        return
    correct_credential(
        credential,
        by=deputy,
        reason="Sai ngày sinh so với lý lịch đảng viên",
        holder_birth_date=datetime.date(1987, 2, 21),
    )
