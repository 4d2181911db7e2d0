import json
import uuid

from situations.models import Decision, Run, Situation
from tests.factories.programmes import ProgrammeFactory
from tests.situations.conftest import choice_id


def login(client, user):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "vi"
    client.force_login(user)
    return client


def sync(client, run, item):
    kind = item.pop("kind", "choice")
    url = f"/situations/runs/{run.pk}/{'choose' if kind == 'choice' else 'reflect'}/"
    return client.post(url, json.dumps(item), content_type="application/json")


def start(client, situation):
    response = client.post(f"/situations/{situation.slug}/start/")
    return Run.objects.get(pk=response.url.split("/")[-2])


def test_index_lists_only_situations_open_to_the_user(
    client, situation, trainee, django_assert_max_num_queries
):
    closed = Situation.objects.create(
        title="Tình huống lớp khác", theme="Khác", summary="…", live=True
    )
    closed.programmes.add(ProgrammeFactory())
    closed.save()  # a parental many-to-many is stored on save
    Situation.objects.create(title="Bản nháp", theme="Khác", summary="…", live=False)
    login(client, trainee)
    with django_assert_max_num_queries(12):
        page = client.get("/situations/").content.decode()
    assert "Tình huống nhỏ" in page
    assert "Tình huống lớp khác" not in page
    assert "Bắt đầu" in page


def test_index_needs_login(client, situation):
    response = client.get("/situations/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_detail_shows_roles_and_legal_basis_then_start_opens_the_briefing(
    client, situation, trainee
):
    login(client, trainee)
    page = client.get(f"/situations/{situation.slug}/").content.decode()
    assert "Vai trò của đồng chí trong tình huống" in page
    assert "Luật Thực hiện dân chủ ở cơ sở năm 2022" in page
    audience = situation.audiences.get(name="Trưởng thôn")
    response = client.post(
        f"/situations/{situation.slug}/start/", {"audience": audience.pk}
    )
    play = client.get(response.url).content.decode()
    assert "Lời dẫn cho trưởng thôn." in play
    assert "Đồng chí sẽ làm gì?" in play
    assert 'id="situation-player"' in play


def test_start_with_an_unknown_role_is_refused(client, situation, trainee):
    login(client, trainee)
    response = client.post(
        f"/situations/{situation.slug}/start/", {"audience": "999"}, follow=True
    )
    assert "Hãy chọn một trong các vai trò có trong danh sách." in (
        response.content.decode()
    )
    assert not Run.objects.exists()


def test_form_choice_shows_consequence_and_resumes_after_logging_in_again(
    client, situation, trainee
):
    login(client, trainee)
    run = start(client, situation)
    form = {
        "client_id": str(uuid.uuid4()),
        "position": "0",
        "choice": choice_id(situation, "B1", 1),
    }
    client.post(f"/situations/runs/{run.pk}/choose/", form)
    client.post(f"/situations/runs/{run.pk}/choose/", form)  # double tap
    assert Decision.objects.count() == 1
    client.logout()
    login(client, trainee)
    page = client.get(f"/situations/{situation.slug}/", follow=True).content.decode()
    assert "Làm tiếp từ chỗ đã dừng" in page
    play = client.get(f"/situations/runs/{run.pk}/").content.decode()
    assert "Dân bớt căng thẳng." in play  # the consequence of the last choice
    assert '<section class="step step-decision" data-step="B2"' in play
    assert 'data-step="B1" data-kind="decision" hidden' in play


def test_offline_queue_syncs_in_order_and_repeats_count_once(
    client, situation, trainee
):
    login(client, trainee)
    run = start(client, situation)
    queue = [
        {
            "client_id": str(uuid.uuid4()),
            "position": 0,
            "choice": choice_id(situation, "B1", 1),
        },
        {
            "client_id": str(uuid.uuid4()),
            "position": 1,
            "choice": choice_id(situation, "B2", 1),
        },
        {
            "kind": "reflection",
            "client_id": str(uuid.uuid4()),
            "position": 2,
            "description": "Mô tả",
            "analysis": "Phân tích",
            "options": "Phương án",
            "plan": "Kế hoạch",
        },
    ]
    answers = [sync(client, run, dict(item)).json() for item in queue]
    repeat = sync(client, run, dict(queue[0]))
    assert [answer["status"] for answer in answers] == ["ok", "ok", "ok"]
    assert answers[-1]["finished"] is True
    assert repeat.status_code == 200
    assert Decision.objects.count() == 2
    run.refresh_from_db()
    assert run.current_step.key == "K1"
    summary = client.get(answers[-1]["summary_url"]).content.decode()
    assert "Kết thúc tốt" in summary
    assert "10,0/10" in summary


def test_tampered_sync_requests_are_refused_with_a_message(
    client, situation, trainee, classmate
):
    login(client, trainee)
    run = start(client, situation)
    wrong_step = sync(
        client,
        run,
        {
            "client_id": str(uuid.uuid4()),
            "position": 0,
            "choice": choice_id(situation, "B2", 1),
        },
    )
    assert wrong_step.status_code == 409
    assert (
        wrong_step.json()["message"]
        == "Lựa chọn này không thuộc bước đồng chí đang làm."
    )
    broken = client.post(
        f"/situations/runs/{run.pk}/choose/",
        "{not json",
        content_type="application/json",
    )
    assert broken.status_code == 400
    assert broken.json()["message"] == "Yêu cầu này thiếu thông tin hoặc không hợp lệ."
    client.logout()
    login(client, classmate)
    foreign = sync(
        client,
        run,
        {
            "client_id": str(uuid.uuid4()),
            "position": 0,
            "choice": choice_id(situation, "B1", 1),
        },
    )
    # Another trainee's run is no run of hers: not told it exists, nothing stored.
    assert foreign.status_code == 404
    assert client.get(f"/situations/runs/{run.pk}/").status_code == 404
    assert not Decision.objects.exists()


def test_finished_run_redirects_play_to_summary_with_paths_and_chart(
    client, situation, trainee
):
    login(client, trainee)
    run = start(client, situation)
    sync(
        client,
        run,
        {
            "client_id": str(uuid.uuid4()),
            "position": 0,
            "choice": choice_id(situation, "B1", 2),
        },
    )
    response = client.get(f"/situations/runs/{run.pk}/")
    assert response.url == f"/situations/runs/{run.pk}/summary/"
    page = client.get(response.url).content.decode()
    assert "Chưa tốt" in page
    assert "Cưỡng chế ngay" in page  # the path taken
    assert "Viết thu hoạch" in page  # the recommended path goes through R1
    assert "Dân vận" in page
    assert 'max="100" value="0"' in page
    assert "Giảng viên chưa công bố lựa chọn của lớp." in page
