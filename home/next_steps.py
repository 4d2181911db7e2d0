"""What each role can do next, as shown on the home page."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from units.roles import Role, roles_of


@dataclass(frozen=True)
class Step:
    title: str
    description: str
    url_name: str


STEPS = {
    Role.TRAINEE: [
        Step(
            _("My study"), _("Your programmes, classes, results and credentials."), "me"
        ),
        Step(
            _("Situation exercises"),
            _("Practise handling real situations."),
            "situations:index",
        ),
        Step(_("My tests"), _("Tests and exams of your classes."), "quizzes:index"),
        Step(
            _("Join a live session"),
            _("Enter the code your lecturer shows."),
            "live:join",
        ),
        Step(
            _("Questions from the grassroots"),
            _("Ask the centre a question from your commune; read answered ones."),
            "grassroots:bank",
        ),
    ],
    Role.LECTURER: [
        Step(
            _("My teaching"),
            _("Timetable, attendance and grading of your classes."),
            "teaching",
        ),
        Step(
            _("Essays to mark"),
            _("Written answers waiting for you."),
            "quizzes:marking",
        ),
        Step(
            _("Live sessions"),
            _("Run questions, polls and quizzes in class."),
            "live:join",
        ),
        Step(
            _("Questions to answer"),
            _("Grassroots questions the centre routed to you."),
            "grassroots:queue",
        ),
        Step(
            _("Teaching materials"),
            _("Open lessons and question banks."),
            "wagtailadmin_home",
        ),
    ],
    Role.EDITOR: [
        Step(
            _("Write lessons"),
            _("Create and edit lessons, then submit them for review."),
            "wagtailadmin_home",
        ),
    ],
    Role.CENTRE_MANAGER: [
        Step(
            _("Classes"),
            _("Open classes, enrol trainees, issue credentials."),
            "class_list",
        ),
        Step(
            _("Reports"),
            _("Attendance, results and credentials by month."),
            "dashboard",
        ),
        Step(
            _("Grassroots questions"),
            _("Route, review and publish the communes' questions; the overdue list."),
            "grassroots:queue",
        ),
        Step(
            _("Centre standards"),
            _("The centre's yearly self-assessment against the province's criteria."),
            "standards:index",
        ),
        Step(
            _("Lecturers"),
            _("The centre's lecturers, their qualifications and teaching load."),
            "lecturer_list",
        ),
        Step(
            _("Partner bodies"),
            _("The Front, mass organisations and boards the centre works with."),
            "partner_list",
        ),
        Step(
            _("Manage the centre"),
            _("Units, staff, classes and review of lessons."),
            "wagtailadmin_home",
        ),
    ],
    Role.PROVINCE_MANAGER: [
        Step(
            _("Province report"),
            _("Classes, trainees and results of every unit."),
            "province_report",
        ),
        Step(
            _("Centre standards"),
            _("Review the centres' self-assessments; their standing side by side."),
            "standards:province",
        ),
        Step(
            _("Lecturers' teaching load"),
            _("Periods taught by each lecturer against the norm; who lacks what."),
            "teaching_load",
        ),
        Step(
            _("Follow the province"),
            _("The training units of your province."),
            "wagtailadmin_home",
        ),
    ],
    Role.ADMIN: [
        Step(
            _("Administration"), _("Everything on the platform."), "wagtailadmin_home"
        ),
    ],
}
ROLE_ORDER = list(Role)


def notices_step(user) -> dict | None:
    """Unread notices (absence warnings) first, with the newest one's text."""
    from home.queries import unread_notices

    notices = unread_notices(user)
    count = notices.count()
    if not count:
        return None
    return {
        "title": ngettext("%(n)d unread notice", "%(n)d unread notices", count)
        % {"n": count},
        "description": notices.first().text,
        "url": reverse("notices"),
    }


def answers_step(user) -> dict | None:
    """The user's questions answered (or declined) since they last looked."""
    from grassroots.queries import unseen_answers

    count = unseen_answers(user)
    if not count:
        return None
    return {
        "title": ngettext(
            "%(n)d of your questions has an answer",
            "%(n)d of your questions have an answer",
            count,
        )
        % {"n": count},
        "description": _("Open it to read the centre's answer."),
        "url": reverse("grassroots:mine"),
    }


def next_steps_for(user) -> list[dict]:
    """Steps for the user's roles, each once, leaving out pages not built yet."""
    if not user.is_authenticated:
        return []
    roles = roles_of(user) | ({Role.ADMIN} if user.is_superuser else set())
    steps, seen = [], set()
    notices = notices_step(user)
    if notices:
        steps.append(notices)
    answers = answers_step(user)
    if answers:
        steps.append(answers)
    if not roles:  # a commune cadre in no class: the questions are for them too
        steps.append(
            {
                "title": _("Questions from the grassroots"),
                "description": _("Ask the centre a question; read answered ones."),
                "url": reverse("grassroots:bank"),
            }
        )
    for role in ROLE_ORDER:
        for step in STEPS.get(role, []) if role in roles else []:
            try:
                url = reverse(step.url_name)
            except NoReverseMatch:
                continue
            if url not in seen:
                seen.add(url)
                steps.append(
                    {"title": step.title, "description": step.description, "url": url}
                )
    return steps
