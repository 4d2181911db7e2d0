"""A demo live session for `giangvien`, ready to run (code 246810)."""

from django.db import transaction

from accounts.models import User
from live import sources
from live.models import LiveSession
from live.services import create_session
from live.services.polls import create_poll
from live.services.quiz import add_quiz_item
from live.services.situation import add_step

DEMO_CODE = "246810"
POLLS = [
    {
        "kind": "single",
        "prompt": "Nội dung nào của Nghị quyết cần thảo luận thêm?",
        "options": ["Xây dựng Đảng", "Phát triển kinh tế", "Chuyển đổi số"],
    },
    {"kind": "words", "prompt": "Một từ về dân chủ ở cơ sở?"},
    {"kind": "rating", "prompt": "Buổi học hôm nay hữu ích thế nào?", "scale": 5},
]


@transaction.atomic
def seed() -> None:
    """Idempotent: the session is found by its code and left as it is."""
    lecturer = User.objects.filter(username="giangvien").first()
    if lecturer is None or LiveSession.objects.filter(code=DEMO_CODE).exists():
        return
    session = create_session(lecturer, title="Thảo luận: học tập Nghị quyết")
    session.code = DEMO_CODE
    session.save(update_fields=["code"])
    for poll in POLLS:
        create_poll(session, **poll)
    for question_id, _label in sources.bank_questions()[:3]:
        fields = sources.copy_question(question_id)
        if fields and fields["correct"] and len(fields["options"]) >= 2:
            add_quiz_item(session, **fields)
    situations = sources.situations(lecturer)
    fields = sources.first_step(situations[0][0]) if situations else None
    if fields:
        add_step(session, **fields)
