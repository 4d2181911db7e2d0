"""The world the access matrix runs in: the demo data, a second centre in the same
province, a second province, and one person for each column of the matrix.

The objects every URL is asked about belong to the demo's running class (Lớp bồi
dưỡng ... of Trung tâm Chính trị Chiêm Hóa) and its trainee `hocvien`, so that "own"
and "other" mean the same thing on every row.
"""

import datetime
from types import SimpleNamespace

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone

from accounts.models import User
from classes.checkin_codes import make_code
from classes.models import ClassSession, Enrolment, Notice, TrainingClass
from classes.services import enrol_trainee
from grassroots.models import Question as GrassrootsQuestion
from grassroots.models import Topic
from lecturers.models import LecturerProfile
from lessons.models import LessonPage, ModulePage
from live.models import LiveSession, Participant, QuizItem
from live.models import Question as LiveQuestion
from partners.models import Organisation
from quizzes.models import Answer, Question, Quiz, Sitting
from quizzes.services.attempts import start_attempt
from records.models import Assessment, AssessmentResult, Credential
from situations.models import Reflection, Run, Situation
from situations.services.runs import start_run
from standards.models import Evidence, SelfAssessment
from standards.services import create_version
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.classes import SessionFactory, TrainingClassFactory
from tests.factories.quizzes import essay_question, quiz_with
from tests.factories.units import ProvinceFactory
from units.models import TrainingUnit
from units.roles import Role
from units.services import grant_role

# The matrix's columns, in the order of its table.
COLUMNS = [
    "anon",
    "trainee",  # hocvien: enrolled in the running class; the objects are hers
    "trainee_other",  # a trainee of another centre of the same province
    "lecturer",  # giangvien: head lecturer of the running class
    "lecturer_other",  # a lecturer of the same centre who teaches another class
    "lecturer_session",  # a lecturer who teaches one session of the running class
    "part_time",  # giangvien2: part-time, teaches some sessions of the running class
    "editor",  # bientap
    "manager",  # quanly: the centre's manager
    "manager_other",  # the manager of the other centre of the province
    "province",  # tinh: Tuyên Quang's province manager
    "province_other",  # the manager of another province
    "admin",
]


def _person(username, role, **scope):
    user = UserFactory(username=username)
    grant_role(user, role, **scope)
    return user


def _cast(centre, other_centre, other_province) -> dict:
    lecturer_other = _person("gv_lop_khac", Role.LECTURER, training_unit=centre)
    lecturer_session = _person("gv_mot_buoi", Role.LECTURER, training_unit=centre)
    return {
        "anon": None,
        "trainee": User.objects.get(username="hocvien"),
        "trainee_other": _person(
            "hv_tt_khac", Role.TRAINEE, training_unit=other_centre
        ),
        "lecturer": User.objects.get(username="giangvien"),
        "lecturer_other": lecturer_other,
        "lecturer_session": lecturer_session,
        "part_time": User.objects.get(username="giangvien2"),
        "editor": User.objects.get(username="bientap"),
        "manager": User.objects.get(username="quanly"),
        "manager_other": _person(
            "ql_tt_khac", Role.CENTRE_MANAGER, training_unit=other_centre
        ),
        "province": User.objects.get(username="tinh"),
        "province_other": _person(
            "ql_tinh_khac", Role.PROVINCE_MANAGER, province=other_province
        ),
        "admin": User.objects.get(username="admin"),
    }


def _running_class(trainee) -> TrainingClass:
    today = timezone.localdate()
    return (
        TrainingClass.objects.for_trainee(trainee)
        .filter(starts_on__lte=today, ends_on__gte=today)
        .get()
    )


def _other_class(centre, lecturer, trainee):
    """A class of the same centre that the other lecturer heads and teaches."""
    training_class = TrainingClassFactory(training_unit=centre, head_lecturer=lecturer)
    SessionFactory(training_class=training_class, lecturer=lecturer)
    enrol_trainee(training_class, trainee)
    return training_class


def _todays_session(training_class, lecturer) -> ClassSession:
    """An evening session of the running class held today, with no roll call yet,
    taught by the one-session lecturer: a check-in code counts only on its session's
    day and a session is deleted only before anyone is marked, so the rows about it
    answer the same whatever day the demo was made."""
    training_class.sessions.filter(
        date=timezone.localdate(), part=ClassSession.Part.EVENING
    ).delete()
    return SessionFactory(
        training_class=training_class,
        lecturer=lecturer,
        date=timezone.localdate(),
        part=ClassSession.Part.EVENING,
    )


