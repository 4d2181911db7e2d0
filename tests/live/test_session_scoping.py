"""What one session's people send never reaches another session's rows, even when
their actions are stored together in one group commit."""

from live.models import Participant, Poll, PollResponse
from live.services import ActionError, Actor, create_session, perform
from live.services.polls import create_poll
from live.writer import run_together


def open_poll(session, prompt):
    poll = create_poll(session, kind="single", prompt=prompt, options=["A", "B"])
    poll.state = Poll.State.OPEN
    poll.save()
    return poll


def test_a_visitor_cannot_vote_in_another_sessions_poll_in_the_same_batch(
    live, lecturer
):
    other = create_session(lecturer, title="Phiên khác")
    poll = open_poll(live, "Chọn")
    open_poll(other, "Chọn ở phiên khác")
    an = Participant.objects.create(session=live, display_name="Nguyễn Văn An")
    stranger = Participant.objects.create(session=other, display_name="Người lạ")

    def vote(participant, client_id):
        actor = Actor(participant.session_id, participant_id=participant.pk)
        message = {"type": "poll.respond", "id": client_id,
                   "data": {"poll": poll.pk, "choices": [0]}}  # fmt: skip
        return (perform, (actor, message))

    # The first vote puts the poll in the batch's shared reads; the stranger's
    # session must not find it there.
    outcomes = run_together([vote(an, "v1"), vote(stranger, "v1")])

    assert outcomes[0][1] is False
    assert isinstance(outcomes[1], ActionError)
    assert outcomes[1].code == "not_found"
    voters = PollResponse.objects.values_list("participant__display_name", flat=True)
    assert list(voters) == ["Nguyễn Văn An"]
