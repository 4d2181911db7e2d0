"""Who may see and handle a question (grassroots/rules.py)."""

from django.contrib.auth.models import AnonymousUser

from grassroots.models import Question
from tests.grassroots.conftest import make_question, published, routed


def test_a_question_is_seen_by_its_asker_its_centre_and_its_province(world):
    question = make_question(world)
    seen = {
        name: getattr(world, name).has_perm("grassroots.view_question", question)
        for name in [
            "cadre",
            "trainee",
            "lecturer",
            "manager",
            "province_manager",
            "other_manager",
            "other_lecturer",
            "school_lecturer",
        ]
    }

    assert seen == {
        "cadre": True,  # the asker
        "trainee": False,  # another person of the centre, not staff
        "lecturer": True,
        "manager": True,
        "province_manager": True,
        "other_manager": False,  # another centre's queue is out of reach
        "other_lecturer": False,
        "school_lecturer": False,
    }
    assert not AnonymousUser().has_perm("grassroots.view_question", question)


def test_a_published_question_is_seen_by_every_logged_in_person(world):
    question = published(world, "Hỏi", "Đáp")

    assert world.other_manager.has_perm("grassroots.view_question", question)
    assert world.trainee.has_perm("grassroots.view_question", question)
    assert not AnonymousUser().has_perm("grassroots.view_question", question)


def test_only_the_centre_s_manager_routes_and_reviews(world):
    question = make_question(world)

    for permission in ["grassroots.route_question", "grassroots.review_question"]:
        assert world.manager.has_perm(permission, question)
        assert not world.province_manager.has_perm(permission, question)
        assert not world.lecturer.has_perm(permission, question)
        assert not world.other_manager.has_perm(permission, question)
        assert not world.cadre.has_perm(permission, question)


def test_only_the_one_it_is_routed_to_answers(world):
    question = routed(world)

    assert world.lecturer.has_perm("grassroots.answer_question", question)
    assert not world.colleague.has_perm("grassroots.answer_question", question)
    assert not world.manager.has_perm("grassroots.answer_question", question)
    assert not world.cadre.has_perm("grassroots.answer_question", question)
    assert not AnonymousUser().has_perm("grassroots.answer_question", question)
    unrouted = make_question(world)
    assert not AnonymousUser().has_perm("grassroots.answer_question", unrouted)
    assert unrouted.status == Question.Status.NEW


def test_the_queue_is_for_lecturers_and_managers(world):
    assert world.lecturer.has_perm("grassroots.see_queue")
    assert world.manager.has_perm("grassroots.see_queue")
    assert world.province_manager.has_perm("grassroots.see_queue")
    assert not world.cadre.has_perm("grassroots.see_queue")
    assert not world.trainee.has_perm("grassroots.see_queue")
