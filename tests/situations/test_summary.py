"""The summary at the end of a run: the recommended choices, and a verdict that
agrees with the score."""

import uuid
from decimal import Decimal

import pytest

from demo.situation_content import choice
from demo.situations import _build, publish, seed_competencies
from situations.scoring import verdict
from tests.situations.conftest import choice_id, small_spec
from tests.situations.test_views import login, start, sync


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (None, "poor"),
        (Decimal("0"), "poor"),
        (Decimal("4.9"), "poor"),
        (Decimal("5"), "acceptable"),
        (Decimal("7.9"), "acceptable"),
        (Decimal("8"), "good"),
        (Decimal("10"), "good"),
    ],
)
def test_verdict_follows_the_score(score, expected):
    assert verdict(score) == expected


@pytest.fixture
def shortcut(training_class):
    """The small situation, with a shortcut from B1 straight to the good ending
    that earns 1 point of the best path's 5."""
    spec = small_spec(training_class.version.programme.name)
    spec["steps"][0]["choices"].append(
        choice("Bỏ qua đối thoại", "K1", "Xong nhanh.", dv=1)
    )
    situation = _build(spec, seed_competencies())
    publish(situation)
    situation.refresh_from_db()
    return situation


def test_summary_verdict_agrees_with_a_low_score_at_a_good_ending(
    client, shortcut, trainee
):
    login(client, trainee)
    run = start(client, shortcut)
    item = {"client_id": str(uuid.uuid4()), "position": 0}
    sync(client, run, {**item, "choice": choice_id(shortcut, "B1", 3)})
    page = client.get(f"/situations/runs/{run.pk}/summary/").content.decode()
    assert "<strong>2,0/10</strong>" in page
    assert "Kết quả: <strong>Chưa tốt</strong>" in page
    assert "<strong>Tốt</strong>" not in page


def test_summary_lists_the_recommended_choices_step_by_step(client, shortcut, trainee):
    login(client, trainee)
    run = start(client, shortcut)
    item = {"client_id": str(uuid.uuid4()), "position": 0}
    sync(client, run, {**item, "choice": choice_id(shortcut, "B1", 3)})
    page = client.get(f"/situations/runs/{run.pk}/summary/").content.decode()
    recommended = page.split("Lựa chọn được khuyến nghị")[1].split("</ol>")[0]
    assert "<strong>Bước một</strong><br>Lắng nghe dân" in recommended
    assert "<strong>Bước hai</strong><br>Công khai bản đồ" in recommended
    assert "<strong>Kết thúc tốt</strong>" in recommended
