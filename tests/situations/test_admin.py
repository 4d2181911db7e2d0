from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    rich_text,
)

from demo.situations import seed_competencies
from situations import services
from situations.models import Situation
from tests.factories import UserFactory

ADD_URL = "/admin/snippets/situations/situation/add/"


def step(key, kind, choices=(), next_key=""):
    return {
        "key": key,
        "kind": kind,
        "title": f"Bước {key}",
        "body": rich_text("<p>Nội dung.</p>"),
        "quote": "",
        "quote_source": "",
        "next_key": next_key,
        "outcome": "good" if kind == "ending" else "",
        "debrief": rich_text("<p>Nhận xét.</p>" if kind == "ending" else ""),
        "recommended_path": "",
        "choices": inline_formset(
            [
                {
                    "text": f"Phương án {number}",
                    "next_key": target,
                    "consequence": "Hệ quả.",
                    "scores": inline_formset([{"competency": competency, "points": 1}]),
                }
                for number, (target, competency) in enumerate(choices, start=1)
            ]
        ),
    }


def post_data(steps, action):
    return nested_form_data(
        {
            "title": "Tình huống soạn thử",
            "slug": "",
            "theme": "Thử",
            "summary": "Tóm tắt.",
            "difficulty": "basic",
            "estimated_minutes": 10,
            "legal_basis": "",
            "briefings": inline_formset([]),
            "steps": inline_formset(steps),
            "rubric": inline_formset([]),
            f"action-{action}": "action-publish" if action == "publish" else "",
        }
    )


def admin_client(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "vi"
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_admin_refuses_to_publish_a_graph_with_problems(client, db):
    pk = seed_competencies()["dan-van"].pk
    steps = [
        step("B1", "decision", [("K1", pk), ("B9", pk)]),
        step("B2", "decision", [("K1", pk), ("K1", pk)]),
        step("K1", "ending"),
    ]
    response = admin_client(client).post(ADD_URL, post_data(steps, "publish"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Chưa thể xuất bản tình huống" in page
    assert "Lựa chọn 2 của bước “B1” trỏ tới bước “B9”" in page
    assert "Không thể đi tới bước “B2” từ bước bắt đầu." in page
    assert not Situation.objects.exists()


def test_admin_saves_a_draft_with_problems_then_publishes_it_once_fixed(client, db):
    pk = seed_competencies()["dan-van"].pk
    broken = [step("B1", "decision", [("K1", pk), ("B9", pk)]), step("K1", "ending")]
    client = admin_client(client)
    client.post(ADD_URL, post_data(broken, "draft"))
    draft = Situation.objects.get()
    assert draft.live is False
    edit_url = f"/admin/snippets/situations/situation/edit/{draft.pk}/"
    data = querydict_from_html(client.get(edit_url).content.decode(), "w-editor-form")
    assert data["steps-0-choices-1-next_key"] == "B9"
    data["steps-0-choices-1-next_key"] = "K1"
    data["action-publish"] = "action-publish"
    client.post(edit_url, data)
    draft.refresh_from_db()
    assert draft.live is True
    assert list(draft.steps.values_list("key", flat=True)) == ["B1", "K1"]
    page = client.get(edit_url).content.decode()
    assert 'class="situation-graph"' in page


def test_admin_refuses_to_delete_a_step_trainees_reached(client, situation, trainee):
    services.start_run(situation, trainee)  # the trainee is on B1
    client = admin_client(client)
    edit_url = f"/admin/snippets/situations/situation/edit/{situation.pk}/"
    data = querydict_from_html(client.get(edit_url).content.decode(), "w-editor-form")
    assert data["steps-0-key"] == "B1"
    data["steps-0-DELETE"] = "1"
    data["action-publish"] = "action-publish"
    page = client.post(edit_url, data).content.decode()
    assert "Học viên đã đi tới bước “B1”; không thể xóa bước này." in page
    assert situation.steps.filter(key="B1").exists()
