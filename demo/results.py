"""Demo grades and credentials: the finished class is graded and its credentials are
issued by the centre manager; the running class has a bài thu hoạch to write."""

import datetime
from decimal import Decimal

from accounts.models import User
from classes.models import Enrolment
from records.models import Assessment, AssessmentResult
from records.services import grade_result, issue_credentials

RUBRIC = (
    "Nắm vững nội dung bài học | 4\n"
    "Liên hệ thực tiễn ở cơ sở | 4\n"
    "Trình bày rõ ràng, mạch lạc | 2"
)
ESSAY = (
    "Qua lớp bồi dưỡng, em nhận thức sâu sắc hơn về vai trò lãnh đạo của Đảng. "
    "Em sẽ phấn đấu rèn luyện đạo đức, tích cực tham gia công tác ở thôn."
)


def _assessment(training_class, title, **fields) -> Assessment:
    assessment, _ = Assessment.objects.get_or_create(
        training_class=training_class, title=title, defaults=fields
    )
    return assessment


def _points(index: int) -> list[Decimal]:
    """Varied but fixed points per criterion; two trainees fall below 5."""
    if index in (7, 15):
        return [Decimal("2"), Decimal("1.5"), Decimal("1")]
    return [
        Decimal(3) + Decimal("0.5") * (index % 2) - Decimal("0.5") * (index % 3 == 0),
        Decimal("2.5") + Decimal("0.5") * (index % 3),
        Decimal("1.5") + Decimal("0.5") * (index % 2),
    ]


def seed_finished(training_class, grader) -> None:
    essay = _assessment(
        training_class,
        "Bài thu hoạch cuối khóa",
        kind=Assessment.Kind.ASSIGNMENT,
        rubric=RUBRIC,
        instructions="Liên hệ bản thân sau khi học 5 bài của chương trình.",
        due_on=training_class.ends_on,
    )
    enrolments = training_class.enrolments.filter(
        status=Enrolment.Status.ACTIVE
    ).select_related("trainee")
    for index, enrolment in enumerate(enrolments):
        if AssessmentResult.objects.filter(
            assessment=essay, trainee=enrolment.trainee, score__isnull=False
        ).exists():
            continue
        AssessmentResult.objects.update_or_create(
            assessment=essay, trainee=enrolment.trainee, defaults={"text": ESSAY}
        )
        grade_result(
            essay,
            enrolment.trainee,
            grader=grader,
            points=_points(index),
            comment="Bài viết có liên hệ thực tiễn.",
        )


def seed_running(training_class) -> None:
    _assessment(
        training_class,
        "Bài thu hoạch: Phấn đấu, rèn luyện để xứng đáng là đảng viên",
        kind=Assessment.Kind.ASSIGNMENT,
        rubric=RUBRIC,
        instructions="Viết 2–4 trang: nhận thức của đồng chí sau khóa học và kế "
        "hoạch rèn luyện của bản thân.",
        due_on=training_class.ends_on,
    )
    _assessment(
        training_class,
        "Kiểm tra viết giữa khóa",
        kind=Assessment.Kind.TEST,
        due_on=training_class.starts_on + datetime.timedelta(days=3),
    )


def seed_results(classes: dict) -> None:
    lecturer = User.objects.get(username="giangvien")
    manager = User.objects.get(username="quanly")
    finished = classes["finished"]
    seed_finished(finished, lecturer)
    seed_running(classes["running"])
    issue_credentials(
        finished,
        trainee_ids=finished.enrolments.values_list("trainee_id", flat=True),
        issued_by=manager,
        signer_name=manager.full_name,
        signer_title="Giám đốc",
        place_name="Chiêm Hóa",
    )
