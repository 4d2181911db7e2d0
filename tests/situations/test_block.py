from django.template import engines
from django.test import RequestFactory

from situations.blocks import SituationBlock


def test_situation_block_shows_the_card_and_a_start_link(situation, trainee):
    block = SituationBlock()
    value = block.to_python({"situation": situation.pk, "intro": "Hãy thử sức."})
    request = RequestFactory().get("/")
    request.user = trainee
    html = block.render(value, context={"request": request})
    assert "Hãy thử sức." in html
    assert "Tình huống nhỏ" in html
    assert f'href="/situations/{situation.slug}/"' in html
    assert "Bắt đầu" in html
    assert engines["django"]  # rendered by the project's template engine
