"""The data of each message type for the protocol fuzz: mostly what a client would
send, with wrong ids, indices, actions and kinds mixed in."""

from hypothesis import strategies as st

from live.models import Participant, Question

BOOL = st.booleans()
NUMBER = st.integers(-1, 4)
CHOICES = st.one_of(
    st.lists(st.integers(0, 2), min_size=1, max_size=2, unique=True),
    st.lists(NUMBER, max_size=3),
)
TEXTS = st.sampled_from(
    ["Khi nào thi?", "dân chủ, minh bạch", "", "   ", "đéo", "x" * 501, 3]
)


class Refs:
    """The ids a message may name: the activities, and the questions asked and the
    people in the session so far; `ref` adds ids that name nothing."""

    def __init__(self, refs: dict):
        session = refs["session"]
        self.item, self.poll, self.step = refs["item"], refs["poll"], refs["step"]
        self.questions = list(
            Question.objects.filter(session=session).values_list("pk", flat=True)
        )
        self.people = list(
            Participant.objects.filter(session=session).values_list("pk", flat=True)
        )

    @staticmethod
    def ref(ids):
        return st.sampled_from([*ids, *ids, *ids, 0, 10**9])


BUILD = {
    "join": lambda r: st.fixed_dictionaries({"name": TEXTS}),
    "question.ask": lambda r: st.fixed_dictionaries(
        {"text": TEXTS}, optional={"anonymous": BOOL}
    ),
    "question.upvote": lambda r: st.fixed_dictionaries(
        {"question": r.ref(r.questions), "up": BOOL}
    ),
    "question.moderate": lambda r: st.fixed_dictionaries(
        {
            "question": r.ref(r.questions),
            "action": st.sampled_from(
                [
                    "approve",
                    "hide",
                    "pin",
                    "unpin",
                    "answered",
                    "unanswered",
                    "x",
                    "archive",
                    "delete",
                    "approve_all",
                ]
            ),
        }
    ),
    "question.edit": lambda r: st.fixed_dictionaries(
        {"question": r.ref(r.questions), "text": TEXTS}
    ),
    "question.reply": lambda r: st.fixed_dictionaries(
        {"question": r.ref(r.questions), "text": st.one_of(TEXTS, st.just(""))}
    ),
    "poll.respond": lambda r: st.fixed_dictionaries(
        {"poll": r.ref(r.poll)},
        optional={
            "choices": CHOICES,
            "rating": st.integers(0, 6),
            "text": TEXTS,
        },
    ),
    "poll.control": lambda r: st.fixed_dictionaries(
        {
            "poll": r.ref(r.poll),
            "action": st.sampled_from(["open", "close", "results", "x"]),
        },
        optional={"visible": BOOL},
    ),
    "quiz.answer": lambda r: st.fixed_dictionaries(
        {"item": r.ref(r.item), "choices": CHOICES},
        optional={"text": TEXTS, "number": st.sampled_from([5, 5.5, -1, 1e9, "5"])},
    ),
    "quiz.control": lambda r: st.fixed_dictionaries(
        {
            "item": r.ref(r.item),
            "action": st.sampled_from(["open", "close", "reveal", "reveal", "x"]),
        }
    ),
    "quiz.me": lambda r: st.fixed_dictionaries({}, optional={"item": r.ref(r.item)}),
    "situation.vote": lambda r: st.fixed_dictionaries(
        {"step": r.ref(r.step), "choice": NUMBER}
    ),
    "situation.control": lambda r: st.fixed_dictionaries(
        {
            "step": r.ref(r.step),
            "action": st.sampled_from(["open", "reveal", "next", "x"]),
        },
        optional={"choice": NUMBER},
    ),
    "react": lambda r: st.fixed_dictionaries(
        {"reaction": st.sampled_from(["like", "love", "clap", "question", "x"])}
    ),
    "session.show": lambda r: st.fixed_dictionaries(
        {
            "activity": st.sampled_from(["", "qa", "poll", "quiz", "situation", "x"]),
            "activity_id": r.ref([*r.item, *r.poll, *r.step]),
        }
    ),
    "session.settings": lambda r: st.fixed_dictionaries(
        {},
        optional={
            "lobby": BOOL,
            "qa_moderated": BOOL,
            "qa_anonymous": BOOL,
            "quiz_speed_points": BOOL,
            "blocked_words": st.sampled_from(["", "xấu, tệ", 5]),
        },
    ),
    "session.admit": lambda r: st.one_of(
        st.fixed_dictionaries({"participant": r.ref(r.people)}),
        st.fixed_dictionaries({"all": st.sampled_from([True, False, 1])}),
    ),
    "session.end": lambda r: st.just({}),
    "session.resume": lambda r: st.just({}),
}


def message_data(kind: str, refs: dict):
    """A strategy for the `data` of one message of this type."""
    return BUILD[kind](Refs(refs))
