"""Every change to a grassroots question: asked, kept from a live session, routed,
answered, returned, published or declined. Each checks the question's state and
raises QuestionError with what to tell the person; who may call which is the
views' question (grassroots/rules.py)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from grassroots import notify
from grassroots.models import Question
from live.text import contains_blocked
from partners.models import Organisation
from units.models import AdminUnit, ServiceArea, TrainingUnit
from units.models.units import valid_on
from units.roles import Role

COMMUNE_LEVELS = [
    AdminUnit.Level.COMMUNE,
    AdminUnit.Level.WARD,
    AdminUnit.Level.SPECIAL_ZONE,
]


class QuestionError(Exception):
    """A change refused, with the message for the person who asked for it."""


def per_day() -> int:
    return settings.GRASSROOTS_QUESTIONS_PER_DAY


def communes(day=None):
    """The communes, wards and special zones some current centre serves today:
    a question from one of them has a queue to go to."""
    day = day or timezone.localdate()
    served = ServiceArea.objects.filter(
        valid_on(day), training_unit__in=TrainingUnit.objects.current(day)
    )
    return (
        AdminUnit.objects.current(day)
        .filter(level__in=COMMUNE_LEVELS, pk__in=served.values("admin_unit"))
        .select_related("parent")
        .order_by("name", "pk")
    )


def centre_for(commune, day=None) -> TrainingUnit | None:
    """The centre whose queue a question from the commune goes to: a current
    centre that serves it today (the first by name when several do)."""
    day = day or timezone.localdate()
    areas = ServiceArea.objects.filter(valid_on(day), admin_unit=commune)
    return (
        TrainingUnit.objects.current(day)
        .filter(pk__in=areas.values("training_unit"))
        .order_by("name", "pk")
        .first()
    )


def asked_today(user) -> int:
    start = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    return Question.objects.filter(
        asker=user, source=Question.Source.PHONE, created_at__gte=start
    ).count()


def questions_left_today(user) -> int:
    return max(0, per_day() - asked_today(user))


MAX_TEXT = 2000


def check_text(text: str) -> str:
    """The question's text, trimmed; refused when offensive or too long."""
    text = (text or "").strip()
    if len(text) > MAX_TEXT:
        raise QuestionError(
            _("The question is too long (%(n)d characters; at most %(max)d).")
            % {"n": len(text), "max": MAX_TEXT}
        )
    if contains_blocked(text):
        raise QuestionError(
            _("Your question contains offensive words. Please write it again.")
        )
    return text


@transaction.atomic
def ask_question(
    asker, *, topic, commune, text, attachment=None, anonymous=False
) -> Question:
    """Store a question sent from a phone in the queue of the commune's centre."""
    text = check_text(text)
    if not text:
        raise QuestionError(_("Write your question."))
    # Lock the asker's row so that two questions sent together count each other.
    get_user_model().objects.select_for_update().filter(pk=asker.pk).first()
    if asked_today(asker) >= per_day():
        raise QuestionError(
            _(
                "You have sent %(n)d questions today, the most one person may send "
                "in a day. Please send this one tomorrow."
            )
            % {"n": per_day()}
        )
    centre = centre_for(commune)
    if centre is None:
        raise QuestionError(
            _("No centre serves this commune yet. Choose the commune you live in.")
        )
    question = Question(
        asker=asker,
        anonymous=anonymous,
        topic=topic,
        commune=commune,
        centre=centre,
        text=text,
    )
    if attachment is not None:
        question.attachment.save(attachment.name, attachment, save=False)
    question.save()
    return question


def centre_of_live_session(session, host) -> TrainingUnit | None:
    """The centre whose queue a live question goes to: the class's centre when the
    live session belongs to a class session, else the host's own centre."""
    if session.class_session_id:
        return session.class_session.training_class.training_unit
    grant = (
        host.grants.current()
        .filter(role__in=[Role.LECTURER, Role.CENTRE_MANAGER])
        .exclude(training_unit=None)
        .select_related("training_unit")
        .first()
    )
    return grant.training_unit if grant else None


@transaction.atomic
def keep_live_question(live_question, *, by, topic) -> Question:
    """Keep a question from a live session's Q&A in the centre's queue (once:
    keeping it again returns the question kept)."""
    kept = Question.objects.filter(live_question=live_question).first()
    if kept is not None:
        return kept
    session = live_question.session
    centre = centre_of_live_session(session, by)
    if centre is None:
        raise QuestionError(
            _("You hold no grant at a centre: the question has no queue to go to.")
        )
    return Question.objects.create(
        asker=live_question.author.user,
        anonymous=live_question.anonymous or live_question.author.user_id is None,
        topic=topic,
        centre=centre,
        text=live_question.text,
        source=Question.Source.LIVE,
        live_question=live_question,
    )


def lecturers_of(unit):
    """People with a current lecturer's grant at the unit."""
    from accounts.models import User

    return (
        User.objects.filter(
            is_active=True,
            grants__in=unit.grants.current().filter(role=Role.LECTURER),
        )
        .distinct()
        .order_by("sort_key", "pk")
    )


