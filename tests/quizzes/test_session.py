"""The attempt page's saves when the login changed: the page is told, in JSON, that
the person is logged out, or gets a fresh CSRF token, never a login page."""

import json

from quizzes.models import Answer
from quizzes.services import start_attempt
from tests.factories import UserFactory


def post_save(client, sitting, **headers):
    question = sitting.answers.first().question
    body = {"saves": [{"question": question.pk, "seq": 1, "fields": {}}]}
    return client.post(
        f"/quizzes/attempt/{sitting.pk}/save/",
        json.dumps(body),
        content_type="application/json",
        **headers,
    )


def test_a_save_when_logged_out_says_so_and_where_to_log_in(
    client, quiz, trainee, four_questions
):
    sitting = start_attempt(quiz, user=trainee)
    response = post_save(client, sitting)
    assert response.status_code == 401
    assert response.json() == {
        "error": "Đồng chí đã đăng xuất: hãy đăng nhập lại để gửi các câu trả lời.",
        "login": f"/accounts/login/?next=/quizzes/attempt/{sitting.pk}/",
    }
    assert not Answer.objects.filter(response__isnull=False).exists()


def test_the_page_gets_a_fresh_token_that_its_saves_are_taken_with(
    quiz, trainee, four_questions
):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)
    sitting = start_attempt(quiz, user=trainee)
    assert post_save(client, sitting).status_code == 403
    response = client.get(f"/quizzes/attempt/{sitting.pk}/session/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    token = response.json()["csrf"]
    assert post_save(client, sitting, HTTP_X_CSRFTOKEN=token).status_code == 200


def test_the_token_is_only_for_the_owner_of_the_attempt(
    client, quiz, trainee, four_questions
):
    sitting = start_attempt(quiz, user=trainee)
    url = f"/quizzes/attempt/{sitting.pk}/session/"
    assert client.get(url).status_code == 401
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
