"""The bank of published answers, and the questions about a lesson."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from grassroots import queries
from grassroots.models import Topic
from lessons.search import query_words, snippet
from programmes.models import Programme

PAGE_SIZE = 20


def _chosen(model, value):
    return model.objects.filter(pk=value).first() if str(value).isdigit() else None


@login_required
def bank(request):
    query = request.GET.get("q", "")[:200]
    topic = _chosen(Topic, request.GET.get("topic", ""))
    programme = _chosen(Programme, request.GET.get("programme", ""))
    words = query_words(query)
    page = Paginator(queries.bank(query, topic, programme), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    results = [(question, snippet(question.answer, words)) for question in page]
    return render(
        request,
        "grassroots/bank.html",
        {
            "query": query,
            "topic": topic,
            "programme": programme,
            "topics": Topic.objects.all(),
            "programmes": Programme.objects.filter(grassroots_questions__isnull=False)
            .distinct()
            .order_by("name"),
            "page": page,
            "results": results,
        },
    )


@login_required
def lesson(request, page_id):
    """Answered questions about a lesson (the fragment its page loads), and for its
    lecturers every question asked on its topics."""
    from lessons.models import LessonPage

    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    answered = queries.about_lesson(lesson)
    if request.headers.get("HX-Request"):
        return render(
            request,
            "grassroots/includes/lesson_answers.html",
            {"lesson": lesson, "answered": answered[:5], "more": answered.count() > 5},
        )
    preparing = request.user.has_perm("grassroots.see_queue")
    return render(
        request,
        "grassroots/lesson.html",
        {
            "lesson": lesson,
            "answered": answered,
            "preparing": preparing,
            "asked": queries.asked_on_lesson_topics(lesson, request.user)
            if preparing
            else [],
        },
    )
