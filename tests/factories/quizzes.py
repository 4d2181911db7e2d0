"""Question bank, quizzes and attempts for the quizzes tests."""

from decimal import Decimal

import factory

from quizzes.models import Category, Choice, Question, Quiz, QuizQuestion


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Nhóm câu hỏi {n}")


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    category = factory.SubFactory(CategoryFactory)
    qtype = Question.Type.SINGLE
    title = factory.Sequence(lambda n: f"Câu hỏi {n}")
    text = "Đảng Cộng sản Việt Nam được thành lập năm nào?"
    shuffle_choices = False


def choices(question: Question, *rows: dict) -> Question:
    for order, row in enumerate(rows):
        Choice.objects.create(question=question, order=order, **row)
    return question


def single_question(right="1930", wrongs=("1945", "1954"), **kwargs) -> Question:
    question = QuestionFactory(qtype=Question.Type.SINGLE, **kwargs)
    rows = [{"text": right, "fraction": Decimal(1), "feedback": "Chính xác!"}]
    rows += [{"text": w, "feedback": f"Chưa đúng: {w}"} for w in wrongs]
    return choices(question, *rows)


def essay_question(**kwargs) -> Question:
    kwargs.setdefault("text", "Trình bày kế hoạch phấn đấu vào Đảng.")
    kwargs.setdefault("rubric", "Đủ ý: 6 điểm; liên hệ: 4 điểm.")
    return QuestionFactory(qtype=Question.Type.ESSAY, **kwargs)


def fill_question(answers=("đảng viên",), **kwargs) -> Question:
    kwargs.setdefault("text", "Người vào Đảng trở thành [[1]] dự bị.")
    question = QuestionFactory(qtype=Question.Type.FILL_BLANKS, **kwargs)
    rows = [{"text": a, "fraction": Decimal(1), "gap": 1} for a in answers]
    return choices(question, *rows)


class QuizFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quiz

    title = factory.Sequence(lambda n: f"Bài kiểm tra {n}")
    slug = factory.Sequence(lambda n: f"bai-kiem-tra-{n}")


def quiz_with(*questions: Question, **kwargs) -> Quiz:
    quiz = QuizFactory(**kwargs)
    for order, question in enumerate(questions):
        QuizQuestion.objects.create(
            quiz=quiz, question=question, order=order, mark=Decimal(1)
        )
    return quiz


def right_choice(question: Question) -> Choice:
    return question.choices.get(fraction=1)


def wrong_choice(question: Question) -> Choice:
    return question.choices.filter(fraction=0).first()
