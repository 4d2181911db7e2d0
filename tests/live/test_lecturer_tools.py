"""Issue #14, what lecturers still miss: letting everyone in, approving every
question, replying to, editing, archiving and deleting questions, the author's own
pending question, rating averages, situation votes hidden until the reveal, resuming
an ended session. Bad input (unknown or another session's ids, participants trying a
lecturer's action) gets a Vietnamese error and changes nothing."""

import pytest

from live import payloads, snapshot
from live.models import (
    LiveSession,
    Participant,
    Poll,
    PollResponse,
    Question,
    QuestionVote,
    SituationVote,
)
from live.services import ActionError, Actor, create_session, perform
from live.services.polls import create_poll
from live.services.situation import add_step

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(lecturer):
    return create_session(lecturer, title="Nghị quyết Đại hội XIV")


@pytest.fixture
def other(lecturer):
    return create_session(lecturer, title="Phiên khác")


def host(session) -> Actor:
    return Actor(session_id=session.pk, user_id=session.owner_id, is_host=True)


def person(session, name="Lò Thị Lan", **fields) -> tuple[Participant, Actor]:
    someone = Participant.objects.create(session=session, display_name=name, **fields)
    return someone, Actor(session_id=session.pk, participant_id=someone.pk)


_ids = iter(range(1, 10**6))


def act(actor, kind, data=None):
    """The action's result, or the ActionError it was refused with."""
    message = {"type": kind, "id": f"t{next(_ids)}", "data": data or {}}
    try:
        return perform(actor, message)[0]
    except ActionError as error:
        return error


def refused(error, code) -> bool:
    """Refused with this code and a Vietnamese sentence to show."""
    return (
        isinstance(error, ActionError)
        and error.code == code
        and any(ch in error.message for ch in "ăâđêôơưạảấầẩậắặẻếềệỉịọỏốồổộớờởợụủứừửựỳỷ")
    )


def ask(session, text, author=None):
    author = author or person(session, "Người hỏi")[0]
    status = Question.Status.PENDING if session.qa_moderated else "approved"
    return Question.objects.create(
        session=session, author=author, text=text, status=status
    )


# -- the lobby and moderated Q&A ------------------------------------------------


def test_admit_all_lets_everyone_waiting_in_and_no_one_of_another_session(
    session, other
):
    waiting = [person(session, name, admitted=False)[0] for name in ("An", "Bình")]
    elsewhere, _ = person(other, "Chi", admitted=False)

    result = act(host(session), "session.admit", {"all": True})

    assert sorted(result.reply["participants"]) == sorted(p.pk for p in waiting)
    assert set(session.participants.values_list("admitted", flat=True)) == {True}
    elsewhere.refresh_from_db()
    assert elsewhere.admitted is False
    (event,) = [e for e in result.events if e[0]["type"] == "admitted"]
    assert sorted(event[0]["participants"]) == sorted(p.pk for p in waiting)


def test_a_participant_cannot_admit_all(session):
    waiting, _ = person(session, "An", admitted=False)
    _me, actor = person(session, "Bình")

    error = act(actor, "session.admit", {"all": True})

    assert refused(error, "forbidden")
    waiting.refresh_from_db()
    assert waiting.admitted is False


def test_approve_all_shows_every_pending_question_of_this_session_only(session, other):
    session.qa_moderated = other.qa_moderated = True
    pending = [ask(session, "Câu một"), ask(session, "Câu hai")]
    hidden = ask(session, "Câu ẩn")
    hidden.status = Question.Status.HIDDEN
    hidden.save()
    elsewhere = ask(other, "Câu phiên khác")

    result = act(host(session), "question.moderate", {"action": "approve_all"})

    assert sorted(result.reply["approved"]) == sorted(q.pk for q in pending)
    statuses = dict(Question.objects.values_list("pk", "status"))
    assert {statuses[q.pk] for q in pending} == {"approved"}
    assert statuses[hidden.pk] == "hidden"
    assert statuses[elsewhere.pk] == "pending"
    shown = [e[0]["question"]["id"] for e in result.events if e[0]]
    assert sorted(shown) == sorted(q.pk for q in pending)


