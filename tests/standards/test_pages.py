"""The pages: who sees what (IDOR, nobody reviews their own self-assessment),
bad input answered in Vietnamese with nothing lost, and a failing formula shown
as "không tính được"."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from standards import services
from standards.computations import Computation, registered
from standards.models import Criterion, Evidence, SelfAssessment
from tests.standards import world as w
from units.roles import Role
from units.services import grant_role

YEAR = timezone.localdate().year


@pytest.fixture
def world(db):
    return w.build()


@pytest.fixture
def assessment(world):
    return services.start_self_assessment(world.centre, YEAR, world.people.manager)


def _as(client, user):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "vi"
    client.force_login(user)
    return client


def _answer_url(assessment, code):
    criterion = assessment.criteria_set.criteria.get(code=code)
    return reverse("standards:answer", args=[assessment.pk, criterion.pk])


def test_another_centres_manager_sees_nothing_of_it(client, world, assessment):
    w.fill_declared(assessment, world.people.manager)
    evidence = Evidence.objects.filter(answer__self_assessment=assessment).first()
    _as(client, world.people.other_manager)
    for url in (
        reverse("standards:assessment", args=[assessment.pk]),
        _answer_url(assessment, "1.1"),
        reverse("standards:submit", args=[assessment.pk]),
        reverse("standards:evidence", args=[evidence.pk]),
    ):
        assert client.get(url).status_code == 404, url
    response = client.post(
        _answer_url(assessment, "1.1"),
        {"claimed_met": "no", "explanation": "Sửa trộm", "file": w.pdf()},
    )
    assert response.status_code == 404
    answer = assessment.answers.get(criterion__code="1.1")
    assert answer.explanation == "Đã có, xem minh chứng."
    assert answer.evidence.count() == 1
    assert (
        client.post(
            reverse("standards:delete_evidence", args=[evidence.pk])
        ).status_code
        == 404
    )
    assert Evidence.objects.filter(pk=evidence.pk).exists()
    index = client.get(reverse("standards:index")).content.decode()
    assert "Trung tâm Chính trị Một" not in index


def test_the_other_province_and_the_centres_staff_see_nothing(
    client, world, assessment
):
    url = reverse("standards:assessment", args=[assessment.pk])
    for person in (
        world.people.other_province,
        world.people.lecturer,
        world.people.trainee,
    ):
        _as(client, person)
        assert client.get(url).status_code == 404
    _as(client, world.people.other_province)
    page = client.get(reverse("standards:province")).content.decode()
    assert "Trung tâm Chính trị Một" not in page


def _submit(assessment, by):
    w.fill_declared(assessment, by)
    return services.submit(assessment, by)


def _review_url(assessment, code="1.1"):
    criterion = assessment.criteria_set.criteria.get(code=code)
    return reverse("standards:review", args=[assessment.pk, criterion.pk])


def test_nobody_reviews_their_own_self_assessment(client, world, assessment):
    deputy = world.people.deputy
    _submit(assessment, deputy)
    # The submitter, and any manager of the centre (even one who also holds the
    # province's role), are refused; the province's manager reviews.
    grant_role(world.people.manager, Role.PROVINCE_MANAGER, province=world.province)
    for person in (deputy, world.people.manager):
        _as(client, person)
        assert client.get(_review_url(assessment)).status_code == 403
        response = client.post(_review_url(assessment), {"verdict": "agree"})
        assert response.status_code == 403
        assert (
            client.post(
                reverse("standards:conclude", args=[assessment.pk]), {"result": "met"}
            ).status_code
            == 403
        )
    assert not assessment.answers.exclude(verdict="").exists()
    _as(client, world.people.province)
    response = client.post(_review_url(assessment), {"verdict": "agree"})
    assert response.status_code == 302
    assert assessment.answers.get(criterion__code="1.1").verdict == "agree"


def test_an_administrator_who_filled_it_does_not_review_it(client, world, assessment):
    admin = world.people.admin
    services.save_answer(
        assessment.answers.get(criterion__code="4.1"),
        admin,
        claimed_met=True,
        explanation="Hội trường 120 chỗ",
        upload=w.pdf(),
    )
    _submit(assessment, world.people.manager)
    _as(client, admin)
    assert client.get(_review_url(assessment)).status_code == 403
    _as(client, w.person("quantri2", Role.ADMIN))
    assert client.get(_review_url(assessment)).status_code == 200


def test_a_bad_year_in_the_form_says_which_years(client, world):
    _as(client, world.people.manager)
    response = client.post(reverse("standards:index"), {"year": "năm nay"})
    assert response.status_code == 200
    assert f"Năm phải từ 2019 đến {YEAR}." in response.content.decode()
    assert not SelfAssessment.objects.exists()


def test_a_bad_evidence_file_is_refused_and_the_text_typed_stays(
    client, world, assessment
):
    _as(client, world.people.manager)
    fake = SimpleUploadedFile("quy-che.pdf", b"MZ\x90\x00 not a pdf")
    response = client.post(
        _answer_url(assessment, "1.1"),
        {"claimed_met": "yes", "explanation": "Quy chế ban hành 20/7", "file": fake},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Hãy đính kèm tệp PDF, Word, Excel, OpenDocument hoặc ảnh" in page
    assert "Quy chế ban hành 20/7" in page
    answer = assessment.answers.get(criterion__code="1.1")
    assert answer.explanation == ""
    assert not answer.evidence.exists()
    # The right file goes in.
    response = client.post(
        _answer_url(assessment, "1.1"),
        {"claimed_met": "yes", "explanation": "Quy chế ban hành 20/7", "file": w.pdf()},
    )
    assert response.status_code == 302
    evidence = Evidence.objects.get(answer__self_assessment=assessment)
    download = client.get(reverse("standards:evidence", args=[evidence.pk]))
    assert b"".join(download.streaming_content) == w.PDF
    assert "no-store" in download["Cache-Control"]


def test_a_failing_formula_shows_cannot_be_computed_not_an_error(client, world):
    draft = services.create_version(world.province, world.people.province)
    Criterion.objects.create(
        criteria_set=draft,
        group="results",
        code="5.9",
        text="Chỉ số thử",
        kind="computed",
        computation="broken_for_the_test",
        comparison="at_least",
        target=Decimal(1),
    )

    def broken(classes):
        return classes / 0

    with registered(
        Computation("broken_for_the_test", "Hỏng", "%", ("classes",), broken)
    ):
        services.publish_criteria_set(draft, world.people.province)
        assessment = services.start_self_assessment(
            world.centre, YEAR, world.people.manager
        )
        _as(client, world.people.manager)
        response = client.get(reverse("standards:assessment", args=[assessment.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "không tính được" in page
    assert "công thức bị lỗi" in page
    # Once the computation is gone from the platform, the page still answers.
    response = client.get(reverse("standards:assessment", args=[assessment.pk]))
    assert response.status_code == 200
    assert "không có phép tính “broken_for_the_test”" in response.content.decode()


def test_the_province_sees_its_centres_side_by_side(client, world, assessment):
    _submit(assessment, world.people.manager)
    _as(client, world.people.province)
    page = client.get(reverse("standards:province")).content.decode()
    assert "Trung tâm Chính trị Một" in page
    assert "Trung tâm Chính trị Hai" in page
    assert "Đã gửi, đang thẩm định" in page
    assert "Chưa tự đánh giá" in page
    bad = client.get(reverse("standards:province") + "?year=1990").content.decode()
    assert "Năm phải từ 2019 đến" in bad


def test_a_published_set_cannot_be_edited_from_its_pages(client, world):
    _as(client, world.people.province)
    criterion = world.criteria.criteria.first()
    url = reverse("standards:edit_criterion", args=[world.criteria.pk, criterion.pk])
    response = client.post(url, {"text": "Sửa trộm"}, follow=True)
    assert "không sửa được: hãy tạo phiên bản mới" in response.content.decode()
    criterion.refresh_from_db()
    assert criterion.text != "Sửa trộm"


def test_a_criterion_form_with_a_computed_kind_and_no_target_says_so(client, world):
    draft = services.create_version(world.province, world.people.province)
    _as(client, world.people.province)
    response = client.post(
        reverse("standards:new_criterion", args=[draft.pk]),
        {
            "group": "results",
            "code": "5.5",
            "position": "9",
            "text": "Tỷ lệ hoàn thành",
            "kind": "computed",
            "computation": "pass_rate",
            "comparison": "at_least",
            "target": "",
        },
    )
    assert response.status_code == 200
    assert "Nhập mức chuẩn để so sánh số liệu." in response.content.decode()
    assert not draft.criteria.filter(code="5.5").exists()
    response = client.post(
        reverse("standards:new_criterion", args=[draft.pk]),
        {
            "group": "results",
            "code": "5.5",
            "position": "9",
            "text": "Tỷ lệ hoàn thành",
            "kind": "computed",
            "computation": "pass_rate",
            "comparison": "at_least",
            "target": "95,5",
        },
    )
    assert response.status_code == 302
    assert draft.criteria.get(code="5.5").target == Decimal("95.5")
