from quizzes.models.attempts import Answer, LateAnswer, Sitting
from quizzes.models.bank import Category, Choice, Question
from quizzes.models.overrides import QuizOverride, Terms, terms_for
from quizzes.models.quizzes import Quiz, QuizQuestion

__all__ = [
    "Answer",
    "Category",
    "Choice",
    "LateAnswer",
    "Question",
    "Quiz",
    "QuizOverride",
    "QuizQuestion",
    "Sitting",
    "Terms",
    "terms_for",
]
