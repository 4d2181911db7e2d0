"""A trainee asking for another trainee's results, submission or PDF gets 404."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.signals import request_finished
from django.db import close_old_connections

from records.services import submit_work
from tests.course import issue_all


def close_quietly(response):
    """Close a file response as the test client does, keeping the DB connection."""
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)


@pytest.fixture
def two(graded):
    """Trainee 0 and trainee 1, each with a credential and a handed-in file."""
    credentials = issue_all(graded)
    graded.essay.results.all().update(score=None)
    results = [
        submit_work(
            graded.essay,
            trainee,
            text="Bài của tôi",
            file=SimpleUploadedFile("bai.pdf", b"%PDF-1.4 bai"),
        )
        for trainee in graded.trainees[:2]
    ]
    return graded, credentials, results


def test_another_trainees_results_are_404(client, two):
    course, _credentials, _results = two
    me, other = course.trainees[:2]
    client.force_login(me)
    klass = course.training_class.pk
    assert client.get(f"/classes/{klass}/me/").status_code == 200
    assert client.get(f"/classes/{klass}/trainees/{me.pk}/").status_code == 200
    assert client.get(f"/classes/{klass}/trainees/{other.pk}/").status_code == 404


def test_another_trainees_submission_file_is_404(client, two):
    course, _credentials, results = two
    client.force_login(course.trainees[0])
    own = client.get(f"/results/{results[0].pk}/file/")
    assert b"".join(own.streaming_content) == b"%PDF-1.4 bai"
    close_quietly(own)
    assert client.get(f"/results/{results[1].pk}/file/").status_code == 404


def test_another_trainees_credential_and_pdf_are_404(client, two):
    course, credentials, _results = two
    client.force_login(course.trainees[0])
    mine, theirs = credentials[0], credentials[1]
    response = client.get(f"/credentials/{mine.pk}/pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert client.get(f"/credentials/{theirs.pk}/pdf/").status_code == 404
    assert client.get(f"/credentials/{theirs.pk}/").status_code == 404


def test_a_trainee_cannot_grade_see_the_gradebook_or_issue(client, two):
    course, credentials, _results = two
    client.force_login(course.trainees[0])
    klass = course.training_class.pk
    for url in [
        f"/classes/{klass}/gradebook/",
        f"/classes/{klass}/results.xlsx",
        f"/classes/{klass}/credentials/",
        f"/assessments/{course.essay.pk}/grade/{course.trainees[1].pk}/",
        f"/sessions/{course.sessions[0].pk}/attendance/",
    ]:
        assert client.get(url).status_code == 404, url
    assert (
        client.post(
            f"/credentials/{credentials[0].pk}/revoke/", {"reason": "tự thu hồi"}
        ).status_code
        == 404
    )
    credentials[0].refresh_from_db()
    assert credentials[0].status == "valid"


def test_a_manager_of_another_centre_sees_nothing_of_this_class(client, two):
    from tests.course import NAMES  # noqa: F401 (fixture module import)
    from tests.factories import TrainingUnitFactory, UserFactory
    from units.roles import Role
    from units.services import grant_role

    course, credentials, results = two
    stranger = UserFactory(username="quanly_khac")
    grant_role(stranger, Role.CENTRE_MANAGER, training_unit=TrainingUnitFactory())
    client.force_login(stranger)
    klass = course.training_class.pk
    for url in [
        f"/classes/{klass}/",
        f"/classes/{klass}/gradebook/",
        f"/classes/{klass}/trainees/{course.trainees[0].pk}/",
        f"/credentials/{credentials[0].pk}/pdf/",
        f"/results/{results[0].pk}/file/",
    ]:
        assert client.get(url).status_code == 404, url


def test_the_manager_sees_the_pdf_and_the_lecturer_the_file(client, two):
    course, credentials, results = two
    client.force_login(course.manager)
    assert client.get(f"/credentials/{credentials[1].pk}/pdf/").status_code == 200
    client.force_login(course.lecturer)
    response = client.get(f"/results/{results[1].pk}/file/")
    assert response.status_code == 200
    close_quietly(response)
