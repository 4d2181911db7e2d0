import uuid
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from demo.situation_content import choice, decision
from demo.situations import _build, publish, seed_competencies
from situations import services
from situations.models import Decision, Reflection, Run
from tests.factories import UserFactory
from tests.situations.conftest import build_situation, choice_id, small_spec

ANSWERS = {
    "description": "Ba hộ chưa đồng thuận.",
    "analysis": "Nguyên nhân là thiếu thông tin.",
    "options": "Phương án 2: đối thoại công khai.",
    "plan": "Tuần 1 họp thôn, tuần 2 khởi công.",
    "recommendations": "Xã hỗ trợ kinh phí.",
}


def choose(run, trainee, situation, key, number, *, client_id=None, position=None):
    return services.record_choice(
        run,
        trainee=trainee,
        choice_id=choice_id(situation, key, number),
        client_id=client_id or uuid.uuid4(),
        position=position,
    )


def refused_message(call):
    with pytest.raises(services.Refused) as caught:
        call()
    return caught.value.messages[0]


def test_start_run_begins_at_the_first_step_in_the_trainees_class(
    situation, trainee, training_class
):
    run = services.start_run(situation, trainee)
    assert run.current_step.key == "B1"
    assert run.training_class == training_class
    assert services.start_run(situation, trainee) == run  # resume, not a second run


def test_start_run_refuses_a_trainee_of_another_programme(situation):
    stranger = UserFactory()
    message = refused_message(lambda: services.start_run(situation, stranger))
    assert message == "Tình huống này chưa mở cho đồng chí."
    assert not Run.objects.exists()


def test_choice_moves_on_and_records_once_under_repeats(situation, trainee):
    run = services.start_run(situation, trainee)
    client_id = uuid.uuid4()
    first = choose(run, trainee, situation, "B1", 1, client_id=client_id, position=0)
    again = choose(run, trainee, situation, "B1", 1, client_id=client_id, position=0)
    assert first == again
    assert Decision.objects.count() == 1
    run.refresh_from_db()
    assert run.current_step.key == "B2"


def test_choice_from_another_step_is_refused_and_changes_nothing(situation, trainee):
    run = services.start_run(situation, trainee)
    message = refused_message(lambda: choose(run, trainee, situation, "B2", 1))
    assert message == "Lựa chọn này không thuộc bước đồng chí đang làm."
    run.refresh_from_db()
    assert run.current_step.key == "B1"
    assert not Decision.objects.exists()


def test_choice_from_an_earlier_screen_is_refused(situation, trainee):
    run = services.start_run(situation, trainee)
    choose(run, trainee, situation, "B1", 1, position=0)
    choose(run, trainee, situation, "B2", 2, position=1)  # back to B1 by the loop
    message = refused_message(
        lambda: choose(run, trainee, situation, "B1", 2, position=0)
    )
    assert "màn hình cũ" in message
    assert Decision.objects.count() == 2


def test_another_trainees_run_is_refused(situation, trainee, classmate):
    run = services.start_run(situation, trainee)
    message = refused_message(lambda: choose(run, classmate, situation, "B1", 1))
    assert message == "Lượt làm này là của học viên khác."
    assert not Decision.objects.exists()


def test_finished_run_refuses_new_choices_but_acknowledges_repeats(situation, trainee):
    run = services.start_run(situation, trainee)
    last = uuid.uuid4()
    choose(run, trainee, situation, "B1", 2, client_id=last)  # → K2, the end
    run.refresh_from_db()
    assert run.is_finished
    assert run.points == {"dan-van": -1, "phap-luat": -2}
    assert run.score == Decimal("0.0")
    assert choose(run, trainee, situation, "B1", 2, client_id=last).run == run
    message = refused_message(lambda: choose(run, trainee, situation, "B1", 1))
    assert message == "Lượt làm này đã kết thúc; không thể thay đổi lựa chọn."
    assert Decision.objects.count() == 1