def test_reply_edit_archive_and_delete_a_question(session):
    question = ask(session, "Khi nào nộp bài thu hoạch?")
    _fan, fan = person(session, "Người ủng hộ")
    act(fan, "question.upvote", {"question": question.pk})
    lecturer = host(session)

    replied = act(
        lecturer,
        "question.reply",
        {"question": question.pk, "text": "  Trước   ngày 15/6. "},
    )
    edited = act(
        lecturer,
        "question.edit",
        {"question": question.pk, "text": "Khi nào nộp bài thu hoạch cuối khoá?"},
    )
    question.refresh_from_db()
    assert (question.reply, question.text, question.edited) == (
        "Trước ngày 15/6.",
        "Khi nào nộp bài thu hoạch cuối khoá?",
        True,
    )
    shown = edited.events[0][0]["question"]
    assert shown["reply"] == "Trước ngày 15/6."
    assert shown["edited"] is True
    assert replied.events[0][0]["question"]["reply"] == "Trước ngày 15/6."

    archived = act(
        lecturer, "question.moderate", {"question": question.pk, "action": "archive"}
    )
    question.refresh_from_db()
    assert question.status == "archived"
    to_hall, to_hosts = archived.events[0]
    assert to_hall == {"type": "question.removed", "id": question.pk}
    assert to_hosts["question"]["status"] == "archived"

    act(lecturer, "question.reply", {"question": question.pk, "text": ""})
    question.refresh_from_db()
    assert question.reply == ""

    deleted = act(
        lecturer, "question.moderate", {"question": question.pk, "action": "delete"}
    )
    assert not Question.objects.filter(pk=question.pk).exists()
    assert not QuestionVote.objects.exists()
    assert deleted.events == [({"type": "question.removed", "id": question.pk},) * 2]


def test_a_question_of_another_session_is_not_found_and_left_as_it_was(session, other):
    theirs = ask(other, "Câu của phiên khác")
    lecturer = host(session)

    errors = [
        act(lecturer, "question.edit", {"question": theirs.pk, "text": "Đổi"}),
        act(lecturer, "question.reply", {"question": theirs.pk, "text": "Đáp"}),
        act(lecturer, "question.moderate", {"question": theirs.pk, "action": "delete"}),
        act(lecturer, "question.moderate", {"question": 10**9, "action": "archive"}),
    ]

    assert all(refused(error, "not_found") for error in errors)
    theirs.refresh_from_db()
    assert (theirs.text, theirs.reply, theirs.status) == (
        "Câu của phiên khác",
        "",
        "approved",
    )


def test_participants_cannot_edit_reply_or_delete(session):
    question = ask(session, "Câu hỏi")
    _author, actor = person(session, "Lò Thị Lan")

    errors = [
        act(actor, "question.edit", {"question": question.pk, "text": "Sửa"}),
        act(actor, "question.reply", {"question": question.pk, "text": "Đáp"}),
        act(actor, "question.moderate", {"question": question.pk, "action": "delete"}),
        act(actor, "question.moderate", {"action": "approve_all"}),
    ]

    assert all(refused(error, "forbidden") for error in errors)
    question.refresh_from_db()
    assert (question.text, question.reply) == ("Câu hỏi", "")


def test_bad_edits_and_replies_change_nothing(session):
    question = ask(session, "Câu hỏi")
    lecturer = host(session)

    empty = act(lecturer, "question.edit", {"question": question.pk, "text": "  "})
    long = act(
        lecturer, "question.reply", {"question": question.pk, "text": "a" * 1001}
    )
    wrong = act(lecturer, "question.edit", {"question": question.pk, "text": 5})

    assert refused(empty, "invalid")
    assert refused(long, "too_long")
    assert refused(wrong, "invalid")
    question.refresh_from_db()
    assert (question.text, question.reply, question.edited) == ("Câu hỏi", "", False)


