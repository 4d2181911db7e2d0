"""A self-assessment from start to result, with the bad inputs on the way; the
criteria's versions."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from standards import services
from standards.models import Answer, CriteriaSet, Criterion, Event, SelfAssessment
from standards.services.assessments import suggestion
from tests.standards import world as w

YEAR = timezone.localdate().year


@pytest.fixture
def world(db):
    return w.build()


@pytest.fixture
def started(world):
    return services.start_self_assessment(world.centre, YEAR, world.people.manager)


def _answer(assessment, code) -> Answer:
    return assessment.answers.select_related("criterion").get(criterion__code=code)


def test_starting_makes_one_answer_per_criterion_of_the_set_in_force(started, world):
    assert started.criteria_set == world.criteria
    assert started.answers.count() == world.criteria.criteria.count() == 5
    assert started.status == SelfAssessment.Status.DRAFT


@pytest.mark.parametrize("year", ["", "abc", "1999", str(YEAR + 1), "20 26"])
def test_a_bad_year_is_refused_with_the_years_allowed(world, year):
    with pytest.raises(ValidationError) as refused:
        services.start_self_assessment(world.centre, year, world.people.manager)
    assert refused.value.messages == [f"Năm phải từ 2019 đến {YEAR}."]
    assert not SelfAssessment.objects.exists()


def test_a_year_before_the_criteria_or_a_second_one_is_refused(started, world):
    with pytest.raises(ValidationError, match="chưa ban hành bộ tiêu chí"):
        services.start_self_assessment(world.centre, 2024, world.people.manager)
    with pytest.raises(ValidationError, match="đã có bản tự đánh giá năm"):
        services.start_self_assessment(world.centre, YEAR, world.people.manager)


BAD_FILES = [
    ("bao-cao.exe", b"MZ\x90\x00" + b"\x00" * 60),
    ("bao-cao.pdf", b"<script>alert(1)</script>"),  # a script renamed .pdf
    ("anh.png", b"\xff\xd8\xff\xe0 a JPEG named .png"),
    ("trong.pdf", b""),
]


@pytest.mark.parametrize(("name", "content"), BAD_FILES)
def test_a_bad_evidence_file_is_refused_and_the_answer_kept(
    started, world, name, content
):
    answer = _answer(started, "1.1")
    services.save_answer(
        answer, world.people.manager, claimed_met=True, explanation="Có quy chế."
    )
    with pytest.raises(ValidationError):
        services.save_answer(
            answer,
            world.people.manager,
            claimed_met=False,
            explanation="Đã sửa",
            upload=SimpleUploadedFile(name, content),
        )
    answer.refresh_from_db()
    assert (answer.claimed_met, answer.explanation) == (True, "Có quy chế.")
    assert not answer.evidence.exists()


def test_an_oversized_evidence_file_is_refused(started, world):
    big = SimpleUploadedFile("lon.pdf", w.PDF + b"0" * (10 * 1024 * 1024))
    with pytest.raises(ValidationError, match="lớn hơn 10 MB"):
        services.add_evidence(_answer(started, "1.1"), big, world.people.manager)


def test_submitting_asks_for_what_is_missing_then_keeps_the_figures(started, world):
    with pytest.raises(ValidationError) as refused:
        services.submit(started, world.people.manager)
    assert refused.value.messages == [
        "1.1: chọn đạt hay chưa đạt.",
        "4.1: chọn đạt hay chưa đạt.",
    ]
    services.save_answer(
        _answer(started, "1.1"), world.people.manager, claimed_met=True
    )
    services.save_answer(
        _answer(started, "4.1"), world.people.manager, claimed_met=False
    )
    with pytest.raises(ValidationError) as refused:
        services.submit(started, world.people.manager)
    assert refused.value.messages == [
        "1.1: giải trình vì sao đạt hoặc chưa đạt.",
        "4.1: giải trình vì sao đạt hoặc chưa đạt.",
    ]
    w.fill_declared(started, world.people.manager)
    services.submit(started, world.people.manager)
    started.refresh_from_db()
    assert started.status == SelfAssessment.Status.SUBMITTED
    lecturers = _answer(started, "2.1")
    # No lecturer profile: 0 full-time lecturers, not met; no session: no rate.
    assert (lecturers.value, lecturers.claimed_met) == (0, False)
    attendance = _answer(started, "5.1")
    assert attendance.value is None
    assert attendance.value_error
    assert attendance.claimed_met is None
    # Submitted: the centre changes nothing more.
    with pytest.raises(ValidationError, match="không sửa được nữa"):
        services.save_answer(
            _answer(started, "1.1"), world.people.manager, claimed_met=False
        )


@pytest.fixture
def submitted(started, world):
    w.fill_declared(started, world.people.manager)
    return services.submit(started, world.people.manager)


def test_a_review_other_than_agree_needs_a_comment(submitted, world):
    answer = _answer(submitted, "1.1")
    for verdict in ("needs_evidence", "disagree"):
        with pytest.raises(ValidationError, match="Ghi rõ"):
            services.review_answer(answer, world.people.province, verdict=verdict)
    with pytest.raises(ValidationError):
        services.review_answer(answer, world.people.province, verdict="maybe")
    answer.refresh_from_db()
    assert answer.verdict == ""


def _review_all(assessment, reviewer, verdict="agree", **special):
    for answer in assessment.answers.select_related("criterion"):
        chosen = special.get(answer.criterion.code.replace(".", "_"), verdict)
        services.review_answer(
            answer,
            reviewer,
            verdict=chosen,
            comment="" if chosen == "agree" else "Xem lại",
        )


def test_returned_for_evidence_then_sent_again_and_concluded(submitted, world):
    province = world.people.province
    with pytest.raises(ValidationError, match="Cần thẩm định tất cả"):
        services.conclude(submitted, province, result="met")
    _review_all(submitted, province, **{"4_1": "needs_evidence"})
    with pytest.raises(ValidationError, match="chờ bổ sung minh chứng"):
        services.conclude(submitted, province, result="not_met", conclusion="Chưa")
    services.return_for_evidence(submitted, province, "Bổ sung hội trường")
    submitted.refresh_from_db()
    assert submitted.status == SelfAssessment.Status.RETURNED

    # An agreed criterion stays as it is; the one asked about is answered again.
    with pytest.raises(ValidationError, match="Tỉnh đã đồng ý"):
        services.save_answer(_answer(submitted, "1.1"), world.people.manager)
    services.add_evidence(
        _answer(submitted, "4.1"), w.pdf("hoi-truong.pdf"), world.people.manager
    )
    services.submit(submitted, world.people.manager)
    assert _answer(submitted, "4.1").verdict == ""  # back in the review
    assert _answer(submitted, "1.1").verdict == "agree"  # kept

    services.review_answer(_answer(submitted, "4.1"), province, verdict="agree")
    # Every computed criterion is agreed but 2.1 and 5.1 are not met: the
    # suggestion is "not met", and "met" needs the reason.
    assert suggestion(submitted) == "not_met"
    with pytest.raises(ValidationError, match="ghi lý do"):
        services.conclude(submitted, province, result="met")
    services.conclude(submitted, province, result="not_met")
    submitted.refresh_from_db()
    assert (submitted.status, submitted.result) == ("concluded", "not_met")
    kinds = list(submitted.events.values_list("kind", flat=True))
    assert kinds[:2] == ["created", "submitted"]
    assert kinds.count("submitted") == 2
    assert kinds[-1] == "concluded"
    assert Event.objects.filter(kind="returned", note="Bổ sung hội trường").exists()


def test_return_needs_a_criterion_asked_about(submitted, world):
    with pytest.raises(ValidationError, match="đánh dấu các tiêu chí"):
        services.return_for_evidence(submitted, world.people.province)


def test_a_published_set_is_not_changed_and_a_new_version_leaves_old_assessments(
    started, world
):
    criterion = world.criteria.criteria.first()
    criterion.text = "Sửa"
    with pytest.raises(ValidationError, match="tạo phiên bản mới"):
        services.save_criterion(criterion)
    with pytest.raises(ValidationError, match="tạo phiên bản mới"):
        services.delete_criterion(criterion)

    draft = services.create_version(world.province, world.people.province)
    assert (draft.version, draft.status) == (2, CriteriaSet.Status.DRAFT)
    assert draft.criteria.count() == 5
    assert draft.based_on == world.criteria
    added = Criterion(
        criteria_set=draft,
        group="results",
        code="5.2",
        text="Cấp giấy chứng nhận",
        kind="computed",
        computation="credentials_issued",
        comparison="at_least",
        target=1,
    )
    services.save_criterion(added)
    services.update_criteria_set(
        draft, title=draft.title, decision="Quyết định số 9", applies_from_year=YEAR
    )
    services.publish_criteria_set(draft, world.people.province)

    # The self-assessment already started keeps version 1; the other centre's
    # new one takes version 2.
    started.refresh_from_db()
    assert started.criteria_set.version == 1
    assert started.answers.count() == 5
    other = services.start_self_assessment(
        world.other_centre, YEAR, world.people.other_manager
    )
    assert other.criteria_set.version == 2
    assert other.answers.count() == 6
    # The year before still follows version 1.
    earlier = (
        services.start_self_assessment(
            world.other_centre, YEAR - 1, world.people.other_manager
        )
        if YEAR - 1 >= 2025
        else None
    )
    if earlier is not None:
        assert earlier.criteria_set.version == 1


def test_a_computed_criterion_needs_its_computation_and_target(world):
    draft = services.create_version(world.province, world.people.province)
    bad = Criterion(
        criteria_set=draft,
        group="results",
        code="9.9",
        text="Sai",
        kind="computed",
        computation="no_such_thing",
        comparison="",
        target=None,
    )
    with pytest.raises(ValidationError) as refused:
        services.save_criterion(bad)
    assert set(refused.value.message_dict) == {"computation", "comparison", "target"}


def test_the_standing_is_kept_per_group(submitted, world):
    from standards import sheet

    result = sheet.build(submitted, today=datetime.date(YEAR, 12, 31))
    groups = {s.group: (s.total, s.claimed, s.agreed) for s in result.standings}
    assert groups == {
        "organisation": (1, 1, 0),
        "lecturers": (1, 0, 0),
        "teaching": (1, 0, 0),
        "facilities": (1, 1, 0),
        "results": (1, 0, 0),
    }