def test_best_path_with_reflection_scores_ten(situation, trainee):
    run = services.start_run(situation, trainee)
    choose(run, trainee, situation, "B1", 1)
    choose(run, trainee, situation, "B2", 1)
    run.refresh_from_db()
    assert run.current_step.key == "R1"
    reflection = services.submit_reflection(
        run, trainee=trainee, client_id=uuid.uuid4(), answers=ANSWERS, position=2
    )
    run.refresh_from_db()
    assert reflection.plan == ANSWERS["plan"]
    assert run.current_step.key == "K1"
    assert run.points == {"dan-van": 3, "phap-luat": 2}
    assert run.score == Decimal("10.0")


def test_reflection_needs_every_part_and_keeps_the_run_where_it_was(situation, trainee):
    run = services.start_run(situation, trainee)
    choose(run, trainee, situation, "B1", 1)
    choose(run, trainee, situation, "B2", 1)
    with pytest.raises(ValidationError):
        services.submit_reflection(
            run,
            trainee=trainee,
            client_id=uuid.uuid4(),
            answers={**ANSWERS, "plan": "  "},
        )
    run.refresh_from_db()
    assert run.current_step.key == "R1"
    assert not Reflection.objects.exists()


def test_take_back_only_when_the_situation_allows_it(training_class, trainee):
    situation = build_situation(training_class, allow_back=True)
    run = services.start_run(situation, trainee)
    choose(run, trainee, situation, "B1", 1)
    assert services.take_back(run, trainee=trainee).key == "B1"
    choose(run, trainee, situation, "B1", 2)
    run.refresh_from_db()
    assert [d.choice.text for d in run.active_decisions()] == ["Cưỡng chế ngay"]
    assert Decision.objects.filter(undone_at__isnull=False).count() == 1


def test_take_back_refused_when_decisions_are_final(situation, trainee):
    run = services.start_run(situation, trainee)
    choose(run, trainee, situation, "B1", 1)
    message = refused_message(lambda: services.take_back(run, trainee=trainee))
    assert message == "Trong tình huống này, mọi quyết định là cuối cùng."


def test_review_reflection_uses_the_rubric(situation, trainee, lecturer):
    run = services.start_run(situation, trainee)
    choose(run, trainee, situation, "B1", 1)
    choose(run, trainee, situation, "B2", 1)
    reflection = services.submit_reflection(
        run, trainee=trainee, client_id=uuid.uuid4(), answers=ANSWERS
    )
    marks = {"Căn cứ pháp lý": "8", "Tính khả thi": "5,5"}
    services.review_reflection(reflection, reviewer=lecturer, marks=marks)
    reflection.refresh_from_db()
    assert reflection.review_score == Decimal("7.0")
    assert reflection.reviewer == lecturer
    with pytest.raises(ValidationError) as caught:
        services.review_reflection(
            reflection, reviewer=lecturer, marks={"Căn cứ pháp lý": "11"}
        )
    assert "Hãy cho điểm từ 0 đến 10" in str(caught.value)


def test_choice_after_a_reflection_names_the_answer_count(training_class, trainee):
    spec = small_spec(training_class.version.programme.name)
    spec["steps"][2]["next_key"] = "B3"
    spec["steps"].append(
        decision(
            "B3",
            "Bước ba",
            "<p>Sau thu hoạch.</p>",
            [choice("Kết thúc", "K1", "Xong.", tc=1), choice("Dừng", "K2", "Dừng.")],
        )
    )
    situation = _build(spec, seed_competencies())
    publish(situation)
    run = services.start_run(situation, trainee)
    choose(run, trainee, situation, "B1", 1, position=0)
    choose(run, trainee, situation, "B2", 1, position=1)
    services.submit_reflection(
        run, trainee=trainee, client_id=uuid.uuid4(), answers=ANSWERS, position=2
    )
    choose(run, trainee, situation, "B3", 1, position=3)
    run.refresh_from_db()
    assert run.is_finished
    assert run.current_step.key == "K1"
