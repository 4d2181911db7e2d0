from live.models.polls import Poll, PollResponse
from live.models.qa import Question, QuestionVote
from live.models.quiz import QuizAnswer, QuizItem
from live.models.sessions import ClientAction, LiveSession, Participant, Reaction
from live.models.situation import SituationStep, SituationVote

__all__ = [
    "ClientAction",
    "LiveSession",
    "Participant",
    "Poll",
    "PollResponse",
    "Question",
    "QuestionVote",
    "QuizAnswer",
    "QuizItem",
    "Reaction",
    "SituationStep",
    "SituationVote",
]
