"""Search of lessons by title and text: the database's full-text index finds
the lessons having every word (SQLite FTS5 or PostgreSQL, `lessons.search`), the
pure rules of `lessons.search.matching` choose and order them."""

from dataclasses import dataclass, field

from wagtail.models import PageViewRestriction

from lessons import access
from lessons.models import LessonPage, ProgrammePage
from lessons.search import index
from lessons.search.folding import Part
from lessons.search.matching import LEVELS, excerpt, grade, marked, query_terms

MAX_RESULTS = 30
MAX_CANDIDATES = 200


@dataclass
class Result:
    lesson: LessonPage
    title: list[Part]
    snippet: list[Part]
    programme_title: str


@dataclass
class Outcome:
    """The results, the level they match at (see `matching`), and whether words
    past the limit were left out of the query."""

    results: list[Result] = field(default_factory=list)
    level: int = 0
    cut: bool = False


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


def _readable(ids, request) -> dict[int, tuple[LessonPage, ProgrammePage]]:
    """The live lessons among `ids` the request may read, with their programme.
    Lessons behind a view restriction the request has not passed are left out:
    not even their title shows."""
    programmes, allowed, readable = _programmes(), {}, {}
    restrictions = _restrictions()
    for lesson in LessonPage.objects.live().filter(pk__in=ids):
        programme = _programme_of(lesson, programmes)
        if programme not in allowed:
            allowed[programme] = access.may_read(request.user, programme)
        if allowed[programme] and _passes(lesson, restrictions, request):
            readable[lesson.pk] = (lesson, programme)
    return readable


def search_lessons(query: str, request) -> Outcome:
    """Readable lessons at the best level any of them reaches: the phrase as
    typed first; within a level, a match in the title first, then the index's
    rank."""
    terms, cut = query_terms(query)
    hits = index.candidates([term.folded for term in terms], MAX_CANDIDATES)
    readable = _readable([hit.lesson_id for hit in hits], request)
    graded = [
        (grade(hit.title, hit.body, terms), position, hit)
        for position, hit in enumerate(hits)
        if hit.lesson_id in readable
    ]
    graded = [item for item in graded if item[0] is not None]
    if not graded:
        return Outcome(cut=cut)
    level = min(item[0][0] for item in graded)
    best = sorted(
        (item for item in graded if item[0][0] == level),
        key=lambda item: (not item[0][1], item[1]),
    )
    strict = LEVELS[level][1]
    results = [
        _result(hit, terms, strict, *readable[hit.lesson_id])
        for _grade, _position, hit in best[:MAX_RESULTS]
    ]
    return Outcome(results, level, cut)


def _result(hit, terms, strict, lesson, programme) -> Result:
    return Result(
        lesson=lesson,
        title=marked(hit.title, terms, strict),
        snippet=excerpt(hit.body, terms, strict),
        programme_title=programme.title if programme else "",
    )