def _hand_in(training_class, trainee) -> AssessmentResult:
    assessment = Assessment.objects.filter(
        training_class=training_class, kind=Assessment.Kind.ASSIGNMENT
    ).first() or Assessment.objects.create(
        training_class=training_class,
        kind=Assessment.Kind.ASSIGNMENT,
        title="Bài thu hoạch",
        rubric="Nội dung | 10",
    )
    result, _ = AssessmentResult.objects.get_or_create(
        assessment=assessment, trainee=trainee
    )
    result.file.save("bai-thu-hoach.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    return result


def _essay_answer(trainee) -> Answer:
    """An essay of hers waiting to be marked (the marking pages show its rubric)."""
    answer = Answer.objects.filter(
        sitting__user=trainee, question__qtype=Question.Type.ESSAY
    ).first()
    if answer is not None:
        return answer
    question = Question.objects.filter(qtype=Question.Type.ESSAY).first()
    quiz = Quiz.objects.filter(slots__question=question).first()
    sitting = start_attempt(quiz, user=trainee)
    answer = sitting.answers.filter(question=question).first() or Answer(
        sitting=sitting, question=question, order=99, max_mark=10
    )
    answer.response = {"text": "Bài làm"}
    answer.save()
    return answer


def _essay_to_mark(trainee) -> Answer:
    """Her essay in a finished attempt, waiting for its mark (what the marking
    pages list and the mark form takes)."""
    quiz = quiz_with(essay_question(title="Kế hoạch phấn đấu"), title="Bài luận")
    sitting = Sitting.objects.create(
        quiz=quiz,
        user=trainee,
        number=1,
        state=Sitting.State.FINISHED,
        finished_at=timezone.now(),
    )
    return Answer.objects.create(
        sitting=sitting,
        question=quiz.slots.get().question,
        order=0,
        max_mark=10,
        response={"text": "Bài làm đã nộp"},
    )


def _run(trainee) -> Run:
    """Her run of a situation exercise of her class's programme."""
    situation = Situation.objects.open_to(trainee).first()
    return Run.objects.filter(trainee=trainee).first() or start_run(situation, trainee)


def _reflection(run) -> Reflection:
    step = run.current_step or run.situation.steps.first()
    return Reflection.objects.get_or_create(
        run=run,
        step=step,
        defaults={
            "description": "Mô tả",
            "analysis": "Phân tích",
            "options": "Phương án",
            "plan": "Kế hoạch",
        },
    )[0]


def _document():
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Tài liệu tham khảo")
    document.file.save("tai-lieu.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    return document


def _grassroots_question(centre, cast) -> GrassrootsQuestion:
    """Her question from a commune of the centre, with a photo, routed to the
    head lecturer and waiting for the answer."""
    question = GrassrootsQuestion(
        asker=cast["trainee"],
        topic=Topic.objects.get_or_create(name="Đất đai, giải phóng mặt bằng")[0],
        commune=centre.communes_served().first(),
        centre=centre,
        text="Mốc giải phóng mặt bằng cắm sai vị trí thì báo ai?",
        status=GrassrootsQuestion.Status.ASSIGNED,
        assigned_to=cast["lecturer"],
        due_on=datetime.date.today() + datetime.timedelta(days=7),
    )
    question.attachment.save(
        "moc-gioi.png", ContentFile(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    )
    return question


def _live_question(cast) -> LiveQuestion:
    """A question from the floor of giangvien's live session."""
    session = LiveSession.objects.get(owner=cast["lecturer"])
    person, _ = Participant.objects.get_or_create(
        session=session, user=cast["trainee"], defaults={"display_name": "An"}
    )
    return LiveQuestion.objects.create(
        session=session, author=person, text="Xã có được tự quyết giá đất không?"
    )


def _live_draft(session):
    item, _ = QuizItem.objects.get_or_create(
        session=session,
        prompt="Nghị quyết nào?",
        defaults={"options": ["Một", "Hai"], "correct": [0]},
    )
    return item


def _standards(centre, cast) -> dict:
    """The demo centre's self-assessment under review (one of its declared
    criteria, an evidence file) and a draft new version of the province's
    criteria, made by the province manager."""
    assessment = SelfAssessment.objects.get(training_unit=centre)
    draft = create_version(centre.province, cast["province"])
    return {
        "self_assessment": assessment,
        "assessed_criterion": assessment.answers.get(criterion__code="4.2").criterion,
        "evidence": Evidence.objects.filter(answer__self_assessment=assessment).first(),
        "criteria_set": draft,
        "draft_criterion": draft.criteria.get(code="4.2"),
    }


def build() -> SimpleNamespace:
    centre = TrainingUnit.objects.get(name="Trung tâm Chính trị Chiêm Hóa")
    other_centre = TrainingUnitFactory(province=centre.province)
    other_province = ProvinceFactory(name="Tỉnh Khác")
    cast = _cast(centre, other_centre, other_province)
    trainee = cast["trainee"]
    training_class = _running_class(trainee)
    _other_class(centre, cast["lecturer_other"], cast["trainee_other"])
    session = _todays_session(training_class, cast["lecturer_session"])
    hand_in = _hand_in(training_class, trainee)
    sitting = _essay_answer(trainee).sitting
    answer = _essay_to_mark(trainee)
    credential = Credential.objects.filter(trainee=trainee).first()
    run = _run(trainee)
    lesson = LessonPage.objects.live().first()
    return SimpleNamespace(
        cast=cast,
        person=trainee,
        centre=centre,
        training_class=training_class,
        session=session,
        enrolment=Enrolment.objects.get(training_class=training_class, trainee=trainee),
        assessment=hand_in.assessment,
        hand_in=hand_in,
        credential=credential,
        answer=answer,
        sitting=sitting,
        quiz=sitting.quiz,
        run=run,
        reflection=_reflection(run),
        situation=run.situation,
        live=LiveSession.objects.get(owner=cast["lecturer"]),
        notice=Notice.objects.create(
            recipient=cast["lecturer"],
            kind=Notice.Kind.TOO_MANY_ABSENCES,
            training_class=training_class,
            trainee=trainee,
        ),
        lesson=lesson,
        document=_document(),
        module=ModulePage.objects.live().first(),
        check_in_code=make_code(
            session.pk, timezone.now().timestamp(), settings.SECRET_KEY
        ),
        today=datetime.date.today(),
        grassroots_question=_grassroots_question(centre, cast),
        live_question=_live_question(cast),
        # giangvien's profile, and a body of the centre's own (not the province's).
        lecturer_profile=LecturerProfile.objects.get(
            user=cast["lecturer"], training_unit=centre
        ),
        partner=Organisation.objects.get(
            training_unit=centre, name="Hội Liên hiệp Phụ nữ xã Chiêm Hóa"
        ),
        **_standards(centre, cast),
    )


PK_BY_PREFIX = {
    "classes/": "training_class",
    "sessions/": "session",
    "assessments/": "assessment",
    "results/": "hand_in",
    "credentials/": "credential",
    "quizzes/attempt/": "sitting",
    "quizzes/marking/answer/": "answer",
    "quizzes/overrides/": "training_class",
    "notices/": "notice",
    "people/": "person",
    "questions/": "grassroots_question",
    "questions/live/": "live_question",
    "lecturers/": "lecturer_profile",
    "partners/": "partner",
    "standards/assessments/": "self_assessment",
    "standards/evidence/": "evidence",
    "standards/criteria/": "criteria_set",
}


def arguments(world) -> dict:
    """URL argument name -> its value in the world (or a callable of the route)."""

    def pk(route):
        prefix = max((p for p in PK_BY_PREFIX if route.startswith(p)), key=len)
        return getattr(world, PK_BY_PREFIX[prefix]).pk

    def code(route):
        if route.startswith("check-in/"):
            return world.check_in_code
        if route.startswith("verify/"):
            return world.credential.code
        return world.live.code

    def slug(route):
        return world.quiz.slug if route.startswith("quizzes/") else world.situation.slug

    def criterion_id(route):
        if route.startswith("standards/criteria/"):
            return world.draft_criterion.pk
        return world.assessed_criterion.pk

    return {
        "pk": pk,
        "code": code,
        "slug": slug,
        "session_pk": world.session.pk,
        "enrolment_pk": world.enrolment.pk,
        "trainee_id": world.cast["trainee"].pk,
        "lesson_id": world.lesson.pk,
        "module_id": world.module.pk,
        "programme_id": world.module.get_parent().pk,
        "quiz_id": world.quiz.pk,
        "question_id": world.answer.question_id,
        "run_id": world.run.pk,
        "reflection_id": world.reflection.pk,
        "class_id": world.training_class.pk,
        "criterion_id": criterion_id,
        # A draft quiz question of giangvien's live session, being prepared.
        "kind": "quiz",
        "activity_id": lambda route: _live_draft(world.live).pk,
        "action": "duplicate",
        "restriction_id": 1,
        "page_view_restriction_id": 1,
        "page_id": world.lesson.pk,
        # A password-reset link that is not valid: the page says so to anyone.
        "uidb64": "MQ",
        "token": "abc-def",
    }
