"""A lesson shows its answered questions; its lecturers see what was asked on its
topics; publishing with a lesson files the answer under the lesson's programme."""

from grassroots import services
from grassroots.models import Question
from tests.factories.lessons import lesson_tree
from tests.grassroots.conftest import make_question, published, routed


def test_a_lesson_shows_answered_questions_and_lecturers_see_what_was_asked(
    client, world
):
    tree = lesson_tree()
    lesson, other_lesson = tree.lessons[0], tree.lessons[1]
    world.topic.lessons.add(lesson)
    on_topic = published(world, "Hỏi về bồi thường đất", "Đáp về bồi thường.")
    referred = published(world, "Hỏi về chuyển đổi số", "Đáp.", topic=world.other_topic)
    referred.lessons.add(lesson)
    published(world, "Hỏi về bài khác", "Đáp.", topic=world.other_topic)
    waiting = routed(world, text="Câu hỏi chưa trả lời về giải phóng mặt bằng")

    client.force_login(world.cadre)
    fragment = client.get(
        f"/questions/lesson/{lesson.pk}/", HTTP_HX_REQUEST="true"
    ).content.decode()
    client.force_login(world.lecturer)
    page = client.get(f"/questions/lesson/{lesson.pk}/").content.decode()
    other = client.get(
        f"/questions/lesson/{other_lesson.pk}/", HTTP_HX_REQUEST="true"
    ).content.decode()

    assert on_topic.text in fragment
    assert referred.text in fragment
    assert "Hỏi về bài khác" not in fragment
    assert waiting.text not in fragment
    assert waiting.text in page  # the lecturer preparing the lesson sees it
    assert on_topic.text not in other


def test_publishing_with_a_lesson_files_it_under_the_lesson_s_programme(world):
    tree = lesson_tree()
    question = make_question(world, status=Question.Status.ANSWERED, answer="Đáp")

    services.publish_question(
        question, by=world.manager, answer="Đáp án", lessons=[tree.lessons[0]]
    )

    question.refresh_from_db()
    assert question.programme == tree.training_class.version.programme
    assert list(question.lessons.all()) == [tree.lessons[0]]
