"""Demo question banks and quizzes for the demo programmes (idempotent)."""

from datetime import timedelta
from decimal import Decimal

from django.db import transaction

from demo import quiz_members as demo_members
from demo import quiz_party as demo_party
from demo.programmes import PROGRAMMES
from programmes.models import Programme, ProgrammeModule
from quizzes.models import Category, Question, Quiz, QuizQuestion
from quizzes.models.quizzes import ALL_REVIEW, ReviewItem
from quizzes.services.importing import _save_question

BANKS = {
    "party_awareness": demo_party.BANK,
    "new_members": demo_members.BANK[:1],
    "elementary": demo_members.BANK[1:],
}

FINAL_TEXTS = {
    "success_text": "Chúc mừng đồng chí đã đạt yêu cầu của bài kiểm tra.",
    "fail_text": "Bài làm chưa đạt yêu cầu. Đồng chí hãy ôn lại bài và làm lại.",
}

# slug, title, programme key, question titles (None: the whole bank), rules
QUIZZES = [
    (
        "kiem-tra-cuoi-khoa-nhan-thuc-ve-dang",
        "Kiểm tra cuối khóa: Bồi dưỡng nhận thức về Đảng",
        "party_awareness",
        None,
        {
            "random_order": True,
            "max_questions": 12,
            "attempts_allowed": 2,
            **FINAL_TEXTS,
        },
    ),
    (
        "kiem-tra-cuoi-khoa-dang-vien-moi",
        "Kiểm tra cuối khóa: Lý luận chính trị cho đảng viên mới",
        "new_members",
        None,
        {"attempts_allowed": 3, **FINAL_TEXTS},
    ),
    (
        "bai-thi-ket-thuc-so-cap-llct",
        "Bài thi kết thúc: Sơ cấp lý luận chính trị (30 phút)",
        "elementary",
        None,
        {
            "time_limit": timedelta(minutes=30),
            "single_attempt": True,
            "exam_paper": True,
            "random_order": True,
            "overdue_handling": Quiz.Overdue.AUTOSUBMIT,
            "review": {
                "during": [],
                "immediately": [ReviewItem.ATTEMPT, ReviewItem.MARKS],
                "open": [ReviewItem.ATTEMPT, ReviewItem.MARKS],
                "closed": ALL_REVIEW,
            },
            **FINAL_TEXTS,
        },
    ),
    (
        "on-tap-lich-su-dang",
        "Ôn tập: Lịch sử Đảng",
        "party_awareness",
        ["Ngày thành lập Đảng", "Thứ tự các sự kiện lịch sử", "Đại hội II ở Chiêm Hóa"],
        {},
    ),
    (
        "on-tap-dieu-le-dang",
        "Ôn tập: Điều lệ Đảng",
        "party_awareness",
        ["Bản chất của Đảng", "Quyền của đảng viên dự bị", "Thời gian dự bị"],
        {},
    ),
    (
        "on-tap-tu-tuong-ho-chi-minh",
        "Ôn tập: Tư tưởng Hồ Chí Minh",
        "party_awareness",
        ["Phẩm chất đạo đức cách mạng", "Chỉ thị 05-CT/TW"],
        {},
    ),
]


def _programme(key: str) -> Programme:
    return Programme.objects.get(name=PROGRAMMES[key]["name"])


def _module(programme: Programme, order) -> ProgrammeModule | None:
    if order is None:
        return None
    return ProgrammeModule.objects.filter(
        version__programme=programme, order=order
    ).first()


def seed_banks() -> None:
    for key, bank in BANKS.items():
        programme = _programme(key)
        for name, module_order, questions in bank:
            category, _created = Category.objects.get_or_create(
                name=name,
                defaults={
                    "programme": programme,
                    "module": _module(programme, module_order),
                },
            )
            existing = set(category.questions.values_list("title", flat=True))
            for parsed in questions:
                if parsed.title not in existing:
                    _save_question(parsed, category)


def seed_quizzes() -> None:
    for slug, title, key, titles, rules in QUIZZES:
        if Quiz.objects.filter(slug=slug).exists():
            continue
        programme = _programme(key)
        quiz = Quiz.objects.create(
            slug=slug, title=title, programme=programme, pass_mark=Decimal(5), **rules
        )
        questions = Question.objects.filter(category__programme=programme)
        if titles:
            questions = sorted(
                questions.filter(title__in=titles), key=lambda q: titles.index(q.title)
            )
        for order, question in enumerate(questions):
            QuizQuestion.objects.create(
                quiz=quiz, question=question, order=order, mark=Decimal(1)
            )


@transaction.atomic
def seed() -> None:
    seed_banks()
    seed_quizzes()
