"""Saving parsed questions, all or nothing; reading questions back for export."""

from collections import Counter

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from quizzes.formats import FormatError, ParsedChoice, ParsedQuestion
from quizzes.models import Category, Choice, Question

DEFAULT_CATEGORY = "Mặc định"


def _save_question(parsed: ParsedQuestion, category: Category) -> Question:
    question = Question(
        category=category,
        qtype=parsed.qtype,
        title=parsed.title[:255],
        text=parsed.text,
        text_format=parsed.text_format,
        general_feedback=parsed.general_feedback,
        case_sensitive=parsed.case_sensitive,
        ignore_diacritics=parsed.ignore_diacritics,
        explanation=parsed.explanation,
        rubric=parsed.rubric,
        min_words=parsed.min_words,
        max_words=parsed.max_words,
    )
    question.full_clean()
    question.save()
    choices = []
    for order, c in enumerate(parsed.choices):
        choice = Choice(
            question=question,
            order=order,
            gap=c.gap,
            text=c.text,
            match_text=c.match_text[:500],
            number=c.number,
            tolerance=c.tolerance,
            fraction=c.fraction,
            feedback=c.feedback,
        )
        choice.full_clean(exclude=["question"])
        choices.append(choice)
    Choice.objects.bulk_create(choices)
    return question


@transaction.atomic
def import_parsed(
    questions: list[ParsedQuestion], *, category: str | None = None
) -> Counter:
    """Store every question or none; returns how many of each type were stored.

    ``category`` is used for questions the file does not place with $CATEGORY.
    Raises FormatError naming the question (line or JSON path) that is invalid.
    """
    counts: Counter = Counter()
    categories: dict[str, Category] = {}
    for parsed in questions:
        name = (parsed.category or category or DEFAULT_CATEGORY)[:255]
        if name not in categories:
            categories[name], _created = Category.objects.get_or_create(name=name)
        try:
            _save_question(parsed, categories[name])
        except ValidationError as error:
            problem = "; ".join(error.messages)
            raise FormatError([f"{parsed.location}: {problem}"]) from None
        counts[parsed.qtype] += 1
    return counts


def describe_counts(counts: Counter) -> str:
    """ "imported 3 questions (2 single, 1 essay)": a fixed line scripts can read."""
    order = [t.value for t in Question.Type]
    parts = ", ".join(f"{counts[t]} {t}" for t in order if counts[t])
    return f"imported {sum(counts.values())} questions ({parts})"


def describe_counts_vi(counts: Counter) -> str:
    """The same, for people, in the active language."""
    labels = dict(Question.Type.choices)
    parts = ", ".join(f"{n} {labels[t].lower()}" for t, n in sorted(counts.items()))
    return _("%(n)s questions imported: %(parts)s.") % {
        "n": sum(counts.values()),
        "parts": parts,
    }


def to_parsed(question: Question) -> ParsedQuestion:
    return ParsedQuestion(
        qtype=question.qtype,
        text=question.text,
        title=question.title,
        text_format=question.text_format,
        general_feedback=question.general_feedback,
        category=question.category.name,
        choices=[
            ParsedChoice(
                text=c.text,
                fraction=c.fraction.normalize(),
                feedback=c.feedback,
                gap=c.gap,
                match_text=c.match_text,
                number=None if c.number is None else c.number.normalize(),
                tolerance=c.tolerance.normalize(),
            )
            for c in question.choices.all()
        ],
    )
