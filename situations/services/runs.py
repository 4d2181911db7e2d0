"""Writes of a trainee's run: start, choose, reflect, take back, finish.

The server is the judge: a choice must belong to the step the run is on, the run
must be the trainee's own and still open. A repeated ``client_id`` is acknowledged
with the record already stored and changes nothing.
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from classes.models import TrainingClass
from situations import graph
from situations.loading import nodes_for
from situations.models import Choice, Decision, Reflection, Run, Situation, Step
from situations.scoring import score_out_of_ten


class Refused(ValidationError):
    """A request the rules do not allow; nothing was changed."""


def _class_for(situation: Situation, trainee):
    return (
        TrainingClass.objects.for_trainee(trainee)
        .filter(version__programme__situations=situation)
        .order_by("-starts_on")
        .first()
    )


@transaction.atomic
def start_run(situation: Situation, trainee, *, audience=None) -> Run:
    """The trainee's open run of the situation, or a new one at the start step."""
    if not Situation.objects.open_to(trainee).filter(pk=situation.pk).exists():
        raise Refused(_("This situation is not open to you."))
    open_run = Run.objects.in_progress().filter(situation=situation, trainee=trainee)
    if run := open_run.first():
        return run
    if audience is not None and not situation.audiences.filter(pk=audience.pk).exists():
        raise Refused(_("This role is not one the situation is written for."))
    run = Run(
        situation=situation,
        trainee=trainee,
        audience=audience,
        training_class=_class_for(situation, trainee),
        current_step=situation.start_step(),
    )
    run.full_clean()
    run.save()
    return run


def _locked_run(run: Run, trainee) -> Run:
    run = (
        Run.objects.select_for_update(of=("self",))
        .select_related("current_step")
        .get(pk=run.pk)
    )
    if run.trainee_id != trainee.pk:
        raise Refused(_("This run belongs to another trainee."))
    return run


def _refuse_if_closed(run: Run, position: int | None) -> None:
    if run.is_finished:
        raise Refused(_("This run is already finished; its choices cannot change."))
    if position is not None and position != run.answer_count():
        raise Refused(
            _("This answer was sent from an earlier screen; the run has moved on.")
        )


def _advance(run: Run, step: Step | None) -> None:
    if step is None:
        raise Refused(_("The next step is missing; please tell your lecturer."))
    run.current_step = step
    if step.kind == Step.Kind.ENDING:
        _finish(run)
    run.save()


def _finish(run: Run) -> None:
    decisions = run.active_decisions().prefetch_related("choice__scores__competency")
    run.points = graph.total(decision.choice.points() for decision in decisions)
    best = graph.best_path(nodes_for(run.situation))[0]
    run.score = score_out_of_ten(run.points, best)
    run.finished_at = timezone.now()


@transaction.atomic
def record_choice(
    run: Run, *, trainee, choice_id: int, client_id: uuid.UUID, position=None
) -> Decision:
    """Store a choice at the run's current step and move on (once per client id).

    Side effects: a Decision row; the run's current step; at an ending, the run's
    finish time, points and score.
    """
    run = _locked_run(run, trainee)
    if repeat := run.decisions.filter(client_id=client_id).first():
        return repeat
    _refuse_if_closed(run, position)
    choice = Choice.objects.filter(pk=choice_id, step=run.current_step).first()
    if choice is None:
        raise Refused(_("This choice does not belong to the step you are on."))
    decision = Decision.objects.create(
        run=run,
        position=run.active_decisions().count(),
        step=run.current_step,
        choice=choice,
        client_id=client_id,
    )
    _advance(run, choice.next_step())
    return decision


@transaction.atomic
def submit_reflection(
    run: Run, *, trainee, client_id: uuid.UUID, answers: dict, position=None
) -> Reflection:
    """Store the written reflection of the run's current step and move on."""
    run = _locked_run(run, trainee)
    if repeat := run.reflections.filter(client_id=client_id).first():
        return repeat
    _refuse_if_closed(run, position)
    step = run.current_step
    if step.kind != Step.Kind.REFLECTION:
        raise Refused(_("The step you are on does not ask for a written answer."))
    if run.reflections.filter(step=step).exists():
        raise Refused(_("You have already written this reflection."))
    fields = {name: str(answers.get(name, "")).strip() for name in Reflection.SECTIONS}
    reflection = Reflection(run=run, step=step, client_id=client_id, **fields)
    reflection.full_clean()
    reflection.save()
    _advance(run, step.next_step())
    return reflection


@transaction.atomic
def take_back(run: Run, *, trainee) -> Step:
    """Undo the last decision when the situation allows going back."""
    run = _locked_run(run, trainee)
    _refuse_if_closed(run, None)
    if not run.situation.allow_back:
        raise Refused(_("In this situation every decision is final."))
    last = run.active_decisions().last()
    if last is None:
        raise Refused(_("There is no decision to take back yet."))
    if run.reflections.filter(submitted_at__gt=last.chosen_at).exists():
        raise Refused(_("You cannot go back past a reflection you have submitted."))
    last.undone_at = timezone.now()
    last.save(update_fields=["undone_at"])
    run.current_step = last.step
    run.save(update_fields=["current_step"])
    return last.step
