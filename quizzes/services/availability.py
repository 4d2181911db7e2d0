"""When a person may take a quiz: its own dates and, for a quiz of a programme, the
start of the person's class of that programme (a final exam does not open weeks
before its class)."""

from dataclasses import dataclass
from datetime import date, datetime, time

from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from classes.models import TrainingClass
from quizzes.models import Quiz, terms_for

NOT_YET, OPEN, CLOSED = "not_yet", "open", "closed"


def when_text(moment: datetime) -> str:
    """dd/mm/yyyy, with the time before it when it is not midnight."""
    local = timezone.localtime(moment)
    if local.time() == time.min:
        return f"{local:%d/%m/%Y}"
    return f"{local:%H:%M %d/%m/%Y}"


@dataclass(frozen=True)
class Availability:
    opens_at: datetime | None
    closes_at: datetime | None
    state: str

    @property
    def is_open(self) -> bool:
        return self.state == OPEN

    def label(self) -> str:
        """ "Mở từ …" before it opens, "Đã đóng" after it closes, else nothing."""
        if self.state == NOT_YET:
            return _("Opens on %(when)s") % {"when": when_text(self.opens_at)}
        if self.state == CLOSED:
            return pgettext("quiz availability", "Closed")
        return ""


def class_starts(user) -> dict[int, date]:
    """{programme id: the first day of the user's earliest class of it}."""
    if not user.is_authenticated:
        return {}
    rows = (
        TrainingClass.objects.filter(
            enrolments__trainee=user, enrolments__status="active"
        )
        .values("version__programme_id")
        .annotate(first=Min("starts_on"))
    )
    return {row["version__programme_id"]: row["first"] for row in rows}


def availability(
    quiz: Quiz, now: datetime, class_start: date | None = None, close_at=False
) -> Availability:
    """Open from the later of the quiz's own open date and its class's first day,
    until the quiz's close date (or ``close_at``, a trainee's override of it)."""
    if close_at is False:
        close_at = quiz.close_at
    opens = [quiz.open_at] if quiz.open_at else []
    if class_start is not None:
        first_day = datetime.combine(class_start, time.min)
        opens.append(timezone.make_aware(first_day))
    opens_at = max(opens, default=None)
    if opens_at and now < opens_at:
        state = NOT_YET
    elif close_at and now >= close_at:
        state = CLOSED
    else:
        state = OPEN
    return Availability(opens_at, close_at, state)


def availability_for(quiz: Quiz, user, now: datetime | None = None) -> Availability:
    """The quiz's availability for this person, their overrides applied."""
    starts = class_starts(user) if quiz.programme_id else {}
    close_at = terms_for(quiz, user.pk).close_at
    return availability(
        quiz, now or timezone.now(), starts.get(quiz.programme_id), close_at
    )


def needs_confirmation(quiz: Quiz) -> bool:
    """A single-attempt or timed quiz asks before it starts."""
    return quiz.max_attempts == 1 or bool(quiz.time_limit)