def test_the_author_sees_their_pending_question_and_no_one_else_does(session):
    session.qa_moderated = True
    session.save()
    _author, actor = person(session, "Lò Thị Lan")
    _neighbour, neighbour = person(session, "Đinh Văn Hùng")

    result = act(actor, "question.ask", {"text": "Xin hỏi về đất đai"})

    # The ask's event reaches the hosts only; the author has the ack.
    assert result.reply["question"]["status"] == "pending"
    assert [e[0] for e in result.events] == [None]
    mine = snapshot.build(actor)
    theirs = snapshot.build(neighbour)
    assert [q["text"] for q in mine["me"]["pending"]] == ["Xin hỏi về đất đai"]
    assert theirs["me"]["pending"] == []
    assert all(q["text"] != "Xin hỏi về đất đai" for q in theirs["questions"])


# -- ratings and situation votes ------------------------------------------------


def test_rating_results_have_the_average_and_the_distribution(session):
    poll = create_poll(session, kind=Poll.Kind.RATING, prompt="Mức hài lòng", scale=5)
    for rating in (1, 5, 5):
        someone, _ = person(session, f"Người {rating}")
        PollResponse.objects.create(
            poll=poll, participant=someone, choices=[rating - 1]
        )
    someone, _ = person(session, "Người 4")
    PollResponse.objects.create(poll=poll, participant=someone, choices=[3])

    results = payloads.poll_results(poll)

    assert results["counts"] == [1, 0, 0, 1, 2]
    assert results["average"] == 3.75
    empty = create_poll(session, kind=Poll.Kind.RATING, prompt="Khác", scale=5)
    assert payloads.poll_results(empty)["average"] is None


def test_a_situation_vote_shows_its_counts_only_once_revealed(session):
    step = add_step(
        session,
        prompt="Xử lý thế nào?",
        choices=[{"label": "Đối thoại"}, {"label": "Báo cáo"}],
    )
    lecturer = host(session)
    act(lecturer, "situation.control", {"step": step.pk, "action": "open"})
    _voter, actor = person(session, "Lò Thị Lan")
    act(actor, "situation.vote", {"step": step.pk, "choice": 1})

    to_hall, to_hosts = snapshot.tally(session.pk, f"situation:{step.pk}")
    assert to_hall is None
    assert to_hosts["counts"] == [0, 1]
    assert snapshot.build(actor)["situation_results"] == []
    assert snapshot.build(lecturer)["situation_results"][0]["counts"] == [0, 1]

    act(lecturer, "situation.control", {"step": step.pk, "action": "reveal"})

    to_hall, _ = snapshot.tally(session.pk, f"situation:{step.pk}")
    assert to_hall["counts"] == [0, 1]
    assert snapshot.build(actor)["situation_results"][0]["counts"] == [0, 1]
    assert SituationVote.objects.count() == 1


# -- ending and resuming ----------------------------------------------------------


def test_an_ended_session_is_resumed_and_people_act_again(session):
    _lan, actor = person(session, "Lò Thị Lan")
    lecturer = host(session)
    act(lecturer, "session.end")
    assert refused(act(actor, "question.ask", {"text": "Còn không?"}), "ended")
    assert refused(act(lecturer, "session.show", {"activity": "qa"}), "ended")
    assert refused(act(actor, "session.resume"), "forbidden")

    result = act(lecturer, "session.resume")

    session.refresh_from_db()
    assert (session.status, session.ended_at) == (LiveSession.Status.OPEN, None)
    assert result.events[0][0]["session"]["status"] == "open"
    asked = act(actor, "question.ask", {"text": "Còn không?"})
    assert asked.reply["question"]["text"] == "Còn không?"
    assert refused(act(lecturer, "session.resume"), "invalid")


def test_a_pending_question_hidden_leaves_its_authors_screen_a_pin_does_not(session):
    session.qa_moderated = True
    session.save()
    _author, actor = person(session, "Lò Thị Lan")
    asked = act(actor, "question.ask", {"text": "Xin hỏi về đất đai"})
    pk = asked.reply["question"]["id"]

    pinned = act(host(session), "question.moderate", {"question": pk, "action": "pin"})
    hidden = act(host(session), "question.moderate", {"question": pk, "action": "hide"})

    assert [e[0] for e in pinned.events] == [None]
    assert hidden.events[0][0] == {"type": "question.removed", "id": pk}
    assert snapshot.build(actor)["me"]["pending"] == []
