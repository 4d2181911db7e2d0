import pytest

from classes.services import enrol_trainee
from demo.situation_content import choice, decision, ending, reflection
from demo.situations import _build, publish, seed_competencies
from tests.factories import UserFactory
from tests.factories.classes import TrainingClassFactory


def small_spec(programme_name, *, allow_back=False):
    """B1 → B2 → R1 → K1 is the best path (5 points); B2 can loop back to B1."""
    return {
        "slug": "tinh-huong-nho",
        "title": "Tình huống nhỏ",
        "theme": "Thử nghiệm",
        "summary": "Một tình huống ngắn để kiểm thử.",
        "difficulty": "basic",
        "minutes": 5,
        "allow_back": allow_back,
        "audiences": ["Bí thư chi bộ", "Trưởng thôn"],
        "programmes": [programme_name],
        "legal_basis": "Luật Thực hiện dân chủ ở cơ sở năm 2022",
        "briefings": {
            "Bí thư chi bộ": "<p>Lời dẫn cho bí thư.</p>",
            "Trưởng thôn": "<p>Lời dẫn cho trưởng thôn.</p>",
        },
        "rubric": [("Căn cứ pháp lý", 60), ("Tính khả thi", 40)],
        "steps": [
            decision(
                "B1",
                "Bước một",
                "<p>Chuyện bắt đầu.</p>",
                [
                    choice("Lắng nghe dân", "B2", "Dân bớt căng thẳng.", dv=2),
                    choice("Cưỡng chế ngay", "K2", "Dân phản đối.", dv=-1, pl=-2),
                ],
            ),
            decision(
                "B2",
                "Bước hai",
                "<p>Đối thoại.</p>",
                [
                    choice("Công khai bản đồ", "R1", "Dân tin tưởng.", pl=2, dv=1),
                    choice("Làm lại từ đầu", "B1", "Quay về bước một.", tc=0),
                ],
                quote="Điều 11. Những nội dung công dân được bàn và quyết định.",
                source="Luật Thực hiện dân chủ ở cơ sở",
            ),
            reflection("R1", "Viết thu hoạch", "<p>Hãy viết.</p>", "K1"),
            ending(
                "K1", "Kết thúc tốt", "<p>Tốt.</p>", "good", "<p>Rút ra bài học.</p>"
            ),
            ending(
                "K2", "Kết thúc chưa tốt", "<p>Chưa tốt.</p>", "poor", "<p>Sai.</p>"
            ),
        ],
    }


@pytest.fixture
def training_class(db):
    lecturer = UserFactory(username="giangvien_thu")
    return TrainingClassFactory(head_lecturer=lecturer)


@pytest.fixture
def trainee(training_class):
    person = UserFactory(username="hocvien_thu", full_name="Nguyễn Văn An")
    enrol_trainee(training_class, person)
    return person


@pytest.fixture
def classmate(training_class):
    person = UserFactory(username="hocvien_ban", full_name="Trần Thị Bình")
    enrol_trainee(training_class, person)
    return person


@pytest.fixture
def lecturer(training_class):
    return training_class.head_lecturer


def build_situation(training_class, **options):
    spec = small_spec(training_class.version.programme.name, **options)
    situation = _build(spec, seed_competencies())
    publish(situation)
    situation.refresh_from_db()
    return situation


@pytest.fixture
def situation(training_class):
    return build_situation(training_class)


def choice_id(situation, key, number):
    """The id of choice ``number`` (1-based) of step ``key``."""
    step = situation.steps.get(key=key)
    return list(step.choices.order_by("sort_order"))[number - 1].pk
