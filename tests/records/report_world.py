"""A province's small world for the report tests (and the browser test): a
commune-level centre and the provincial school of one province, and a centre of
another. In the first quarter of 2026 the centre runs one class (three trainees,
one withdraws; one eligible, one not) and the school one (two trainees, both
eligible; two credentials, one later revoked); the centre opens a second class in
the second quarter; the other province's class is never counted.
"""

import datetime
from types import SimpleNamespace

from django.utils import timezone

from classes.models import Enrolment
from classes.services import enrol_trainee, mark_attendance, withdraw_trainee
from records.models import Credential
from records.services import (
    create_assessment,
    grade_result,
    issue_credentials,
    revoke_credential,
)
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.classes import SessionFactory, TrainingClassFactory
from tests.factories.programmes import VersionFactory
from tests.factories.units import ProvinceFactory
from units.models import TrainingUnit
from units.roles import Role
from units.services import grant_role

PASSWORD = "demo12345"


def run_class(unit, version, lecturer, *, starts, ends, scores, absent=(), code):
    """A class with a trainee per score, two sessions (5 and 3 periods) taught by
    the lecturer, and one graded piece; ``absent``: indexes absent at the first."""
    training_class = TrainingClassFactory(
        training_unit=unit,
        version=version,
        head_lecturer=lecturer,
        starts_on=starts,
        ends_on=ends,
        code=code,
    )
    trainees = []
    for index, _score in enumerate(scores):
        person = UserFactory(full_name=f"Học Viên {code} {index}")
        enrol_trainee(training_class, person)
        trainees.append(person)
    first = SessionFactory(training_class=training_class, lecturer=lecturer)
    second = SessionFactory(
        training_class=training_class,
        date=starts + datetime.timedelta(days=1),
        periods=3,
        lecturer=lecturer,
    )
    mark_attendance(first, {trainees[i].pk: "absent" for i in absent})
    mark_attendance(second, {})
    work = create_assessment(training_class, kind="test", title="Kiểm tra")
    for person, score in zip(trainees, scores, strict=True):
        if score is not None:
            grade_result(work, person, grader=lecturer, score=score)
    return SimpleNamespace(training_class=training_class, trainees=trainees)


def build_world():
    province = ProvinceFactory(name="Tỉnh Tuyên Quang")
    centre = TrainingUnitFactory(
        name="Trung tâm Chính trị xã Chiêm Hóa",
        province=province,
        seat__parent=province,
    )
    school = TrainingUnitFactory(
        name="Trường Chính trị tỉnh Tuyên Quang",
        type=TrainingUnit.Type.PROVINCIAL_SCHOOL,
        province=province,
        seat__parent=province,
    )
    elsewhere = TrainingUnitFactory(name="Trung tâm Chính trị tỉnh khác")
    lecturer = UserFactory(full_name="Ma Thị Hồng")
    visiting = UserFactory(full_name="Nông Văn Dũng")
    awareness = VersionFactory(programme__name="Nhận thức về Đảng")
    members = VersionFactory(programme__name="Lý luận chính trị cho đảng viên mới")
    # Centre, Q1: 0 absent at the first session; 9.5 (excellent), 3 (not eligible)
    # and a third who withdraws.
    centre_q1 = run_class(
        centre,
        awareness,
        lecturer,
        starts=datetime.date(2026, 1, 5),
        ends=datetime.date(2026, 1, 20),
        scores=["9.5", "3", None],
        absent=[1],
        code="Khóa 1",
    )
    withdraw_trainee(
        Enrolment.objects.get(
            training_class=centre_q1.training_class, trainee=centre_q1.trainees[2]
        ),
        reason="Chuyển công tác",
    )
    # School, Q1: 7 (good) and 5.5 (average), taught by the visiting lecturer.
    school_q1 = run_class(
        school,
        members,
        visiting,
        starts=datetime.date(2026, 2, 2),
        ends=datetime.date(2026, 3, 27),
        scores=["7", "5.5"],
        code="Khóa 2",
    )
    # Centre, Q2: opened in April, not in the first quarter.
    run_class(
        centre,
        members,
        lecturer,
        starts=datetime.date(2026, 4, 6),
        ends=datetime.date(2026, 5, 29),
        scores=["8"],
        code="Khóa 3",
    )
    run_class(
        elsewhere,
        awareness,
        visiting,
        starts=datetime.date(2026, 2, 2),
        ends=datetime.date(2026, 2, 6),
        scores=["9"],
        code="Khóa 4",
    )
    school_manager = UserFactory(full_name="Hà Văn Hiệu")
    grant_role(school_manager, Role.CENTRE_MANAGER, training_unit=school)
    issued = issue_credentials(
        school_q1.training_class,
        trainee_ids=[t.pk for t in school_q1.trainees],
        issued_by=school_manager,
        signer_name="Hà Văn Hiệu",
        signer_title="Hiệu trưởng",
        place_name="Tuyên Quang",
    )
    march = timezone.make_aware(datetime.datetime(2026, 3, 30, 9))
    Credential.objects.filter(pk__in=[c.pk for c in issued]).update(
        issued_at=march, year=2026
    )
    revoke_credential(issued[1], by=school_manager, reason="Cấp nhầm")
    centre_manager = UserFactory(full_name="Hoàng Văn Thắng")
    grant_role(centre_manager, Role.CENTRE_MANAGER, training_unit=centre)
    province_manager = UserFactory(username="tinh_tq", full_name="Lý Thị Tỉnh")
    province_manager.set_password(PASSWORD)
    province_manager.save()
    grant_role(province_manager, Role.PROVINCE_MANAGER, province=province)
    other_manager = UserFactory(full_name="Vi Văn Khác")
    grant_role(other_manager, Role.CENTRE_MANAGER, training_unit=elsewhere)
    return SimpleNamespace(
        province=province,
        centre=centre,
        school=school,
        elsewhere=elsewhere,
        centre_q1=centre_q1.training_class,
        school_q1=school_q1.training_class,
        centre_manager=centre_manager,
        province_manager=province_manager,
        other_manager=other_manager,
    )
