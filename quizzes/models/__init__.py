from quizzes.models.attempts import Answer, Sitting
from quizzes.models.bank import Category, Choice, Question
from quizzes.models.quizzes import Quiz, QuizQuestion

__all__ = [
    "Answer",
    "Category",
    "Choice",
    "Question",
    "Quiz",
    "QuizQuestion",
    "Sitting",
]
