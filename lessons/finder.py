"""Search of lessons by title and body, the same on SQLite and PostgreSQL.

Each lesson keeps a folded copy of its text (lower case, no diacritics); folded
query words are matched against it with plain LIKE, which both databases run
alike whatever their collation or extensions.
"""

from dataclasses import dataclass

from wagtail.models import PageViewRestriction

from lessons import access
from lessons.models import LessonPage, ProgrammePage
from lessons.search import Part, highlight, query_words, snippet

MAX_RESULTS = 30
MAX_CANDIDATES = 200


@dataclass
class Result:
    lesson: LessonPage
    title: list[Part]
    snippet: list[Part]
    programme_title: str
    in_title: bool


def _programmes() -> list[ProgrammePage]:
    return list(ProgrammePage.objects.select_related("programme_version"))


def _programme_of(lesson, programmes) -> ProgrammePage | None:
    return next((p for p in programmes if lesson.path.startswith(p.path)), None)


def _restrictions() -> list[PageViewRestriction]:
    """Wagtail's view restrictions (password, login, groups), with their pages."""
    return list(PageViewRestriction.objects.select_related("page"))


def _passes(lesson, restrictions, request) -> bool:
    """The request has passed every restriction on the lesson or above it (a
    password given in this session, the login or group asked for)."""
    return all(
        restriction.accept_request(request)
        for restriction in restrictions
        if lesson.path.startswith(restriction.page.path)
    )


def search_lessons(query: str, request) -> list[Result]:
    """Lessons the user may read having every query word (as a word start),
    those with all of them in the title first. Lessons behind a view restriction
    the request has not passed are left out: not even their title shows."""
    words = query_words(query)
    if not words:
        return []
    lessons = LessonPage.objects.live()
    for word in words:
        lessons = lessons.filter(search_text__contains=f" {word}")
    programmes, allowed, results = _programmes(), {}, []
    restrictions = _restrictions()
    for lesson in lessons.order_by("path")[:MAX_CANDIDATES]:
        programme = _programme_of(lesson, programmes)
        if programme not in allowed:
            allowed[programme] = access.may_read(request.user, programme)
        if allowed[programme] and _passes(lesson, restrictions, request):
            results.append(_result(lesson, words, programme))
    results.sort(key=lambda result: not result.in_title)
    return results[:MAX_RESULTS]


def _result(lesson: LessonPage, words: list[str], programme) -> Result:
    title = highlight(lesson.title, words)
    return Result(
        lesson=lesson,
        title=title,
        snippet=snippet(lesson.plain_text(), words),
        programme_title=programme.title if programme else "",
        in_title=len({p.text.lower() for p in title if p.hit}) >= len(words),
    )
