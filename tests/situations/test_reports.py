import io
import uuid
from decimal import Decimal

from openpyxl import load_workbook

from situations import services
from situations.models import ClassRelease
from situations.queries import class_results, finished_situation_ids
from tests.factories import UserFactory
from tests.situations.conftest import choice_id
from tests.situations.test_services import ANSWERS


def play(situation, trainee, *numbers):
    """Play from the start choosing choice ``numbers[i]`` at each decision."""
    run = services.start_run(situation, trainee)
    for number in numbers:
        run.refresh_from_db()
        services.record_choice(
            run,
            trainee=trainee,
            choice_id=choice_id(situation, run.current_step.key, number),
            client_id=uuid.uuid4(),
        )
    run.refresh_from_db()
    return run


def test_class_results_give_the_first_finished_run_out_of_ten(
    situation, trainee, classmate, training_class
):
    run = play(situation, trainee, 1, 2, 1, 1)  # B1 → B2 → B1 → B2 → R1: 7 points
    services.submit_reflection(
        run, trainee=trainee, client_id=uuid.uuid4(), answers=ANSWERS
    )
    play(situation, trainee, 1, 2, 2)  # a replay to K2 (−1 point) is not counted
    play(situation, classmate, 1)  # still playing
    assert class_results(training_class) == {
        trainee.pk: {situation.pk: Decimal("10.0")}
    }
    assert finished_situation_ids(trainee, [situation.pk, 999]) == {situation.pk}
    assert finished_situation_ids(classmate, [situation.pk]) == set()


def report_url(situation, training_class, tail=""):
    return f"/situations/{situation.slug}/classes/{training_class.pk}/{tail}"


def test_lecturer_report_shows_who_finished_choices_and_graph(
    client, situation, trainee, classmate, lecturer, training_class
):
    play(situation, trainee, 2)
    play(situation, classmate, 1)
    client.force_login(lecturer)
    page = client.get(report_url(situation, training_class)).content.decode()
    assert "1/2 học viên đã hoàn thành." in page
    assert "Nguyễn Văn An" in page
    assert "Cưỡng chế ngay" in page
    assert "1 người" in page
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="situation-graph"' in page
    assert "B1 · 2" in page  # two trainees reached the first step
    index = client.get("/situations/").content.decode()
    assert report_url(situation, training_class) in index


def test_report_is_closed_to_trainees_and_other_lecturers(
    client, situation, trainee, training_class
):
    client.force_login(trainee)
    assert client.get(report_url(situation, training_class)).status_code == 404
    client.force_login(UserFactory())
    assert (
        client.get(report_url(situation, training_class, "export.xlsx")).status_code
        == 404
    )


def test_export_is_a_real_workbook(
    client, situation, trainee, lecturer, training_class
):
    play(situation, trainee, 2)
    client.force_login(lecturer)
    response = client.get(report_url(situation, training_class, "export.xlsx"))
    book = load_workbook(io.BytesIO(response.content))
    trainees, choices = book.worksheets
    rows = list(trainees.iter_rows(values_only=True))
    assert rows[0][:4] == ("Họ và tên", "Trạng thái", "Kết thúc", "Điểm (thang 10)")
    assert rows[1][:4] == ("Nguyễn Văn An", "Đã hoàn thành", "Kết thúc chưa tốt", 0.0)
    assert ("B1. Bước một", "Cưỡng chế ngay", 1, 100) in list(
        choices.iter_rows(values_only=True)
    )


def test_release_lets_the_class_see_what_the_class_chose(
    client, situation, trainee, classmate, lecturer, training_class
):
    run = play(situation, trainee, 2)
    play(situation, classmate, 2)
    client.force_login(trainee)
    summary = f"/situations/runs/{run.pk}/summary/"
    assert "Giảng viên chưa công bố" in client.get(summary).content.decode()
    client.force_login(lecturer)
    client.post(report_url(situation, training_class, "release/"))
    client.post(report_url(situation, training_class, "release/"))
    assert ClassRelease.objects.count() == 1
    client.force_login(trainee)
    page = client.get(summary).content.decode()
    assert "Lớp đồng chí đã chọn gì" in page
    assert "2 người" in page


def test_lecturer_reviews_a_reflection_with_the_rubric(
    client, situation, trainee, lecturer
):
    run = play(situation, trainee, 1, 1)
    reflection = services.submit_reflection(
        run,
        trainee=trainee,
        client_id=uuid.uuid4(),
        answers=ANSWERS,
    )
    client.force_login(lecturer)
    url = f"/situations/reflections/{reflection.pk}/"
    criteria = list(situation.rubric.all())
    bad = client.post(
        url, {f"mark-{criteria[0].pk}": "mười", f"mark-{criteria[1].pk}": "7"}
    )
    assert "Hãy cho điểm từ 0 đến 10 cho “Căn cứ pháp lý”." in bad.content.decode()
    client.post(url, {f"mark-{criteria[0].pk}": "9", f"mark-{criteria[1].pk}": "7"})
    reflection.refresh_from_db()
    assert reflection.review_score == Decimal("8.2")
    client.force_login(trainee)
    assert client.get(url).status_code == 403
