"""Reads for trainees: outlines with what is done, and where to continue."""

from dataclasses import dataclass, field

from django.db.models import F, FilteredRelation, Q
from django.utils.functional import SimpleLazyObject

from lessons import access
from lessons.activities import finished_situation_ids, passed_quiz_ids
from lessons.models import LessonPage, LessonProgress, ModulePage, ProgrammePage

LESSON_FIELDS = [
    "id", "title", "slug", "path", "depth", "url_path", "summary", "periods",
    "word_count", "quiz_ids", "situation_ids",
]  # fmt: skip


@dataclass
class LessonStatus:
    lesson: LessonPage
    progress: LessonProgress | None
    quizzes_left: int = 0
    situations_left: int = 0

    @property
    def done(self) -> bool:
        read = self.progress is not None and self.progress.is_read
        return read and not self.quizzes_left and not self.situations_left

    @property
    def started(self) -> bool:
        return self.progress is not None

    @property
    def resume_fragment(self) -> str:
        """ "#doan-N": the block where the trainee stopped reading, if not the top."""
        position = self.progress.position if self.progress else 0
        return f"#doan-{position}" if position and not self.done else ""


@dataclass
class Outline:
    statuses: list[LessonStatus] = field(default_factory=list)

    @property
    def percent(self) -> int:
        if not self.statuses:
            return 0
        return round(100 * sum(s.done for s in self.statuses) / len(self.statuses))

    @property
    def done_count(self) -> int:
        return sum(s.done for s in self.statuses)

    @property
    def started(self) -> bool:
        return any(s.started for s in self.statuses)

    @property
    def last_opened(self):
        opened = [s.progress.opened_at for s in self.statuses if s.started]
        return max(opened) if opened else None

    @property
    def continue_with(self) -> LessonStatus | None:
        """The lesson last opened and not done, else the first not done."""
        open_ones = [s for s in self.statuses if s.started and not s.done]
        if open_ones:
            return max(open_ones, key=lambda s: s.progress.opened_at)
        return next((s for s in self.statuses if not s.done), None)


def _progress_of(lesson) -> LessonProgress | None:
    if getattr(lesson, "my_progress_id", None) is None:
        return None
    return LessonProgress(
        pk=lesson.my_progress_id,
        lesson_id=lesson.pk,
        furthest_percent=lesson.my_percent,
        read_at=lesson.my_read_at,
        opened_at=lesson.my_opened_at,
        position=lesson.my_position,
    )


def statuses_for(user, lessons: list[LessonPage]) -> list[LessonStatus]:
    """Each lesson (from `lessons_under`) with the user's progress; quizzes and
    situations cost one query each, only when some lesson embeds them."""
    passed = passed_quiz_ids(user, {i for x in lessons for i in x.quiz_ids})
    finished = finished_situation_ids(
        user, {i for x in lessons for i in x.situation_ids}
    )
    return [
        LessonStatus(
            lesson,
            _progress_of(lesson),
            len(set(lesson.quiz_ids) - passed),
            len(set(lesson.situation_ids) - finished),
        )
        for lesson in lessons
    ]


def lessons_under(page, user=None) -> list[LessonPage]:
    """Live lessons below `page` in reading order, with the user's progress
    joined in: one query."""
    lessons = LessonPage.objects.live().descendant_of(page).only(*LESSON_FIELDS)
    if user is not None and user.is_authenticated:
        lessons = lessons.annotate(
            mine=FilteredRelation("progress", condition=Q(progress__trainee=user)),
            my_progress_id=F("mine__id"),
            my_percent=F("mine__furthest_percent"),
            my_read_at=F("mine__read_at"),
            my_opened_at=F("mine__opened_at"),
            my_position=F("mine__position"),
        )
    return list(lessons.order_by("path"))


def outline_for(user, page) -> Outline:
    return Outline(statuses_for(user, lessons_under(page, user)))


def programme_outline(programme: ProgrammePage, user) -> dict:
    outline = outline_for(user, programme)
    modules = list(ModulePage.objects.live().child_of(programme).order_by("path"))
    groups = [
        (module, [s for s in outline.statuses if s.lesson.path.startswith(module.path)])
        for module in modules
    ]
    loose = [s for s in outline.statuses if s.lesson.depth == programme.depth + 1]
    return {"outline": outline, "groups": groups, "loose": loose}


def module_outline(module: ModulePage, user) -> dict:
    return {"outline": outline_for(user, module)}


def lesson_context(lesson: LessonPage, user) -> dict:
    programme = lesson.programme_page(user)
    siblings = lessons_under(programme or lesson, user)
    ids = [item.pk for item in siblings]
    index = ids.index(lesson.pk) if lesson.pk in ids else 0
    current = siblings[index] if siblings else lesson
    return {
        "programme": programme,
        "previous_lesson": siblings[index - 1] if index > 0 else None,
        "next_lesson": siblings[index + 1] if index + 1 < len(siblings) else None,
        "position": index + 1,
        "lesson_count": len(siblings),
        "status": statuses_for(user, [current])[0],
        # Asked only when the lesson has lecturer notes.
        "is_staff_reader": SimpleLazyObject(lambda: access.is_staff_reader(user)),
    }


def my_programmes(user) -> list[tuple[ProgrammePage, Outline]]:
    """The programme pages of the trainee's classes, each with their progress."""
    enrolled = access.enrolled_programme_ids(user)
    pages = (
        ProgrammePage.objects.live()
        .filter(programme_version__programme_id__in=enrolled)
        .order_by("path")
    )
    return [(page, outline_for(user, page)) for page in pages]


def continue_reading(programmes: list[tuple[ProgrammePage, Outline]]):
    """For the home page: the programme studied most recently, with the lesson
    to go on with; else the first programme not finished, to start."""
    left = [(page, outline) for page, outline in programmes if outline.continue_with]
    started = [item for item in left if item[1].started]
    if started:
        return max(started, key=lambda item: item[1].last_opened)
    return left[0] if left else None