def schools_for(centre):
    """The units a centre may route a question to besides its own lecturers: the
    current provincial schools of its province."""
    return TrainingUnit.objects.current().filter(
        province=centre.province_id, type=TrainingUnit.Type.PROVINCIAL_SCHOOL
    )


def partners_for(centre):
    """The partner bodies a centre works with: its own and its province's."""
    return Organisation.objects.active().filter(
        Q(training_unit=centre)
        | Q(training_unit__isnull=True, province=centre.province_id)
    )


def _locked(question) -> Question:
    return Question.objects.select_for_update().get(pk=question.pk)


@transaction.atomic
def route_question(
    question, *, by, due_on, lecturer=None, unit=None, partner=None
) -> Question:
    """Route the question to one of the centre's lecturers, to a provincial school
    or to a partner body, to be answered by `due_on`. A routed question may be
    routed again."""
    question = _locked(question)
    if question.status not in (Question.Status.NEW, Question.Status.ASSIGNED):
        raise QuestionError(_("This question is no longer waiting to be routed."))
    if [lecturer, unit, partner].count(None) != 2:
        raise QuestionError(_("Choose one: a lecturer, a unit or a partner body."))
    if lecturer is not None and not lecturers_of(question.centre).filter(
        pk=lecturer.pk
    ):
        raise QuestionError(_("This person does not lecture at the centre."))
    if unit is not None and not schools_for(question.centre).filter(pk=unit.pk):
        raise QuestionError(_("Questions cannot be routed to this unit."))
    if partner is not None and not partners_for(question.centre).filter(pk=partner.pk):
        raise QuestionError(_("The centre does not work with this partner body."))
    if due_on < timezone.localdate():
        raise QuestionError(_("The due date has passed. Choose today or later."))
    question.assigned_to = lecturer
    question.assigned_unit = unit
    question.assigned_partner = partner
    question.due_on = due_on
    question.routed_at = timezone.now()
    question.status = Question.Status.ASSIGNED
    question.save()
    return question


@transaction.atomic
def answer_question(question, *, by, text) -> Question:
    """The lecturer's answer, sent to the centre's manager for review."""
    question = _locked(question)
    if question.status != Question.Status.ASSIGNED:
        raise QuestionError(_("This question is not waiting for an answer."))
    text = (text or "").strip()
    if not text:
        raise QuestionError(_("Write the answer."))
    question.answer = text
    question.answered_by = by
    question.answered_at = timezone.now()
    question.status = Question.Status.ANSWERED
    question.save()
    return question


@transaction.atomic
def return_answer(question, *, by, note) -> Question:
    """Send the answer back to the lecturer with what to change."""
    question = _locked(question)
    if question.status != Question.Status.ANSWERED:
        raise QuestionError(_("There is no answer waiting for review."))
    note = (note or "").strip()
    if not note:
        raise QuestionError(_("Say what the lecturer should change."))
    question.review_note = note
    question.status = Question.Status.ASSIGNED
    question.save()
    return question


@transaction.atomic
def publish_question(
    question, *, by, answer, lessons=(), documents=(), programme=None
) -> Question:
    """Publish the reviewed answer (as the manager edited it) with its references,
    and tell the asker."""
    question = _locked(question)
    if question.status != Question.Status.ANSWERED:
        raise QuestionError(_("There is no answer waiting for review."))
    answer = (answer or "").strip()
    if not answer:
        raise QuestionError(_("The answer is empty."))
    lessons = list(lessons)
    if programme is None and lessons:
        programme = programme_of(lessons[0])
    question.answer = answer
    question.programme = programme
    question.published_by = by
    question.published_at = timezone.now()
    question.review_note = ""
    question.status = Question.Status.PUBLISHED
    question.save()
    question.lessons.set(lessons)
    question.documents.set(list(documents))
    notify.answered(question)
    return question


def programme_of(lesson):
    """The programme a lesson belongs to (by its programme page), if any."""
    from lessons.models import ProgrammePage

    page = (
        ProgrammePage.objects.ancestor_of(lesson)
        .select_related("programme_version")
        .first()
    )
    return page.programme_version.programme if page and page.programme_version else None


@transaction.atomic
def decline_question(question, *, by, reason) -> Question:
    """Decline a question the centre will not answer, saying why to the asker."""
    question = _locked(question)
    if question.status not in Question.OPEN:
        raise QuestionError(_("This question is already closed."))
    reason = (reason or "").strip()
    if not reason:
        raise QuestionError(_("Say why the question is declined."))
    question.decline_reason = reason
    question.status = Question.Status.DECLINED
    question.save()
    notify.declined(question)
    return question


def mark_seen(question, user) -> None:
    """The asker has opened the question since its answer (or refusal) came."""
    closed = (Question.Status.PUBLISHED, Question.Status.DECLINED)
    if (
        question.asker_id == user.pk
        and question.status in closed
        and question.asker_seen_at is None
    ):
        question.asker_seen_at = timezone.now()
        Question.objects.filter(pk=question.pk).update(
            asker_seen_at=question.asker_seen_at
        )
