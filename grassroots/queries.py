"""Reads: the bank of published answers, the centre's queue, the overdue list, the
questions about a lesson, and answered questions like a new one."""

from django.db.models import Q
from django.utils import timezone

from grassroots import matching
from grassroots.models import Question
from lessons.search import query_words
from units.models import TrainingUnit
from units.roles import Role

BANK_PAGE = 30
SIMILAR_POOL = 300


def _matching(queryset, words):
    for word in words:
        queryset = queryset.filter(search_text__contains=f" {word}")
    return queryset


def bank(query: str = "", topic=None, programme=None):
    """Published questions matching every word of the query (accents and case
    ignored, word starts), newest answers first."""
    questions = Question.objects.published().select_related(
        "topic", "commune", "centre", "asker", "programme"
    )
    if topic is not None:
        questions = questions.filter(topic=topic)
    if programme is not None:
        questions = questions.filter(programme=programme)
    return _matching(questions, query_words(query)).order_by("-published_at", "-pk")


def similar_answered(text: str, limit: int = 5) -> list[Question]:
    """Published questions like `text`, best first (duplicate detection)."""
    words = matching.key_words(text)
    if len(words) < matching.MIN_SHARED:
        return []
    shares_a_word = Q()
    for word in words:
        shares_a_word |= Q(search_text__contains=f" {word} ")
    pool = (
        Question.objects.published()
        .filter(shares_a_word)
        .select_related("topic")
        .order_by("-published_at")[:SIMILAR_POOL]
    )
    return matching.most_alike(text, pool, limit)


def centres_seen_by(user):
    """Centres whose queue the user sees: those they manage or lecture at."""
    if user.is_superuser:
        return TrainingUnit.objects.all()
    lectured = user.grants.current().filter(role=Role.LECTURER)
    return TrainingUnit.objects.filter(
        Q(pk__in=TrainingUnit.objects.managed_by(user).values("pk"))
        | Q(pk__in=lectured.values("training_unit"))
    )


def routed_to(user):
    """Questions routed to the user, or to a unit they lecture at."""
    lectured = user.grants.current().filter(role=Role.LECTURER)
    return Question.objects.filter(
        Q(assigned_to=user) | Q(assigned_unit__in=lectured.values("training_unit"))
    )


def visible_queue(user):
    """Every question the user may see as staff: their centres' queues and what is
    routed to them."""
    return Question.objects.filter(
        Q(centre__in=centres_seen_by(user)) | Q(pk__in=routed_to(user).values("pk"))
    ).select_related("topic", "commune", "centre", "asker", "assigned_to")


def queue(user, status: str = "", overdue: bool = False):
    questions = visible_queue(user)
    if overdue:
        questions = questions.overdue()
    if status:
        questions = questions.filter(status=status)
    return questions.order_by("due_on", "created_at", "pk")


def to_answer(user):
    """What the user has to answer now, the earliest due first (for a centre's
    manager, also the answers of partner bodies to record)."""
    partners = Q(
        assigned_partner__isnull=False,
        centre__in=TrainingUnit.objects.run_by(user),
    )
    return (
        Question.objects.filter(Q(pk__in=routed_to(user).values("pk")) | partners)
        .filter(status=Question.Status.ASSIGNED)
        .select_related("topic", "commune", "centre")
        .order_by("due_on", "created_at")
    )


def counts(questions) -> dict[str, int]:
    today = timezone.localdate()
    return {
        "new": questions.filter(status=Question.Status.NEW).count(),
        "assigned": questions.filter(status=Question.Status.ASSIGNED).count(),
        "answered": questions.filter(status=Question.Status.ANSWERED).count(),
        "overdue": questions.overdue(today).count(),
    }


def mine(user):
    return (
        Question.objects.filter(asker=user)
        .select_related("topic", "commune", "centre")
        .order_by("-created_at", "-pk")
    )


def unseen_answers(user) -> int:
    """The asker's questions answered (or declined) since last opened."""
    if not user.is_authenticated:
        return 0
    return Question.objects.filter(
        asker=user,
        status__in=[Question.Status.PUBLISHED, Question.Status.DECLINED],
        asker_seen_at__isnull=True,
    ).count()


def about_lesson(lesson):
    """Published questions referring to the lesson or filed under a topic the
    lesson teaches."""
    return (
        Question.objects.published()
        .filter(Q(lessons=lesson) | Q(topic__lessons=lesson))
        .select_related("topic")
        .distinct()
        .order_by("-published_at", "-pk")
    )


def asked_on_lesson_topics(lesson, user):
    """For a lecturer preparing the lesson: every question on its topics in the
    queues they see, answered or not (declined ones left out)."""
    return (
        visible_queue(user)
        .filter(Q(topic__lessons=lesson) | Q(lessons=lesson))
        .exclude(status=Question.Status.DECLINED)
        .distinct()
        .order_by("-created_at", "-pk")
    )
